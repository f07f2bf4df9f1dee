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
  DECIDE_ON_HANDOVER,
  /**
   * Triage a report of an acute crisis: send the competent parties (crisis service) first, then
   * judge the report (step 2; Rotterdam, seeds/004_ca47ed76719141bc.txt l.1414-1416).
   *
   * @since 0.2
   */
  CRISIS_TRIAGE,
  /**
   * Inform the client that the problems will be discussed, and motivate them to cooperate, before
   * judging the report (step 2; Leeuwarden, l.1401-1402).
   *
   * @since 0.2
   */
  INFORM_CLIENT,
  /**
   * Hold the inquiry round: ask the partners, all partners or other networks too, as the profile
   * says, before the coordination decision (step 3, l.1419-1424).
   *
   * @since 0.2
   */
  INQUIRY_ROUND,
  /**
   * Discuss a client again at the next network meeting: a client who fell out of the trajectory
   * after closure (step 9; the expert advice, l.549-550), or, where the profile says so, a running
   * case whose progress has stalled, which the trajectory director brings back to the team
   * (Leeuwarden, l.1606).
   *
   * @since 0.2
   */
  DISCUSS_AGAIN,
  /**
   * Accept the problem ownership, as the appointed trajectory director, where the profile asks for
   * it before the plan (Enschede, l.1482-1484).
   *
   * @since 0.3
   */
  ACCEPT_OWNERSHIP,
  /**
   * Chair the case's first case conference (Enschede's MDO) as technical chair, where the profile
   * says so (l.1484-1486): due when the plan is, for the plan is presented there.
   *
   * @since 0.3
   */
  CHAIR_FIRST_CASE_CONFERENCE
}
