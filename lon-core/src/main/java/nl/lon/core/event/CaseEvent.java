package nl.lon.core.event;

import java.time.Instant;
import java.time.LocalDate;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ProfessionalId;

/**
 * One thing that happened to a case (gebeurtenis); the case history is the ordered stream of these.
 *
 * <p>Events are immutable and thread-safe. Each carries {@link EventMetadata}: the case, the
 * sequence number in the stream, the business date, the recorded instant and the acting
 * professional. The set of event types is closed ({@code sealed}); {@link #getType()} names the
 * type for switches and for the event codec.
 *
 * <pre>{@code
 * CaseState state = CaseState.replay(events);
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
public sealed interface CaseEvent
    permits SignalReceived,
        ReportJudged,
        InformationRequested,
        InformationAdded,
        HomeVisitRecorded,
        CoordinationDecided,
        TrajectoryDirectorAppointed,
        LifeDomainScanRecorded,
        IntegralPictureFormed,
        PlanAdopted,
        ProgressReported,
        ProgressTalkHeld,
        ProblemOwnershipAccepted,
        PaperFileRecorded,
        ConceptPlanDrafted,
        MeetingHeld,
        EvaluationRecorded,
        EscalationRequested,
        EscalationRaised,
        EscalationResolved,
        CoercionMeasureRecorded,
        InstrumentUsed,
        CaseClosed,
        FollowUpRecorded,
        CaseReopened,
        CaseTransferred,
        ConsentRecorded,
        ConsentWithdrawn,
        EntryCorrected,
        EntryWithdrawn {

  /**
   * The metadata every event carries.
   *
   * @return the metadata
   */
  EventMetadata getMetadata();

  /**
   * The type of this event.
   *
   * @return the type
   */
  EventType getType();

  /**
   * The case this event belongs to.
   *
   * @return the case id
   */
  default CaseId getCaseId() {
    return getMetadata().getCaseId();
  }

  /**
   * The position of this event in the case stream, from 1.
   *
   * @return the sequence number
   */
  default long getSequence() {
    return getMetadata().getSequence();
  }

  /**
   * The day it happened.
   *
   * @return the business date
   */
  default LocalDate getBusinessDate() {
    return getMetadata().getBusinessDate();
  }

  /**
   * When it was recorded.
   *
   * @return the instant
   */
  default Instant getRecordedAt() {
    return getMetadata().getRecordedAt();
  }

  /**
   * Who acted.
   *
   * @return the professional
   */
  default ProfessionalId getActor() {
    return getMetadata().getActor();
  }
}
