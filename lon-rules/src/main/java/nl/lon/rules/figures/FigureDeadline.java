package nl.lon.rules.figures;

import java.util.OptionalInt;
import nl.lon.core.label.Labelled;
import nl.lon.rules.profile.ProcessDeadlines;

/**
 * A working-day deadline of the profile whose compliance is measured (termijn).
 *
 * @since 0.1
 */
public enum FigureDeadline implements Labelled {
  /** Judge the report within n working days of the signal's receipt. */
  JUDGE_REPORT,
  /**
   * Appoint a problem owner within n working days of the first coordination decision to coordinate.
   */
  APPOINT_PROBLEM_OWNER,
  /** Adopt the first plan within n working days of the first appointment of a problem owner. */
  PRESENT_PLAN;

  /**
   * The number of working days the profile allows for this deadline (termijn in werkdagen).
   *
   * @param deadlines the profile's deadlines
   * @return the working days, or empty when the profile sets no such deadline
   * @since 0.1
   */
  public OptionalInt workingDaysIn(ProcessDeadlines deadlines) {
    switch (this) {
      case JUDGE_REPORT:
        return deadlines.getJudgeReportWithin();
      case APPOINT_PROBLEM_OWNER:
        return deadlines.getAppointProblemOwnerWithin();
      default:
        return deadlines.getPresentPlanWithin();
    }
  }
}
