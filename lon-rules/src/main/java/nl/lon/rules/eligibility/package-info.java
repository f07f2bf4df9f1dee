/**
 * Eligibility and target-group advice (toelatingsadvies): whether a case is in a network's target
 * group under its profile, and which target groups apply, with the facts behind each.
 *
 * <p>Advice only; the network director decides. Pure and thread-safe. Null policy: no null
 * arguments or results.
 */
@LonStyle
package nl.lon.rules.eligibility;

import nl.lon.core.internal.LonStyle;
