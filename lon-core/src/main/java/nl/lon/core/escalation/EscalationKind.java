package nl.lon.core.escalation;

import nl.lon.core.label.Labelled;

/**
 * The kind of an escalation (soort opschaling).
 *
 * <p>Dutch: <em>soort opschaling</em>. Labels in both languages via {@link
 * #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum EscalationKind implements Labelled {
  /** The problems are too complex or care is refused: a more specialised approach. */
  CONTENT,
  /** Friction, disagreement or rules block the plan. */
  ORGANISATIONAL,
  /**
   * Pressure and coercion: escalated to a body that decides on such measures where the network has
   * one (Enschede: the city intervention team); elsewhere recorded as measures only.
   */
  PRESSURE_AND_COERCION
}
