package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * What an evaluation decides (besluit evaluatie).
 *
 * <p>Dutch: <em>besluit</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum EvaluationDecision implements Labelled {
  /** Continue the plan. */
  CONTINUE,
  /** Adjust: a new plan version. */
  ADJUST,
  /** Escalate the case. */
  ESCALATE,
  /** Close the case. */
  CLOSE
}
