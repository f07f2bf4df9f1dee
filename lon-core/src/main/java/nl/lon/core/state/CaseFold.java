package nl.lon.core.state;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.ConceptPlanDrafted;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.EvaluationRecorded;
import nl.lon.core.event.EventType;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.InformationRequested;
import nl.lon.core.event.InstrumentUsed;
import nl.lon.core.event.IntegralPictureFormed;
import nl.lon.core.event.LifeDomainScanRecorded;
import nl.lon.core.event.MeetingHeld;
import nl.lon.core.event.PaperFileRecorded;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.ProblemOwnershipAccepted;
import nl.lon.core.event.ProgressReported;
import nl.lon.core.event.ProgressTalkHeld;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.event.TrajectoryDirectorAppointed;
import nl.lon.core.process.Activity;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.Instrument;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.process.WorkAgreement;
import nl.lon.core.scan.LifeDomainScan;

/**
 * The pure fold of case events into {@link CaseState}; guards against events that cannot follow.
 */
final class CaseFold {

  /** Steps in which the case is being handled after the report was judged in scope. */
  private static final Set<ProcessStep> HANDLING =
      EnumSet.range(ProcessStep.GATHER_INFORMATION, ProcessStep.CLOSE);

  /** Steps with a plan in execution. */
  private static final Set<ProcessStep> RUNNING =
      EnumSet.of(ProcessStep.EXECUTE, ProcessStep.EVALUATE);

  /** The acts of handling, whose latest business date a closure may not predate. */
  private static final Set<EventType> HANDLING_ACTS =
      EnumSet.complementOf(
          EnumSet.of(
              EventType.SIGNAL_RECEIVED,
              EventType.MEETING_HELD,
              EventType.CONSENT_RECORDED,
              EventType.CONSENT_WITHDRAWN,
              EventType.FOLLOW_UP_RECORDED,
              EventType.CASE_REOPENED,
              EventType.CASE_TRANSFERRED,
              EventType.ESCALATION_RESOLVED));

  private CaseFold() {}

  /** The later of a kept date and a new one. */
  private static LocalDate latest(Optional<LocalDate> kept, LocalDate date) {
    return kept.filter(k -> k.isAfter(date)).orElse(date);
  }

  /** Whether a kept date is cleared by an act on a date: it is not after that date. */
  private static boolean clearedBy(Optional<LocalDate> kept, LocalDate date) {
    return kept.map(k -> !k.isAfter(date)).orElse(true);
  }

  static CaseState apply(CaseState state, CaseEvent event) {
    long expected = state.getVersion() + 1;
    if (event.getSequence() != expected) {
      throw illegal(state, event, "sequence must be " + expected);
    }
    if (event.getType().isCorrection()) {
      if (state.getVersion() == 0 || !state.getCaseId().get().equals(event.getCaseId())) {
        throw illegal(state, event, "a correction names an entry of the same case");
      }
      if (state.getStatus() == CaseStatus.TRANSFERRED) {
        throw illegal(state, event, "the case was transferred to another network");
      }
      return EffectiveHistory.refold(state, event);
    }
    return act(state, event, state.trail().plus(event));
  }

