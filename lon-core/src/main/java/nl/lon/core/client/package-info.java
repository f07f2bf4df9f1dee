/**
 * The client side of a case: target groups (doelgroepen), the household and consent.
 *
 * <p>No type here holds personal data; names and addresses live in the personal-data vault of the
 * persistence SPI. All values are immutable, thread-safe and validated on construction. Null
 * policy: no null arguments or results; absent values are {@link java.util.Optional}.
 */
@LonStyle
package nl.lon.core.client;

import nl.lon.core.internal.LonStyle;
