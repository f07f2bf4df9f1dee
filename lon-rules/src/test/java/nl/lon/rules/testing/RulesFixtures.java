package nl.lon.rules.testing;

import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.GGD;
import static nl.lon.core.testing.Cast.HOUSING;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.REGULAR_CARE;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.Violation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.Professional;
import nl.lon.core.process.Activity;
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
import nl.lon.core.process.Goal;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.Instrument;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.core.state.CaseState;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.core.testing.Cast;
import nl.lon.rules.intervention.CoercionCatalogue;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.profile.ClosingCriterion;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Shared test data for the rules, on the cast of {@link Cast}: sample values, one command of each
 * type, assertions, and a {@link Driver} that walks a case through the nine steps in a few lines.
 * Shipped in the lon-rules test-jar; the command factories are in {@link Commands}.
 */
public final class RulesFixtures {

  private RulesFixtures() {}

  // ---------------------------------------------------------------- the case

  /** The case all drivers open: {@link CaseFixtures#CASE_ID}. */
  public static final CaseId CASE = CaseFixtures.CASE_ID;

  /** Its client: {@link CaseFixtures#CLIENT}. */
  public static final ClientNumber CLIENT = CaseFixtures.CLIENT;

  /** A Monday, the day the signal comes in. */
  public static final LocalDate DAY_0 = LocalDate.of(2025, 3, 3);

  /**
   * The three preset profiles, for parameterised tests.
   *
   * @return Rotterdam, Enschede and Leeuwarden
   */
  public static List<MethodologyProfile> presets() {
    return List.of(
        MethodologyProfile.rotterdam(),
        MethodologyProfile.enschede(),
        MethodologyProfile.leeuwarden());
  }

  // ---------------------------------------------------------------- sample values

  /**
   * A signal from the housing corporation with nuisance, debts, psychological problems and domestic
   * squalor (life domains dealing with the neighbourhood, safety, housing, income, health, care).
   *
   * @param receivedOn the day it came in
   * @return the signal
   */
  public static Signal signal(LocalDate receivedOn) {
    return signal(
        receivedOn,
        Concern.NUISANCE,
        Concern.DEBTS,
        Concern.PSYCHOLOGICAL_PROBLEMS,
        Concern.DOMESTIC_SQUALOR);
  }

  /**
   * A signal from the housing corporation with the given concerns.
   *
   * @param receivedOn the day it came in
   * @param concerns the concerns
   * @return the signal
   */
  public static Signal signal(LocalDate receivedOn, Concern... concerns) {
    return signalBuilder(receivedOn).addConcerns(concerns).build();
  }

  /**
   * A partner's signal with the sample concerns.
   *
   * @param organisation the signalling partner, which becomes involved in the case
   * @param kind its kind
   * @param receivedOn the day it came in
   * @return the signal
   */
  public static Signal signalFrom(
      OrganisationId organisation, PartnerKind kind, LocalDate receivedOn) {
    return signalBuilder(receivedOn)
        .signallerOrganisation(organisation)
        .signallerKind(kind)
        .addConcerns(
            Concern.NUISANCE,
            Concern.DEBTS,
            Concern.PSYCHOLOGICAL_PROBLEMS,
            Concern.DOMESTIC_SQUALOR)
        .build();
  }

  /**
   * A builder for a signal from the housing corporation, without concerns yet.
   *
   * @param receivedOn the day it came in
   * @return the builder
   */
  public static Signal.Builder signalBuilder(LocalDate receivedOn) {
    return Signal.builder()
        .id(SignalId.of("sig-1"))
        .sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
        .signallerOrganisation(HOUSING)
        .signallerKind(PartnerKind.HOUSING_CORPORATION)
        .channel(SignalChannel.VIA_NETWORK_MEMBER)
        .receivedOn(receivedOn)
        .description("neighbours complain; rent arrears; house neglected")
        .clientInformed(true);
  }

  /** A single adult, no children. */
  public static final Household SINGLE = Household.single();

  /** Two adults and two children. */
  public static final Household FAMILY = Household.of(2, 2);

