/**
 * Interventions when a case gets stuck: escalation ladders (opschaling), the pressure and coercion
 * catalogue (drang en dwang) with statutory clocks, and guard rails on the heavy instruments; all
 * data in a network's profile.
 *
 * <p>Values are immutable, thread-safe and validated on construction. Null and validation policy:
 * as in {@link nl.lon.core.error}.
 */
@LonStyle
package nl.lon.rules.intervention;

import nl.lon.core.internal.LonStyle;
