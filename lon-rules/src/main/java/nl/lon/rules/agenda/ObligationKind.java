package nl.lon.rules.agenda;

import nl.lon.core.label.Labelled;

/**
 * What is due on a case (soort verplichting).
 *
 * @since 0.1
 */
public enum ObligationKind implements Labelled {
  /** Judge the report: in scope, out of scope, crisis (step 2). */
  JUDGE_REPORT,
  /** Gather information and take the coordination decision (step 3). */
  COORDINATION_DECISION,
  /** Appoint a trajectory director / problem owner (step 4-5). */
  APPOINT_PROBLEM_OWNER,
  /** Present the plan of approach (step 5). */
  PRESENT_PLAN,
  /** The trajectory director's first contact with the network director (step 6). */
  FIRST_CONTACT,
  /** The periodic progress report (step 6). */
  PROGRESS_REPORT,
  /** The network director's progress talk with the trajectory director (step 6). */
  PROGRESS_TALK,
  /** Adjust the plan after an evaluation or a reported deviation (step 7). */
  ADJUST_PLAN,
  /** Evaluate the running plan (step 7). */
  EVALUATION,
  /** Close the case after an evaluation decided so (step 8). */
  CLOSE_CASE,
  /** A follow-up check after closure (step 9). */
  FOLLOW_UP_CHECK,
  /** An open escalation awaits the body of its rung. */
  ESCALATION,
  /** A statutory time limit that follows a coercion measure. */
  STATUTORY_DEADLINE,
  /**
   * Decide on a case another network handed over to this one (warm handover): accept or decline.
   *
   * @since 0.2
   */
  DECIDE_ON_HANDOVER
}
