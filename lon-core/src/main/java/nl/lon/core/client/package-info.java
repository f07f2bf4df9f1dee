/**
 * The client side of a case: target groups (doelgroepen), the household and consent.
 *
 * <p>No type here holds personal data; names and addresses live in the personal-data vault of the
 * persistence SPI. All values are immutable, thread-safe and validated on construction. Null and
 * validation policy: as in {@link nl.lon.core.error}.
 */
@LonStyle
package nl.lon.core.client;

import nl.lon.core.internal.LonStyle;
