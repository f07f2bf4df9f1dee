/**
 * Escalation (opschaling) and pressure and coercion (drang en dwang): escalations and their
 * resolution, the options a case can be escalated to, and the coercion-measure catalogue entries
 * with their statutory clocks.
 *
 * <p>The options and the catalogue are data held by a network's profile, not code. Values are
 * immutable, thread-safe and validated on construction. Null and validation policy: as in {@link
 * nl.lon.core.error}.
 */
@LonStyle
package nl.lon.core.escalation;

import nl.lon.core.internal.LonStyle;