  /**
   * A full ZRM 2017 scan: every domain sufficiently self-reliant, except the given ones.
   *
   * @param scoredOn the day
   * @param problems domains and their scores that differ from sufficiently self-reliant
   * @return the scan
   */
  public static LifeDomainScan scan(
      LocalDate scoredOn, Map<ScanDomain, SelfRelianceLevel> problems) {
    Map<ScanDomain, SelfRelianceLevel> scores = new EnumMap<>(ScanDomain.class);
    for (ScanDomain d : ScanInstrument.ZRM_2017.getDomains()) {
      scores.put(d, problems.getOrDefault(d, SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT));
    }
    return LifeDomainScan.builder()
        .instrument(ScanInstrument.ZRM_2017)
        .scoredOn(scoredOn)
        .scores(scores)
        .build();
  }

  /**
   * A full ZRM 2017 scan with acute problems in housing and finances and too little self-reliance
   * in mental health and justice (life domains housing, income, health, care, safety).
   *
   * @param scoredOn the day
   * @return the scan
   */
  public static LifeDomainScan fullScan(LocalDate scoredOn) {
    return scan(
        scoredOn,
        Map.of(
            ScanDomain.HOUSING, SelfRelianceLevel.ACUTE_PROBLEMS,
            ScanDomain.FINANCES, SelfRelianceLevel.ACUTE_PROBLEMS,
            ScanDomain.MENTAL_HEALTH, SelfRelianceLevel.NOT_SELF_RELIANT,
            ScanDomain.JUSTICE, SelfRelianceLevel.NOT_SELF_RELIANT,
            ScanDomain.SOCIAL_NETWORK, SelfRelianceLevel.LIMITED));
  }

  /** The goals of every sample plan. */
  public static final List<Goal> GOALS =
      List.of(
          Goal.of("g-housing", LifeDomain.HOUSING, "keep the home: no eviction"),
          Goal.of("g-income", LifeDomain.INCOME, "debts under administration"));

  /** The goal codes of every sample plan. */
  public static final Set<String> GOAL_CODES =
      GOALS.stream().map(Goal::getCode).collect(Collectors.toSet());

  /**
   * A plan whose activities fall due 14 and 42 days after {@code today}.
   *
   * @param version the version
   * @param today the day of adoption
   * @return the plan
   */
  public static PlanOfApproach plan(int version, LocalDate today) {
    return planDue(version, today.plusDays(14));
  }

  /**
   * A plan with its first activity due on {@code firstDue} and the second four weeks later.
   *
   * @param version the version
   * @param firstDue the first activity's due date
   * @return the plan
   */
  public static PlanOfApproach planDue(int version, LocalDate firstDue) {
    return PlanOfApproach.builder()
        .version(version)
        .context(
            "multi-problem household: nuisance, debts, psychological problems (v" + version + ")")
        .addAllGoals(GOALS)
        .addActivities(
            Activity.builder()
                .description("talk to the housing corporation about a payment plan")
                .responsible(Responsible.of(AMW, TRAJECTORY_DIRECTOR.getId()))
                .dueOn(firstDue)
                .goalCode("g-housing")
                .build(),
            Activity.builder()
                .description("apply for debt counselling")
                .responsible(Responsible.of(Cast.DEBT_BANK))
                .dueOn(firstDue.plusDays(28))
                .goalCode("g-income")
                .build())
        .build();
  }

  /**
   * An evaluation of every sample goal.
   *
   * @param result the result of every goal
   * @param decision the decision
   * @return the evaluation
   */
  public static Evaluation evaluation(GoalResult result, EvaluationDecision decision) {
    return Evaluation.builder()
        .putGoalResults("g-housing", result)
        .putGoalResults("g-income", result)
        .agreementsKept(true)
        .decision(decision)
        .remarks("evaluated with the client")
        .build();
  }

  /**
   * A meeting held on a day, with the network director and the trajectory director.
   *
   * @param kind the kind
   * @param heldOn the day
   * @param clientInvited whether the client was invited
   * @return the meeting
   */
  public static Meeting meeting(MeetingKind kind, LocalDate heldOn, boolean clientInvited) {
    return Meeting.builder()
        .id(MeetingId.of("m-" + heldOn))
        .kind(kind)
        .heldOn(heldOn)
        .addParticipants(NETWORK_DIRECTOR.getId(), TRAJECTORY_DIRECTOR.getId())
        .addOrganisations(GGD, AMW)
        .technicalChair(NETWORK_DIRECTOR.getId())
        .contentCoordinator(NETWORK_DIRECTOR.getId())
        .clientInvited(clientInvited)
        .clientPresent(false)
        .build();
  }

