package nl.lon.rules.process;

import static nl.lon.core.testing.CaseFixtures.consent;
import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.GGD;
import static nl.lon.core.testing.Cast.HOUSING;
import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.MEE;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.PROFESSIONALS;
import static nl.lon.core.testing.Cast.REGULAR_CARE;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.RulesFixtures.CARE_MISSER;
import static nl.lon.rules.testing.RulesFixtures.CASE;
import static nl.lon.rules.testing.RulesFixtures.CLIENT;
import static nl.lon.rules.testing.RulesFixtures.DAY_0;
import static nl.lon.rules.testing.RulesFixtures.FAMILY;
import static nl.lon.rules.testing.RulesFixtures.GOALS;
import static nl.lon.rules.testing.RulesFixtures.SINGLE;
import static nl.lon.rules.testing.RulesFixtures.closureFor;
import static nl.lon.rules.testing.RulesFixtures.fullScan;
import static nl.lon.rules.testing.RulesFixtures.meeting;
import static nl.lon.rules.testing.RulesFixtures.planDue;
import static nl.lon.rules.testing.RulesFixtures.recordedAt;
import static nl.lon.rules.testing.RulesFixtures.signalBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.error.Violation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.EscalationId;
import nl.lon.core.network.Circuit;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.Instrument;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.state.CaseState;
import nl.lon.core.testing.Cast;
import nl.lon.rules.intervention.CoercionCatalogue;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Random command sequences against the rules and the fold: no sequence of accepted commands ever
 * produces a state the fold rejects.
 *
 * <p>Each generated step either advances the case along its happy path (chosen from the current
 * state, so that runs reach the later steps) or is a command of any of the 26 types with random,
 * plausible parameters; actors and dates are random too. Commands are built against the state at
 * the time they are given, from the step's random numbers, so shrinking still works on the numbers.
 */
class ProcessRulesProperties {

  /** How many command types there are; the random kinds are 0 to this minus one. */
  private static final int KINDS = CaseCommand.class.getPermittedSubclasses().length;

  /**
   * One step of a script.
   *
   * @param kind -1 to advance along the happy path, else a command type
   * @param actor picks the actor
   * @param days days to move the business date on before the command
   * @param variant picks the command's parameters
   */
  record Step(int kind, int actor, int days, int variant) {}

