package nl.lon.rules.process;

import java.util.Optional;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.ConceptPlanDrafted;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationRequested;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.EvaluationRecorded;
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
import nl.lon.core.event.ProgressReported;
import nl.lon.core.event.ProgressTalkHeld;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.TrajectoryDirectorAppointed;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.state.CaseState;

/**
 * The command that recorded an act, read back from its event, so that the acts after a corrected
 * entry can be decided again in their places (heruitvoering).
 */
final class Reenactment {

  private Reenactment() {}

  /**
   * The command whose decision yields the act on the state before it.
   *
   * @param act an act of the case (not a correction or withdrawal)
   * @param before the case just before the act
   * @return the command; empty for the opening signal, corrections and withdrawals, which are not
   *     decided again
   */
  static Optional<CaseCommand> of(CaseEvent act, CaseState before) {
    CaseCommand c =
        switch (act.getType()) {
          case SIGNAL_RECEIVED, ENTRY_CORRECTED, ENTRY_WITHDRAWN -> null;
          case REPORT_JUDGED -> {
            ReportJudged j = (ReportJudged) act;
            yield new CaseCommand.JudgeReport(j.getJudgement(), j.getReason(), j.getTargetGroups());
          }
          case INFORMATION_REQUESTED -> {
            InformationRequested r = (InformationRequested) act;
            yield new CaseCommand.RequestInformation(
                r.getOrganisations(), r.getNetworks(), r.getQuestion());
          }
          case INFORMATION_ADDED -> {
            InformationAdded a = (InformationAdded) act;
            yield new CaseCommand.AddInformation(a.getOrganisation(), a.getSummary());
          }
          case HOME_VISIT_RECORDED -> {
            HomeVisitRecorded h = (HomeVisitRecorded) act;
            yield new CaseCommand.RecordHomeVisit(
                h.getVisitors(), h.getFindings(), h.isClientReached());
          }
          case COORDINATION_DECIDED ->
              new CaseCommand.DecideCoordination(((CoordinationDecided) act).getDecision());
          case TRAJECTORY_DIRECTOR_APPOINTED -> {
            TrajectoryDirectorAppointed t = (TrajectoryDirectorAppointed) act;
            yield new CaseCommand.AppointTrajectoryDirector(
                t.getDirector(), t.getOrganisation(), t.getAppointedBy(), t.isTemporary());
          }
          case LIFE_DOMAIN_SCAN_RECORDED ->
              new CaseCommand.RecordScan(((LifeDomainScanRecorded) act).getScan());
          case INTEGRAL_PICTURE_FORMED -> {
            IntegralPictureFormed p = (IntegralPictureFormed) act;
            yield new CaseCommand.FormIntegralPicture(p.getSummary(), p.getTargetGroups());
          }
          case PLAN_ADOPTED ->
              // the first plan, or the first after a reopen, is adopted in step 5; later ones
              // adjust
              before.getStep() == ProcessStep.PLAN_OF_APPROACH
                  ? new CaseCommand.AdoptPlan(((PlanAdopted) act).getPlan())
                  : new CaseCommand.AdjustPlan(((PlanAdopted) act).getPlan());
          case CONCEPT_PLAN_DRAFTED ->
              new CaseCommand.DraftConceptPlan(((ConceptPlanDrafted) act).getConcept());
          case PROGRESS_REPORTED ->
              new CaseCommand.ReportProgress(((ProgressReported) act).getReport());
          case PROGRESS_TALK_HELD ->
              new CaseCommand.HoldProgressTalk(((ProgressTalkHeld) act).getSummary());
          case PROBLEM_OWNERSHIP_ACCEPTED -> new CaseCommand.AcceptProblemOwnership();
          case PAPER_FILE_RECORDED ->
              new CaseCommand.RecordPaperFile(((PaperFileRecorded) act).getLocation());
          case MEETING_HELD -> new CaseCommand.HoldMeeting(((MeetingHeld) act).getMeeting());
          case EVALUATION_RECORDED ->
              new CaseCommand.Evaluate(((EvaluationRecorded) act).getEvaluation());
          case CASE_CLOSED -> new CaseCommand.Close(((CaseClosed) act).getClosure());
          case FOLLOW_UP_RECORDED ->
              new CaseCommand.RecordFollowUp(((FollowUpRecorded) act).getCheck());
          case CASE_REOPENED -> new CaseCommand.Reopen(((CaseReopened) act).getReason());
          case CASE_TRANSFERRED -> new CaseCommand.Transfer(((CaseTransferred) act).getHandover());
          case CONSENT_RECORDED ->
              new CaseCommand.RecordConsent(((ConsentRecorded) act).getConsent());
          case CONSENT_WITHDRAWN -> new CaseCommand.WithdrawConsent();
          case ESCALATION_REQUESTED -> {
            EscalationRequested r = (EscalationRequested) act;
            yield new CaseCommand.RequestEscalation(r.getKind(), r.getBottleneck());
          }
          case ESCALATION_RAISED -> {
            nl.lon.core.escalation.Escalation e = ((EscalationRaised) act).getEscalation();
            yield new CaseCommand.Escalate(
                e.getKind(), e.getRung(), e.getBottleneck(), e.getEmergencyReason());
          }
          case ESCALATION_RESOLVED -> {
            EscalationResolved r = (EscalationResolved) act;
            yield new CaseCommand.ResolveEscalation(r.getEscalationId(), r.getResolution());
          }
          case COERCION_MEASURE_RECORDED -> {
            CoercionMeasureRecorded m = (CoercionMeasureRecorded) act;
            yield new CaseCommand.RecordCoercionMeasure(
                m.getMeasureCode(), Optional.of(m.getReason()));
          }
          case INSTRUMENT_USED -> new CaseCommand.UseInstrument(((InstrumentUsed) act).getUse());
        };
    return Optional.ofNullable(c);
  }
}
