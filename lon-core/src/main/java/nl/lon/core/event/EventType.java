package nl.lon.core.event;

import nl.lon.core.label.Labelled;

/**
 * The type of a case event, one constant per event class (soort gebeurtenis).
 *
 * <p>The constant names are the stable type names the event codec writes; never rename one.
 *
 * @since 0.1
 */
public enum EventType implements Labelled {
  /** {@link SignalReceived}. */
  SIGNAL_RECEIVED,
  /** {@link ReportJudged}. */
  REPORT_JUDGED,
  /** {@link InformationRequested}. */
  INFORMATION_REQUESTED,
  /** {@link InformationAdded}. */
  INFORMATION_ADDED,
  /** {@link HomeVisitRecorded}. */
  HOME_VISIT_RECORDED,
  /** {@link CoordinationDecided}. */
  COORDINATION_DECIDED,
  /** {@link TrajectoryDirectorAppointed}. */
  TRAJECTORY_DIRECTOR_APPOINTED,
  /** {@link LifeDomainScanRecorded}. */
  LIFE_DOMAIN_SCAN_RECORDED,
  /** {@link IntegralPictureFormed}. */
  INTEGRAL_PICTURE_FORMED,
  /** {@link PlanAdopted}. */
  PLAN_ADOPTED,
  /** {@link ProgressReported}. */
  PROGRESS_REPORTED,
  /** {@link ProgressTalkHeld}. */
  PROGRESS_TALK_HELD,
  /** {@link MeetingHeld}. */
  MEETING_HELD,
  /** {@link EvaluationRecorded}. */
  EVALUATION_RECORDED,
  /** {@link EscalationRequested}. */
  ESCALATION_REQUESTED,
  /** {@link EscalationRaised}. */
  ESCALATION_RAISED,
  /** {@link EscalationResolved}. */
  ESCALATION_RESOLVED,
  /** {@link CoercionMeasureRecorded}. */
  COERCION_MEASURE_RECORDED,
  /** {@link InstrumentUsed}. */
  INSTRUMENT_USED,
  /** {@link CaseClosed}. */
  CASE_CLOSED,
  /** {@link FollowUpRecorded}. */
  FOLLOW_UP_RECORDED,
  /** {@link CaseReopened}. */
  CASE_REOPENED,
  /** {@link CaseTransferred}. */
  CASE_TRANSFERRED,
  /** {@link ConsentRecorded}. */
  CONSENT_RECORDED,
  /** {@link ConsentWithdrawn}. */
  CONSENT_WITHDRAWN,
  /** {@link EntryCorrected}. */
  ENTRY_CORRECTED,
  /** {@link EntryWithdrawn}. */
  ENTRY_WITHDRAWN,
  /**
   * {@link ProblemOwnershipAccepted}.
   *
   * @since 0.3
   */
  PROBLEM_OWNERSHIP_ACCEPTED,
  /**
   * {@link PaperFileRecorded}.
   *
   * @since 0.3
   */
  PAPER_FILE_RECORDED,
  /**
   * {@link ConceptPlanDrafted}.
   *
   * @since 0.3
   */
  CONCEPT_PLAN_DRAFTED;

  /**
   * Whether events of this type correct or withdraw an earlier entry instead of recording an act.
   *
   * @return true for {@link #ENTRY_CORRECTED} and {@link #ENTRY_WITHDRAWN}
   */
  public boolean isCorrection() {
    return this == ENTRY_CORRECTED || this == ENTRY_WITHDRAWN;
  }
}
