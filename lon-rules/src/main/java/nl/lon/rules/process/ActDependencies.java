package nl.lon.rules.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.state.CaseState;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * The acts each command depends on (afhankelijkheden tussen handelingen): an act may be entered
 * late, dated before acts already recorded, as long as it is not dated before an act it depends on.
 * This is the one place where those dependencies are declared; {@link ProcessRules} refuses an act
 * dated before one of them with {@link RuleId#DATE_BEFORE_DEPENDENCY}.
 *
 * <p>Every act other than the signal may not predate the signal (the day it was received, {@link
 * RuleId#DATE_BEFORE_SIGNAL}), and no act may be dated after the day it is recorded ({@link
 * RuleId#DATE_IN_FUTURE}). Beyond that, per command (steps as in DOMAIN.md §5 and seed 004, "de
 * negen stappen"):
 *
 * <ul>
 *   <li>step 1 {@link CaseCommand.ReportSignal}: none;
 *   <li>step 2 {@link CaseCommand.JudgeReport}: none beyond the signal, except that a judgement out
 *       of scope ends the case and so may not predate the case's latest act ({@link
 *       CaseState#getLastEventOn()});
 *   <li>step 3 {@link CaseCommand.RequestInformation}, {@link CaseCommand.AddInformation}, {@link
 *       CaseCommand.RecordHomeVisit}, and the instruments {@link CaseCommand.UseInstrument}: the
 *       judgement ({@link CaseState#getJudgedOn()}) and the latest reopening ({@link
 *       CaseState#getReopenedOn()});
 *   <li>step 3 {@link CaseCommand.DecideCoordination}: the judgement and the latest reopening; a
 *       decision not to coordinate ends the case and may not predate the case's latest act;
 *   <li>step 4 {@link CaseCommand.AppointTrajectoryDirector}: the coordination decision ({@link
 *       CaseState#getCoordinationDecidedOn()}, which a reopening of a coordinated case moves to its
 *       own date) and the previous appointment ({@link CaseState#getDirectorAppointedOn()});
 *   <li>step 4 {@link CaseCommand.RecordScan} and {@link CaseCommand.RequestEscalation}: the
 *       coordination decision;
 *   <li>step 4 {@link CaseCommand.FormIntegralPicture}: the coordination decision, and where the
 *       profile has the problem owner map the situation first ({@link
 *       MethodologyProfile#isScanBeforeIntegralPicture()}) also the appointment and the day the
 *       latest scan was scored;
 *   <li>step 5 {@link CaseCommand.AdoptPlan}: the integral picture ({@link
 *       CaseState#getIntegralPictureFormedOn()}), the appointment of its owner, the trajectory
 *       director, and the owner's acceptance when recorded ({@link
 *       CaseState#getOwnershipAcceptedOn()});
 *   <li>step 6 {@link CaseCommand.ReportProgress}: the plan in force ({@link
 *       CaseState#getPlanAdoptedOn()}), the latest evaluation ({@link
 *       CaseState#getLastEvaluatedOn()}) and the appointment of the trajectory director;
 *   <li>step 4 {@link CaseCommand.AcceptProblemOwnership}: the appointment;
 *   <li>step 6 {@link CaseCommand.HoldProgressTalk}: the plan in force and the appointment;
 *   <li>step 7 {@link CaseCommand.Evaluate}: the plan in force and the previous evaluation;
 *   <li>step 7 {@link CaseCommand.AdjustPlan}: the plan it adjusts, and the evaluation that decided
 *       to adjust (in step 7) or the reported deviation ({@link
 *       CaseState#getPendingDeviationOn()});
 *   <li>step 8 {@link CaseCommand.Close}: the case's latest act of handling ({@link
 *       CaseState#getLastHandledOn()}), which includes the evaluation that decided to close;
 *   <li>step 9 {@link CaseCommand.RecordFollowUp}: the closure ({@link CaseState#getClosedOn()})
 *       and the previous follow-up check;
 *   <li>step 9 {@link CaseCommand.Reopen}: the closure or ending and the latest follow-up check;
 *   <li>{@link CaseCommand.Transfer}: the case's latest act, since nothing can follow a handover;
 *   <li>{@link CaseCommand.RecordConsent}: the withdrawal of the consent held, if it was withdrawn;
 *   <li>{@link CaseCommand.WithdrawConsent}: the act that recorded the consent ({@link
 *       CaseState#getConsentRecordedOn()});
 *   <li>{@link CaseCommand.Escalate}: the coordination decision and the previous escalation (rungs
 *       are climbed, and escalations numbered, in order);
 *   <li>{@link CaseCommand.ResolveEscalation}: the escalation it resolves;
 *   <li>{@link CaseCommand.RecordCoercionMeasure}: the judgement, the latest reopening and the
 *       previous measure (a rise on the continuum is judged against the measures before it);
 *   <li>{@link CaseCommand.HoldMeeting}: none beyond the signal.
 * </ul>
 *
 * <p>Acts that depend on none of each other (information added, home visits, progress reports,
 * meetings, scans, instruments, consents on different days) may be recorded in any order: the case
 * state takes the latest of each by business date ({@link CaseState}).
 */
final class ActDependencies {

  /**
   * An act that a command may not predate.
   *
   * @param actEn the act, in English
   * @param actNl the act, in Dutch
   * @param on its business date
   */
  record Dependency(String actEn, String actNl, LocalDate on) {}

  private ActDependencies() {}

  /**
   * The acts a command depends on in a case, beyond the signal; only those the case has.
   *
   * @param profile the network's profile
   * @param state the case's state
   * @param command the command
   * @return the dependencies, possibly empty
   */
  static List<Dependency> of(MethodologyProfile profile, CaseState state, CaseCommand command) {
    Deps d = new Deps(state);
    command.accept(new Declared(profile, state, d));
    return d.list;
  }

  /** Collects the dependencies of one command. */
  private static final class Deps {
    private final CaseState state;
    private final List<Dependency> list = new ArrayList<>();

    Deps(CaseState state) {
      this.state = state;
    }

    Deps on(String en, String nl, Optional<LocalDate> date) {
      date.ifPresent(on -> list.add(new Dependency(en, nl, on)));
      return this;
    }

    Deps judgement() {
      return on(
          "the judgement of the report", "de beoordeling van de melding", state.getJudgedOn());
    }

    Deps reopening() {
      return on("the reopening of the case", "de heropening van de casus", state.getReopenedOn());
    }

    Deps handling() {
      return judgement().reopening();
    }

    Deps coordination() {
      return on(
          "the coordination decision", "het coördinatiebesluit", state.getCoordinationDecidedOn());
    }

    Deps appointment() {
      return on(
          "the appointment of the trajectory director",
          "de aanwijzing van de trajectregisseur",
          state.getDirectorAppointedOn());
    }

    Deps plan() {
      return on("the plan in force", "het geldende plan", state.getPlanAdoptedOn());
    }

    Deps evaluation() {
      return on("the latest evaluation", "de laatste evaluatie", state.getLastEvaluatedOn());
    }

    Deps latestAct() {
      return on(
          "the case's latest act", "de laatste handeling in de casus", state.getLastEventOn());
    }

    Deps closure() {
      return on(
          "the closure or ending of the case",
          "de afsluiting of beëindiging van de casus",
          state.getClosedOn());
    }

    Deps lastFollowUp() {
      List<FollowUpRecorded> f = state.getFollowUps();
      return on(
          "the previous follow-up check",
          "de vorige nazorgcontrole",
          f.isEmpty() ? Optional.empty() : Optional.of(f.get(f.size() - 1).getBusinessDate()));
    }
  }

  /** The declaration, per command type. */
  private static final class Declared implements CaseCommand.Visitor<Deps> {
    private final MethodologyProfile profile;
    private final CaseState state;
    private final Deps d;

    Declared(MethodologyProfile profile, CaseState state, Deps d) {
      this.profile = profile;
      this.state = state;
      this.d = d;
    }

    @Override
    public Deps visitReportSignal(CaseCommand.ReportSignal cmd) {
      return d;
    }

    @Override
    public Deps visitJudgeReport(CaseCommand.JudgeReport cmd) {
      return cmd.judgement() == ReportJudgement.OUT_OF_SCOPE ? d.latestAct() : d;
    }

    @Override
    public Deps visitRequestInformation(CaseCommand.RequestInformation cmd) {
      return d.handling();
    }

    @Override
    public Deps visitAddInformation(CaseCommand.AddInformation cmd) {
      return d.handling();
    }

    @Override
    public Deps visitRecordHomeVisit(CaseCommand.RecordHomeVisit cmd) {
      return d.handling();
    }

    @Override
    public Deps visitDecideCoordination(CaseCommand.DecideCoordination cmd) {
      d.handling();
      CoordinationDecision decision = cmd.decision();
      return decision.isCoordinate() ? d : d.latestAct();
    }

    @Override
    public Deps visitAppointTrajectoryDirector(CaseCommand.AppointTrajectoryDirector cmd) {
      return d.coordination()
          .on(
              "the previous appointment of a trajectory director",
              "de vorige aanwijzing van een trajectregisseur",
              state.getDirectorAppointedOn());
    }

    @Override
    public Deps visitRecordScan(CaseCommand.RecordScan cmd) {
      return d.coordination();
    }

    @Override
    public Deps visitFormIntegralPicture(CaseCommand.FormIntegralPicture cmd) {
      d.coordination();
      if (profile.isScanBeforeIntegralPicture()) {
        d.appointment()
            .on(
                "the latest life-domain scan",
                "de laatste scan leefgebieden",
                state.getLatestScan().map(s -> s.getScoredOn()));
      }
      return d;
    }

    @Override
    public Deps visitAdoptPlan(CaseCommand.AdoptPlan cmd) {
      return d.on("the integral picture", "het integrale beeld", state.getIntegralPictureFormedOn())
          .appointment()
          .on(
              "the acceptance of the problem ownership",
              "het aanvaarden van het probleemhouderschap",
              state.getOwnershipAcceptedOn());
    }

    @Override
    public Deps visitAcceptProblemOwnership(CaseCommand.AcceptProblemOwnership cmd) {
      return d.appointment();
    }

    @Override
    public Deps visitRecordPaperFile(CaseCommand.RecordPaperFile cmd) {
      return d;
    }

    @Override
    public Deps visitDraftConceptPlan(CaseCommand.DraftConceptPlan cmd) {
      return d.coordination()
          .on(
              "the previous concept plan",
              "het vorige concept plan van aanpak",
              state.getConceptPlanDraftedOn());
    }

    @Override
    public Deps visitAdjustPlan(CaseCommand.AdjustPlan cmd) {
      d.on("the plan it adjusts", "het plan dat wordt bijgesteld", state.getPlanAdoptedOn());
      if (state.getStep() == ProcessStep.EVALUATE) {
        return d.on(
            "the evaluation that decided to adjust",
            "de evaluatie die tot bijstellen besloot",
            state.getLastEvaluatedOn());
      }
      return d.on(
          "the reported deviation from the plan",
          "de gemelde afwijking van het plan",
          state.getPendingDeviationOn());
    }

    @Override
    public Deps visitReportProgress(CaseCommand.ReportProgress cmd) {
      return d.plan().evaluation().appointment();
    }

    @Override
    public Deps visitHoldProgressTalk(CaseCommand.HoldProgressTalk cmd) {
      return d.plan().appointment();
    }

    @Override
    public Deps visitHoldMeeting(CaseCommand.HoldMeeting cmd) {
      return d;
    }

    @Override
    public Deps visitEvaluate(CaseCommand.Evaluate cmd) {
      return d.plan()
          .on("the previous evaluation", "de vorige evaluatie", state.getLastEvaluatedOn());
    }

    @Override
    public Deps visitClose(CaseCommand.Close cmd) {
      return d.on(
          "the case's latest act of handling",
          "de laatste handeling in de behandeling van de casus",
          state.getLastHandledOn());
    }

    @Override
    public Deps visitRecordFollowUp(CaseCommand.RecordFollowUp cmd) {
      return d.closure().lastFollowUp();
    }

    @Override
    public Deps visitReopen(CaseCommand.Reopen cmd) {
      return d.closure().lastFollowUp();
    }

    @Override
    public Deps visitTransfer(CaseCommand.Transfer cmd) {
      return d.latestAct();
    }

    @Override
    public Deps visitRecordConsent(CaseCommand.RecordConsent cmd) {
      return d.on(
          "the withdrawal of the consent held",
          "de intrekking van de vastgelegde toestemming",
          state.getConsent().flatMap(c -> c.getWithdrawnOn()));
    }

    @Override
    public Deps visitWithdrawConsent(CaseCommand.WithdrawConsent cmd) {
      return d.on(
          "the recording of the consent",
          "het vastleggen van de toestemming",
          state.getConsentRecordedOn());
    }

    @Override
    public Deps visitRequestEscalation(CaseCommand.RequestEscalation cmd) {
      return d.coordination();
    }

    @Override
    public Deps visitEscalate(CaseCommand.Escalate cmd) {
      List<EscalationRaised> raised = state.getEscalations();
      return d.coordination()
          .on(
              "the previous escalation",
              "de vorige opschaling",
              raised.isEmpty()
                  ? Optional.empty()
                  : Optional.of(raised.get(raised.size() - 1).getBusinessDate()));
    }

    @Override
    public Deps visitResolveEscalation(CaseCommand.ResolveEscalation cmd) {
      return d.on(
          "the escalation it resolves",
          "de opschaling die wordt afgehandeld",
          Optional.ofNullable(state.getOpenEscalations().get(cmd.escalationId()))
              .map(e -> e.getBusinessDate()));
    }

    @Override
    public Deps visitRecordCoercionMeasure(CaseCommand.RecordCoercionMeasure cmd) {
      var measures = state.getCoercionMeasures();
      return d.handling()
          .on(
              "the previous pressure or coercion measure",
              "de vorige drang- of dwangmaatregel",
              measures.isEmpty()
                  ? Optional.empty()
                  : Optional.of(measures.get(measures.size() - 1).getBusinessDate()));
    }

    @Override
    public Deps visitUseInstrument(CaseCommand.UseInstrument cmd) {
      return d.handling();
    }

    @Override
    public Deps visitCorrectEntry(CaseCommand.CorrectEntry cmd) {
      // the correction is dated on its recording; its replacement is decided on its own date,
      // with the replacement's dependencies, when the correction is checked
      return d;
    }

    @Override
    public Deps visitWithdrawEntry(CaseCommand.WithdrawEntry cmd) {
      return d;
    }
  }
}