  /**
   * Folds one act of the effective history; its sequence becomes the version (the effective history
   * of a corrected stream has gaps where corrections and withdrawn acts stand).
   */
  static CaseState act(CaseState state, CaseEvent event, Trail trail) {
    if (state.getVersion() > 0 && !state.getCaseId().get().equals(event.getCaseId())) {
      throw illegal(state, event, "event belongs to case " + event.getCaseId());
    }
    if (state.getStatus() == CaseStatus.TRANSFERRED && event.getType() != EventType.CASE_REOPENED) {
      throw illegal(state, event, "the case was transferred to another network");
    }
    // dates of independent acts are taken by business date (on a tie, the act recorded last), so
    // that acts entered late fold to the same state as the same acts entered on time
    CaseState.Builder b =
        CaseState.builderFrom(state)
            .version(event.getSequence())
            .lastEventOn(latest(state.getLastEventOn(), event.getBusinessDate()))
            .trail(trail);
    if (HANDLING_ACTS.contains(event.getType())) {
      b.lastHandledOn(latest(state.getLastHandledOn(), event.getBusinessDate()));
    }
    // involvement comes from roles in the case (reporter, appointment, visit, meeting, plan),
    // never from having written: a write under an emergency override must not grant later access
    return switch (event.getType()) {
      case SIGNAL_RECEIVED -> signalReceived(state, (SignalReceived) event, b);
      case REPORT_JUDGED -> reportJudged(state, (ReportJudged) event, b);
      case INFORMATION_REQUESTED -> {
        requireHandling(state, event);
        yield b.addAllInvolvedOrganisations(((InformationRequested) event).getOrganisations())
            .informationRequestedOn(
                latest(state.getInformationRequestedOn(), event.getBusinessDate()))
            .build();
      }
      case INFORMATION_ADDED -> {
        requireHandling(state, event);
        yield b.addInvolvedOrganisations(((InformationAdded) event).getOrganisation()).build();
      }
      case HOME_VISIT_RECORDED -> homeVisit(state, (HomeVisitRecorded) event, b);
      case COORDINATION_DECIDED -> coordinationDecided(state, (CoordinationDecided) event, b);
      case TRAJECTORY_DIRECTOR_APPOINTED ->
          directorAppointed(state, (TrajectoryDirectorAppointed) event, b);
      case LIFE_DOMAIN_SCAN_RECORDED -> {
        requireStepAtLeast(state, event, ProcessStep.INTEGRAL_PICTURE);
        LifeDomainScan scan = ((LifeDomainScanRecorded) event).getScan();
        if (state
            .getLatestScan()
            .map(l -> !scan.getScoredOn().isBefore(l.getScoredOn()))
            .orElse(true)) {
          b.latestScan(scan);
        }
        yield b.build();
      }
      case INTEGRAL_PICTURE_FORMED -> integralPicture(state, (IntegralPictureFormed) event, b);
      case PLAN_ADOPTED -> planAdopted(state, (PlanAdopted) event, b);
      case PROGRESS_REPORTED -> progressReported(state, (ProgressReported) event, b);
      case CONCEPT_PLAN_DRAFTED -> {
        requireStep(
            state, event, EnumSet.of(ProcessStep.INTEGRAL_PICTURE, ProcessStep.PLAN_OF_APPROACH));
        ConceptPlanDrafted drafted = (ConceptPlanDrafted) event;
        int next = state.getPlan().map(p -> p.getVersion()).orElse(0) + 1;
        if (drafted.getConcept().getVersion() != next) {
          throw illegal(state, event, "concept plan version must be " + next);
        }
        yield b.conceptPlan(drafted.getConcept())
            .conceptPlanDraftedOn(drafted.getBusinessDate())
            .build();
      }
      case PAPER_FILE_RECORDED -> {
        requireStarted(state, event);
        String location = ((PaperFileRecorded) event).getLocation();
        yield state.getPaperFileLocations().contains(location)
            ? b.build()
            : b.addPaperFileLocations(location).build();
      }
      case PROBLEM_OWNERSHIP_ACCEPTED -> {
        requireStep(
            state, event, EnumSet.range(ProcessStep.INTEGRAL_PICTURE, ProcessStep.EVALUATE));
        ProblemOwnershipAccepted accepted = (ProblemOwnershipAccepted) event;
        if (!state
            .getTrajectoryDirector()
            .map(accepted.getTrajectoryDirector()::equals)
            .orElse(false)) {
          throw illegal(
              state, event, "only the appointed trajectory director accepts the ownership");
        }
        yield b.ownershipAcceptedOn(latest(state.getOwnershipAcceptedOn(), event.getBusinessDate()))
            .build();
      }
      case PROGRESS_TALK_HELD -> {
        requireStep(state, event, RUNNING);
        yield b.lastProgressTalkOn(latest(state.getLastProgressTalkOn(), event.getBusinessDate()))
            .addInvolvedProfessionals(((ProgressTalkHeld) event).getTrajectoryDirector())
            .build();
      }
      case MEETING_HELD -> meetingHeld(state, (MeetingHeld) event, b);
      case EVALUATION_RECORDED -> evaluationRecorded(state, (EvaluationRecorded) event, b);
      case ESCALATION_REQUESTED -> {
        requireStepAtLeast(state, event, ProcessStep.INTEGRAL_PICTURE);
        yield b.build();
      }
      case ESCALATION_RAISED -> escalationRaised(state, (EscalationRaised) event, b);
      case ESCALATION_RESOLVED -> escalationResolved(state, (EscalationResolved) event, b);
      case COERCION_MEASURE_RECORDED -> {
        requireHandling(state, event);
        CoercionMeasureRecorded measure = (CoercionMeasureRecorded) event;
        yield b.addCoercionMeasures(measure)
            .addInvolvedOrganisations(measure.getExecutedBy())
            .build();
      }
      case INSTRUMENT_USED -> instrumentUsed(state, (InstrumentUsed) event, b);
      case CASE_CLOSED -> caseClosed(state, (CaseClosed) event, b);
      case FOLLOW_UP_RECORDED -> {
        if (state.getStatus() != CaseStatus.CLOSED) {
          throw illegal(state, event, "follow-up checks are only recorded on a closed case");
        }
        yield b.addFollowUps((FollowUpRecorded) event).build();
      }
      case CASE_REOPENED -> caseReopened(state, (CaseReopened) event, b);
      case CASE_TRANSFERRED -> {
        requireStarted(state, event);
        WarmHandover handover = ((CaseTransferred) event).getHandover();
        yield b.status(CaseStatus.TRANSFERRED)
            .transferredTo(handover.getToNetwork())
            .handoverReceiver(handover.getReceivingProfessional())
            .transferredOn(event.getBusinessDate())
            .build();
      }
      case CONSENT_RECORDED -> {
        requireStarted(state, event);
        if (state
            .getConsentRecordedOn()
            .map(r -> r.isAfter(event.getBusinessDate()))
            .orElse(false)) {
          yield b.build();
        }
        yield b.consent(((ConsentRecorded) event).getConsent())
            .consentRecordedOn(event.getBusinessDate())
            .build();
      }
      case CONSENT_WITHDRAWN -> {
        requireStarted(state, event);
        if (!state.hasConsentOn(event.getBusinessDate())) {
          throw illegal(state, event, "there is no consent in force to withdraw");
        }
        yield b.consent(state.getConsent().get().withdrawnOn(event.getBusinessDate())).build();
      }
      case ENTRY_CORRECTED, ENTRY_WITHDRAWN ->
          throw illegal(state, event, "a correction is not an act of the effective history");
    };
  }

