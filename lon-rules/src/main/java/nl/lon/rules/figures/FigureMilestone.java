package nl.lon.rules.figures;

import nl.lon.core.label.Labelled;

/**
 * A step whose lead time from the signal is measured (mijlpaal): the first event of its type in the
 * case.
 *
 * @since 0.1
 */
public enum FigureMilestone implements Labelled {
  /** The report was judged (step 2). */
  REPORT_JUDGED,
  /** The coordination decision was taken, whatever its outcome (step 3). */
  COORDINATION_DECIDED,
  /** The first trajectory director was appointed (step 4-5). */
  TRAJECTORY_DIRECTOR_APPOINTED,
  /** The integral picture was formed (step 4). */
  INTEGRAL_PICTURE_FORMED,
  /** The first plan of approach was adopted (step 5). */
  PLAN_ADOPTED,
  /** The case was closed for the first time (step 8); an end at intake is no closure. */
  CASE_CLOSED
}
