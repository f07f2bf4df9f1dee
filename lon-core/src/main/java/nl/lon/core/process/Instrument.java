package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * An instrument a network uses on a case (instrument).
 *
 * <p>Dutch: <em>instrument</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum Instrument implements Labelled {
  /** Home visit. */
  HOME_VISIT,
  /** Trajectory direction or problem ownership. */
  TRAJECTORY_DIRECTION,
  /** Case conference. */
  CASE_CONFERENCE,
  /** Bilateral contact. */
  BILATERAL_CONTACT,
  /** Confront the client so they accept help. */
  CONSCIOUSLY_GUIDED_EXPLOSION,
  /** Escalation. */
  ESCALATION,
  /** Pressure and coercion. */
  PRESSURE_AND_COERCION,
  /** Budget for purchasing care. */
  CARE_PURCHASE_BUDGET,
  /**
   * Information and consultation: network activities without a case, recorded as a {@link
   * NetworkActivity}; the rules refuse it as an instrument on a case.
   */
  INFORMATION_AND_CONSULTATION
}