  private static CaseState signalReceived(CaseState state, SignalReceived e, CaseState.Builder b) {
    if (state.getVersion() != 0) {
      throw illegal(state, e, "a case has exactly one opening signal");
    }
    b.caseId(e.getCaseId())
        .network(e.getNetwork())
        .clientNumber(e.getClientNumber())
        .signal(e.getSignal())
        .household(e.getHousehold())
        .step(ProcessStep.RECEIVE_REPORT)
        .status(CaseStatus.OPEN);
    e.getSignal().getSignallerOrganisation().ifPresent(b::addInvolvedOrganisations);
    return b.build();
  }

  private static CaseState reportJudged(CaseState state, ReportJudged e, CaseState.Builder b) {
    requireStep(state, e, EnumSet.of(ProcessStep.RECEIVE_REPORT));
    b.judgement(e.getJudgement()).judgedOn(e.getBusinessDate()).targetGroups(e.getTargetGroups());
    if (e.getJudgement() == ReportJudgement.OUT_OF_SCOPE) {
      return b.status(CaseStatus.ENDED).closedOn(e.getBusinessDate()).build();
    }
    return b.step(ProcessStep.GATHER_INFORMATION).build();
  }

  private static CaseState homeVisit(CaseState state, HomeVisitRecorded e, CaseState.Builder b) {
    requireHandling(state, e);
    b.addAllInvolvedProfessionals(e.getVisitors());
    if (!e.isClientReached()) {
      b.unreachableCount(state.getUnreachableCount() + 1);
    }
    return b.build();
  }

