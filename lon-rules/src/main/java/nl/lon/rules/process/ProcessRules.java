package nl.lon.rules.process;

import static nl.lon.core.process.ProcessStep.CLOSE;
import static nl.lon.core.process.ProcessStep.EVALUATE;
import static nl.lon.core.process.ProcessStep.EXECUTE;
import static nl.lon.core.process.ProcessStep.GATHER_INFORMATION;
import static nl.lon.core.process.ProcessStep.INTEGRAL_PICTURE;
import static nl.lon.core.process.ProcessStep.PLAN_OF_APPROACH;
import static nl.lon.core.process.ProcessStep.RECEIVE_REPORT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.ConceptPlanDrafted;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.ConsentWithdrawn;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EvaluationRecorded;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.InformationRequested;
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
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Activity;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.state.CaseState;
import nl.lon.rules.eligibility.EligibilityAdvice;
import nl.lon.rules.eligibility.EligibilityAdvisor;
import nl.lon.rules.profile.ClientInformedPolicy;
import nl.lon.rules.profile.ClosingCriterion;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * The rules of the nine-step process: decides whether a command may be carried out on a case, and
 * which events it yields (procesregels).
 *
 * <p>A pure function of (profile, case state, command, date, actor): it reads no clock and touches
 * no I/O. An act may be entered late, dated before acts already recorded, as long as it is not
 * dated after the day it is recorded ({@link RuleId#DATE_IN_FUTURE}), before the signal ({@link
 * RuleId#DATE_BEFORE_SIGNAL}) or before an act it depends on ({@link
 * RuleId#DATE_BEFORE_DEPENDENCY}); the dependencies are declared in one place, {@code
 * ActDependencies} in this package. An accepted command yields the events to append, stamped with
 * the next sequence numbers; a refused command yields violations that name the rule, the step and
 * the reason in English and Dutch. Commands that do not fit the state are refused, never silently
 * ignored. Immutable and thread-safe.
 *
 * <pre>{@code
 * ProcessRules rules = ProcessRules.of(MethodologyProfile.enschede());
 * Decision d = rules.decide(state, new CaseCommand.JudgeReport(IN_SCOPE, "three domains", groups), ctx);
 * if (d.isAccepted()) store.append(caseId, network, state.getVersion(), d.getEvents(), key);
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * @since 0.1
 */
public final class ProcessRules {

  private static final Set<ProcessStep> RUNNING = EnumSet.of(EXECUTE, EVALUATE);

  private final MethodologyProfile profile;
  private final EligibilityAdvisor advisor;
  private final InterventionRules interventions;
  private final Corrections corrections;

  private ProcessRules(MethodologyProfile profile) {
    this.profile = profile;
    this.advisor = EligibilityAdvisor.of(profile);
    this.interventions = new InterventionRules(profile.getIntervention());
    this.corrections = new Corrections(this);
  }

  /**
   * The rules under a profile.
   *
   * @param profile the network's methodology profile
   * @return the rules
   */
  public static ProcessRules of(MethodologyProfile profile) {
    return new ProcessRules(java.util.Objects.requireNonNull(profile, "profile"));
  }

  /**
   * The profile these rules apply.
   *
   * @return the profile
   */
  public MethodologyProfile getProfile() {
    return profile;
  }

  /**
   * Decides on a command.
   *
   * @param state the case's current state ({@link CaseState#empty()} for a new case)
   * @param command the command
   * @param ctx the date, the instant to record and the actor
   * @return the events to append, or the violations
   */
  public Decision decide(CaseState state, CaseCommand command, CommandContext ctx) {
    // a correction or withdrawal is not of the step of its entry: its own refusals name the step
    // the case is in (step 2 for a case not started); the replacement's, the replacement's step
    boolean withdrawal = command instanceof CaseCommand.WithdrawEntry;
    boolean correction = withdrawal || command instanceof CaseCommand.CorrectEntry;
    // nor is a paper file of a step of its own
    boolean stepless = correction || command instanceof CaseCommand.RecordPaperFile;
    ProcessStep step =
        !stepless
            ? command.step()
            : state.getVersion() == 0 ? ProcessStep.RECEIVE_REPORT : state.getStep();
    Check c = new Check(state, ctx, step, withdrawal);
    if (ctx.date().isAfter(ctx.recordedOn())) {
      return c.refuse(
          RuleId.DATE_IN_FUTURE,
          "the act is dated "
              + ctx.date()
              + ", after the day it is recorded ("
              + ctx.recordedOn()
              + ")",
          "de handeling is gedateerd op "
              + ctx.date()
              + ", na de dag waarop zij wordt vastgelegd ("
              + ctx.recordedOn()
              + ")");
    }
    if (!(command instanceof CaseCommand.ReportSignal)) {
      if (state.getVersion() == 0) {
        return c.refuse(
            RuleId.CASE_NOT_STARTED,
            "there is no case yet: report a signal first",
            "er is nog geen casus: meld eerst een signaal");
      }
      if (state.getStatus() == CaseStatus.TRANSFERRED) {
        return c.refuse(
            RuleId.CASE_TRANSFERRED,
            "the case was handed over to network "
                + state.getTransferredTo().get()
                + "; it can no longer change here",
            "de casus is overgedragen aan netwerk "
                + state.getTransferredTo().get()
                + "; hij kan hier niet meer veranderen");
      }
      if (!ctx.actor().isMemberOf(state.getNetwork().get())) {
        return c.refuse(
            RuleId.ACTOR_NETWORK,
            "the acting professional does not work in this case's network",
            "de handelende professional werkt niet in het netwerk van deze casus");
      }
      LocalDate signal = state.getSignalReceivedOn().get();
      if (ctx.date().isBefore(signal)) {
        return c.refuse(
            RuleId.DATE_BEFORE_SIGNAL,
            "the act is dated " + ctx.date() + ", before the signal was received (" + signal + ")",
            "de handeling is gedateerd op "
                + ctx.date()
                + ", vóór de ontvangst van het signaal ("
                + signal
                + ")");
      }
      Optional<ActDependencies.Dependency> broken =
          ActDependencies.of(profile, state, command).stream()
              .filter(dep -> ctx.date().isBefore(dep.on()))
              .max(Comparator.comparing(ActDependencies.Dependency::on));
      if (broken.isPresent()) {
        ActDependencies.Dependency dep = broken.get();
        return c.refuse(
            RuleId.DATE_BEFORE_DEPENDENCY,
            "the act is dated "
                + ctx.date()
                + ", before "
                + dep.actEn()
                + " ("
                + dep.on()
                + ") that it depends on",
            "de handeling is gedateerd op "
                + ctx.date()
                + ", vóór "
                + dep.actNl()
                + " ("
                + dep.on()
                + ") waarvan zij afhangt");
      }
    }
    return command.accept(new Decider(c, state, ctx));
  }

  /** Decides one command; the one place where the command types are told apart. */
  private final class Decider implements CaseCommand.Visitor<Decision> {
    private final Check c;
    private final CaseState state;
    private final CommandContext ctx;

    Decider(Check c, CaseState state, CommandContext ctx) {
      this.c = c;
      this.state = state;
      this.ctx = ctx;
    }

    @Override
    public Decision visitReportSignal(CaseCommand.ReportSignal cmd) {
      return reportSignal(c, cmd);
    }

    @Override
    public Decision visitJudgeReport(CaseCommand.JudgeReport cmd) {
      return judgeReport(c, state, cmd);
    }

    @Override
    public Decision visitRequestInformation(CaseCommand.RequestInformation cmd) {
      c.handling();
      c.networkDirector(ProfessionalRole.CORE_MEMBER);
      return c.emit(
          e ->
              InformationRequested.builder()
                  .metadata(e)
                  .organisations(cmd.organisations())
                  .networks(cmd.networks())
                  .question(cmd.question())
                  .build());
    }

    @Override
    public Decision visitAddInformation(CaseCommand.AddInformation cmd) {
      c.handling();
      return c.emit(
          e ->
              InformationAdded.builder()
                  .metadata(e)
                  .organisation(cmd.organisation())
                  .summary(cmd.summary())
                  .build());
    }

    @Override
    public Decision visitRecordHomeVisit(CaseCommand.RecordHomeVisit cmd) {
      c.handling();
      return c.emit(
          e ->
              HomeVisitRecorded.builder()
                  .metadata(e)
                  .visitors(cmd.visitors())
                  .findings(cmd.findings())
                  .clientReached(cmd.clientReached())
                  .build());
    }

    @Override
    public Decision visitDecideCoordination(CaseCommand.DecideCoordination cmd) {
      return decideCoordination(c, state, cmd, ctx);
    }

    @Override
    public Decision visitAppointTrajectoryDirector(CaseCommand.AppointTrajectoryDirector cmd) {
      return appoint(c, cmd, ctx);
    }

    @Override
    public Decision visitRecordScan(CaseCommand.RecordScan cmd) {
      c.steps(EnumSet.range(INTEGRAL_PICTURE, CLOSE));
      c.directorOrTrajectoryDirector();
      c.require(
          !cmd.scan().getScoredOn().isAfter(ctx.date()),
          RuleId.SCAN_DATE_IN_FUTURE,
          "a scan cannot be dated after today",
          "een scan kan niet na vandaag gedateerd zijn");
      return c.emit(e -> LifeDomainScanRecorded.builder().metadata(e).scan(cmd.scan()).build());
    }

    @Override
    public Decision visitFormIntegralPicture(CaseCommand.FormIntegralPicture cmd) {
      return formPicture(c, state, cmd);
    }

    @Override
    public Decision visitAdoptPlan(CaseCommand.AdoptPlan cmd) {
      return adoptPlan(c, state, cmd.plan(), ctx);
    }

    @Override
    public Decision visitAdjustPlan(CaseCommand.AdjustPlan cmd) {
      return adjustPlan(c, state, cmd.plan(), ctx);
    }

    @Override
    public Decision visitReportProgress(CaseCommand.ReportProgress cmd) {
      c.steps(RUNNING);
      c.require(
          c.isTrajectoryDirector(),
          RuleId.PROGRESS_TRAJECTORY_DIRECTOR_ONLY,
          "only the case's trajectory director reports progress",
          "alleen de trajectregisseur van de casus rapporteert voortgang");
      return c.emit(e -> ProgressReported.builder().metadata(e).report(cmd.report()).build());
    }

    @Override
    public Decision visitRecordPaperFile(CaseCommand.RecordPaperFile cmd) {
      c.require(
          c.actorHolds(ProfessionalRole.NETWORK_DIRECTOR) || c.isTrajectoryDirector(),
          RuleId.PAPER_FILE_RECORDER,
          "a paper file is recorded by the network director or the case's trajectory director",
          "een papieren dossier wordt vastgelegd door de netwerkregisseur of de trajectregisseur"
              + " van de casus");
      c.require(
          !state.getPaperFileLocations().contains(cmd.location()),
          RuleId.PAPER_FILE_ALREADY_RECORDED,
          "a paper file at this location is recorded already",
          "een papieren dossier op deze plek is al vastgelegd");
      return c.emit(e -> PaperFileRecorded.builder().metadata(e).location(cmd.location()).build());
    }

    @Override
    public Decision visitDraftConceptPlan(CaseCommand.DraftConceptPlan cmd) {
      c.steps(EnumSet.of(INTEGRAL_PICTURE, PLAN_OF_APPROACH));
      c.networkDirector();
      c.require(
          profile.isConceptPlanByNetworkDirector(),
          RuleId.CONCEPT_PLAN_NOT_IN_PROFILE,
          "in this network the problem owner makes the plan; the network director drafts no"
              + " concept",
          "in dit netwerk maakt de probleemhouder het plan; de netwerkregisseur stelt geen"
              + " concept op");
      int next = state.getPlan().map(p -> p.getVersion() + 1).orElse(1);
      c.require(
          cmd.concept().getVersion() == next,
          RuleId.PLAN_NEXT_VERSION,
          "the concept plan must have the version the plan will have: " + next,
          "het concept plan moet de versie hebben die het plan krijgt: " + next);
      checkActivities(c, cmd.concept(), ctx);
      return c.emit(e -> ConceptPlanDrafted.builder().metadata(e).concept(cmd.concept()).build());
    }

    @Override
    public Decision visitAcceptProblemOwnership(CaseCommand.AcceptProblemOwnership cmd) {
      c.steps(EnumSet.range(ProcessStep.INTEGRAL_PICTURE, ProcessStep.EVALUATE));
      c.require(
          c.isTrajectoryDirector(),
          RuleId.OWNERSHIP_TRAJECTORY_DIRECTOR_ONLY,
          "only the appointed trajectory director accepts the problem ownership",
          "alleen de aangewezen trajectregisseur aanvaardt het probleemhouderschap");
      c.require(
          state.getOwnershipAcceptedOn().isEmpty(),
          RuleId.OWNERSHIP_ALREADY_ACCEPTED,
          "the trajectory director has accepted the problem ownership already",
          "de trajectregisseur heeft het probleemhouderschap al aanvaard");
      requireMandate(c, state, ctx);
      return c.emit(
          e ->
              ProblemOwnershipAccepted.builder()
                  .metadata(e)
                  .trajectoryDirector(ctx.actor().getId())
                  .build());
    }

    @Override
    public Decision visitHoldProgressTalk(CaseCommand.HoldProgressTalk cmd) {
      c.steps(RUNNING);
      c.networkDirector();
      c.require(
          state.getTrajectoryDirector().isPresent(),
          RuleId.PROGRESS_TALK_NO_TRAJECTORY_DIRECTOR,
          "there is no trajectory director to talk with",
          "er is geen trajectregisseur om mee te spreken");
      return c.emit(
          e ->
              ProgressTalkHeld.builder()
                  .metadata(e)
                  .trajectoryDirector(state.getTrajectoryDirector().get())
                  .summary(cmd.summary())
                  .build());
    }

    @Override
    public Decision visitHoldMeeting(CaseCommand.HoldMeeting cmd) {
      return holdMeeting(c, state, cmd, ctx);
    }

    @Override
    public Decision visitEvaluate(CaseCommand.Evaluate cmd) {
      return evaluate(c, state, cmd, ctx);
    }

    @Override
    public Decision visitClose(CaseCommand.Close cmd) {
      return close(c, state, cmd);
    }

    @Override
    public Decision visitRecordFollowUp(CaseCommand.RecordFollowUp cmd) {
      return followUp(c, state, cmd);
    }

    @Override
    public Decision visitReopen(CaseCommand.Reopen cmd) {
      c.require(
          state.getStatus() == CaseStatus.CLOSED || state.getStatus() == CaseStatus.ENDED,
          RuleId.REOPEN_NOT_CLOSED,
          "only a closed or ended case can be reopened",
          "alleen een afgesloten of beëindigde casus kan worden heropend");
      c.require(
          state.getClosure().map(cl -> cl.getReason() != ClosureReason.DECEASED).orElse(true),
          RuleId.REOPEN_DECEASED,
          "the client has died; the case cannot be reopened",
          "de cliënt is overleden; de casus kan niet worden heropend");
      c.networkDirector();
      return c.emit(e -> CaseReopened.builder().metadata(e).reason(cmd.reason()).build());
    }

    @Override
    public Decision visitTransfer(CaseCommand.Transfer cmd) {
      c.networkDirector();
      c.require(
          !cmd.handover().getToNetwork().equals(state.getNetwork().get()),
          RuleId.TRANSFER_SAME_NETWORK,
          "a case is handed over to another network, not to its own",
          "een casus wordt overgedragen aan een ander netwerk, niet aan het eigen netwerk");
      Optional<String> basis = cmd.handover().getLegalBasis();
      c.require(
          basis.map(code -> profile.getAccess().legalBasis(code).isPresent()).orElse(true),
          RuleId.TRANSFER_LEGAL_BASIS_UNKNOWN,
          "the handover names a legal basis that is not in the network's catalogue",
          "de overdracht noemt een wettelijke grondslag die niet in de catalogus van het netwerk"
              + " staat");
      c.require(
          !profile.getAccess().isConsentRequired()
              || basis.isPresent()
              || state.hasConsentOn(ctx.date()),
          RuleId.TRANSFER_CONSENT_OR_LEGAL_BASIS,
          "a handover shares the case with another network: it needs the client's consent in force"
              + " or a legal basis",
          "een overdracht deelt de casus met een ander netwerk: daarvoor is toestemming van de"
              + " cliënt of een wettelijke grondslag nodig");
      return c.emit(e -> CaseTransferred.builder().metadata(e).handover(cmd.handover()).build());
    }

    @Override
    public Decision visitRecordConsent(CaseCommand.RecordConsent cmd) {
      c.require(
          !cmd.consent().getSignedOn().isAfter(ctx.date()),
          RuleId.CONSENT_DATE_IN_FUTURE,
          "a consent cannot be signed after today",
          "een toestemming kan niet na vandaag ondertekend zijn");
      c.require(
          cmd.consent().getWithdrawnOn().isEmpty(),
          RuleId.CONSENT_ALREADY_WITHDRAWN,
          "record a consent as signed; withdraw it with its own command",
          "leg een toestemming vast als ondertekend; trek haar in met een eigen opdracht");
      return c.emit(e -> ConsentRecorded.builder().metadata(e).consent(cmd.consent()).build());
    }

    @Override
    public Decision visitWithdrawConsent(CaseCommand.WithdrawConsent cmd) {
      c.require(
          state.hasConsentOn(ctx.date()),
          RuleId.CONSENT_NONE_IN_FORCE,
          "there is no consent in force to withdraw",
          "er is geen geldende toestemming om in te trekken");
      return c.emit(e -> ConsentWithdrawn.builder().metadata(e).build());
    }

    @Override
    public Decision visitRequestEscalation(CaseCommand.RequestEscalation cmd) {
      return interventions.requestEscalation(c, cmd);
    }

    @Override
    public Decision visitEscalate(CaseCommand.Escalate cmd) {
      return interventions.escalate(c, cmd);
    }

    @Override
    public Decision visitResolveEscalation(CaseCommand.ResolveEscalation cmd) {
      return interventions.resolveEscalation(c, cmd);
    }

    @Override
    public Decision visitRecordCoercionMeasure(CaseCommand.RecordCoercionMeasure cmd) {
      return interventions.recordCoercion(c, cmd);
    }

    @Override
    public Decision visitUseInstrument(CaseCommand.UseInstrument cmd) {
      return interventions.useInstrument(c, cmd);
    }

    @Override
    public Decision visitCorrectEntry(CaseCommand.CorrectEntry cmd) {
      return corrections.correct(c, state, cmd, ctx);
    }

    @Override
    public Decision visitWithdrawEntry(CaseCommand.WithdrawEntry cmd) {
      return corrections.withdraw(c, state, cmd);
    }
  }

  private Decision reportSignal(Check c, CaseCommand.ReportSignal cmd) {
    c.require(
        c.state().getVersion() == 0,
        RuleId.SIGNAL_CASE_EXISTS,
        "case " + cmd.caseId() + " exists already; a case opens with exactly one signal",
        "casus " + cmd.caseId() + " bestaat al; een casus opent met precies één signaal");
    c.require(
        c.ctx().actor().isMemberOf(cmd.network()),
        RuleId.ACTOR_NETWORK,
        "the acting professional does not work in the receiving network",
        "de handelende professional werkt niet in het ontvangende netwerk");
    c.require(
        !cmd.signal().getReceivedOn().isAfter(c.ctx().date()),
        RuleId.SIGNAL_DATE_IN_FUTURE,
        "a signal cannot be received after today",
        "een signaal kan niet na vandaag ontvangen zijn");
    if (profile.getClientInformedBeforeReport() == ClientInformedPolicy.REQUIRED) {
      c.require(
          cmd.signal().isClientInformed(),
          RuleId.SIGNAL_CLIENT_NOT_INFORMED,
          "in this network the signaller informs the client that the problems will be discussed"
              + " before reporting; inform the client first",
          "in dit netwerk brengt de signaalinbrenger de cliënt op de hoogte dat de problemen worden"
              + " besproken, vóór de melding; informeer de cliënt eerst");
    }
    c.caseId(cmd.caseId());
    return c.emit(
        e ->
            SignalReceived.builder()
                .metadata(e)
                .network(cmd.network())
                .clientNumber(cmd.clientNumber())
                .signal(cmd.signal())
                .household(cmd.household())
                .build());
  }

  private Decision judgeReport(Check c, CaseState state, CaseCommand.JudgeReport cmd) {
    c.steps(EnumSet.of(RECEIVE_REPORT));
    c.networkDirector();
    // an acute crisis may be judged under every profile (crisis triage is Rotterdam's explicit
    // practice, l.1414-1416, not a ban elsewhere), and needs no target group: intervening comes
    // first
    if (cmd.judgement() == ReportJudgement.IN_SCOPE) {
      c.require(
          !cmd.targetGroups().isEmpty(),
          RuleId.JUDGE_TARGET_GROUP_REQUIRED,
          "name at least one target group, with its reason, for a case the network takes on",
          "noem ten minste één doelgroep, met reden, voor een casus die het netwerk oppakt");
    }
    if (!c.ok() || state.getSignal().isEmpty()) {
      return c.refuseCollected();
    }
    EligibilityAdvice advice =
        advisor.advise(state.getSignal().get(), state.getHousehold().get(), state.getLatestScan());
    return c.emit(
        e ->
            ReportJudged.builder()
                .metadata(e)
                .judgement(cmd.judgement())
                .reason(cmd.reason())
                .targetGroups(cmd.targetGroups())
                .advisedInScope(advice.isInScope())
                .build());
  }

  private Decision decideCoordination(
      Check c, CaseState state, CaseCommand.DecideCoordination cmd, CommandContext ctx) {
    c.steps(EnumSet.of(GATHER_INFORMATION));
    c.networkDirector();
    var given = cmd.decision().getFeedback();
    if (profile.isSignallerConsultedOnFollowUp()) {
      c.require(
          given.isPresent(),
          RuleId.COORDINATION_FEEDBACK_REQUIRED,
          "in this network the signaller is consulted about the follow-up: record the feedback with"
              + " the coordination decision",
          "in dit netwerk wordt met de signaalinbrenger overlegd over het vervolg: leg de"
              + " terugkoppeling vast bij het coördinatiebesluit");
    }
    if (given.isPresent()) {
      LocalDate feedback = given.get().getGivenOn();
      c.require(
          !feedback.isAfter(ctx.date()),
          RuleId.COORDINATION_FEEDBACK_IN_FUTURE,
          "feedback to the signaller cannot be dated after today",
          "terugkoppeling aan de melder kan niet na vandaag gedateerd zijn");
      state
          .getSignalReceivedOn()
          .ifPresent(
              r ->
                  c.require(
                      !feedback.isBefore(r),
                      RuleId.COORDINATION_FEEDBACK_BEFORE_SIGNAL,
                      "feedback to the signaller cannot precede the signal",
                      "terugkoppeling aan de melder kan niet vóór het signaal liggen"));
    }
    return c.emit(e -> CoordinationDecided.builder().metadata(e).decision(cmd.decision()).build());
  }

  private Decision appoint(Check c, CaseCommand.AppointTrajectoryDirector cmd, CommandContext ctx) {
    c.steps(EnumSet.range(INTEGRAL_PICTURE, EVALUATE));
    c.networkDirector();
    if (cmd.temporary()) {
      c.require(
          profile.isNetworkDirectorFallback(),
          RuleId.APPOINT_NO_FALLBACK,
          "this network's profile does not let the network director act as problem owner; appoint a trajectory director",
          "het profiel van dit netwerk laat de netwerkregisseur niet als probleemhouder optreden; wijs een trajectregisseur aan");
      c.require(
          cmd.director().equals(ctx.actor().getId()),
          RuleId.APPOINT_FALLBACK_IS_NETWORK_DIRECTOR,
          "only the acting network director can take the role temporarily",
          "alleen de handelende netwerkregisseur kan de rol tijdelijk op zich nemen");
    } else {
      c.require(
          cmd.appointedBy() == profile.getAppointedBy(),
          RuleId.APPOINT_AUTHORITY,
          "in this network the trajectory director is appointed by "
              + label(profile.getAppointedBy(), false),
          "in dit netwerk wordt de trajectregisseur aangewezen door "
              + label(profile.getAppointedBy(), true));
    }
    return c.emit(
        e ->
            TrajectoryDirectorAppointed.builder()
                .metadata(e)
                .director(cmd.director())
                .organisation(cmd.organisation())
                .appointedBy(cmd.appointedBy())
                .temporary(cmd.temporary())
                .build());
  }

  /**
   * Where the profile asks for it (Enschede, seeds/004 l.1196-1198), the case's own trajectory
   * director acts as problem owner only with their organisation's mandate; a network director
   * acting temporarily, and a network director acting beside the trajectory director, are exempt.
   * The mandate is read from the actor's organisation in the context; the case service always gives
   * it, and a context without directory facts (a rules-only test) cannot show it.
   */
  private void requireMandate(Check c, CaseState state, CommandContext ctx) {
    if (!profile.isProblemOwnerMandateRequired()
        || !c.isTrajectoryDirector()
        || state.isTrajectoryDirectorTemporary()) {
      return;
    }
    ctx.actorOrganisation()
        .ifPresent(
            org ->
                c.require(
                    org.hasMandate() && org.getId().equals(ctx.actor().getOrganisation()),
                    RuleId.OWNERSHIP_MANDATE_REQUIRED,
                    org.getName()
                        + " has given its trajectory director no mandate (signed covenant) to set"
                        + " up, enforce and evaluate the plan",
                    org.getName()
                        + " heeft de trajectregisseur geen mandaat (ondertekend convenant) gegeven"
                        + " om het plan op te zetten, af te dwingen en te evalueren"));
  }

  private static String label(AppointmentAuthority a, boolean nl) {
    return a.label(java.util.Locale.forLanguageTag(nl ? "nl" : "en"));
  }

  private Decision formPicture(Check c, CaseState state, CaseCommand.FormIntegralPicture cmd) {
    c.steps(EnumSet.of(INTEGRAL_PICTURE));
    c.directorOrTrajectoryDirector();
    if (profile.isScanBeforeIntegralPicture()) {
      c.require(
          state.getTrajectoryDirector().isPresent(),
          RuleId.PICTURE_PROBLEM_OWNER_REQUIRED,
          "in this network the problem owner forms the picture: appoint one first",
          "in dit netwerk vormt de probleemhouder het beeld: wijs eerst een probleemhouder aan");
      c.require(
          state.getLatestScan().isPresent(),
          RuleId.PICTURE_SCAN_REQUIRED,
          "in this network the situation is mapped with a life-domain scan first",
          "in dit netwerk wordt de situatie eerst in kaart gebracht met de scan leefgebieden");
    }
    return c.emit(
        e ->
            IntegralPictureFormed.builder()
                .metadata(e)
                .summary(cmd.summary())
                .targetGroups(cmd.targetGroups())
                .build());
  }

  private Decision adoptPlan(Check c, CaseState state, PlanOfApproach plan, CommandContext ctx) {
    c.steps(EnumSet.of(PLAN_OF_APPROACH));
    c.directorOrTrajectoryDirector();
    int next = state.getPlan().map(p -> p.getVersion() + 1).orElse(1);
    c.require(
        plan.getVersion() == next,
        RuleId.PLAN_NEXT_VERSION,
        "the plan must have version "
            + next
            + (next == 1 ? "" : " (the case had a plan before it was reopened)"),
        "het plan moet versie "
            + next
            + " hebben"
            + (next == 1 ? "" : " (de casus had een plan voordat hij werd heropend)"));
    c.require(
        state.getTrajectoryDirector().isPresent(),
        RuleId.PLAN_TRAJECTORY_DIRECTOR_REQUIRED,
        "appoint a trajectory director (or let the network director act temporarily) before adopting the plan",
        "wijs een trajectregisseur aan (of laat de netwerkregisseur tijdelijk optreden) voordat het plan wordt vastgesteld");
    if (profile.isOwnershipAcceptedBeforePlan()
        && state.getTrajectoryDirector().isPresent()
        && !state.isTrajectoryDirectorTemporary()) {
      c.require(
          state.getOwnershipAcceptedOn().isPresent(),
          RuleId.PLAN_OWNERSHIP_NOT_ACCEPTED,
          "the trajectory director accepts the problem ownership before the plan is adopted",
          "de trajectregisseur aanvaardt het probleemhouderschap voordat het plan wordt"
              + " vastgesteld");
    }
    requireMandate(c, state, ctx);
    checkActivities(c, plan, ctx);
    return c.emit(e -> PlanAdopted.builder().metadata(e).plan(plan).build());
  }

  private Decision adjustPlan(Check c, CaseState state, PlanOfApproach plan, CommandContext ctx) {
    c.steps(RUNNING);
    c.directorOrTrajectoryDirector();
    int next = state.getPlan().map(p -> p.getVersion() + 1).orElse(1);
    c.require(
        plan.getVersion() == next,
        RuleId.PLAN_NEXT_VERSION,
        "the adjusted plan must have version " + next,
        "het bijgestelde plan moet versie " + next + " hebben");
    c.require(
        state.getStep() == EVALUATE || state.getPendingDeviationOn().isPresent(),
        RuleId.PLAN_ADJUST_NEEDS_REASON,
        "a plan is adjusted after an evaluation that decided to adjust, or after a reported deviation",
        "een plan wordt bijgesteld na een evaluatie die tot bijstellen besloot, of na een gemelde afwijking");
    requireMandate(c, state, ctx);
    checkActivities(c, plan, ctx);
    return c.emit(e -> PlanAdopted.builder().metadata(e).plan(plan).build());
  }

  private static void checkActivities(Check c, PlanOfApproach plan, CommandContext ctx) {
    for (Activity a : plan.getActivities()) {
      c.require(
          !a.getDueOn().isBefore(ctx.date()),
          RuleId.PLAN_ACTIVITY_DUE_IN_PAST,
          "activity '"
              + a.getDescription()
              + "' is due before the plan's adoption; plan it from today",
          "activiteit '"
              + a.getDescription()
              + "' valt vóór het vaststellen van het plan; plan haar vanaf vandaag");
    }
  }

  private Decision holdMeeting(
      Check c, CaseState state, CaseCommand.HoldMeeting cmd, CommandContext ctx) {
    c.require(
        state.isOpen() || state.getStatus() == CaseStatus.CLOSED,
        RuleId.MEETING_CASE_ENDED,
        "the case has ended; reopen it to discuss it again",
        "de casus is beëindigd; heropen hem om hem opnieuw te bespreken");
    c.require(
        !cmd.meeting().getHeldOn().isAfter(ctx.date()),
        RuleId.MEETING_DATE_IN_FUTURE,
        "a meeting cannot be recorded before it is held",
        "een overleg kan niet worden vastgelegd voordat het is gehouden");
    c.require(
        c.actorHolds(ProfessionalRole.NETWORK_DIRECTOR)
            || cmd.meeting().getParticipants().contains(ctx.actor().getId()),
        RuleId.MEETING_RECORDER,
        "a meeting is recorded by the network director or a participant",
        "een overleg wordt vastgelegd door de netwerkregisseur of een deelnemer");
    cmd.meeting()
        .getDecidingVote()
        .ifPresent(
            vote -> {
              c.require(
                  profile.getDecidingVote().isPresent(),
                  RuleId.MEETING_DECIDING_VOTE_NOT_IN_PROFILE,
                  "this network knows no deciding vote: its partners decide by agreement",
                  "dit netwerk kent geen beslissende stem: de partners besluiten in"
                      + " overeenstemming");
              profile
                  .getDecidingVote()
                  .ifPresent(
                      holder ->
                          c.require(
                              vote.getCastBy().equals(ctx.actor().getId()) && c.actorHolds(holder),
                              RuleId.MEETING_DECIDING_VOTE_HOLDER,
                              "the deciding vote is cast and recorded by the one who holds it in"
                                  + " this network",
                              "de beslissende stem wordt uitgebracht en vastgelegd door wie"
                                  + " haar in dit netwerk heeft"));
            });
    if (cmd.meeting().getKind() == MeetingKind.CASE_CONFERENCE
        && profile.isClientAlwaysInvitedToCaseConference()) {
      c.require(
          cmd.meeting().isClientInvited(),
          RuleId.INSTRUMENT_CLIENT_INVITED_TO_CASE_CONFERENCE,
          "in this network the client is invited to every case conference",
          "in dit netwerk wordt de cliënt voor elk casusoverleg uitgenodigd");
    }
    return c.emit(e -> MeetingHeld.builder().metadata(e).meeting(cmd.meeting()).build());
  }

  private Decision evaluate(
      Check c, CaseState state, CaseCommand.Evaluate cmd, CommandContext ctx) {
    c.steps(RUNNING);
    c.directorOrTrajectoryDirector();
    requireMandate(c, state, ctx);
    state
        .getPlan()
        .ifPresent(
            plan -> {
              Set<String> codes = new java.util.HashSet<>();
              plan.getGoals().forEach(g -> codes.add(g.getCode()));
              c.require(
                  codes.equals(cmd.evaluation().getGoalResults().keySet()),
                  RuleId.EVALUATION_GOALS_OF_PLAN,
                  "evaluate every goal of plan version " + plan.getVersion() + ": " + codes,
                  "evalueer elk doel van planversie " + plan.getVersion() + ": " + codes);
            });
    return c.emit(
        e -> EvaluationRecorded.builder().metadata(e).evaluation(cmd.evaluation()).build());
  }

  private Decision close(Check c, CaseState state, CaseCommand.Close cmd) {
    ClosureReason reason = cmd.closure().getReason();
    c.handling();
    c.directorOrTrajectoryDirector();
    if (reason == ClosureReason.MOVED_WITH_HANDOVER) {
      return c.refuse(
          RuleId.CLOSE_USE_TRANSFER,
          "a move to another network is a warm handover: transfer the case",
          "een verhuizing naar een ander netwerk is een warme overdracht: draag de casus over");
    }
    if (reason != ClosureReason.DECEASED) {
      c.require(
          state.getStep() == CLOSE,
          RuleId.CLOSE_EVALUATION_REQUIRED,
          "a case closes after an evaluation that decided to close",
          "een casus sluit na een evaluatie die tot afsluiten besloot");
      if (state.getStep() == CLOSE
          && profile.getClosedBy() == ProfessionalRole.TRAJECTORY_DIRECTOR
          && state.getTrajectoryDirector().isPresent()) {
        c.require(
            c.isTrajectoryDirector(),
            RuleId.CLOSE_BY_TRAJECTORY_DIRECTOR,
            "in this network the case's trajectory director closes the case after the evaluation"
                + " decided so",
            "in dit netwerk sluit de trajectregisseur van de casus de casus af nadat de evaluatie"
                + " daartoe besloot");
      }
    }
    if (reason == ClosureReason.GUIDED_TO_REGULAR_CARE
        || reason == ClosureReason.SELF_RELIANT_AGAIN) {
      ClosingCriterion criterion = profile.getClosingCriterion();
      if (criterion == ClosingCriterion.IN_REGULAR_CARE) {
        c.require(
            reason == ClosureReason.GUIDED_TO_REGULAR_CARE
                && cmd.closure().getRegularCare().isPresent(),
            RuleId.CLOSE_CRITERION_IN_REGULAR_CARE,
            "in this network the goals are reached when the client is in regular care: close as guided to regular care and name the organisation",
            "in dit netwerk zijn de doelen bereikt als de cliënt in de reguliere zorg zit: sluit af als toegeleid naar reguliere zorg en noem de organisatie");
      } else {
        c.require(
            reason == ClosureReason.SELF_RELIANT_AGAIN
                && state.getLastEvaluation().map(ev -> ev.isAllGoalsReached()).orElse(false),
            RuleId.CLOSE_CRITERION_SELF_RELIANT,
            "in this network the goals are reached when the client is self-reliant again: every goal of the last evaluation must be reached",
            "in dit netwerk zijn de doelen bereikt als de cliënt weer zelfredzaam is: elk doel van de laatste evaluatie moet bereikt zijn");
      }
    } else if (reason != ClosureReason.DECEASED) {
      c.require(
          !cmd.closure().getRemarks().isBlank(),
          RuleId.CLOSE_REMARKS_REQUIRED,
          "closing without the goals reached needs remarks that explain it",
          "afsluiten zonder dat de doelen bereikt zijn vraagt een toelichting");
    }
    return c.emit(e -> CaseClosed.builder().metadata(e).closure(cmd.closure()).build());
  }

  private Decision followUp(Check c, CaseState state, CaseCommand.RecordFollowUp cmd) {
    c.require(
        state.getStatus() == CaseStatus.CLOSED,
        RuleId.FOLLOW_UP_NOT_CLOSED,
        "follow-up checks are for closed cases",
        "nazorgcontroles zijn voor afgesloten casussen");
    c.networkDirector();
    int scheduled = profile.getFollowUp().getCheckAfterMonths().size();
    c.require(
        state.getFollowUps().size() < scheduled,
        RuleId.FOLLOW_UP_SCHEDULE_COMPLETE,
        "all " + scheduled + " follow-up check(s) of this network's schedule are recorded",
        "alle " + scheduled + " nazorgcontrole(s) uit het schema van dit netwerk zijn vastgelegd");
    List<Function<EventMetadata, CaseEvent>> events = new ArrayList<>();
    events.add(e -> FollowUpRecorded.builder().metadata(e).check(cmd.check()).build());
    if (cmd.check().getOutcome() == FollowUpOutcome.DROPPED_OUT
        && profile.getFollowUp().isDropOutReopens()) {
      events.add(
          e ->
              CaseReopened.builder()
                  .metadata(e)
                  .reason("the client fell out of the trajectory: discuss the client again")
                  .build());
    }
    return c.emitAll(events);
  }
}
