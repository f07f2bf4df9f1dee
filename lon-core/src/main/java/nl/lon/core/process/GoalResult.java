package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * Whether a goal of the plan was reached (doelrealisatie).
 *
 * <p>Dutch: <em>doelrealisatie</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum GoalResult implements Labelled {
  /** Reached. */
  REACHED,
  /** Partly reached. */
  PARTLY_REACHED,
  /** Not reached. */
  NOT_REACHED
}
