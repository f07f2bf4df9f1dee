package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * The finding of a follow-up check after closure (uitkomst nazorgcontrole).
 *
 * <p>Dutch: <em>uitkomst nazorg</em>. Labels in both languages via {@link
 * #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum FollowUpOutcome implements Labelled {
  /** The client still gets help. */
  STILL_IN_CARE,
  /** The help ended successfully. */
  CARE_COMPLETED,
  /** The client fell out of the trajectory. */
  DROPPED_OUT
}
