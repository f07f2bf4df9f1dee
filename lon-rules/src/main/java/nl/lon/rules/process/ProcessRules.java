package nl.lon.rules.process;

import static nl.lon.core.process.ProcessStep.CLOSE;
import static nl.lon.core.process.ProcessStep.EVALUATE;
import static nl.lon.core.process.ProcessStep.EXECUTE;
import static nl.lon.core.process.ProcessStep.FOLLOW_UP;
import static nl.lon.core.process.ProcessStep.GATHER_INFORMATION;
import static nl.lon.core.process.ProcessStep.INTEGRAL_PICTURE;
import static nl.lon.core.process.ProcessStep.PLAN_OF_APPROACH;
import static nl.lon.core.process.ProcessStep.RECEIVE_REPORT;
import static nl.lon.core.process.ProcessStep.SIGNAL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
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
import nl.lon.core.event.PlanAdopted;
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
import nl.lon.rules.profile.ClosingCriterion;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * The rules of the nine-step process: decides whether a command may be carried out on a case, and
 * which events it yields (procesregels).
 *
 * <p>A pure function of (profile, case state, command, date, actor): it reads no clock and touches
 * no I/O. An accepted command yields the events to append, stamped with the next sequence numbers;
 * a refused command yields violations that name the rule, the step and the reason in English and
 * Dutch. Commands that do not fit the state are refused, never silently ignored. Immutable and
 * thread-safe.
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

  private ProcessRules(MethodologyProfile profile) {
    this.profile = profile;
    this.advisor = EligibilityAdvisor.of(profile);
    this.interventions = new InterventionRules(profile.getIntervention());
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
    Check c = new Check(state, ctx, stepOf(command));
    if (command instanceof CaseCommand.ReportSignal) {
      return reportSignal(c, (CaseCommand.ReportSignal) command);
    }
    if (state.getVersion() == 0) {
      return c.refuse("case.not-started", "there is no case yet: report a signal first",
          "er is nog geen casus: meld eerst een signaal");
    }
    if (state.getStatus() == CaseStatus.TRANSFERRED) {
      return c.refuse("case.transferred", "the case was handed over to network " + state.getTransferredTo().get()
          + "; it can no longer change here", "de casus is overgedragen aan netwerk " + state.getTransferredTo().get()
          + "; hij kan hier niet meer veranderen");
    }
    if (!ctx.actor().getNetwork().equals(state.getNetwork().get())) {
      return c.refuse("actor.network", "the acting professional does not work in this case's network",
          "de handelende professional werkt niet in het netwerk van deze casus");
    }
    if (state.getLastEventOn().map(ctx.date()::isBefore).orElse(false)) {
      return c.refuse("date.before-last-event", "the command is dated " + ctx.date() + ", before the case's latest event ("
          + state.getLastEventOn().get() + "); a case's history runs forward",
          "de opdracht is gedateerd op " + ctx.date() + ", vóór de laatste gebeurtenis van de casus ("
          + state.getLastEventOn().get() + "); de geschiedenis van een casus loopt vooruit");
    }
    return decideOnCase(c, state, command, ctx);
  }

  private Decision decideOnCase(Check c, CaseState state, CaseCommand command, CommandContext ctx) {
    if (command instanceof CaseCommand.JudgeReport) {
      return judgeReport(c, state, (CaseCommand.JudgeReport) command);
    } else if (command instanceof CaseCommand.RequestInformation) {
      CaseCommand.RequestInformation cmd = (CaseCommand.RequestInformation) command;
      c.handling();
      c.role(ProfessionalRole.NETWORK_DIRECTOR, ProfessionalRole.CORE_MEMBER);
      return c.emit(e -> InformationRequested.builder().metadata(e)
          .organisations(cmd.organisations()).question(cmd.question()).build());
    } else if (command instanceof CaseCommand.AddInformation) {
      CaseCommand.AddInformation cmd = (CaseCommand.AddInformation) command;
      c.handling();
      return c.emit(e -> InformationAdded.builder().metadata(e)
          .organisation(cmd.organisation()).summary(cmd.summary()).build());
    } else if (command instanceof CaseCommand.RecordHomeVisit) {
      CaseCommand.RecordHomeVisit cmd = (CaseCommand.RecordHomeVisit) command;
      c.handling();
      return c.emit(e -> HomeVisitRecorded.builder().metadata(e).visitors(cmd.visitors())
          .findings(cmd.findings()).clientReached(cmd.clientReached()).build());
    } else if (command instanceof CaseCommand.DecideCoordination) {
      return decideCoordination(c, state, (CaseCommand.DecideCoordination) command, ctx);
    } else if (command instanceof CaseCommand.AppointTrajectoryDirector) {
      return appoint(c, (CaseCommand.AppointTrajectoryDirector) command, ctx);
    } else if (command instanceof CaseCommand.RecordScan) {
      CaseCommand.RecordScan cmd = (CaseCommand.RecordScan) command;
      c.steps(EnumSet.range(INTEGRAL_PICTURE, CLOSE));
      c.directorOrTrajectoryDirector();
      c.require(!cmd.scan().getScoredOn().isAfter(ctx.date()), "scan.date-in-future",
          "a scan cannot be dated after today", "een scan kan niet na vandaag gedateerd zijn");
      return c.emit(e -> LifeDomainScanRecorded.builder().metadata(e).scan(cmd.scan()).build());
    } else if (command instanceof CaseCommand.FormIntegralPicture) {
      return formPicture(c, state, (CaseCommand.FormIntegralPicture) command);
    } else if (command instanceof CaseCommand.AdoptPlan) {
      return adoptPlan(c, state, ((CaseCommand.AdoptPlan) command).plan(), ctx);
    } else if (command instanceof CaseCommand.AdjustPlan) {
      return adjustPlan(c, state, ((CaseCommand.AdjustPlan) command).plan(), ctx);
    } else if (command instanceof CaseCommand.ReportProgress) {
      CaseCommand.ReportProgress cmd = (CaseCommand.ReportProgress) command;
      c.steps(RUNNING);
      c.require(c.isTrajectoryDirector(), "progress.trajectory-director-only",
          "only the case's trajectory director reports progress", "alleen de trajectregisseur van de casus rapporteert voortgang");
      return c.emit(e -> ProgressReported.builder().metadata(e).report(cmd.report()).build());
    } else if (command instanceof CaseCommand.HoldProgressTalk) {
      CaseCommand.HoldProgressTalk cmd = (CaseCommand.HoldProgressTalk) command;
      c.steps(RUNNING);
      c.role(ProfessionalRole.NETWORK_DIRECTOR);
      c.require(state.getTrajectoryDirector().isPresent(), "progress-talk.no-trajectory-director",
          "there is no trajectory director to talk with", "er is geen trajectregisseur om mee te spreken");
      return c.emit(e -> ProgressTalkHeld.builder().metadata(e)
          .trajectoryDirector(state.getTrajectoryDirector().get()).summary(cmd.summary()).build());
    } else if (command instanceof CaseCommand.HoldMeeting) {
      return holdMeeting(c, state, (CaseCommand.HoldMeeting) command, ctx);
    } else if (command instanceof CaseCommand.Evaluate) {
      return evaluate(c, state, (CaseCommand.Evaluate) command);
    } else if (command instanceof CaseCommand.Close) {
      return close(c, state, (CaseCommand.Close) command);
    } else if (command instanceof CaseCommand.RecordFollowUp) {
      return followUp(c, state, (CaseCommand.RecordFollowUp) command);
    } else if (command instanceof CaseCommand.Reopen) {
      CaseCommand.Reopen cmd = (CaseCommand.Reopen) command;
      c.require(state.getStatus() == CaseStatus.CLOSED || state.getStatus() == CaseStatus.ENDED,
          "reopen.not-closed", "only a closed or ended case can be reopened", "alleen een afgesloten of beëindigde casus kan worden heropend");
      c.require(state.getClosure().map(cl -> cl.getReason() != ClosureReason.DECEASED).orElse(true),
          "reopen.deceased", "the client has died; the case cannot be reopened",
          "de cliënt is overleden; de casus kan niet worden heropend");
      c.role(ProfessionalRole.NETWORK_DIRECTOR);
      return c.emit(e -> CaseReopened.builder().metadata(e).reason(cmd.reason()).build());
    } else if (command instanceof CaseCommand.Transfer) {
      CaseCommand.Transfer cmd = (CaseCommand.Transfer) command;
      c.role(ProfessionalRole.NETWORK_DIRECTOR);
      c.require(!cmd.handover().getToNetwork().equals(state.getNetwork().get()), "transfer.same-network",
          "a case is handed over to another network, not to its own", "een casus wordt overgedragen aan een ander netwerk, niet aan het eigen netwerk");
      return c.emit(e -> CaseTransferred.builder().metadata(e).handover(cmd.handover()).build());
    } else if (command instanceof CaseCommand.RecordConsent) {
      CaseCommand.RecordConsent cmd = (CaseCommand.RecordConsent) command;
      c.require(!cmd.consent().getSignedOn().isAfter(ctx.date()), "consent.date-in-future",
          "a consent cannot be signed after today", "een toestemming kan niet na vandaag ondertekend zijn");
      c.require(cmd.consent().getWithdrawnOn().isEmpty(), "consent.already-withdrawn",
          "record a consent as signed; withdraw it with its own command", "leg een toestemming vast als ondertekend; trek haar in met een eigen opdracht");
      return c.emit(e -> ConsentRecorded.builder().metadata(e).consent(cmd.consent()).build());
    } else if (command instanceof CaseCommand.WithdrawConsent) {
      c.require(state.hasConsentOn(ctx.date()), "consent.none-in-force",
          "there is no consent in force to withdraw", "er is geen geldende toestemming om in te trekken");
      return c.emit(e -> ConsentWithdrawn.builder().metadata(e).build());
    } else if (command instanceof CaseCommand.RequestEscalation) {
      return interventions.requestEscalation(c, (CaseCommand.RequestEscalation) command);
    } else if (command instanceof CaseCommand.Escalate) {
      return interventions.escalate(c, (CaseCommand.Escalate) command);
    } else if (command instanceof CaseCommand.ResolveEscalation) {
      return interventions.resolveEscalation(c, (CaseCommand.ResolveEscalation) command);
    } else if (command instanceof CaseCommand.RecordCoercionMeasure) {
      return interventions.recordCoercion(c, (CaseCommand.RecordCoercionMeasure) command);
    } else if (command instanceof CaseCommand.UseInstrument) {
      return interventions.useInstrument(c, (CaseCommand.UseInstrument) command);
    }
    throw new IllegalArgumentException("unknown command " + command);
  }

  private Decision reportSignal(Check c, CaseCommand.ReportSignal cmd) {
    c.require(c.state().getVersion() == 0, "signal.case-exists",
        "case " + cmd.caseId() + " exists already; a case opens with exactly one signal",
        "casus " + cmd.caseId() + " bestaat al; een casus opent met precies één signaal");
    c.require(c.ctx().actor().getNetwork().equals(cmd.network()), "actor.network",
        "the acting professional does not work in the receiving network",
        "de handelende professional werkt niet in het ontvangende netwerk");
    c.require(!cmd.signal().getReceivedOn().isAfter(c.ctx().date()), "signal.date-in-future",
        "a signal cannot be received after today", "een signaal kan niet na vandaag ontvangen zijn");
    c.caseId(cmd.caseId());
    return c.emit(e -> SignalReceived.builder().metadata(e).network(cmd.network())
        .clientNumber(cmd.clientNumber()).signal(cmd.signal()).household(cmd.household()).build());
  }

  private Decision judgeReport(Check c, CaseState state, CaseCommand.JudgeReport cmd) {
    c.steps(EnumSet.of(RECEIVE_REPORT));
    c.role(ProfessionalRole.NETWORK_DIRECTOR);
    if (cmd.judgement() == ReportJudgement.ACUTE_CRISIS) {
      c.require(profile.isCrisisTriageAtIntake(), "judge.no-crisis-triage",
          "this network's profile has no crisis triage at intake; judge the report in or out of scope and call the crisis service directly",
          "het profiel van dit netwerk kent geen crisistriage bij aanmelding; beoordeel de melding binnen of buiten de doelgroep en schakel de crisisdienst rechtstreeks in");
    }
    if (cmd.judgement() != ReportJudgement.OUT_OF_SCOPE) {
      c.require(!cmd.targetGroups().isEmpty(), "judge.target-group-required",
          "name at least one target group, with its reason, for a case the network takes on",
          "noem ten minste één doelgroep, met reden, voor een casus die het netwerk oppakt");
    }
    if (!c.ok() || state.getSignal().isEmpty()) {
      return c.refuseCollected();
    }
    EligibilityAdvice advice = advisor.advise(state.getSignal().get(), state.getHousehold().get(), state.getLatestScan());
    return c.emit(e -> ReportJudged.builder().metadata(e).judgement(cmd.judgement()).reason(cmd.reason())
        .targetGroups(cmd.targetGroups()).advisedInScope(advice.isInScope()).build());
  }

  private Decision decideCoordination(Check c, CaseState state, CaseCommand.DecideCoordination cmd, CommandContext ctx) {
    c.steps(EnumSet.of(GATHER_INFORMATION));
    c.role(ProfessionalRole.NETWORK_DIRECTOR);
    var feedback = cmd.decision().getFeedback().getGivenOn();
    c.require(!feedback.isAfter(ctx.date()), "coordination.feedback-in-future",
        "feedback to the signaller cannot be dated after today", "terugkoppeling aan de melder kan niet na vandaag gedateerd zijn");
    state.getSignalReceivedOn().ifPresent(r -> c.require(!feedback.isBefore(r), "coordination.feedback-before-signal",
        "feedback to the signaller cannot precede the signal", "terugkoppeling aan de melder kan niet vóór het signaal liggen"));
    return c.emit(e -> CoordinationDecided.builder().metadata(e).decision(cmd.decision()).build());
  }

  private Decision appoint(Check c, CaseCommand.AppointTrajectoryDirector cmd, CommandContext ctx) {
    c.steps(EnumSet.range(INTEGRAL_PICTURE, EVALUATE));
    c.role(ProfessionalRole.NETWORK_DIRECTOR);
    if (cmd.temporary()) {
      c.require(profile.isNetworkDirectorFallback(), "appoint.no-fallback",
          "this network's profile does not let the network director act as problem owner; appoint a trajectory director",
          "het profiel van dit netwerk laat de netwerkregisseur niet als probleemhouder optreden; wijs een trajectregisseur aan");
      c.require(cmd.director().equals(ctx.actor().getId()), "appoint.fallback-is-network-director",
          "only the acting network director can take the role temporarily",
          "alleen de handelende netwerkregisseur kan de rol tijdelijk op zich nemen");
    } else {
      c.require(cmd.appointedBy() == profile.getAppointedBy(), "appoint.authority",
          "in this network the trajectory director is appointed by " + label(profile.getAppointedBy(), false),
          "in dit netwerk wordt de trajectregisseur aangewezen door " + label(profile.getAppointedBy(), true));
    }
    return c.emit(e -> TrajectoryDirectorAppointed.builder().metadata(e).director(cmd.director())
        .organisation(cmd.organisation()).appointedBy(cmd.appointedBy()).temporary(cmd.temporary()).build());
  }

  private static String label(AppointmentAuthority a, boolean nl) {
    return a.label(java.util.Locale.forLanguageTag(nl ? "nl" : "en"));
  }

  private Decision formPicture(Check c, CaseState state, CaseCommand.FormIntegralPicture cmd) {
    c.steps(EnumSet.of(INTEGRAL_PICTURE));
    c.directorOrTrajectoryDirector();
    if (profile.isScanBeforeIntegralPicture()) {
      c.require(state.getTrajectoryDirector().isPresent(), "picture.problem-owner-required",
          "in this network the problem owner forms the picture: appoint one first",
          "in dit netwerk vormt de probleemhouder het beeld: wijs eerst een probleemhouder aan");
      c.require(state.getLatestScan().isPresent(), "picture.scan-required",
          "in this network the situation is mapped with a life-domain scan first",
          "in dit netwerk wordt de situatie eerst in kaart gebracht met de scan leefgebieden");
    }
    return c.emit(e -> IntegralPictureFormed.builder().metadata(e).summary(cmd.summary())
        .targetGroups(cmd.targetGroups()).build());
  }

  private Decision adoptPlan(Check c, CaseState state, PlanOfApproach plan, CommandContext ctx) {
    c.steps(EnumSet.of(PLAN_OF_APPROACH));
    c.directorOrTrajectoryDirector();
    int next = state.getPlan().map(p -> p.getVersion() + 1).orElse(1);
    c.require(plan.getVersion() == next, "plan.next-version",
        "the plan must have version " + next + (next == 1 ? "" : " (the case had a plan before it was reopened)"),
        "het plan moet versie " + next + " hebben" + (next == 1 ? "" : " (de casus had een plan voordat hij werd heropend)"));
    c.require(state.getTrajectoryDirector().isPresent(), "plan.trajectory-director-required",
        "appoint a trajectory director (or let the network director act temporarily) before adopting the plan",
        "wijs een trajectregisseur aan (of laat de netwerkregisseur tijdelijk optreden) voordat het plan wordt vastgesteld");
    checkActivities(c, plan, ctx);
    return c.emit(e -> PlanAdopted.builder().metadata(e).plan(plan).build());
  }

  private Decision adjustPlan(Check c, CaseState state, PlanOfApproach plan, CommandContext ctx) {
    c.steps(RUNNING);
    c.directorOrTrajectoryDirector();
    int next = state.getPlan().map(p -> p.getVersion() + 1).orElse(1);
    c.require(plan.getVersion() == next, "plan.next-version",
        "the adjusted plan must have version " + next, "het bijgestelde plan moet versie " + next + " hebben");
    c.require(state.getStep() == EVALUATE || state.getPendingDeviationOn().isPresent(), "plan.adjust-needs-reason",
        "a plan is adjusted after an evaluation that decided to adjust, or after a reported deviation",
        "een plan wordt bijgesteld na een evaluatie die tot bijstellen besloot, of na een gemelde afwijking");
    checkActivities(c, plan, ctx);
    return c.emit(e -> PlanAdopted.builder().metadata(e).plan(plan).build());
  }

  private static void checkActivities(Check c, PlanOfApproach plan, CommandContext ctx) {
    for (Activity a : plan.getActivities()) {
      c.require(!a.getDueOn().isBefore(ctx.date()), "plan.activity-due-in-past",
          "activity '" + a.getDescription() + "' is due before the plan's adoption; plan it from today",
          "activiteit '" + a.getDescription() + "' valt vóór het vaststellen van het plan; plan haar vanaf vandaag");
    }
  }

  private Decision holdMeeting(Check c, CaseState state, CaseCommand.HoldMeeting cmd, CommandContext ctx) {
    c.require(state.isOpen() || state.getStatus() == CaseStatus.CLOSED, "meeting.case-ended",
        "the case has ended; reopen it to discuss it again", "de casus is beëindigd; heropen hem om hem opnieuw te bespreken");
    c.require(!cmd.meeting().getHeldOn().isAfter(ctx.date()), "meeting.date-in-future",
        "a meeting cannot be recorded before it is held", "een overleg kan niet worden vastgelegd voordat het is gehouden");
    c.require(ctx.actor().hasRole(ProfessionalRole.NETWORK_DIRECTOR) || cmd.meeting().getParticipants().contains(ctx.actor().getId()),
        "meeting.recorder", "a meeting is recorded by the network director or a participant",
        "een overleg wordt vastgelegd door de netwerkregisseur of een deelnemer");
    if (cmd.meeting().getKind() == MeetingKind.CASE_CONFERENCE && profile.isClientAlwaysInvitedToCaseConference()) {
      c.require(cmd.meeting().isClientInvited(), "instrument.client-invited-to-case-conference",
          "in this network the client is invited to every case conference",
          "in dit netwerk wordt de cliënt voor elk casusoverleg uitgenodigd");
    }
    return c.emit(e -> MeetingHeld.builder().metadata(e).meeting(cmd.meeting()).build());
  }

  private Decision evaluate(Check c, CaseState state, CaseCommand.Evaluate cmd) {
    c.steps(RUNNING);
    c.directorOrTrajectoryDirector();
    state.getPlan().ifPresent(plan -> {
      Set<String> codes = new java.util.HashSet<>();
      plan.getGoals().forEach(g -> codes.add(g.getCode()));
      c.require(codes.equals(cmd.evaluation().getGoalResults().keySet()), "evaluation.goals-of-plan",
          "evaluate every goal of plan version " + plan.getVersion() + ": " + codes,
          "evalueer elk doel van planversie " + plan.getVersion() + ": " + codes);
    });
    return c.emit(e -> EvaluationRecorded.builder().metadata(e).evaluation(cmd.evaluation()).build());
  }

  private Decision close(Check c, CaseState state, CaseCommand.Close cmd) {
    ClosureReason reason = cmd.closure().getReason();
    c.handling();
    c.directorOrTrajectoryDirector();
    if (reason == ClosureReason.MOVED_WITH_HANDOVER) {
      return c.refuse("close.use-transfer", "a move to another network is a warm handover: transfer the case",
          "een verhuizing naar een ander netwerk is een warme overdracht: draag de casus over");
    }
    if (reason != ClosureReason.DECEASED) {
      c.require(state.getStep() == CLOSE, "close.evaluation-required",
          "a case closes after an evaluation that decided to close", "een casus sluit na een evaluatie die tot afsluiten besloot");
    }
    if (reason == ClosureReason.GUIDED_TO_REGULAR_CARE || reason == ClosureReason.SELF_RELIANT_AGAIN) {
      ClosingCriterion criterion = profile.getClosingCriterion();
      if (criterion == ClosingCriterion.IN_REGULAR_CARE) {
        c.require(reason == ClosureReason.GUIDED_TO_REGULAR_CARE && cmd.closure().getRegularCare().isPresent(),
            "close.criterion-in-regular-care",
            "in this network the goals are reached when the client is in regular care: close as guided to regular care and name the organisation",
            "in dit netwerk zijn de doelen bereikt als de cliënt in de reguliere zorg zit: sluit af als toegeleid naar reguliere zorg en noem de organisatie");
      } else {
        c.require(reason == ClosureReason.SELF_RELIANT_AGAIN
                && state.getLastEvaluation().map(ev -> ev.isAllGoalsReached()).orElse(false),
            "close.criterion-self-reliant",
            "in this network the goals are reached when the client is self-reliant again: every goal of the last evaluation must be reached",
            "in dit netwerk zijn de doelen bereikt als de cliënt weer zelfredzaam is: elk doel van de laatste evaluatie moet bereikt zijn");
      }
    } else if (reason != ClosureReason.DECEASED) {
      c.require(!cmd.closure().getRemarks().isBlank(), "close.remarks-required",
          "closing without the goals reached needs remarks that explain it",
          "afsluiten zonder dat de doelen bereikt zijn vraagt een toelichting");
    }
    return c.emit(e -> CaseClosed.builder().metadata(e).closure(cmd.closure()).build());
  }

  private Decision followUp(Check c, CaseState state, CaseCommand.RecordFollowUp cmd) {
    c.require(state.getStatus() == CaseStatus.CLOSED, "follow-up.not-closed",
        "follow-up checks are for closed cases", "nazorgcontroles zijn voor afgesloten casussen");
    c.role(ProfessionalRole.NETWORK_DIRECTOR);
    int scheduled = profile.getFollowUp().getCheckAfterMonths().size();
    c.require(state.getFollowUps().size() < scheduled, "follow-up.schedule-complete",
        "all " + scheduled + " follow-up check(s) of this network's schedule are recorded",
        "alle " + scheduled + " nazorgcontrole(s) uit het schema van dit netwerk zijn vastgelegd");
    List<Function<EventMetadata, CaseEvent>> events = new ArrayList<>();
    events.add(e -> FollowUpRecorded.builder().metadata(e).check(cmd.check()).build());
    if (cmd.check().getOutcome() == FollowUpOutcome.DROPPED_OUT && profile.getFollowUp().isDropOutReopens()) {
      events.add(e -> CaseReopened.builder().metadata(e)
          .reason("the client fell out of the trajectory: discuss the client again").build());
    }
    return c.emitAll(events);
  }

  private static ProcessStep stepOf(CaseCommand command) {
    if (command instanceof CaseCommand.ReportSignal) {
      return SIGNAL;
    } else if (command instanceof CaseCommand.JudgeReport) {
      return RECEIVE_REPORT;
    } else if (command instanceof CaseCommand.RequestInformation || command instanceof CaseCommand.AddInformation
        || command instanceof CaseCommand.RecordHomeVisit || command instanceof CaseCommand.DecideCoordination) {
      return GATHER_INFORMATION;
    } else if (command instanceof CaseCommand.RecordScan || command instanceof CaseCommand.FormIntegralPicture) {
      return INTEGRAL_PICTURE;
    } else if (command instanceof CaseCommand.AdoptPlan || command instanceof CaseCommand.AppointTrajectoryDirector
        || command instanceof CaseCommand.HoldMeeting) {
      return PLAN_OF_APPROACH;
    } else if (command instanceof CaseCommand.ReportProgress || command instanceof CaseCommand.HoldProgressTalk) {
      return EXECUTE;
    } else if (command instanceof CaseCommand.Evaluate || command instanceof CaseCommand.AdjustPlan) {
      return EVALUATE;
    } else if (command instanceof CaseCommand.Close) {
      return CLOSE;
    } else if (command instanceof CaseCommand.RequestEscalation || command instanceof CaseCommand.Escalate
        || command instanceof CaseCommand.ResolveEscalation || command instanceof CaseCommand.RecordCoercionMeasure
        || command instanceof CaseCommand.UseInstrument) {
      return EXECUTE;
    }
    return FOLLOW_UP;
  }
}
