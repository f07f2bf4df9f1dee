/**
 * Identifiers as value types: case, client number, network, partner organisation, professional,
 * signal, meeting and escalation.
 *
 * <p>All are immutable, thread-safe and validated on construction; none holds personal data. Null
 * and validation policy: as in {@link nl.lon.core.error}.
 */
@LonStyle
package nl.lon.core.id;

import nl.lon.core.internal.LonStyle;