  private static CaseState coordinationDecided(
      CaseState state, CoordinationDecided e, CaseState.Builder b) {
    requireStep(state, e, EnumSet.of(ProcessStep.GATHER_INFORMATION));
    b.coordinationDecision(e.getDecision()).coordinationDecidedOn(e.getBusinessDate());
    e.getDecision().getReferredTo().ifPresent(b::addInvolvedOrganisations);
    if (e.getDecision().isCoordinate()) {
      return b.step(ProcessStep.INTEGRAL_PICTURE).build();
    }
    return b.status(CaseStatus.ENDED).closedOn(e.getBusinessDate()).build();
  }

  private static CaseState directorAppointed(
      CaseState state, TrajectoryDirectorAppointed e, CaseState.Builder b) {
    requireStep(state, e, EnumSet.range(ProcessStep.INTEGRAL_PICTURE, ProcessStep.EVALUATE));
    return b.trajectoryDirector(e.getDirector())
        .trajectoryDirectorOrganisation(e.getOrganisation())
        .trajectoryDirectorTemporary(e.isTemporary())
        .directorAppointedOn(e.getBusinessDate())
        .ownershipAcceptedOn(
            state
                .getTrajectoryDirector()
                .filter(e.getDirector()::equals)
                .flatMap(same -> state.getOwnershipAcceptedOn()))
        .addInvolvedOrganisations(e.getOrganisation())
        .addInvolvedProfessionals(e.getDirector())
        .build();
  }

  private static CaseState integralPicture(
      CaseState state, IntegralPictureFormed e, CaseState.Builder b) {
    requireStep(state, e, EnumSet.of(ProcessStep.INTEGRAL_PICTURE));
    if (!e.getTargetGroups().isEmpty()) {
      b.targetGroups(e.getTargetGroups());
    }
    return b.integralPictureFormedOn(e.getBusinessDate())
        .step(ProcessStep.PLAN_OF_APPROACH)
        .build();
  }

  private static CaseState planAdopted(CaseState state, PlanAdopted e, CaseState.Builder b) {
    int version = e.getPlan().getVersion();
    int current = state.getPlan().map(p -> p.getVersion()).orElse(0);
    if (version != current + 1) {
      throw illegal(state, e, "plan version must be " + (current + 1));
    }
    // the first plan, or the first plan after a reopen, comes in step 5; later versions adjust a
    // running plan
    requireStep(
        state,
        e,
        version == 1
            ? EnumSet.of(ProcessStep.PLAN_OF_APPROACH)
            : EnumSet.of(ProcessStep.PLAN_OF_APPROACH, ProcessStep.EXECUTE, ProcessStep.EVALUATE));
    for (Activity a : e.getPlan().getActivities()) {
      a.getResponsible().getOrganisation().ifPresent(b::addInvolvedOrganisations);
      a.getResponsible().getProfessional().ifPresent(b::addInvolvedProfessionals);
    }
    if (clearedBy(state.getPendingDeviationOn(), e.getBusinessDate())) {
      b.pendingDeviationOn(Optional.empty());
    }
    return b.plan(e.getPlan())
        .planAdoptedOn(e.getBusinessDate())
        .conceptPlan(Optional.empty())
        .conceptPlanDraftedOn(Optional.empty())
        .step(ProcessStep.EXECUTE)
        .build();
  }

