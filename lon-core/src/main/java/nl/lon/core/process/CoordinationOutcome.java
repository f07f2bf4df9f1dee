package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * The outcome of the coordination decision (coördinatiebesluit).
 *
 * <p>Dutch: <em>coördinatiebesluit</em>. Labels in both languages via {@link
 * #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum CoordinationOutcome implements Labelled {
  /** The network coordinates the case. */
  COORDINATE,
  /** Referred to one of the other circuits. */
  REFER_TO_CIRCUIT,
  /** Referred to a named organisation. */
  REFER_TO_ORGANISATION,
  /** Not for the network after all. */
  OUT_OF_SCOPE,
  /** Handed to the crisis service. */
  CRISIS_HAND_OFF
}
