/**
 * The organisation of a network: networks, partner organisations (core and shell), professionals
 * and their roles, and the other circuits a network works with.
 *
 * <p>Values are immutable, thread-safe and validated on construction. Null and validation policy:
 * as in {@link nl.lon.core.error}.
 */
@LonStyle
package nl.lon.core.network;

import nl.lon.core.internal.LonStyle;