  private static CaseState progressReported(
      CaseState state, ProgressReported e, CaseState.Builder b) {
    requireStep(state, e, RUNNING);
    b.lastProgressReportOn(latest(state.getLastProgressReportOn(), e.getBusinessDate()));
    if (e.getReport().isDeviatesFromPlan()) {
      b.pendingDeviationOn(latest(state.getPendingDeviationOn(), e.getBusinessDate()));
    }
    if (e.getReport().isClientUnreachable()) {
      b.unreachableCount(state.getUnreachableCount() + 1);
    }
    if (e.getReport().isStalled()) {
      b.lastStalledReportOn(latest(state.getLastStalledReportOn(), e.getBusinessDate()));
    }
    return b.build();
  }

  private static CaseState meetingHeld(CaseState state, MeetingHeld e, CaseState.Builder b) {
    requireStarted(state, e);
    if (!state.isOpen() && state.getStatus() != CaseStatus.CLOSED) {
      throw illegal(state, e, "the case has ended");
    }
    b.addAllInvolvedOrganisations(e.getMeeting().getOrganisations())
        .addAllInvolvedProfessionals(e.getMeeting().getParticipants());
    for (WorkAgreement w : e.getMeeting().getMinutes()) {
      w.getWho().getOrganisation().ifPresent(b::addInvolvedOrganisations);
    }
    if (e.getMeeting().getKind() == MeetingKind.CASE_CONFERENCE) {
      b.firstCaseConferenceOn(
          state
              .getFirstCaseConferenceOn()
              .filter(first -> !first.isAfter(e.getBusinessDate()))
              .orElse(e.getBusinessDate()));
    }
    if (e.getMeeting().getKind() == MeetingKind.NETWORK_MEETING) {
      b.lastNetworkMeetingOn(latest(state.getLastNetworkMeetingOn(), e.getBusinessDate()));
    }
    return b.build();
  }

  private static CaseState evaluationRecorded(
      CaseState state, EvaluationRecorded e, CaseState.Builder b) {
    requireStep(state, e, RUNNING);
    // the evaluation covers the agreements the partners make among themselves, not the client's
    // (seeds/004 l.1524-1525): agreements not kept do not count toward the client's unreachability
    b.lastEvaluation(e.getEvaluation()).lastEvaluatedOn(e.getBusinessDate());
    EvaluationDecision decision = e.getEvaluation().getDecision();
    if (clearedBy(state.getPendingDeviationOn(), e.getBusinessDate())) {
      b.pendingDeviationOn(Optional.empty());
    }
    switch (decision) {
      case ADJUST:
        return b.step(ProcessStep.EVALUATE).build();
      case CLOSE:
        return b.step(ProcessStep.CLOSE).build();
      default:
        return b.step(ProcessStep.EXECUTE).build();
    }
  }

  private static CaseState escalationRaised(
      CaseState state, EscalationRaised e, CaseState.Builder b) {
    requireStepAtLeast(state, e, ProcessStep.INTEGRAL_PICTURE);
    if (state.getOpenEscalations().containsKey(e.getEscalation().getId())
        || state.getEscalations().stream()
            .anyMatch(x -> x.getEscalation().getId().equals(e.getEscalation().getId()))) {
      throw illegal(state, e, "escalation id " + e.getEscalation().getId() + " is used already");
    }
    Map<nl.lon.core.id.EscalationId, EscalationRaised> open =
        new LinkedHashMap<>(state.getOpenEscalations());
    open.put(e.getEscalation().getId(), e);
    return b.openEscalations(open).addEscalations(e).build();
  }

  private static CaseState escalationResolved(
      CaseState state, EscalationResolved e, CaseState.Builder b) {
    if (!state.getOpenEscalations().containsKey(e.getEscalationId())) {
      throw illegal(state, e, "escalation " + e.getEscalationId() + " is not open");
    }
    Map<nl.lon.core.id.EscalationId, EscalationRaised> open =
        new LinkedHashMap<>(state.getOpenEscalations());
    open.remove(e.getEscalationId());
    List<EscalationResolved> resolutions = new ArrayList<>(state.getResolutions());
    int at = resolutions.size();
    while (at > 0 && resolutions.get(at - 1).getBusinessDate().isAfter(e.getBusinessDate())) {
      at--;
    }
    resolutions.add(at, e);
    return b.openEscalations(ImmutableMap.copyOf(open)).resolutions(resolutions).build();
  }

