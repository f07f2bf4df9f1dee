package nl.lon.rules.process;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.client.Consent;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.internal.Checks;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.Closure;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.scan.LifeDomainScan;

/**
 * A request to change a case, one type per use case (opdracht).
 *
 * <p>Commands are immutable values, checked for structure at construction; whether one may be
 * carried out is decided by {@link ProcessRules#decide}.
 *
 * @since 0.1
 */
public sealed interface CaseCommand
    permits CaseCommand.ReportSignal,
        CaseCommand.JudgeReport,
        CaseCommand.RequestInformation,
        CaseCommand.AddInformation,
        CaseCommand.RecordHomeVisit,
        CaseCommand.DecideCoordination,
        CaseCommand.AppointTrajectoryDirector,
        CaseCommand.RecordScan,
        CaseCommand.FormIntegralPicture,
        CaseCommand.AdoptPlan,
        CaseCommand.AdjustPlan,
        CaseCommand.ReportProgress,
        CaseCommand.HoldProgressTalk,
        CaseCommand.HoldMeeting,
        CaseCommand.Evaluate,
        CaseCommand.Close,
        CaseCommand.RecordFollowUp,
        CaseCommand.Reopen,
        CaseCommand.Transfer,
        CaseCommand.RecordConsent,
        CaseCommand.WithdrawConsent,
        CaseCommand.RequestEscalation,
        CaseCommand.Escalate,
        CaseCommand.ResolveEscalation,
        CaseCommand.RecordCoercionMeasure,
        CaseCommand.UseInstrument,
        CaseCommand.CorrectEntry,
        CaseCommand.WithdrawEntry,
        CaseCommand.AcceptProblemOwnership,
        CaseCommand.RecordPaperFile,
        CaseCommand.DraftConceptPlan {

  /**
   * The process step this command belongs to; a refusal's violations name it.
   *
   * @return the step
   */
  ProcessStep step();

  /**
   * Calls the visitor's method for this command's type.
   *
   * @param <R> the result type
   * @param visitor the visitor
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per command type: the one exhaustive place where commands are told apart. Adding a
   * command adds a method here, so every visitor fails to compile until it handles the new command.
   *
   * @param <R> the result type
   * @since 0.1
   */
  interface Visitor<R> {
    /**
     * Visits a {@link ReportSignal} command.
     *
     * @param command the command
     * @return the result
     */
    R visitReportSignal(ReportSignal command);

    /**
     * Visits a {@link JudgeReport} command.
     *
     * @param command the command
     * @return the result
     */
    R visitJudgeReport(JudgeReport command);

    /**
     * Visits a {@link RequestInformation} command.
     *
     * @param command the command
     * @return the result
     */
    R visitRequestInformation(RequestInformation command);

    /**
     * Visits a {@link AddInformation} command.
     *
     * @param command the command
     * @return the result
     */
    R visitAddInformation(AddInformation command);

    /**
     * Visits a {@link RecordHomeVisit} command.
     *
     * @param command the command
     * @return the result
     */
    R visitRecordHomeVisit(RecordHomeVisit command);

    /**
     * Visits a {@link DecideCoordination} command.
     *
     * @param command the command
     * @return the result
     */
    R visitDecideCoordination(DecideCoordination command);

    /**
     * Visits a {@link AppointTrajectoryDirector} command.
     *
     * @param command the command
     * @return the result
     */
    R visitAppointTrajectoryDirector(AppointTrajectoryDirector command);

    /**
     * Visits a {@link RecordScan} command.
     *
     * @param command the command
     * @return the result
     */
    R visitRecordScan(RecordScan command);

    /**
     * Visits a {@link FormIntegralPicture} command.
     *
     * @param command the command
     * @return the result
     */
    R visitFormIntegralPicture(FormIntegralPicture command);

    /**
     * Visits a {@link AdoptPlan} command.
     *
     * @param command the command
     * @return the result
     */
    R visitAdoptPlan(AdoptPlan command);

    /**
     * Visits a {@link AdjustPlan} command.
     *
     * @param command the command
     * @return the result
     */
    R visitAdjustPlan(AdjustPlan command);

    /**
     * Visits a {@link ReportProgress} command.
     *
     * @param command the command
     * @return the result
     */
    R visitReportProgress(ReportProgress command);

    /**
     * Visits a {@link HoldProgressTalk} command.
     *
     * @param command the command
     * @return the result
     */
    R visitHoldProgressTalk(HoldProgressTalk command);

    /**
     * Visits a {@link HoldMeeting} command.
     *
     * @param command the command
     * @return the result
     */
    R visitHoldMeeting(HoldMeeting command);

    /**
     * Visits a {@link Evaluate} command.
     *
     * @param command the command
     * @return the result
     */
    R visitEvaluate(Evaluate command);

    /**
     * Visits a {@link Close} command.
     *
     * @param command the command
     * @return the result
     */
    R visitClose(Close command);

    /**
     * Visits a {@link RecordFollowUp} command.
     *
     * @param command the command
     * @return the result
     */
    R visitRecordFollowUp(RecordFollowUp command);

    /**
     * Visits a {@link Reopen} command.
     *
     * @param command the command
     * @return the result
     */
    R visitReopen(Reopen command);

    /**
     * Visits a {@link Transfer} command.
     *
     * @param command the command
     * @return the result
     */
    R visitTransfer(Transfer command);

    /**
     * Visits a {@link RecordConsent} command.
     *
     * @param command the command
     * @return the result
     */
    R visitRecordConsent(RecordConsent command);

    /**
     * Visits a {@link WithdrawConsent} command.
     *
     * @param command the command
     * @return the result
     */
    R visitWithdrawConsent(WithdrawConsent command);

    /**
     * Visits a {@link RequestEscalation} command.
     *
     * @param command the command
     * @return the result
     */
    R visitRequestEscalation(RequestEscalation command);

    /**
     * Visits a {@link Escalate} command.
     *
     * @param command the command
     * @return the result
     */
    R visitEscalate(Escalate command);

    /**
     * Visits a {@link ResolveEscalation} command.
     *
     * @param command the command
     * @return the result
     */
    R visitResolveEscalation(ResolveEscalation command);

    /**
     * Visits a {@link RecordCoercionMeasure} command.
     *
     * @param command the command
     * @return the result
     */
    R visitRecordCoercionMeasure(RecordCoercionMeasure command);

    /**
     * Visits a {@link UseInstrument} command.
     *
     * @param command the command
     * @return the result
     */
    R visitUseInstrument(UseInstrument command);

    /**
     * Visits a {@link CorrectEntry} command.
     *
     * @param command the command
     * @return the result
     */
    R visitCorrectEntry(CorrectEntry command);

    /**
     * Visits a {@link WithdrawEntry} command.
     *
     * @param command the command
     * @return the result
     */
    R visitWithdrawEntry(WithdrawEntry command);

    /**
     * Visits an {@link AcceptProblemOwnership} command.
     *
     * @param command the command
     * @return the result
     * @since 0.3
     */
    R visitAcceptProblemOwnership(AcceptProblemOwnership command);

    /**
     * Visits a {@link RecordPaperFile} command.
     *
     * @param command the command
     * @return the result
     * @since 0.3
     */
    R visitRecordPaperFile(RecordPaperFile command);

    /**
     * Visits a {@link DraftConceptPlan} command.
     *
     * @param command the command
     * @return the result
     * @since 0.3
     */
    R visitDraftConceptPlan(DraftConceptPlan command);
  }

  /**
   * Report a signal: opens a case (step 1).
   *
   * @param caseId the new case's id
   * @param network the receiving network
   * @param clientNumber the client, by number
   * @param signal the signal
   * @param household the household as far as known
   */
  record ReportSignal(
      CaseId caseId,
      NetworkId network,
      ClientNumber clientNumber,
      Signal signal,
      Household household)
      implements CaseCommand {
    /**
     * Checks for nulls.
     *
     * @param caseId the new case's id
     * @param network the receiving network
     * @param clientNumber the client, by number
     * @param signal the signal
     * @param household the household as far as known
     */
    public ReportSignal {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(network, "network");
      Objects.requireNonNull(clientNumber, "clientNumber");
      Objects.requireNonNull(signal, "signal");
      Objects.requireNonNull(household, "household");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.SIGNAL;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitReportSignal(this);
    }
  }

  /**
   * Judge the report: in scope, out of scope, or acute crisis (step 2).
   *
   * @param judgement the judgement
   * @param reason the grounds
   * @param targetGroups the target groups assigned, each with its reason (at least one when in
   *     scope)
   */
  record JudgeReport(
      ReportJudgement judgement, String reason, Set<TargetGroupAssignment> targetGroups)
      implements CaseCommand {
    /**
     * Checks the fields.
     *
     * @param judgement the judgement
     * @param reason the grounds
     * @param targetGroups the target groups assigned, each with its reason (at least one when in
     *     scope)
     */
    public JudgeReport {
      Objects.requireNonNull(judgement, "judgement");
      Checks.notBlank(reason, "JudgeReport.reason");
      targetGroups = ImmutableSet.copyOf(targetGroups);
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.RECEIVE_REPORT;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitJudgeReport(this);
    }
  }

  /**
   * Ask partners, and possibly other networks, whether they know the client and what they can add
   * (step 3, the inquiry round; Enschede also asks some other networks, l.1422).
   *
   * @param organisations the partners asked
   * @param networks the other networks asked, possibly empty
   * @param question what is asked
   */
  record RequestInformation(
      Set<OrganisationId> organisations, Set<NetworkId> networks, String question)
      implements CaseCommand {
    /**
     * Checks the fields.
     *
     * @param organisations the partners asked
     * @param networks the other networks asked, possibly empty
     * @param question what is asked
     */
    public RequestInformation {
      organisations = ImmutableSet.copyOf(organisations);
      networks = ImmutableSet.copyOf(networks);
      Checks.require(
          !organisations.isEmpty() || !networks.isEmpty(),
          "RequestInformation.organisations",
          "not-empty",
          "ask at least one partner organisation or other network");
      Checks.notBlank(question, "RequestInformation.question");
    }

    /**
     * Asks partners only.
     *
     * @param organisations the partners asked, at least one
     * @param question what is asked
     */
    public RequestInformation(Set<OrganisationId> organisations, String question) {
      this(organisations, Set.of(), question);
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.GATHER_INFORMATION;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRequestInformation(this);
    }
  }

  /**
   * Add information from a partner (step 3 or later).
   *
   * @param organisation the partner
   * @param summary the information, without personal data
   */
  record AddInformation(OrganisationId organisation, String summary) implements CaseCommand {
    /**
     * Checks the fields.
     *
     * @param organisation the partner
     * @param summary the information, without personal data
     */
    public AddInformation {
      Objects.requireNonNull(organisation, "organisation");
      Checks.notBlank(summary, "AddInformation.summary");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.GATHER_INFORMATION;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAddInformation(this);
    }
  }

  /**
   * Record a home visit (instrument 1).
   *
   * @param visitors who visited
   * @param findings what was found
   * @param clientReached whether the client was reached
   */
  record RecordHomeVisit(Set<ProfessionalId> visitors, String findings, boolean clientReached)
      implements CaseCommand {
    /**
     * Checks the fields.
     *
     * @param visitors who visited
     * @param findings what was found
     * @param clientReached whether the client was reached
     */
    public RecordHomeVisit {
      visitors = ImmutableSet.copyOf(visitors);
      Checks.notEmpty(visitors, "RecordHomeVisit.visitors");
      Checks.notBlank(findings, "RecordHomeVisit.findings");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.GATHER_INFORMATION;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRecordHomeVisit(this);
    }
  }

  /**
   * Take the coordination decision, with feedback to the signaller (step 3).
   *
   * @param decision the decision
   */
  record DecideCoordination(CoordinationDecision decision) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param decision the decision
     */
    public DecideCoordination {
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.GATHER_INFORMATION;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDecideCoordination(this);
    }
  }

  /**
   * Appoint a trajectory director (problem owner), or let the network director act as one
   * temporarily (step 4-5).
   *
   * @param director the trajectory director
   * @param organisation the director's organisation
   * @param appointedBy who appoints: the network director or the network meeting
   * @param temporary whether the network director takes the role temporarily (then {@code director}
   *     is the acting network director)
   */
  record AppointTrajectoryDirector(
      ProfessionalId director,
      OrganisationId organisation,
      AppointmentAuthority appointedBy,
      boolean temporary)
      implements CaseCommand {
    /**
     * Checks for nulls.
     *
     * @param director the trajectory director
     * @param organisation the director's organisation
     * @param appointedBy who appoints: the network director or the network meeting
     * @param temporary whether the network director takes the role temporarily (then {@code
     *     director} is the acting network director)
     */
    public AppointTrajectoryDirector {
      Objects.requireNonNull(director, "director");
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(appointedBy, "appointedBy");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.PLAN_OF_APPROACH;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAppointTrajectoryDirector(this);
    }
  }

  /**
   * Record a life-domain scan (step 4 or later).
   *
   * @param scan the scan
   */
  record RecordScan(LifeDomainScan scan) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param scan the scan
     */
    public RecordScan {
      Objects.requireNonNull(scan, "scan");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.INTEGRAL_PICTURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRecordScan(this);
    }
  }

  /**
   * Form the integral picture (step 4).
   *
   * @param summary the picture, without personal data
   * @param targetGroups the target groups as now understood (empty keeps the earlier ones)
   */
  record FormIntegralPicture(String summary, Set<TargetGroupAssignment> targetGroups)
      implements CaseCommand {
    /**
     * Checks the fields.
     *
     * @param summary the picture, without personal data
     * @param targetGroups the target groups as now understood (empty keeps the earlier ones)
     */
    public FormIntegralPicture {
      Checks.notBlank(summary, "FormIntegralPicture.summary");
      targetGroups = ImmutableSet.copyOf(targetGroups);
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.INTEGRAL_PICTURE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFormIntegralPicture(this);
    }
  }

  /**
   * Adopt the first plan of approach (step 5).
   *
   * @param plan the plan, version 1
   */
  record AdoptPlan(PlanOfApproach plan) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param plan the plan, version 1
     */
    public AdoptPlan {
      Objects.requireNonNull(plan, "plan");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.PLAN_OF_APPROACH;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAdoptPlan(this);
    }
  }

  /**
   * Adjust the plan: adopt a new version after an evaluation or a reported deviation (step 7).
   *
   * @param plan the plan, the next version
   */
  record AdjustPlan(PlanOfApproach plan) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param plan the plan, the next version
     */
    public AdjustPlan {
      Objects.requireNonNull(plan, "plan");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.EVALUATE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAdjustPlan(this);
    }
  }

  /**
   * Report progress to the network director (step 6).
   *
   * @param report the report
   */
  record ReportProgress(ProgressReport report) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param report the report
     */
    public ReportProgress {
      Objects.requireNonNull(report, "report");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.EXECUTE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitReportProgress(this);
    }
  }

  /**
   * Hold the progress talk with the trajectory director (step 6).
   *
   * @param summary what was discussed
   */
  record HoldProgressTalk(String summary) implements CaseCommand {
    /**
     * Checks the field.
     *
     * @param summary what was discussed
     */
    public HoldProgressTalk {
      Checks.notBlank(summary, "HoldProgressTalk.summary");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.EXECUTE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitHoldProgressTalk(this);
    }
  }

  /**
   * Record a meeting about the case: case conference, network meeting or steering group.
   *
   * @param meeting the meeting
   */
  record HoldMeeting(Meeting meeting) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param meeting the meeting
     */
    public HoldMeeting {
      Objects.requireNonNull(meeting, "meeting");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.PLAN_OF_APPROACH;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitHoldMeeting(this);
    }
  }

  /**
   * Evaluate the running plan (step 7).
   *
   * @param evaluation the evaluation
   */
  record Evaluate(Evaluation evaluation) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param evaluation the evaluation
     */
    public Evaluate {
      Objects.requireNonNull(evaluation, "evaluation");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.EVALUATE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEvaluate(this);
    }
  }

  /**
   * Close the case (step 8).
   *
   * @param closure the closure
   */
  record Close(Closure closure) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param closure the closure
     */
    public Close {
      Objects.requireNonNull(closure, "closure");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.CLOSE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitClose(this);
    }
  }

  /**
   * Record a follow-up check on a closed case (step 9).
   *
   * @param check the check
   */
  record RecordFollowUp(FollowUpCheck check) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param check the check
     */
    public RecordFollowUp {
      Objects.requireNonNull(check, "check");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.FOLLOW_UP;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRecordFollowUp(this);
    }
  }

  /**
   * Reopen a closed or ended case: discuss the client again.
   *
   * @param reason why
   */
  record Reopen(String reason) implements CaseCommand {
    /**
     * Checks the field.
     *
     * @param reason why
     */
    public Reopen {
      Checks.notBlank(reason, "Reopen.reason");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.FOLLOW_UP;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitReopen(this);
    }
  }

  /**
   * Hand the case over to another network because the client moved (warm handover).
   *
   * @param handover the handover
   */
  record Transfer(WarmHandover handover) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param handover the handover
     */
    public Transfer {
      Objects.requireNonNull(handover, "handover");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.FOLLOW_UP;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTransfer(this);
    }
  }

  /**
   * Record the client's signed consent form.
   *
   * @param consent the consent
   */
  record RecordConsent(Consent consent) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param consent the consent
     */
    public RecordConsent {
      Objects.requireNonNull(consent, "consent");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.FOLLOW_UP;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRecordConsent(this);
    }
  }

  /** Record that the client withdrew their consent, as of the command's date. */
  record WithdrawConsent() implements CaseCommand {
    @Override
    public ProcessStep step() {
      return ProcessStep.FOLLOW_UP;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWithdrawConsent(this);
    }
  }

  /**
   * The trajectory director asks the network director to escalate.
   *
   * @param kind the ladder asked for
   * @param bottleneck what blocks the plan
   */
  record RequestEscalation(EscalationKind kind, String bottleneck) implements CaseCommand {
    /**
     * Checks the fields.
     *
     * @param kind the ladder asked for
     * @param bottleneck what blocks the plan
     */
    public RequestEscalation {
      Objects.requireNonNull(kind, "kind");
      Checks.notBlank(bottleneck, "RequestEscalation.bottleneck");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.EXECUTE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRequestEscalation(this);
    }
  }

  /**
   * The network director escalates the case to a rung of a ladder.
   *
   * @param kind the ladder: content or organisational
   * @param rung the rung, 1 for the lowest
   * @param bottleneck what blocks the plan
   * @param emergencyReason the serious emergency that justifies a jump or an emergency-only rung
   */
  record Escalate(
      EscalationKind kind, int rung, String bottleneck, Optional<String> emergencyReason)
      implements CaseCommand {
    /**
     * Checks the fields.
     *
     * @param kind the ladder: content or organisational
     * @param rung the rung, 1 for the lowest
     * @param bottleneck what blocks the plan
     * @param emergencyReason the serious emergency that justifies a jump or an emergency-only rung
     */
    public Escalate {
      Objects.requireNonNull(kind, "kind");
      Checks.notBlank(bottleneck, "Escalate.bottleneck");
      Objects.requireNonNull(emergencyReason, "emergencyReason");
      emergencyReason.ifPresent(r -> Checks.notBlank(r, "Escalate.emergencyReason"));
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.EXECUTE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEscalate(this);
    }
  }

  /**
   * Record how an open escalation was resolved.
   *
   * @param escalationId the escalation
   * @param resolution structural, ad hoc or none, with the blocker
   */
  record ResolveEscalation(EscalationId escalationId, EscalationResolution resolution)
      implements CaseCommand {
    /**
     * Checks for nulls.
     *
     * @param escalationId the escalation
     * @param resolution structural, ad hoc or none, with the blocker
     */
    public ResolveEscalation {
      Objects.requireNonNull(escalationId, "escalationId");
      Objects.requireNonNull(resolution, "resolution");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.EXECUTE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitResolveEscalation(this);
    }
  }

  /**
   * Record a pressure or coercion measure from the profile's catalogue, by its executing
   * organisation.
   *
   * @param measureCode the catalogue code
   * @param reason why; required when the measure rises on the continuum
   */
  record RecordCoercionMeasure(String measureCode, Optional<String> reason) implements CaseCommand {
    /**
     * Checks the fields.
     *
     * @param measureCode the catalogue code
     * @param reason why; required when the measure rises on the continuum
     */
    public RecordCoercionMeasure {
      Checks.notBlank(measureCode, "RecordCoercionMeasure.measureCode");
      Objects.requireNonNull(reason, "reason");
      reason.ifPresent(r -> Checks.notBlank(r, "RecordCoercionMeasure.reason"));
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.EXECUTE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRecordCoercionMeasure(this);
    }
  }

  /**
   * Use an instrument: bilateral contact, information and consultation, a consciously guided
   * explosion, or spending from the care-purchase budget.
   *
   * @param use the use
   */
  record UseInstrument(InstrumentUse use) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param use the use
     */
    public UseInstrument {
      Objects.requireNonNull(use, "use");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.EXECUTE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUseInstrument(this);
    }
  }

  /**
   * Corrects an entry made in error with a new version of the act (registratie corrigeren); the
   * original stays in the stream, the case counts the new version.
   *
   * <p>The replacement is the command that should have been given: it must yield one act of the
   * corrected entry's type, and it is decided as if the corrector gave it on the act's business
   * date against the case as it stood before the entry (with the corrections of the stream
   * applied), so the replacement's own rules apply to the corrector's roles; the acts after it must
   * still be able to follow (the fold's guards, and no later act dated before it). Who may correct,
   * and for how long, is the profile's {@link nl.lon.rules.profile.CorrectionPolicy}. To correct a
   * correction, correct the entry again: the latest correction counts.
   *
   * @param sequence the sequence of the entry (an act, not a correction or withdrawal)
   * @param replacement the command as it should have been given
   * @param businessDate the day the act happened, when the entry's business date was wrong too;
   *     empty keeps the entry's date
   * @param reason why the entry was wrong
   */
  record CorrectEntry(
      long sequence, CaseCommand replacement, Optional<LocalDate> businessDate, String reason)
      implements CaseCommand {
    /**
     * Checks the fields.
     *
     * @param sequence the sequence of the entry (an act, not a correction or withdrawal)
     * @param replacement the command as it should have been given; not itself a correction or
     *     withdrawal
     * @param businessDate the day the act happened, or empty to keep the entry's date
     * @param reason why the entry was wrong
     */
    public CorrectEntry {
      Checks.range(sequence, 1, Long.MAX_VALUE, "CorrectEntry.sequence");
      Objects.requireNonNull(replacement, "replacement");
      Objects.requireNonNull(businessDate, "businessDate");
      if (replacement instanceof CorrectEntry || replacement instanceof WithdrawEntry) {
        throw new nl.lon.core.error.InvalidValueException(
            "CorrectEntry.replacement", "an-act", "the replacement is an act, not a correction");
      }
      businessDate.ifPresent(d -> Checks.date(d, "CorrectEntry.businessDate"));
      Checks.text(reason, Checks.MAX_REASON, "CorrectEntry.reason");
    }

    /**
     * A correction that keeps the entry's business date.
     *
     * @param sequence the sequence of the entry
     * @param replacement the command as it should have been given
     * @param reason why the entry was wrong
     */
    public CorrectEntry(long sequence, CaseCommand replacement, String reason) {
      this(sequence, replacement, Optional.empty(), reason);
    }

    /**
     * The replacement's step. The rules name the step the case is in when they refuse the
     * correction itself, and the replacement's step when they refuse the replacement.
     *
     * @return the step of the replacement command
     */
    @Override
    public ProcessStep step() {
      return replacement.step();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCorrectEntry(this);
    }
  }

  /**
   * Withdraws an entry made in error (registratie intrekken): the act stays in the stream but no
   * longer counts. The opening signal cannot be withdrawn (a case wrongly opened is judged out of
   * scope); the acts after the entry must still be able to follow. Who may withdraw, and for how
   * long, is the profile's {@link nl.lon.rules.profile.CorrectionPolicy}.
   *
   * @param sequence the sequence of the entry (an act, not a correction or withdrawal)
   * @param reason why the entry was made in error
   */
  record WithdrawEntry(long sequence, String reason) implements CaseCommand {
    /**
     * Checks the fields.
     *
     * @param sequence the sequence of the entry
     * @param reason why the entry was made in error
     */
    public WithdrawEntry {
      Checks.range(sequence, 1, Long.MAX_VALUE, "WithdrawEntry.sequence");
      Checks.text(reason, Checks.MAX_REASON, "WithdrawEntry.reason");
    }

    /**
     * A withdrawal is of no step of its own: the rules name the step the case is in (step 2 for a
     * case not started) when they refuse one; this returns {@link ProcessStep#SIGNAL}.
     *
     * @return {@link ProcessStep#SIGNAL}
     */
    @Override
    public ProcessStep step() {
      return ProcessStep.SIGNAL;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWithdrawEntry(this);
    }
  }

  /**
   * The appointed trajectory director accepts the problem ownership (step 4; aanvaarden van het
   * probleemhouderschap). Where the profile says so ({@link
   * nl.lon.rules.profile.MethodologyProfile#isOwnershipAcceptedBeforePlan()}: Enschede, seeds/004
   * l.1482-1484), the plan is adopted only after the acceptance, and the working days to present it
   * run from it.
   */
  record AcceptProblemOwnership() implements CaseCommand {
    @Override
    public ProcessStep step() {
      return ProcessStep.PLAN_OF_APPROACH;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAcceptProblemOwnership(this);
    }
  }

  /**
   * Records that a paper file of the case exists and where it is kept (papieren dossier, seeds/004
   * l.1264), so that an erasure, a handover or the end of the retention period reaches it too.
   *
   * @param location where the file is kept (an archive, a cabinet), never the client's name
   */
  record RecordPaperFile(String location) implements CaseCommand {
    /**
     * Checks the field.
     *
     * @param location where the file is kept
     */
    public RecordPaperFile {
      Checks.text(location, Checks.MAX_LABEL, "RecordPaperFile.location");
    }

    /**
     * A paper file is of no step of its own: the rules name the step the case is in when they
     * refuse one; this returns {@link ProcessStep#SIGNAL}.
     *
     * @return {@link ProcessStep#SIGNAL}
     */
    @Override
    public ProcessStep step() {
      return ProcessStep.SIGNAL;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRecordPaperFile(this);
    }
  }

  /**
   * The network director drafts a concept plan of approach for the network meeting (step 5; concept
   * plan van aanpak): "In Rotterdam stelt de netwerkregisseur alvast een concept plan van aanpak op
   * als dat mogelijk is" (seeds/004 l.1452). Recorded where the profile says so ({@link
   * nl.lon.rules.profile.MethodologyProfile#isConceptPlanByNetworkDirector()}); the concept is not
   * in force until the plan is adopted, and a later concept replaces an earlier one.
   *
   * @param concept the concept, with the version the plan will have when adopted
   */
  record DraftConceptPlan(PlanOfApproach concept) implements CaseCommand {
    /**
     * Checks for null.
     *
     * @param concept the concept
     */
    public DraftConceptPlan {
      Objects.requireNonNull(concept, "concept");
    }

    @Override
    public ProcessStep step() {
      return ProcessStep.PLAN_OF_APPROACH;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDraftConceptPlan(this);
    }
  }
}
