/**
 * The organisation of a network: networks, partner organisations (core and shell), professionals
 * and their roles, and the other circuits a network works with.
 *
 * <p>Values are immutable, thread-safe and validated on construction. Null policy: no null
 * arguments or results; absent values are {@link java.util.Optional}.
 */
@LonStyle
package nl.lon.core.network;

import nl.lon.core.internal.LonStyle;