  @Provide
  Arbitrary<List<Step>> scripts() {
    Arbitrary<Integer> kind =
        Arbitraries.frequencyOf(
            Tuple.of(60, Arbitraries.just(-1)),
            Tuple.of(40, Arbitraries.integers().between(0, KINDS - 1)));
    Arbitrary<Integer> days =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just(0)),
            Tuple.of(4, Arbitraries.integers().between(1, 14)),
            Tuple.of(1, Arbitraries.integers().between(15, 200)));
    Arbitrary<Step> step =
        Combinators.combine(
                kind,
                Arbitraries.integers().between(0, 99),
                days,
                Arbitraries.integers().between(0, 9_999))
            .as(Step::new);
    return step.list()
        .ofMinSize(1)
        .ofMaxSize(40)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  @Property(tries = 200)
  void rotterdam_randomCommands_acceptedEventsAlwaysFold(@ForAll("scripts") List<Step> script) {
    run(MethodologyProfile.rotterdam(), script);
    reachesTheEnd("rotterdam");
  }

  @Property(tries = 200)
  void enschede_randomCommands_acceptedEventsAlwaysFold(@ForAll("scripts") List<Step> script) {
    run(MethodologyProfile.enschede(), script);
    reachesTheEnd("enschede");
  }

  @Property(tries = 200)
  void leeuwarden_randomCommands_acceptedEventsAlwaysFold(@ForAll("scripts") List<Step> script) {
    run(MethodologyProfile.leeuwarden(), script);
    reachesTheEnd("leeuwarden");
  }

  @Property(tries = 100)
  void anyPreset_closedCaseReachedByRandomCommands_isInFollowUpWithItsClosure(
      @ForAll("presetNames") String preset, @ForAll("scripts") List<Step> script) {
    List<CaseState> states = run(ProcessRulesTest.profile(preset), script);
    for (CaseState s : states) {
      if (s.getStatus() == CaseStatus.CLOSED) {
        assertEquals(ProcessStep.FOLLOW_UP, s.getStep(), "a closed case is followed");
        assertTrue(s.getClosure().isPresent(), "a closed case has its closure");
        assertTrue(s.getClosedOn().isPresent(), "a closed case has its closing date");
        assertFalse(s.isOpen());
      }
    }
  }

  /** Guards the generator: enough runs get to a closed case for the later steps to be exercised. */
  private static void reachesTheEnd(String preset) {
    Statistics.label("reached " + preset)
        .coverage(
            c -> {
              c.check("closed").percentage(p -> p >= 2.0);
              c.check("earlier").percentage(p -> p <= 90.0);
            });
  }

  @Provide
  Arbitrary<String> presetNames() {
    return Arbitraries.of("rotterdam", "enschede", "leeuwarden");
  }

  /**
   * Runs a script and checks every decision.
   *
   * @return every state reached, in order, starting with the empty one
   */
  private static List<CaseState> run(MethodologyProfile profile, List<Step> script) {
    ProcessRules rules = ProcessRules.of(profile);
    CaseState state = CaseState.empty();
    LocalDate today = DAY_0;
    List<CaseState> states = new ArrayList<>();
    states.add(state);
    List<String> log = new ArrayList<>();
    boolean everClosed = false;
    boolean everExecuted = false;
    for (Step step : script) {
      today = today.plusDays(step.days());
      Random r = new Random(step.variant());
      CaseCommand command =
          step.kind() < 0 ? guided(profile, state, today, r) : random(step.kind(), state, today, r);
      Professional actor =
          step.kind() < 0 && step.actor() < 85 ? rightActor(command, state) : actor(step, state);
      CommandContext ctx = context(actor, today, r);

      Decision d;
      try {
        d = rules.decide(state, command, ctx);
      } catch (RuntimeException e) {
        throw new AssertionError(
            "decide threw on " + command + " by " + actor.getId() + "\nafter " + log, e);
      }
      assertEquals(
          d.getEvents().isEmpty(), !d.isAccepted(), "exactly one of events and violations");
      assertNotEquals(
          d.getEvents().isEmpty(),
          d.getViolations().isEmpty(),
          "exactly one of events and violations");
      String name = command.getClass().getSimpleName();
      if (d.isAccepted()) {
        long expected = state.getVersion();
        CaseState before = state;
        for (CaseEvent e : d.getEvents()) {
          assertEquals(++expected, e.getSequence(), "sequence numbers follow the version");
          assertEquals(today, e.getBusinessDate(), "business date");
          assertEquals(recordedAt(today), e.getRecordedAt(), "recorded at");
          assertEquals(actor.getId(), e.getActor(), "actor");
          assertEquals(CASE, e.getCaseId(), "case id");
          try {
            state = state.apply(e);
          } catch (IllegalEventException ex) {
            throw new AssertionError(
                "the fold rejects "
                    + e.getType()
                    + " accepted for "
                    + command
                    + " by "
                    + actor.getId()
                    + " on "
                    + today
                    + " in "
                    + before.getStatus()
                    + "/"
                    + before.getStep()
                    + ": "
                    + ex.getMessage()
                    + "\nafter "
                    + log,
                ex);
          }
        }
        assertEquals(
            d.getEvents().get(d.getEvents().size() - 1).getSequence(),
            state.getVersion(),
            "the version is the last event's sequence");
        if (d.getEvents().get(0).getType().isCorrection()) {
          assertEquals(
              CaseState.replay(state.getHistory()),
              state,
              "folding a correction onto the state equals replaying the whole stream");
        }
        if (state.getStatus() == CaseStatus.CLOSED) {
          assertEquals(ProcessStep.FOLLOW_UP, state.getStep(), "a closed case is in follow-up");
          everClosed = true;
        }
        everExecuted |= state.getStep() == ProcessStep.EXECUTE;
        states.add(state);
        log.add(name + "+" + d.getEvents().size());
        Statistics.label("accepted " + profile.getId()).collect(name);
      } else {
        for (Violation v : d.getViolations()) {
          assertFalse(v.rule().isBlank(), "rule id");
          assertFalse(v.reasonEn().isBlank(), "English reason of " + v.rule());
          assertFalse(v.reasonNl().isBlank(), "Dutch reason of " + v.rule());
        }
        Decision again = rules.decide(state, command, ctx);
        assertEquals(d.getViolations(), again.getViolations(), "deciding is pure");
        assertTrue(
            again.getEvents().isEmpty(), "a refused command stays refused: the state is unchanged");
        log.add(name + "-" + d.getViolations().get(0).rule());
      }
    }
    Statistics.label("reached " + profile.getId())
        .collect(everClosed ? "closed" : everExecuted ? "executing" : "earlier");
    return states;
  }

  // ------------------------------------------------------------------ actors and context

  /**
   * The actor who may give a command on the happy path: the network director or the trajectory
   * director.
   */
  private static Professional rightActor(CaseCommand command, CaseState state) {
    boolean byDirector =
        command instanceof CaseCommand.ReportProgress
            || command instanceof CaseCommand.RecordScan
            || command instanceof CaseCommand.RequestEscalation
            || command instanceof CaseCommand.Evaluate
            || command instanceof CaseCommand.AdjustPlan
            || command instanceof CaseCommand.AdoptPlan
            || command instanceof CaseCommand.AcceptProblemOwnership
            || command instanceof CaseCommand.Close;
    return byDirector
            && state.getTrajectoryDirector().equals(Optional.of(TRAJECTORY_DIRECTOR.getId()))
        ? TRAJECTORY_DIRECTOR
        : NETWORK_DIRECTOR;
  }

  private static Professional actor(Step step, CaseState state) {
    int a = step.actor();
    if (a < 40) {
      return NETWORK_DIRECTOR;
    }
    if (a < 70) {
      return state.getTrajectoryDirector().filter(NETWORK_DIRECTOR.getId()::equals).isPresent()
          ? NETWORK_DIRECTOR
          : TRAJECTORY_DIRECTOR;
    }
    return PROFESSIONALS.get(a % PROFESSIONALS.size());
  }

  private static CommandContext context(Professional actor, LocalDate today, Random r) {
    Optional<PartnerOrganisation> org =
        actor.getOrganisation().equals(HOUSING)
            ? Optional.of(Cast.organisation(HOUSING))
            : actor.getOrganisation().equals(GGD)
                ? Optional.of(Cast.organisation(GGD))
                : Optional.empty();
    return r.nextInt(3) == 0
        ? new CommandContext(today, recordedAt(today), actor)
        : new CommandContext(today, recordedAt(today), actor, org, Optional.of(LON));
  }

  // ------------------------------------------------------------------ the happy path

  private static CaseCommand guided(
      MethodologyProfile profile, CaseState s, LocalDate today, Random r) {
    if (s.getVersion() == 0) {
      return reportSignal(today, r);
    }
    switch (s.getStatus()) {
      case ENDED:
        return new CaseCommand.Reopen("discuss the client again");
      case CLOSED:
        return r.nextInt(4) == 0
            ? new CaseCommand.Reopen("new signals")
            : new CaseCommand.RecordFollowUp(
                FollowUpCheck.of(pick(r, FollowUpOutcome.values()), "partners asked"));
      case TRANSFERRED:
        return new CaseCommand.AddInformation(POLICE, "after the transfer");
      default:
        break;
    }
    switch (s.getStep()) {
      case RECEIVE_REPORT:
        return judge(r);
      case GATHER_INFORMATION:
        return r.nextInt(8) == 0
            ? random(2 + r.nextInt(3), s, today, r)
            : decideCoordination(today, r);
      case INTEGRAL_PICTURE:
        if (s.getTrajectoryDirector().isEmpty()
            && (profile.isScanBeforeIntegralPicture() || r.nextBoolean())) {
          return appoint(profile, r);
        }
        if (profile.isScanBeforeIntegralPicture() && s.getLatestScan().isEmpty()) {
          return new CaseCommand.RecordScan(fullScan(today.minusDays(r.nextInt(3))));
        }
        return new CaseCommand.FormIntegralPicture(
            "integral picture", r.nextBoolean() ? Set.of() : CARE_MISSER);
      case PLAN_OF_APPROACH:
        if (s.getTrajectoryDirector().isEmpty()) {
          return appoint(profile, r);
        }
        if (profile.isOwnershipAcceptedBeforePlan()
            && !s.isTrajectoryDirectorTemporary()
            && s.getOwnershipAcceptedOn().isEmpty()) {
          return new CaseCommand.AcceptProblemOwnership();
        }
        return new CaseCommand.AdoptPlan(
            planDue(nextPlanVersion(s, r), today.plusDays(r.nextInt(40) - 2)));
      case EXECUTE:
        switch (r.nextInt(14)) {
          case 0:
            return new CaseCommand.ReportProgress(
                ProgressReport.builder()
                    .summary("progress")
                    .deviatesFromPlan(r.nextBoolean())
                    .clientUnreachable(r.nextBoolean())
                    .build());
          case 1:
            return new CaseCommand.HoldProgressTalk("monthly talk");
          case 2:
            return new CaseCommand.RequestEscalation(
                pick(r, EscalationKind.CONTENT, EscalationKind.ORGANISATIONAL),
                "the plan is blocked");
          case 3:
            return escalate(s, r);
          case 4:
            return resolve(s, r);
          case 5:
            return s.hasConsentOn(today)
                ? new CaseCommand.WithdrawConsent()
                : new CaseCommand.RecordConsent(consent(today.minusDays(r.nextInt(3))));
          case 6:
            return new CaseCommand.UseInstrument(instrumentUse(r));
          case 7:
            return new CaseCommand.HoldMeeting(
                meeting(pick(r, MeetingKind.values()), today, r.nextBoolean()));
          default:
            return new CaseCommand.Evaluate(evaluation(r, pick(r, EvaluationDecision.values())));
        }
      case EVALUATE:
        return r.nextInt(3) == 0
            ? new CaseCommand.Evaluate(evaluation(r, EvaluationDecision.CLOSE))
            : new CaseCommand.AdjustPlan(
                planDue(nextPlanVersion(s, r), today.plusDays(r.nextInt(40))));
      case CLOSE:
        return new CaseCommand.Close(r.nextInt(4) == 0 ? randomClosure(r) : closureFor(profile));
      default:
        return new CaseCommand.HoldProgressTalk("talk");
    }
  }

  // ------------------------------------------------------------------ any command

  private static CaseCommand random(int kind, CaseState s, LocalDate today, Random r) {
    switch (kind) {
      case 0:
        return reportSignal(today, r);
      case 1:
        return judge(r);
      case 2:
        return new CaseCommand.RequestInformation(
            r.nextBoolean() ? Set.of(POLICE) : Set.of(POLICE, AMW, MEE),
            "do you know this client?");
      case 3:
        return new CaseCommand.AddInformation(
            pick(r, POLICE, AMW, MEE, HOUSING), "what the partner knows");
      case 4:
        return new CaseCommand.RecordHomeVisit(
            Set.of(NETWORK_DIRECTOR.getId()), "home visit", r.nextBoolean());
      case 5:
        return decideCoordination(today.minusDays(r.nextInt(5) - 1), r);
      case 6:
        return r.nextBoolean()
            ? appoint(null, r)
            : new CaseCommand.AppointTrajectoryDirector(
                NETWORK_DIRECTOR.getId(), GGD, pick(r, AppointmentAuthority.values()), true);
      case 7:
        return new CaseCommand.RecordScan(fullScan(today.minusDays(r.nextInt(10) - 1)));
      case 8:
        return new CaseCommand.FormIntegralPicture(
            "picture",
            r.nextBoolean()
                ? Set.of()
                : Set.of(
                    TargetGroupAssignment.of(pick(r, TargetGroup.values()), "as understood now")));
      case 9:
        return new CaseCommand.AdoptPlan(
            planDue(
                r.nextInt(4) == 0 ? 1 + r.nextInt(3) : nextPlanVersion(s, r),
                today.plusDays(r.nextInt(60) - 5)));
      case 10:
        return new CaseCommand.AdjustPlan(
            planDue(
                r.nextInt(4) == 0 ? 1 + r.nextInt(4) : nextPlanVersion(s, r),
                today.plusDays(r.nextInt(60) - 5)));
      case 11:
        return new CaseCommand.ReportProgress(
            ProgressReport.builder()
                .summary("report")
                .deviatesFromPlan(r.nextBoolean())
                .stalled(r.nextBoolean())
                .clientUnreachable(r.nextBoolean())
                .build());
      case 12:
        return new CaseCommand.HoldProgressTalk("talk");
      case 13:
        return new CaseCommand.HoldMeeting(
            meeting(
                pick(r, MeetingKind.values()), today.minusDays(r.nextInt(4) - 1), r.nextBoolean()));
      case 14:
        return new CaseCommand.Evaluate(evaluation(r, pick(r, EvaluationDecision.values())));
      case 15:
        return new CaseCommand.Close(
            r.nextBoolean()
                ? randomClosure(r)
                : Closure.builder()
                    .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
                    .regularCare(REGULAR_CARE)
                    .build());
      case 16:
        return new CaseCommand.RecordFollowUp(
            FollowUpCheck.of(pick(r, FollowUpOutcome.values()), "check"));
      case 17:
        return new CaseCommand.Reopen("discuss again");
      case 18:
        return new CaseCommand.Transfer(
            WarmHandover.of(
                r.nextInt(4) == 0 ? NETWORK : OTHER_NETWORK, "contact", "the client moved"));
      case 19:
        return new CaseCommand.RecordConsent(
            r.nextInt(5) == 0
                ? Consent.builder()
                    .scope(ConsentScope.NAMED_ORGANISATIONS)
                    .addOrganisations(AMW)
                    .signedOn(today.minusDays(3))
                    .withdrawnOn(today)
                    .build()
                : consent(today.minusDays(r.nextInt(20) - 2)));
      case 20:
        return new CaseCommand.WithdrawConsent();
      case 21:
        return new CaseCommand.RequestEscalation(pick(r, EscalationKind.values()), "bottleneck");
      case 22:
        return r.nextBoolean()
            ? escalate(s, r)
            : new CaseCommand.Escalate(
                pick(r, EscalationKind.values()),
                1 + r.nextInt(6),
                "bottleneck",
                r.nextBoolean() ? Optional.of("serious emergency") : Optional.empty());
      case 23:
        return r.nextBoolean()
            ? resolve(s, r)
            : new CaseCommand.ResolveEscalation(
                EscalationId.of("esc-" + (1 + r.nextInt(3))),
                EscalationResolution.of(
                    pick(r, ResolutionKind.values()), "resolved", "the blocker"));
      case 24:
        return new CaseCommand.RecordCoercionMeasure(
            pick(
                r,
                CoercionCatalogue.UNSOLICITED_HELP,
                CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT,
                CoercionCatalogue.COMPULSORY_CLEANING,
                CoercionCatalogue.BOPZ_IBS,
                CoercionCatalogue.WVGGZ_REPORT,
                "unknown-measure"),
            r.nextBoolean() ? Optional.of("reason to rise") : Optional.empty());
      case 25:
        return new CaseCommand.UseInstrument(instrumentUse(r));
      case 26:
        {
          // mostly an entry of the case, with a replacement of its kind; now and then anything
          long at = 1 + r.nextInt((int) Math.max(1, s.getVersion()) + 1);
          int of =
              at <= s.getVersion() && r.nextInt(4) != 0
                  ? kindOf(s.getHistory().get((int) at - 1).getType(), r)
                  : 1 + r.nextInt(25);
          CaseCommand replacement = random(of, s, today, r);
          Optional<LocalDate> on =
              r.nextInt(3) == 0 ? Optional.of(today.minusDays(r.nextInt(10))) : Optional.empty();
          return new CaseCommand.CorrectEntry(at, replacement, on, "entered in error");
        }
      case 27:
        return new CaseCommand.WithdrawEntry(
            1 + r.nextInt((int) Math.max(1, s.getVersion()) + 1), "entered in error");
      case 28:
        return new CaseCommand.AcceptProblemOwnership();
      case 29:
        return new CaseCommand.RecordPaperFile(r.nextBoolean() ? "archief GGD" : "kast 3");
      case 30:
        return new CaseCommand.DraftConceptPlan(
            planDue(nextPlanVersion(s, r), today.plusDays(r.nextInt(60) - 5)));
      default:
        throw new IllegalStateException("kind " + kind + " of " + KINDS);
    }
  }

  /** The random kind that gives a command yielding an event of a type. */
  private static int kindOf(nl.lon.core.event.EventType type, Random r) {
    return switch (type) {
      case SIGNAL_RECEIVED -> 0;
      case REPORT_JUDGED -> 1;
      case INFORMATION_REQUESTED -> 2;
      case INFORMATION_ADDED -> 3;
      case HOME_VISIT_RECORDED -> 4;
      case COORDINATION_DECIDED -> 5;
      case TRAJECTORY_DIRECTOR_APPOINTED -> 6;
      case LIFE_DOMAIN_SCAN_RECORDED -> 7;
      case INTEGRAL_PICTURE_FORMED -> 8;
      case PLAN_ADOPTED -> r.nextBoolean() ? 9 : 10;
      case PROGRESS_REPORTED -> 11;
      case PROGRESS_TALK_HELD -> 12;
      case MEETING_HELD -> 13;
      case EVALUATION_RECORDED -> 14;
      case CASE_CLOSED -> 15;
      case FOLLOW_UP_RECORDED -> 16;
      case CASE_REOPENED -> 17;
      case CASE_TRANSFERRED -> 18;
      case CONSENT_RECORDED -> 19;
      case CONSENT_WITHDRAWN -> 20;
      case ESCALATION_REQUESTED -> 21;
      case ESCALATION_RAISED -> 22;
      case ESCALATION_RESOLVED -> 23;
      case COERCION_MEASURE_RECORDED -> 24;
      case INSTRUMENT_USED -> 25;
      case PROBLEM_OWNERSHIP_ACCEPTED -> 28;
      case PAPER_FILE_RECORDED -> 29;
      case CONCEPT_PLAN_DRAFTED -> 30;
      case ENTRY_CORRECTED, ENTRY_WITHDRAWN -> 1 + r.nextInt(25);
    };
  }

  // ------------------------------------------------------------------ parameters

  /** The next rung of a ladder, now and then with an emergency reason. */
  private static CaseCommand.Escalate escalate(CaseState s, Random r) {
    EscalationKind kind = pick(r, EscalationKind.CONTENT, EscalationKind.ORGANISATIONAL);
    int highest =
        s.getEscalations().stream()
            .filter(e -> e.getEscalation().getKind() == kind)
            .mapToInt(e -> e.getEscalation().getRung())
            .max()
            .orElse(0);
    return new CaseCommand.Escalate(
        kind,
        Math.min(highest + 1, 4),
        "the plan is blocked",
        r.nextInt(4) == 0 ? Optional.of("serious emergency") : Optional.empty());
  }

  /** Resolves an open escalation, or a made-up one when none is open. */
  private static CaseCommand.ResolveEscalation resolve(CaseState s, Random r) {
    List<EscalationId> open = new ArrayList<>(s.getOpenEscalations().keySet());
    EscalationId id = open.isEmpty() ? EscalationId.of("esc-9") : open.get(r.nextInt(open.size()));
    return new CaseCommand.ResolveEscalation(
        id, EscalationResolution.of(pick(r, ResolutionKind.values()), "resolved", "the blocker"));
  }

  private static CaseCommand.ReportSignal reportSignal(LocalDate today, Random r) {
    List<Concern> all = List.of(Concern.values());
    EnumSet<Concern> concerns = EnumSet.of(pick(r, all.toArray(new Concern[0])));
    for (int i = r.nextInt(4); i > 0; i--) {
      concerns.add(all.get(r.nextInt(all.size())));
    }
    return new CaseCommand.ReportSignal(
        CASE,
        NETWORK,
        CLIENT,
        signalBuilder(today.minusDays(r.nextInt(4)))
            .addAllConcerns(concerns)
            .clientMinor(r.nextInt(6) == 0)
            .build(),
        r.nextBoolean() ? SINGLE : FAMILY);
  }

  private static CaseCommand.JudgeReport judge(Random r) {
    int x = r.nextInt(10);
    ReportJudgement j =
        x < 7
            ? ReportJudgement.IN_SCOPE
            : x < 9 ? ReportJudgement.OUT_OF_SCOPE : ReportJudgement.ACUTE_CRISIS;
    return new CaseCommand.JudgeReport(
        j, "the network director's judgement", r.nextInt(6) == 0 ? Set.of() : CARE_MISSER);
  }

  private static CaseCommand.DecideCoordination decideCoordination(LocalDate feedbackOn, Random r) {
    int x = r.nextInt(10);
    var b =
        CoordinationDecision.builder()
            .reason("decided")
            .feedback(SignallerFeedback.of(feedbackOn, "told"));
    if (x < 8) {
      b.outcome(CoordinationOutcome.COORDINATE);
    } else if (x == 8) {
      b.outcome(CoordinationOutcome.REFER_TO_CIRCUIT).circuit(pick(r, Circuit.values()));
    } else {
      b.outcome(CoordinationOutcome.REFER_TO_ORGANISATION).referredTo(REGULAR_CARE);
    }
    return new CaseCommand.DecideCoordination(b.build());
  }

  private static CaseCommand.AppointTrajectoryDirector appoint(
      MethodologyProfile profile, Random r) {
    AppointmentAuthority authority =
        profile != null && r.nextInt(6) != 0
            ? profile.getAppointedBy()
            : pick(r, AppointmentAuthority.values());
    if (profile != null && profile.isNetworkDirectorFallback() && r.nextInt(5) == 0) {
      return new CaseCommand.AppointTrajectoryDirector(
          NETWORK_DIRECTOR.getId(), GGD, authority, true);
    }
    return new CaseCommand.AppointTrajectoryDirector(
        TRAJECTORY_DIRECTOR.getId(), AMW, authority, false);
  }

  /**
   * Mostly the next plan version; now and then version 1, which only a case without any plan takes.
   */
  private static int nextPlanVersion(CaseState s, Random r) {
    return r.nextInt(4) == 0 ? 1 : s.getPlan().map(p -> p.getVersion() + 1).orElse(1);
  }

  private static Evaluation evaluation(Random r, EvaluationDecision decision) {
    var b = Evaluation.builder().agreementsKept(r.nextInt(4) != 0).decision(decision);
    boolean reached = r.nextBoolean();
    boolean missOne = r.nextInt(12) == 0;
    for (int i = 0; i < GOALS.size(); i++) {
      if (i == 0 || !missOne) {
        b.putGoalResults(
            GOALS.get(i).getCode(), reached ? GoalResult.REACHED : pick(r, GoalResult.values()));
      }
    }
    if (r.nextInt(12) == 0) {
      b.putGoalResults("g-other", GoalResult.NOT_REACHED);
    }
    return b.build();
  }

  private static Closure randomClosure(Random r) {
    ClosureReason reason = pick(r, ClosureReason.values());
    var b = Closure.builder().reason(reason);
    if (reason == ClosureReason.MOVED_WITH_HANDOVER) {
      b.handoverTo(OTHER_NETWORK);
    }
    if (reason == ClosureReason.OTHER || r.nextBoolean()) {
      b.remarks("why the case closes");
    }
    if (r.nextBoolean()) {
      b.regularCare(REGULAR_CARE);
    }
    return b.build();
  }

  private static InstrumentUse instrumentUse(Random r) {
    Instrument instrument = pick(r, Instrument.values());
    var b =
        InstrumentUse.builder()
            .instrument(instrument)
            .description("instrument used")
            .eviction(r.nextInt(5) == 0);
    if (instrument == Instrument.CARE_PURCHASE_BUDGET && r.nextInt(5) != 0) {
      b.amount(new BigDecimal(100 * (1 + r.nextInt(40))));
    }
    if (instrument == Instrument.CONSCIOUSLY_GUIDED_EXPLOSION && r.nextBoolean()) {
      b.addAllAgreedBy(LON.getCoreTeam());
    }
    return b.build();
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... values) {
    return values[r.nextInt(values.length)];
  }

  /** Guards the assumption that the random kinds cover every command type. */
  @Example
  void random_everyKind_buildsEachCommandTypeOnce() {
    Set<Class<?>> seen = new java.util.HashSet<>();
    for (int k = 0; k < KINDS; k++) {
      seen.add(random(k, CaseState.empty(), DAY_0, new Random(k)).getClass());
    }
    assertEquals(Set.of(CaseCommand.class.getPermittedSubclasses()), seen);
    if (seen.size() != KINDS) {
      fail("kinds and command types differ");
    }
  }
}