  private static CaseState instrumentUsed(CaseState state, InstrumentUsed e, CaseState.Builder b) {
    requireHandling(state, e);
    b.addAllInvolvedOrganisations(e.getUse().getAgreedBy());
    if (e.getUse().getInstrument() == Instrument.CARE_PURCHASE_BUDGET
        && e.getUse().getAmount().isPresent()) {
      b.carePurchaseSpent(state.getCarePurchaseSpent().add(e.getUse().getAmount().get()));
      b.addCarePurchases(e);
    }
    return b.build();
  }

  private static CaseState caseClosed(CaseState state, CaseClosed e, CaseState.Builder b) {
    requireHandling(state, e);
    return b.status(CaseStatus.CLOSED)
        .step(ProcessStep.FOLLOW_UP)
        .closure(e.getClosure())
        .closedOn(e.getBusinessDate())
        .followUps(ImmutableList.of())
        .build();
  }

  private static CaseState caseReopened(CaseState state, CaseReopened e, CaseState.Builder b) {
    if (state.getStatus() == CaseStatus.TRANSFERRED) {
      // the receiving network declined the handover: the case is back where it stood
      return b.status(CaseStatus.OPEN)
          .transferredTo(java.util.Optional.empty())
          .handoverReceiver(java.util.Optional.empty())
          .transferredOn(java.util.Optional.empty())
          .build();
    }
    if (state.getStatus() != CaseStatus.CLOSED && state.getStatus() != CaseStatus.ENDED) {
      throw illegal(state, e, "only a closed or ended case can be reopened");
    }
    boolean wasCoordinated =
        state.getCoordinationDecision().map(CoordinationDecision::isCoordinate).orElse(false);
    if (wasCoordinated) {
      b.coordinationDecidedOn(e.getBusinessDate());
    }
    return b.status(CaseStatus.OPEN)
        .step(wasCoordinated ? ProcessStep.INTEGRAL_PICTURE : ProcessStep.GATHER_INFORMATION)
        .reopenedOn(e.getBusinessDate())
        .closure(java.util.Optional.empty())
        .closedOn(java.util.Optional.empty())
        .trajectoryDirector(java.util.Optional.empty())
        .trajectoryDirectorOrganisation(java.util.Optional.empty())
        .directorAppointedOn(java.util.Optional.empty())
        .trajectoryDirectorTemporary(false)
        .ownershipAcceptedOn(java.util.Optional.empty())
        .pendingDeviationOn(java.util.Optional.empty())
        .lastStalledReportOn(java.util.Optional.empty())
        .reopenCount(state.getReopenCount() + 1)
        .build();
  }

  private static void requireStarted(CaseState state, CaseEvent e) {
    if (state.getVersion() == 0) {
      throw illegal(state, e, "a case starts with a received signal");
    }
  }

  private static void requireHandling(CaseState state, CaseEvent e) {
    requireStarted(state, e);
    if (!state.isOpen() || !HANDLING.contains(state.getStep())) {
      throw illegal(state, e, "the case is not being handled");
    }
  }

  private static void requireStepAtLeast(CaseState state, CaseEvent e, ProcessStep from) {
    requireStep(state, e, EnumSet.range(from, ProcessStep.CLOSE));
  }

  private static void requireStep(CaseState state, CaseEvent e, Set<ProcessStep> steps) {
    requireStarted(state, e);
    if (!state.isOpen() || !steps.contains(state.getStep())) {
      throw illegal(state, e, "it needs an open case in step " + steps);
    }
  }

  private static IllegalEventException illegal(CaseState state, CaseEvent e, String why) {
    return new IllegalEventException(
        e.getType()
            + " #"
            + e.getSequence()
            + " cannot follow case "
            + state.getCaseId().map(Object::toString).orElse("(empty)")
            + " at version "
            + state.getVersion()
            + " (status "
            + state.getStatus()
            + ", step "
            + state.getStep()
            + "): "
            + why);
  }
}
