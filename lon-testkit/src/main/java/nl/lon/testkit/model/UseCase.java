package nl.lon.testkit.model;

/**
 * The use cases of the case service that the {@link ProcessModel} acts with (use cases): each is a
 * command of {@link nl.lon.service.CaseService}, named after its method.
 *
 * @since 0.3
 */
public enum UseCase {
  /** {@code reportSignal}: a signal is received and a case opened (step 1). */
  RECEIVE_SIGNAL,
  /** {@code judgeReport} (step 2). */
  JUDGE_REPORT,
  /** {@code requestInformation} (step 3). */
  REQUEST_INFORMATION,
  /** {@code addInformation} (step 3). */
  ADD_INFORMATION,
  /** {@code recordHomeVisit}. */
  RECORD_HOME_VISIT,
  /** {@code decideCoordination} (step 3). */
  DECIDE_COORDINATION,
  /** {@code appointTrajectoryDirector} (steps 4-5). */
  APPOINT,
  /** {@code recordScan} (step 4). */
  RECORD_SCAN,
  /** {@code formIntegralPicture} (step 4). */
  FORM_INTEGRAL_PICTURE,
  /** {@code adoptPlan}: the plan is presented and adopted (step 5). */
  ADOPT_PLAN,
  /** {@code adjustPlan} (step 7). */
  ADJUST_PLAN,
  /** {@code reportProgress} (step 6). */
  REPORT_PROGRESS,
  /** {@code holdProgressTalk} (step 6). */
  HOLD_PROGRESS_TALK,
  /** {@code holdMeeting}. */
  HOLD_MEETING,
  /** {@code evaluate} (step 7). */
  EVALUATE,
  /** {@code close} (step 8). */
  CLOSE,
  /** {@code recordFollowUp} (step 9). */
  FOLLOW_UP,
  /** {@code reopen}. */
  REOPEN,
  /** {@code recordConsent}. */
  RECORD_CONSENT,
  /** {@code withdrawConsent}. */
  WITHDRAW_CONSENT,
  /** {@code requestEscalation}. */
  REQUEST_ESCALATION,
  /** {@code escalate}. */
  ESCALATE,
  /** {@code resolveEscalation}. */
  RESOLVE_ESCALATION,
  /** {@code recordCoercionMeasure}. */
  RECORD_COERCION_MEASURE,
  /** {@code useInstrument}. */
  USE_INSTRUMENT,
  /** {@code transfer}: a warm handover to another network. */
  TRANSFER,
  /** {@code correctEntry}. */
  CORRECT_ENTRY,
  /** {@code withdrawEntry}. */
  WITHDRAW_ENTRY,
  /** {@code acceptProblemOwnership}: the appointed trajectory director accepts (step 4). */
  ACCEPT_OWNERSHIP,
  /** {@code recordPaperFile}: a paper file exists beside the digital one. */
  RECORD_PAPER_FILE,
  /** {@code draftConceptPlan}: the network director's concept for the network meeting (step 5). */
  DRAFT_CONCEPT_PLAN
}
