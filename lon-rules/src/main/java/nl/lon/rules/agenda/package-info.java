/**
 * The agenda (agenda): every obligation that follows from a network's profile and a case's history,
 * with its due date, for one case or a whole network.
 *
 * <p>Pure and thread-safe; values are immutable. Null and validation policy: as in {@link
 * nl.lon.core.error}.
 */
@LonStyle
package nl.lon.rules.agenda;

import nl.lon.core.internal.LonStyle;
