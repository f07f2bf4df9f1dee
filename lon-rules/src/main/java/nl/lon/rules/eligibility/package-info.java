/**
 * Eligibility and target-group advice (toelatingsadvies): whether a case is in a network's target
 * group under its profile, and which target groups apply, with the facts behind each.
 *
 * <p>Advice only; the network director decides. Pure and thread-safe. Null and validation policy:
 * as in {@link nl.lon.core.error}.
 */
@LonStyle
package nl.lon.rules.eligibility;

import nl.lon.core.internal.LonStyle;