  /**
   * The coordination decision to coordinate in the network, with feedback given on a day.
   *
   * @param feedbackOn the day of the feedback to the signaller
   * @return the decision
   */
  public static CoordinationDecision coordinate(LocalDate feedbackOn) {
    return CoordinationDecision.builder()
        .outcome(CoordinationOutcome.COORDINATE)
        .reason("several partners involved; nobody has the lead")
        .feedback(SignallerFeedback.of(feedbackOn, "the network takes the case on"))
        .build();
  }

  /** The target group assigned when the report is judged. */
  public static final Set<TargetGroupAssignment> CARE_MISSER =
      Set.of(TargetGroupAssignment.of(TargetGroup.CARE_MISSER, "problems on five life domains"));

  /**
   * The closure that meets a profile's closing criterion.
   *
   * @param profile the profile
   * @return the closure
   */
  public static Closure closureFor(MethodologyProfile profile) {
    return profile.getClosingCriterion() == ClosingCriterion.IN_REGULAR_CARE
        ? Closure.builder()
            .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
            .regularCare(REGULAR_CARE)
            .build()
        : Closure.of(ClosureReason.SELF_RELIANT_AGAIN);
  }

  /**
   * The instant recorded for a business date: nine in the morning, UTC.
   *
   * @param date the business date
   * @return the instant
   */
  public static Instant recordedAt(LocalDate date) {
    return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  /**
   * A context without directory facts.
   *
   * @param actor the actor
   * @param date the business date
   * @return the context
   */
  public static CommandContext ctx(Professional actor, LocalDate date) {
    return new CommandContext(date, recordedAt(date), actor);
  }

  /**
   * A context with every directory fact: the actor's organisation and network from the cast, and a
   * network whose other cases spent nothing from the care-purchase pot.
   *
   * @param actor a professional of the cast
   * @param date the business date
   * @return the context
   */
  public static CommandContext fullCtx(Professional actor, LocalDate date) {
    return new CommandContext(
            date,
            recordedAt(date),
            actor,
            Optional.of(Cast.organisationOf(actor)),
            Optional.of(Cast.networkOf(actor)))
        .withBudgetSpentElsewhere(java.util.Map.of());
  }

  /**
   * One plausible command of every command type, dated around {@code today}.
   *
   * @param today the business date
   * @return the commands, one per type, in the order of {@link CaseCommand}'s permits clause
   */
  public static List<CaseCommand> oneOfEach(LocalDate today) {
    return List.of(
        new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, signal(today), SINGLE),
        new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "multi-problem", CARE_MISSER),
        new CaseCommand.RequestInformation(Set.of(POLICE, AMW), "do you know this client?"),
        new CaseCommand.AddInformation(POLICE, "two reports of nuisance this year"),
        new CaseCommand.RecordHomeVisit(Set.of(NETWORK_DIRECTOR.getId()), "door not opened", false),
        new CaseCommand.DecideCoordination(coordinate(today)),
        new CaseCommand.AppointTrajectoryDirector(
            TRAJECTORY_DIRECTOR.getId(), AMW, AppointmentAuthority.NETWORK_MEETING, false),
        new CaseCommand.RecordScan(fullScan(today)),
        new CaseCommand.FormIntegralPicture("picture", Set.of()),
        new CaseCommand.AdoptPlan(plan(1, today)),
        new CaseCommand.AdjustPlan(plan(2, today)),
        new CaseCommand.ReportProgress(ProgressReport.of("on track", false)),
        new CaseCommand.HoldProgressTalk("progress discussed"),
        new CaseCommand.HoldMeeting(meeting(MeetingKind.NETWORK_MEETING, today, false)),
        new CaseCommand.Evaluate(evaluation(GoalResult.REACHED, EvaluationDecision.CONTINUE)),
        new CaseCommand.Close(Closure.of(ClosureReason.DECEASED)),
        new CaseCommand.RecordFollowUp(
            FollowUpCheck.of(FollowUpOutcome.STILL_IN_CARE, "still in care")),
        new CaseCommand.Reopen("discuss again"),
        new CaseCommand.Transfer(WarmHandover.of(OTHER_NETWORK, "ms. Jansen", "moved")),
        new CaseCommand.RecordConsent(CaseFixtures.consent(today)),
        new CaseCommand.WithdrawConsent(),
        new CaseCommand.RequestEscalation(EscalationKind.CONTENT, "no housing offer"),
        new CaseCommand.Escalate(EscalationKind.CONTENT, 1, "no housing offer", Optional.empty()),
        new CaseCommand.ResolveEscalation(
            EscalationId.of("esc-1"),
            EscalationResolution.of(ResolutionKind.AD_HOC, "one-off exception", "waiting list")),
        new CaseCommand.RecordCoercionMeasure(
            CoercionCatalogue.UNSOLICITED_HELP, Optional.of("client avoids care")),
        new CaseCommand.UseInstrument(
            InstrumentUse.builder()
                .instrument(Instrument.BILATERAL_CONTACT)
                .description("called the GP")
                .build()),
        new CaseCommand.CorrectEntry(
            2,
            new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "multi-problem", CARE_MISSER),
            "the reason was entered wrongly"),
        new CaseCommand.WithdrawEntry(2, "entered in the wrong case"),
        new CaseCommand.AcceptProblemOwnership(),
        new CaseCommand.RecordPaperFile("archief GGD, kast 3"),
        new CaseCommand.DraftConceptPlan(plan(1, today)));
  }

  // ---------------------------------------------------------------- assertions

  /**
   * Finds the violation with a rule, and checks that it explains itself in both languages.
   *
   * @param violations the violations
   * @param rule the expected rule id
   * @return the violation
   */
  public static Violation violation(List<Violation> violations, String rule) {
    Violation v =
        violations.stream()
            .filter(x -> x.rule().equals(rule))
            .findFirst()
            .orElseGet(() -> fail("expected violation " + rule + " among " + violations));
    assertFalse(v.reasonEn().isBlank(), "English reason of " + rule);
    assertFalse(v.reasonNl().isBlank(), "Dutch reason of " + rule);
    assertNotEquals(v.reasonEn(), v.reasonNl(), "the reasons of " + rule + " are translated");
    return v;
  }

  /**
   * Asserts that the violations name exactly the given rules, each explained in English and in
   * Dutch with two different, non-blank texts.
   *
   * @param violations the violations
   * @param rules the expected rule ids
   */
  public static void assertViolations(List<Violation> violations, String... rules) {
    assertEquals(
        new TreeSet<>(List.of(rules)),
        violations.stream().map(Violation::rule).collect(Collectors.toCollection(TreeSet::new)),
        () -> "violated rules of " + violations);
    for (Violation v : violations) {
      violation(violations, v.rule());
    }
  }

  /**
   * Checks the stamp on an event.
   *
   * @param event the event
   * @param type the expected event class
   * @param sequence the expected sequence number
   * @param date the expected business date
   * @param actor the expected actor
   * @param <E> the event type
   * @return the event, cast
   */
  public static <E extends CaseEvent> E stamped(
      CaseEvent event, Class<E> type, long sequence, LocalDate date, Professional actor) {
    assertTrue(
        type.isInstance(event), () -> "expected " + type.getSimpleName() + " but got " + event);
    assertEquals(sequence, event.getSequence(), "sequence");
    assertEquals(CASE, event.getCaseId(), "case id");
    assertEquals(date, event.getBusinessDate(), "business date");
    assertEquals(recordedAt(date), event.getRecordedAt(), "recorded at");
    assertEquals(actor.getId(), event.getActor(), "actor");
    return type.cast(event);
  }

  // ---------------------------------------------------------------- driver

  /**
   * A driver for one case under one profile.
   *
   * @param profile the profile
   * @return a driver with an empty case, dated {@link #DAY_0}
   */
  public static Driver driver(MethodologyProfile profile) {
    return new Driver(ProcessRules.of(profile));
  }

  /**
   * A driver for one case under one profile whose commands carry every directory fact ({@link
   * #fullCtx(Professional, LocalDate)}).
   *
   * @param profile the profile
   * @return a driver with an empty case, dated {@link #DAY_0}
   */
  public static Driver driverWithDirectory(MethodologyProfile profile) {
    return new Driver(ProcessRules.of(profile), true);
  }

  /**
   * Holds the rules and the state of one case; applies commands, asserts acceptance and folds the
   * events. Not thread-safe.
   */
  public static final class Driver {
    private final ProcessRules rules;
    private final boolean directoryFacts;
    private CaseState state = CaseState.empty();
    private LocalDate today = DAY_0;

    Driver(ProcessRules rules) {
      this(rules, false);
    }

    Driver(ProcessRules rules, boolean directoryFacts) {
      this.rules = rules;
      this.directoryFacts = directoryFacts;
    }

    /**
     * The context of a command by an actor on a day: with the directory facts when this driver was
     * made by {@link RulesFixtures#driverWithDirectory}, else without.
     *
     * @param actor the actor
     * @param date the business date
     * @return the context
     */
    public CommandContext context(Professional actor, LocalDate date) {
      return directoryFacts ? fullCtx(actor, date) : ctx(actor, date);
    }

    /**
     * @return the rules
     */
    public ProcessRules rules() {
      return rules;
    }

    /**
     * @return the profile
     */
    public MethodologyProfile profile() {
      return rules.getProfile();
    }

    /**
     * @return the current state
     */
    public CaseState state() {
      return state;
    }

    /**
     * @return the driver's business date
     */
    public LocalDate today() {
      return today;
    }

    /**
     * Moves the driver's date on.
     *
     * @param days the days to move
     * @return this driver
     */
    public Driver advance(int days) {
      today = today.plusDays(days);
      return this;
    }

    /**
     * Decides without asserting or folding.
     *
     * @param command the command
     * @param actor the actor
     * @param date the business date
     * @return the decision
     */
    public Decision decide(CaseCommand command, Professional actor, LocalDate date) {
      return rules.decide(state, command, context(actor, date));
    }

    /**
     * Applies a command by the network director on the driver's date.
     *
     * @param command the command
     * @return the accepted decision
     */
    public Decision apply(CaseCommand command) {
      return apply(command, NETWORK_DIRECTOR, today);
    }

    /**
     * Applies a command by an actor on the driver's date.
     *
     * @param command the command
     * @param actor the actor
     * @return the accepted decision
     */
    public Decision apply(CaseCommand command, Professional actor) {
      return apply(command, actor, today);
    }

    /**
     * Applies a command in a given context: asserts it is accepted, folds its events into the
     * state.
     *
     * @param command the command
     * @param ctx the context
     * @return the accepted decision
     */
    public Decision apply(CaseCommand command, CommandContext ctx) {
      Decision d = rules.decide(state, command, ctx);
      assertTrue(d.isAccepted(), () -> "expected " + command + " to be accepted, but " + d);
      long version = state.getVersion();
      for (CaseEvent e : d.getEvents()) {
        assertEquals(++version, e.getSequence(), "events are numbered from version + 1");
        state = state.apply(e);
      }
      return d;
    }

    /**
     * Applies a command: asserts it is accepted, folds its events into the state.
     *
     * @param command the command
     * @param actor the actor
     * @param date the business date
     * @return the accepted decision
     */
    public Decision apply(CaseCommand command, Professional actor, LocalDate date) {
      return apply(command, context(actor, date));
    }

    /**
     * Applies a command like {@link #apply(CaseCommand, Professional, LocalDate)}, for chaining.
     *
     * @param command the command
     * @param actor the actor
     * @param date the business date
     * @return this driver
     */
    public Driver then(CaseCommand command, Professional actor, LocalDate date) {
      apply(command, actor, date);
      return this;
    }

    /**
     * Asserts a command is refused and leaves the state as it was.
     *
     * @param command the command
     * @param actor the actor
     * @param date the business date
     * @return the violations
     */
    public List<Violation> refused(CaseCommand command, Professional actor, LocalDate date) {
      return refused(command, context(actor, date));
    }

    /**
     * Asserts a command by the network director on the driver's date is refused.
     *
     * @param command the command
     * @return the violations
     */
    public List<Violation> refused(CaseCommand command) {
      return refused(command, NETWORK_DIRECTOR, today);
    }

    /**
     * Asserts a command by an actor on the driver's date is refused.
     *
     * @param command the command
     * @param actor the actor
     * @return the violations
     */
    public List<Violation> refused(CaseCommand command, Professional actor) {
      return refused(command, actor, today);
    }

    /**
     * Asserts a command in a context is refused and leaves the state as it was.
     *
     * @param command the command
     * @param ctx the context
     * @return the violations
     */
    public List<Violation> refused(CaseCommand command, CommandContext ctx) {
      CaseState before = state;
      Decision d = rules.decide(state, command, ctx);
      assertFalse(d.isAccepted(), () -> "expected " + command + " to be refused, but " + d);
      assertTrue(d.getEvents().isEmpty(), "a refusal yields no events");
      assertFalse(d.getViolations().isEmpty(), "a refusal names its violations");
      assertSame(before, state);
      return d.getViolations();
    }

    // -------------------------------------------------------------- the happy path, step by step

    /**
     * @return this driver after a signal with the sample concerns, for a single adult
     */
    public Driver signal() {
      return signal(SINGLE);
    }

    /**
     * Reports the sample signal.
     *
     * @param household the household
     * @return this driver
     */
    public Driver signal(Household household) {
      apply(
          new CaseCommand.ReportSignal(
              CASE, NETWORK, CLIENT, RulesFixtures.signal(today), household));
      return this;
    }

    /**
     * @return this driver after the report was judged in scope as care misser
     */
    public Driver judgeInScope() {
      apply(Commands.judgeInScope());
      return this;
    }

    /**
     * @return this driver after the decision to coordinate
     */
    public Driver coordinate() {
      apply(Commands.coordinate(today));
      return this;
    }

    /**
     * @return this driver after appointing the sample trajectory director the profile's way
     */
    public Driver appoint() {
      apply(Commands.appoint(profile()));
      return this;
    }

    /**
     * @return this driver after the trajectory director recorded the full scan
     */
    public Driver scan() {
      apply(Commands.scan(today), TRAJECTORY_DIRECTOR);
      return this;
    }

    /**
     * @return this driver after the integral picture, appointing and scanning first where required
     */
    public Driver picture() {
      if (profile().isScanBeforeIntegralPicture()) {
        if (state.getTrajectoryDirector().isEmpty()) {
          appoint();
        }
        if (state.getLatestScan().isEmpty()) {
          scan();
        }
      }
      apply(Commands.picture());
      return this;
    }

    /**
     * @return this driver after adopting plan version 1, appointing first when needed
     */
    public Driver adoptPlan() {
      if (state.getTrajectoryDirector().isEmpty()) {
        appoint();
      }
      acceptOwnershipWhereRequired();
      apply(Commands.adoptPlan(today), TRAJECTORY_DIRECTOR);
      return this;
    }

    /**
     * Where the profile asks for it (Enschede, seeds/004 l.1482-1484), the appointed trajectory
     * director accepts the problem ownership, unless they did already.
     *
     * @return this driver
     */
    public Driver acceptOwnershipWhereRequired() {
      if (profile().isOwnershipAcceptedBeforePlan()
          && state.getTrajectoryDirector().map(TRAJECTORY_DIRECTOR.getId()::equals).orElse(false)
          && !state.isTrajectoryDirectorTemporary()
          && state.getOwnershipAcceptedOn().isEmpty()) {
        apply(new CaseCommand.AcceptProblemOwnership(), TRAJECTORY_DIRECTOR);
      }
      return this;
    }

    /**
     * Records an evaluation of every goal by the trajectory director.
     *
     * @param result the result of every goal
     * @param decision the decision
     * @return this driver
     */
    public Driver evaluate(GoalResult result, EvaluationDecision decision) {
      apply(new CaseCommand.Evaluate(evaluation(result, decision)), TRAJECTORY_DIRECTOR);
      return this;
    }

    /**
     * @return this driver after closing the case by the profile's criterion
     */
    public Driver close() {
      apply(Commands.close(profile()), TRAJECTORY_DIRECTOR);
      return this;
    }

    /**
     * Drives the case along the happy path until it is in a step (or closed, for follow-up).
     *
     * @param step the step to reach
     * @return this driver
     */
    public Driver to(ProcessStep step) {
      for (int guard = 0; guard < 20; guard++) {
        if (state.getVersion() > 0 && state.getStep() == step) {
          return this;
        }
        if (state.getVersion() == 0) {
          signal();
          continue;
        }
        assertEquals(CaseStatus.OPEN, state.getStatus(), "the happy path stays open until closed");
        switch (state.getStep()) {
          case RECEIVE_REPORT -> judgeInScope();
          case GATHER_INFORMATION -> coordinate();
          case INTEGRAL_PICTURE -> picture();
          case PLAN_OF_APPROACH -> adoptPlan();
          case EXECUTE ->
              evaluate(
                  GoalResult.REACHED,
                  step == ProcessStep.EVALUATE
                      ? EvaluationDecision.ADJUST
                      : EvaluationDecision.CLOSE);
          case EVALUATE -> evaluate(GoalResult.REACHED, EvaluationDecision.CLOSE);
          case CLOSE -> close();
          default -> fail("cannot drive from " + state.getStep() + " to " + step);
        }
      }
      return fail("did not reach " + step);
    }

    /**
     * @return this driver with the case closed by the profile's criterion
     */
    public Driver closed() {
      to(ProcessStep.FOLLOW_UP);
      assertEquals(CaseStatus.CLOSED, state.getStatus());
      return this;
    }
  }
}
