package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * The network director's judgement of a report (beoordeling melding).
 *
 * <p>Dutch: <em>beoordeling</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum ReportJudgement implements Labelled {
  /** A report to handle: within the target group. */
  IN_SCOPE,
  /** Not a report for the network. */
  OUT_OF_SCOPE,
  /** Crisis: the competent parties (crisis service) are sent out first. */
  ACUTE_CRISIS
}
