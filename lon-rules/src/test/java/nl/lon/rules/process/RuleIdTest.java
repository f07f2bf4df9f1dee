package nl.lon.rules.process;

import static nl.lon.core.testing.CaseFixtures.consent;
import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.GGD;
import static nl.lon.core.testing.Cast.HOUSING;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.HOUSING_OFFICER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.REGULAR_CARE;
import static nl.lon.core.testing.Cast.SHELL_MEMBER;
import static nl.lon.core.testing.Cast.TEAM_SUPPORT;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.RulesFixtures.CARE_MISSER;
import static nl.lon.rules.testing.RulesFixtures.CASE;
import static nl.lon.rules.testing.RulesFixtures.CLIENT;
import static nl.lon.rules.testing.RulesFixtures.DAY_0;
import static nl.lon.rules.testing.RulesFixtures.FAMILY;
import static nl.lon.rules.testing.RulesFixtures.SINGLE;
import static nl.lon.rules.testing.RulesFixtures.closureFor;
import static nl.lon.rules.testing.RulesFixtures.coordinate;
import static nl.lon.rules.testing.RulesFixtures.ctx;
import static nl.lon.rules.testing.RulesFixtures.driver;
import static nl.lon.rules.testing.RulesFixtures.fullCtx;
import static nl.lon.rules.testing.RulesFixtures.fullScan;
import static nl.lon.rules.testing.RulesFixtures.meeting;
import static nl.lon.rules.testing.RulesFixtures.oneOfEach;
import static nl.lon.rules.testing.RulesFixtures.plan;
import static nl.lon.rules.testing.RulesFixtures.planDue;
import static nl.lon.rules.testing.RulesFixtures.recordedAt;
import static nl.lon.rules.testing.RulesFixtures.signal;
import static nl.lon.rules.testing.RulesFixtures.violation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.lon.core.error.Violation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.id.EscalationId;
import nl.lon.core.network.Professional;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
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
import nl.lon.core.process.WarmHandover;
import nl.lon.core.state.CaseState;
import nl.lon.rules.intervention.CoercionCatalogue;
import nl.lon.rules.profile.FollowUpPolicy;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rule-id catalogue is a contract: every id the process rules emit is in {@link RuleId}, with
 * the step the violation names, and every catalogued id is produced by a scenario below.
 */
class RuleIdTest {

  private static final List<MethodologyProfile> PRESETS =
      List.of(
          MethodologyProfile.rotterdam(),
          MethodologyProfile.enschede(),
          MethodologyProfile.leeuwarden());

  /** One scenario per catalogued rule: the violations of a command that breaks that rule. */
  private static final Map<RuleId, Supplier<List<Violation>>> SCENARIOS = scenarios();

  // ------------------------------------------------------------------ the catalogue itself

  @Test
  void catalogue_ids_uniqueAndNamedAfterTheirConstant() {
    Set<String> ids = new TreeSet<>();
    for (RuleId r : RuleId.values()) {
      assertTrue(ids.add(r.getId()), "duplicate id " + r.getId());
      assertTrue(r.getId().matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*"), r.getId());
      assertEquals(
          r.name(), r.getId().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
  }

  @ParameterizedTest
  @EnumSource(RuleId.class)
  void catalogue_eachRule_hasStepsAndTranslatedReasons(RuleId rule) {
    assertFalse(rule.getSteps().isEmpty(), rule.getId());
    assertFalse(rule.getReasonEn().isBlank(), rule.getId());
    assertFalse(rule.getReasonNl().isBlank(), rule.getId());
    assertNotEquals(rule.getReasonEn(), rule.getReasonNl(), rule.getId());
    assertEquals(rule.getReasonNl(), rule.label(Locale.forLanguageTag("nl-NL")));
    assertEquals(rule.getReasonEn(), rule.label(Locale.GERMAN));
  }

  @ParameterizedTest
  @EnumSource(RuleId.class)
  void of_catalogedId_findsTheRule(RuleId rule) {
    assertEquals(Optional.of(rule), RuleId.of(rule.getId()));
  }

  @Test
  void of_unknownId_empty() {
    assertEquals(Optional.empty(), RuleId.of("plan.requires-activity"));
    assertEquals(Optional.empty(), RuleId.of("access.other-network"));
  }

  // ------------------------------------------------------------------ every catalogued id is
  // produced

  /** Ids no longer emitted; they stay catalogued so that audit records that hold them resolve. */
  private static final Set<RuleId> RETIRED = retired();

  @SuppressWarnings("deprecation")
  private static Set<RuleId> retired() {
    return EnumSet.of(RuleId.JUDGE_NO_CRISIS_TRIAGE);
  }

  @Test
  void scenarios_oneForEveryCataloguedRuleStillEmitted() {
    Set<RuleId> emitted = EnumSet.allOf(RuleId.class);
    emitted.removeAll(RETIRED);
    assertEquals(emitted, SCENARIOS.keySet());
  }

  @Test
  void retired_markedDeprecatedInTheCatalogue() throws NoSuchFieldException {
    for (RuleId r : RuleId.values()) {
      boolean deprecated = RuleId.class.getField(r.name()).isAnnotationPresent(Deprecated.class);
      assertEquals(RETIRED.contains(r), deprecated, r.getId());
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void judgeNoCrisisTriage_retired_noProfileRefusesAnAcuteCrisis_l1414to1416() {
    for (MethodologyProfile p : PRESETS) {
      Driver d = driver(p).signal();
      d.apply(new CaseCommand.JudgeReport(ReportJudgement.ACUTE_CRISIS, "crisis", Set.of()));
      assertEquals(ProcessStep.GATHER_INFORMATION, d.state().getStep(), p.getId());
    }
    assertEquals(Optional.of(RuleId.JUDGE_NO_CRISIS_TRIAGE), RuleId.of("judge.no-crisis-triage"));
  }

  @ParameterizedTest
  @EnumSource(
      value = RuleId.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = {"JUDGE_NO_CRISIS_TRIAGE"})
  void scenario_breaksItsRule_violationWithTheIdAndACataloguedStep(RuleId rule) {
    List<Violation> violations = SCENARIOS.get(rule).get();
    Violation v = violation(violations, rule.getId());
    assertTrue(
        rule.getSteps().contains(v.step()), () -> rule.getId() + " reported in step " + v.step());
    assertCatalogued(violations);
  }

  // ------------------------------------------------------------------ every emitted id is
  // catalogued

  /**
   * Decides a wide net of commands (one of each type and the awkward variants, by every actor,
   * dated today and before the last event, with and without directory facts) on cases in every step
   * and status under every preset, and checks each violation against the catalogue.
   */
  @Test
  void decide_everyCommandOnEveryStateByEveryActor_emitsOnlyCataloguedIdsInTheirSteps() {
    Set<String> seen = new TreeSet<>();
    int decisions = 0;
    for (MethodologyProfile profile : PRESETS) {
      ProcessRules rules = ProcessRules.of(profile);
      for (Driver d : states(profile)) {
        for (LocalDate date : List.of(d.today(), d.today().minusDays(1))) {
          for (CaseCommand command : commands(date)) {
            for (Professional actor : ACTORS) {
              for (CommandContext ctx : List.of(ctx(actor, date), fullCtx(actor, date))) {
                List<Violation> violations = rules.decide(d.state(), command, ctx).getViolations();
                assertCatalogued(violations);
                violations.forEach(v -> seen.add(v.rule()));
                decisions++;
              }
            }
          }
        }
      }
    }
    assertTrue(decisions > 10_000, "decisions: " + decisions);
    assertTrue(seen.size() > RuleId.values().length / 2, "rules seen: " + seen);
  }

  private static void assertCatalogued(List<Violation> violations) {
    for (Violation v : violations) {
      Optional<RuleId> rule = RuleId.of(v.rule());
      assertTrue(rule.isPresent(), () -> "not in the catalogue: " + v.rule());
      assertTrue(
          rule.get().getSteps().contains(v.step()),
          () ->
              v.rule()
                  + " reported in step "
                  + v.step()
                  + ", catalogued for "
                  + rule.get().getSteps());
    }
  }

  /** Every actor of the cast that the exhaustive run tries, in and outside the network. */
  private static final List<Professional> ACTORS =
      List.of(
          NETWORK_DIRECTOR,
          TRAJECTORY_DIRECTOR,
          HOUSING_MEMBER,
          SHELL_MEMBER,
          TEAM_SUPPORT,
          OTHER_DIRECTOR,
          FOREIGN_DIRECTOR,
          HOUSING_OFFICER);

  /** Cases in every step and status: empty, each open step, closed, ended and transferred. */
  private static List<Driver> states(MethodologyProfile profile) {
    List<Driver> states = new ArrayList<>();
    states.add(driver(profile));
    for (ProcessStep step : EnumSet.range(ProcessStep.RECEIVE_REPORT, ProcessStep.CLOSE)) {
      states.add(driver(profile).to(step));
    }
    states.add(driver(profile).closed());
    Driver ended = driver(profile).signal();
    ended.apply(
        new CaseCommand.JudgeReport(ReportJudgement.OUT_OF_SCOPE, "single problem", Set.of()));
    states.add(ended);
    Driver transferred = driver(profile).to(ProcessStep.EXECUTE);
    transferred.apply(
        new CaseCommand.Transfer(
            WarmHandover.of(OTHER_NETWORK, "ms. Jansen", "client moved")
                .onLegalBasis("bemoeizorg")));
    states.add(transferred);
    Driver family = driver(profile).signal(FAMILY).to(ProcessStep.EXECUTE);
    states.add(family);
    return states;
  }

  /** One command of each type, and the variants that break the less common rules. */
  private static List<CaseCommand> commands(LocalDate date) {
    List<CaseCommand> commands = new ArrayList<>(oneOfEach(date));
    commands.addAll(
        List.of(
            new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, signal(date.plusDays(1)), SINGLE),
            new CaseCommand.JudgeReport(ReportJudgement.ACUTE_CRISIS, "crisis", Set.of()),
            new CaseCommand.DecideCoordination(coordinate(date.plusDays(1))),
            new CaseCommand.DecideCoordination(coordinate(date.minusDays(400))),
            new CaseCommand.AppointTrajectoryDirector(
                NETWORK_DIRECTOR.getId(), GGD, AppointmentAuthority.NETWORK_DIRECTOR, true),
            new CaseCommand.AppointTrajectoryDirector(
                TRAJECTORY_DIRECTOR.getId(), AMW, AppointmentAuthority.NETWORK_DIRECTOR, false),
            new CaseCommand.RecordScan(fullScan(date.plusDays(1))),
            new CaseCommand.AdoptPlan(planDue(1, date.minusDays(1))),
            new CaseCommand.AdoptPlan(plan(3, date)),
            new CaseCommand.HoldMeeting(meeting(MeetingKind.CASE_CONFERENCE, date, false)),
            new CaseCommand.HoldMeeting(
                meeting(MeetingKind.NETWORK_MEETING, date.plusDays(1), false)),
            new CaseCommand.Close(Closure.of(ClosureReason.REFERRED)),
            new CaseCommand.Close(Closure.of(ClosureReason.SELF_RELIANT_AGAIN)),
            new CaseCommand.Close(Closure.of(ClosureReason.GUIDED_TO_REGULAR_CARE)),
            new CaseCommand.Close(
                Closure.builder()
                    .reason(ClosureReason.MOVED_WITH_HANDOVER)
                    .handoverTo(OTHER_NETWORK)
                    .build()),
            new CaseCommand.Transfer(WarmHandover.of(NETWORK, "ms. Jansen", "moved")),
            new CaseCommand.RecordConsent(consent(date.plusDays(1))),
            new CaseCommand.RecordConsent(consent(date).withdrawnOn(date)),
            new CaseCommand.RequestEscalation(
                EscalationKind.PRESSURE_AND_COERCION, "no cooperation"),
            new CaseCommand.Escalate(
                EscalationKind.PRESSURE_AND_COERCION, 1, "no cooperation", Optional.empty()),
            new CaseCommand.Escalate(
                EscalationKind.CONTENT, 99, "no housing offer", Optional.empty()),
            new CaseCommand.Escalate(
                EscalationKind.ORGANISATIONAL, 4, "no housing offer", Optional.empty()),
            new CaseCommand.RecordCoercionMeasure("house-arrest", Optional.of("no such thing")),
            new CaseCommand.RecordCoercionMeasure(
                CoercionCatalogue.BOPZ_RM, Optional.of("psychosis")),
            new CaseCommand.RecordCoercionMeasure(
                CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT, Optional.empty()),
            use(Instrument.HOME_VISIT, Set.of(), false, Optional.empty()),
            use(Instrument.CONSCIOUSLY_GUIDED_EXPLOSION, Set.of(GGD), true, Optional.empty()),
            use(Instrument.CARE_PURCHASE_BUDGET, Set.of(), false, Optional.empty()),
            use(
                Instrument.CARE_PURCHASE_BUDGET,
                Set.of(),
                false,
                Optional.of(new BigDecimal("99999")))));
    return commands;
  }

  private static nl.lon.core.process.Meeting votedMeeting(nl.lon.core.id.ProfessionalId castBy) {
    return nl.lon.core.process.Meeting.builder()
        .from(meeting(MeetingKind.NETWORK_MEETING, DAY_0, false))
        .decidingVote(
            nl.lon.core.process.DecidingVote.of(castBy, "partners disagreed on who leads"))
        .build();
  }

  private static CaseCommand.UseInstrument use(
      Instrument instrument,
      Set<nl.lon.core.id.OrganisationId> agreedBy,
      boolean eviction,
      Optional<BigDecimal> amount) {
    return new CaseCommand.UseInstrument(
        InstrumentUse.builder()
            .instrument(instrument)
            .description("confront the client with the consequences")
            .agreedBy(agreedBy)
            .eviction(eviction)
            .amount(amount)
            .build());
  }

  private static CaseCommand.UseInstrument budget(Optional<BigDecimal> amount) {
    return use(Instrument.CARE_PURCHASE_BUDGET, Set.of(), false, amount);
  }

  private static CaseCommand.UseInstrument explosion() {
    return use(
        Instrument.CONSCIOUSLY_GUIDED_EXPLOSION,
        Set.of(GGD, AMW, HOUSING, POLICE),
        false,
        Optional.empty());
  }

  // ------------------------------------------------------------------ the scenarios

  private static Driver rotterdam() {
    return driver(MethodologyProfile.rotterdam());
  }

  private static Driver enschede() {
    return driver(MethodologyProfile.enschede());
  }

  private static Driver leeuwarden() {
    return driver(MethodologyProfile.leeuwarden());
  }

  private static Map<RuleId, Supplier<List<Violation>>> scenarios() {
    Map<RuleId, Supplier<List<Violation>>> s = new EnumMap<>(RuleId.class);
    // guards
    s.put(RuleId.CASE_NOT_STARTED, () -> rotterdam().refused(new CaseCommand.Reopen("again")));
    s.put(
        RuleId.CASE_TRANSFERRED,
        () -> {
          Driver d = rotterdam().to(ProcessStep.EXECUTE);
          d.apply(
              new CaseCommand.Transfer(
                  WarmHandover.of(OTHER_NETWORK, "ms. Jansen", "client moved")));
          return d.refused(new CaseCommand.Reopen("again"));
        });
    s.put(
        RuleId.ACTOR_NETWORK,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(new CaseCommand.HoldProgressTalk("progress"), FOREIGN_DIRECTOR));
    s.put(
        RuleId.DATE_IN_FUTURE,
        () -> {
          Driver d = rotterdam().signal();
          return d.refused(
              new CaseCommand.RequestInformation(Set.of(AMW), "known?"),
              new CommandContext(d.today().plusDays(1), recordedAt(d.today()), NETWORK_DIRECTOR));
        });
    s.put(
        RuleId.DATE_BEFORE_SIGNAL,
        () -> {
          Driver d = enschede().signal();
          return d.refused(
              new CaseCommand.RequestInformation(Set.of(AMW), "known?"),
              NETWORK_DIRECTOR,
              d.today().minusDays(30));
        });
    s.put(
        RuleId.DATE_BEFORE_DEPENDENCY,
        () -> {
          Driver d = rotterdam().signal().advance(5).judgeInScope();
          return d.refused(
              new CaseCommand.AddInformation(AMW, "known since 2020"),
              NETWORK_DIRECTOR,
              d.today().minusDays(2));
        });
    s.put(
        RuleId.STEP_OUT_OF_ORDER,
        () -> rotterdam().signal().refused(new CaseCommand.AdoptPlan(plan(1, DAY_0))));
    s.put(
        RuleId.ROLE_NETWORK_DIRECTOR,
        () ->
            rotterdam()
                .signal()
                .refused(
                    new CaseCommand.JudgeReport(
                        ReportJudgement.IN_SCOPE, "multi-problem", CARE_MISSER),
                    SHELL_MEMBER));
    s.put(
        RuleId.ROLE_NETWORK_OR_TRAJECTORY_DIRECTOR,
        () -> {
          Driver d = rotterdam().to(ProcessStep.CLOSE);
          return d.refused(new CaseCommand.Close(closureFor(d.profile())), HOUSING_MEMBER);
        });
    // step 1
    s.put(
        RuleId.SIGNAL_CASE_EXISTS,
        () ->
            rotterdam()
                .signal()
                .refused(
                    new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, signal(DAY_0), SINGLE)));
    s.put(
        RuleId.SIGNAL_DATE_IN_FUTURE,
        () ->
            rotterdam()
                .refused(
                    new CaseCommand.ReportSignal(
                        CASE, NETWORK, CLIENT, signal(DAY_0.plusDays(1)), SINGLE)));
    s.put(
        RuleId.SIGNAL_CLIENT_NOT_INFORMED,
        () ->
            enschede()
                .refused(
                    new CaseCommand.ReportSignal(
                        CASE,
                        NETWORK,
                        CLIENT,
                        nl.lon.rules.testing.RulesFixtures.signalBuilder(DAY_0)
                            .addConcerns(nl.lon.core.process.Concern.ISOLATION)
                            .clientInformed(false)
                            .notInformedReason("risk for the children")
                            .build(),
                        SINGLE)));
    // step 2
    s.put(
        RuleId.JUDGE_TARGET_GROUP_REQUIRED,
        () ->
            rotterdam()
                .signal()
                .refused(
                    new CaseCommand.JudgeReport(
                        ReportJudgement.IN_SCOPE, "multi-problem", Set.of())));
    // step 3
    s.put(
        RuleId.COORDINATION_FEEDBACK_IN_FUTURE,
        () ->
            rotterdam()
                .to(ProcessStep.GATHER_INFORMATION)
                .refused(new CaseCommand.DecideCoordination(coordinate(DAY_0.plusDays(1)))));
    s.put(
        RuleId.COORDINATION_FEEDBACK_BEFORE_SIGNAL,
        () ->
            rotterdam()
                .to(ProcessStep.GATHER_INFORMATION)
                .refused(new CaseCommand.DecideCoordination(coordinate(DAY_0.minusDays(1)))));
    s.put(
        RuleId.COORDINATION_FEEDBACK_REQUIRED,
        () ->
            enschede()
                .to(ProcessStep.GATHER_INFORMATION)
                .refused(
                    new CaseCommand.DecideCoordination(
                        nl.lon.core.process.CoordinationDecision.builder()
                            .outcome(nl.lon.core.process.CoordinationOutcome.COORDINATE)
                            .reason("several partners involved")
                            .build())));
    // appointment
    s.put(
        RuleId.APPOINT_NO_FALLBACK,
        () ->
            enschede()
                .to(ProcessStep.INTEGRAL_PICTURE)
                .refused(
                    new CaseCommand.AppointTrajectoryDirector(
                        NETWORK_DIRECTOR.getId(),
                        GGD,
                        AppointmentAuthority.NETWORK_DIRECTOR,
                        true)));
    s.put(
        RuleId.APPOINT_FALLBACK_IS_NETWORK_DIRECTOR,
        () ->
            rotterdam()
                .to(ProcessStep.INTEGRAL_PICTURE)
                .refused(
                    new CaseCommand.AppointTrajectoryDirector(
                        OTHER_DIRECTOR.getId(), GGD, AppointmentAuthority.NETWORK_MEETING, true)));
    s.put(
        RuleId.APPOINT_AUTHORITY,
        () -> {
          Driver d = rotterdam().to(ProcessStep.INTEGRAL_PICTURE);
          AppointmentAuthority wrong =
              Arrays.stream(AppointmentAuthority.values())
                  .filter(a -> a != d.profile().getAppointedBy())
                  .findFirst()
                  .orElseThrow();
          return d.refused(
              new CaseCommand.AppointTrajectoryDirector(
                  TRAJECTORY_DIRECTOR.getId(), AMW, wrong, false));
        });
    // step 4
    s.put(
        RuleId.SCAN_DATE_IN_FUTURE,
        () ->
            rotterdam()
                .to(ProcessStep.INTEGRAL_PICTURE)
                .refused(new CaseCommand.RecordScan(fullScan(DAY_0.plusDays(1)))));
    s.put(
        RuleId.PICTURE_PROBLEM_OWNER_REQUIRED,
        () ->
            enschede()
                .to(ProcessStep.INTEGRAL_PICTURE)
                .refused(new CaseCommand.FormIntegralPicture("picture", Set.of())));
    s.put(
        RuleId.PICTURE_SCAN_REQUIRED,
        () ->
            enschede()
                .to(ProcessStep.INTEGRAL_PICTURE)
                .appoint()
                .refused(
                    new CaseCommand.FormIntegralPicture("picture", Set.of()), TRAJECTORY_DIRECTOR));
    // steps 5 and 7: the plan
    s.put(
        RuleId.PLAN_NEXT_VERSION,
        () ->
            rotterdam()
                .to(ProcessStep.PLAN_OF_APPROACH)
                .appoint()
                .refused(new CaseCommand.AdoptPlan(plan(2, DAY_0)), TRAJECTORY_DIRECTOR));
    s.put(
        RuleId.PLAN_TRAJECTORY_DIRECTOR_REQUIRED,
        () ->
            rotterdam()
                .to(ProcessStep.PLAN_OF_APPROACH)
                .refused(new CaseCommand.AdoptPlan(plan(1, DAY_0))));
    s.put(
        RuleId.PLAN_ADJUST_NEEDS_REASON,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(new CaseCommand.AdjustPlan(plan(2, DAY_0)), TRAJECTORY_DIRECTOR));
    s.put(
        RuleId.PLAN_ACTIVITY_DUE_IN_PAST,
        () -> {
          Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH).appoint().advance(10);
          return d.refused(
              new CaseCommand.AdoptPlan(planDue(1, d.today().minusDays(1))), TRAJECTORY_DIRECTOR);
        });
    // meetings
    s.put(
        RuleId.MEETING_CASE_ENDED,
        () -> {
          Driver d = rotterdam().signal();
          d.apply(
              new CaseCommand.JudgeReport(
                  ReportJudgement.OUT_OF_SCOPE, "not multi-problem", Set.of()));
          return d.refused(
              new CaseCommand.HoldMeeting(meeting(MeetingKind.NETWORK_MEETING, DAY_0, false)));
        });
    s.put(
        RuleId.MEETING_DATE_IN_FUTURE,
        () ->
            rotterdam()
                .to(ProcessStep.PLAN_OF_APPROACH)
                .refused(
                    new CaseCommand.HoldMeeting(
                        meeting(MeetingKind.NETWORK_MEETING, DAY_0.plusDays(1), false))));
    s.put(
        RuleId.PAPER_FILE_RECORDER,
        () ->
            rotterdam()
                .to(ProcessStep.GATHER_INFORMATION)
                .refused(new CaseCommand.RecordPaperFile("archief GGD, kast 3"), SHELL_MEMBER));
    // a paper file beside the digital one (seeds/004 l.1264), recorded once per place
    s.put(
        RuleId.PAPER_FILE_ALREADY_RECORDED,
        () -> {
          Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
          d.apply(new CaseCommand.RecordPaperFile("archief GGD, kast 3"));
          return d.refused(new CaseCommand.RecordPaperFile("archief GGD, kast 3"));
        });
    // Enschede's problem owner accepts the ownership before the plan (seeds/004 l.1482-1484)
    s.put(
        RuleId.OWNERSHIP_TRAJECTORY_DIRECTOR_ONLY,
        () ->
            enschede()
                .to(ProcessStep.INTEGRAL_PICTURE)
                .appoint()
                .refused(new CaseCommand.AcceptProblemOwnership(), NETWORK_DIRECTOR));
    s.put(
        RuleId.OWNERSHIP_ALREADY_ACCEPTED,
        () -> {
          Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE).appoint();
          d.apply(new CaseCommand.AcceptProblemOwnership(), TRAJECTORY_DIRECTOR);
          return d.refused(new CaseCommand.AcceptProblemOwnership(), TRAJECTORY_DIRECTOR);
        });
    // Rotterdam's network director drafts the concept plan (seeds/004 l.1452); in Enschede the
    // problem owner makes the plan (l.1482-1484)
    s.put(
        RuleId.CONCEPT_PLAN_NOT_IN_PROFILE,
        () ->
            enschede()
                .to(ProcessStep.INTEGRAL_PICTURE)
                .refused(new CaseCommand.DraftConceptPlan(plan(1, DAY_0)), NETWORK_DIRECTOR));
    // Enschede's problem owner acts with the mandate of a signed covenant (seeds/004 l.1196-1198)
    s.put(
        RuleId.OWNERSHIP_MANDATE_REQUIRED,
        () -> {
          Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE).appoint();
          return d.refused(
              new CaseCommand.AcceptProblemOwnership(),
              new CommandContext(
                  d.today(),
                  recordedAt(d.today()),
                  TRAJECTORY_DIRECTOR,
                  Optional.of(
                      nl.lon.core.testing.Cast.organisation(
                          TRAJECTORY_DIRECTOR.getOrganisation(),
                          "Algemeen maatschappelijk werk",
                          nl.lon.core.network.PartnerKind.SOCIAL_WORK)),
                  Optional.of(nl.lon.core.testing.Cast.LON)));
        });
    s.put(
        RuleId.PLAN_OWNERSHIP_NOT_ACCEPTED,
        () -> {
          Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE);
          if (d.state().getTrajectoryDirector().isEmpty()) {
            d.appoint();
          }
          d.picture();
          return d.refused(new CaseCommand.AdoptPlan(plan(1, DAY_0)), TRAJECTORY_DIRECTOR);
        });
    // the deciding vote is Enschede's (seeds/004 l.926, l.948)
    s.put(
        RuleId.MEETING_DECIDING_VOTE_NOT_IN_PROFILE,
        () ->
            rotterdam()
                .to(ProcessStep.PLAN_OF_APPROACH)
                .refused(new CaseCommand.HoldMeeting(votedMeeting(NETWORK_DIRECTOR.getId()))));
    s.put(
        RuleId.MEETING_DECIDING_VOTE_HOLDER,
        () ->
            enschede()
                .to(ProcessStep.PLAN_OF_APPROACH)
                .refused(
                    new CaseCommand.HoldMeeting(votedMeeting(TRAJECTORY_DIRECTOR.getId())),
                    TRAJECTORY_DIRECTOR));
    s.put(
        RuleId.MEETING_RECORDER,
        () ->
            rotterdam()
                .to(ProcessStep.PLAN_OF_APPROACH)
                .refused(
                    new CaseCommand.HoldMeeting(meeting(MeetingKind.NETWORK_MEETING, DAY_0, false)),
                    SHELL_MEMBER));
    s.put(
        RuleId.INSTRUMENT_CLIENT_INVITED_TO_CASE_CONFERENCE,
        () ->
            leeuwarden()
                .to(ProcessStep.PLAN_OF_APPROACH)
                .refused(
                    new CaseCommand.HoldMeeting(
                        meeting(MeetingKind.CASE_CONFERENCE, DAY_0, false))));
    // step 6
    s.put(
        RuleId.PROGRESS_TRAJECTORY_DIRECTOR_ONLY,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(new CaseCommand.ReportProgress(ProgressReport.of("on track", false))));
    s.put(
        RuleId.PROGRESS_TALK_NO_TRAJECTORY_DIRECTOR,
        RuleIdTest::progressTalkWithoutTrajectoryDirector);
    // step 7
    s.put(
        RuleId.EVALUATION_GOALS_OF_PLAN,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.Evaluate(
                        Evaluation.builder()
                            .putGoalResults("g-housing", GoalResult.REACHED)
                            .agreementsKept(true)
                            .decision(EvaluationDecision.CONTINUE)
                            .build()),
                    TRAJECTORY_DIRECTOR));
    // step 8
    s.put(
        RuleId.CLOSE_USE_TRANSFER,
        () ->
            rotterdam()
                .to(ProcessStep.CLOSE)
                .refused(
                    new CaseCommand.Close(
                        Closure.builder()
                            .reason(ClosureReason.MOVED_WITH_HANDOVER)
                            .handoverTo(OTHER_NETWORK)
                            .build()),
                    TRAJECTORY_DIRECTOR));
    s.put(
        RuleId.CLOSE_EVALUATION_REQUIRED,
        () -> {
          Driver d = rotterdam().to(ProcessStep.EXECUTE);
          return d.refused(new CaseCommand.Close(closureFor(d.profile())), TRAJECTORY_DIRECTOR);
        });
    s.put(
        RuleId.CLOSE_BY_TRAJECTORY_DIRECTOR,
        () -> {
          Driver d = enschede().to(ProcessStep.CLOSE);
          return d.refused(new CaseCommand.Close(closureFor(d.profile())), NETWORK_DIRECTOR);
        });
    s.put(
        RuleId.CLOSE_CRITERION_IN_REGULAR_CARE,
        () ->
            rotterdam()
                .to(ProcessStep.CLOSE)
                .refused(
                    new CaseCommand.Close(Closure.of(ClosureReason.SELF_RELIANT_AGAIN)),
                    TRAJECTORY_DIRECTOR));
    s.put(
        RuleId.CLOSE_CRITERION_SELF_RELIANT,
        () ->
            enschede()
                .to(ProcessStep.CLOSE)
                .refused(
                    new CaseCommand.Close(
                        Closure.builder()
                            .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
                            .regularCare(REGULAR_CARE)
                            .build()),
                    TRAJECTORY_DIRECTOR));
    s.put(
        RuleId.CLOSE_REMARKS_REQUIRED,
        () ->
            rotterdam()
                .to(ProcessStep.CLOSE)
                .refused(
                    new CaseCommand.Close(Closure.of(ClosureReason.REFERRED)),
                    TRAJECTORY_DIRECTOR));
    // step 9 and after
    s.put(
        RuleId.FOLLOW_UP_NOT_CLOSED,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.RecordFollowUp(
                        FollowUpCheck.of(FollowUpOutcome.STILL_IN_CARE, "still in care"))));
    s.put(
        RuleId.FOLLOW_UP_SCHEDULE_COMPLETE,
        () ->
            driver(
                    MethodologyProfile.builder()
                        .from(MethodologyProfile.enschede())
                        .followUp(FollowUpPolicy.of(true))
                        .build())
                .closed()
                .refused(
                    new CaseCommand.RecordFollowUp(
                        FollowUpCheck.of(FollowUpOutcome.STILL_IN_CARE, "still in care"))));
    s.put(
        RuleId.REOPEN_NOT_CLOSED,
        () -> rotterdam().to(ProcessStep.EXECUTE).refused(new CaseCommand.Reopen("again")));
    s.put(
        RuleId.REOPEN_DECEASED,
        () -> {
          Driver d = rotterdam().signal().judgeInScope();
          d.apply(new CaseCommand.Close(Closure.of(ClosureReason.DECEASED)), NETWORK_DIRECTOR);
          return d.refused(new CaseCommand.Reopen("try again"), NETWORK_DIRECTOR);
        });
    s.put(
        RuleId.TRANSFER_SAME_NETWORK,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.Transfer(WarmHandover.of(NETWORK, "ms. Jansen", "moved"))));
    s.put(
        RuleId.TRANSFER_LEGAL_BASIS_UNKNOWN,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.Transfer(
                        WarmHandover.of(OTHER_NETWORK, "ms. Jansen", "moved")
                            .onLegalBasis("no-such-basis"))));
    s.put(
        RuleId.TRANSFER_CONSENT_OR_LEGAL_BASIS,
        () ->
            leeuwarden()
                .signal()
                .refused(
                    new CaseCommand.Transfer(
                        WarmHandover.of(OTHER_NETWORK, "ms. Jansen", "moved"))));
    s.put(
        RuleId.HANDOVER_NOT_PENDING,
        () -> HandoverRules.pending(rotterdam().to(ProcessStep.EXECUTE).state(), OTHER_NETWORK));
    s.put(
        RuleId.CONSENT_DATE_IN_FUTURE,
        () ->
            rotterdam()
                .signal()
                .refused(new CaseCommand.RecordConsent(consent(DAY_0.plusDays(1)))));
    s.put(
        RuleId.CONSENT_ALREADY_WITHDRAWN,
        () ->
            rotterdam()
                .signal()
                .refused(new CaseCommand.RecordConsent(consent(DAY_0).withdrawnOn(DAY_0))));
    s.put(
        RuleId.CONSENT_NONE_IN_FORCE,
        () -> rotterdam().signal().refused(new CaseCommand.WithdrawConsent()));
    // escalation
    s.put(
        RuleId.ESCALATION_USE_COERCION_MEASURE,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.RequestEscalation(
                        EscalationKind.PRESSURE_AND_COERCION, "no cooperation"),
                    TRAJECTORY_DIRECTOR));
    s.put(
        RuleId.ESCALATION_REQUEST_BY_TRAJECTORY_DIRECTOR,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.RequestEscalation(EscalationKind.CONTENT, "no housing offer")));
    s.put(
        RuleId.ESCALATION_NO_SUCH_RUNG,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.Escalate(
                        EscalationKind.CONTENT, 99, "no housing offer", Optional.empty())));
    s.put(
        RuleId.ESCALATION_EMERGENCY_ONLY,
        () -> {
          Driver d = rotterdam().to(ProcessStep.EXECUTE);
          for (int rung = 1; rung <= 3; rung++) {
            d.apply(
                new CaseCommand.Escalate(
                    EscalationKind.ORGANISATIONAL, rung, "no housing offer", Optional.empty()));
          }
          return d.refused(
              new CaseCommand.Escalate(
                  EscalationKind.ORGANISATIONAL, 4, "no housing offer", Optional.empty()));
        });
    s.put(
        RuleId.ESCALATION_NOT_OPEN,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.ResolveEscalation(
                        EscalationId.of("esc-1"),
                        EscalationResolution.of(
                            ResolutionKind.AD_HOC, "one-off exception", "waiting list"))));
    // coercion
    s.put(
        RuleId.COERCION_UNKNOWN_MEASURE,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.RecordCoercionMeasure(
                        "house-arrest", Optional.of("no such thing"))));
    s.put(
        RuleId.COERCION_HISTORICAL,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.RecordCoercionMeasure(
                        CoercionCatalogue.BOPZ_RM, Optional.of("psychosis"))));
    s.put(
        RuleId.COERCION_AUTHORITY,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.RecordCoercionMeasure(
                        CoercionCatalogue.CRISIS_MEASURE, Optional.of("acute danger to self"))));
    s.put(
        RuleId.COERCION_REASON_REQUIRED_TO_RISE,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    new CaseCommand.RecordCoercionMeasure(
                        CoercionCatalogue.UNSOLICITED_HELP, Optional.empty())));
    // instruments
    s.put(
        RuleId.INSTRUMENT_OWN_COMMAND,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(use(Instrument.HOME_VISIT, Set.of(), false, Optional.empty())));
    s.put(
        RuleId.INSTRUMENT_GUIDED_EXPLOSION_REPEATED_UNREACHABLE,
        () -> rotterdam().to(ProcessStep.EXECUTE).refused(explosion()));
    s.put(
        RuleId.INSTRUMENT_GUIDED_EXPLOSION_CORE_AGREEMENT,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(
                    use(
                        Instrument.CONSCIOUSLY_GUIDED_EXPLOSION,
                        Set.of(GGD),
                        false,
                        Optional.empty()),
                    fullCtx(NETWORK_DIRECTOR, DAY_0)));
    s.put(
        RuleId.INSTRUMENT_NO_BUDGET_MANDATE,
        () ->
            rotterdam()
                .to(ProcessStep.EXECUTE)
                .refused(budget(Optional.of(new BigDecimal("100")))));
    s.put(
        RuleId.INSTRUMENT_BUDGET_HOLDER,
        () ->
            enschede()
                .to(ProcessStep.EXECUTE)
                .refused(budget(Optional.of(new BigDecimal("500"))), TRAJECTORY_DIRECTOR));
    s.put(
        RuleId.INSTRUMENT_BUDGET_AMOUNT,
        () -> enschede().to(ProcessStep.EXECUTE).refused(budget(Optional.empty())));
    s.put(
        RuleId.INSTRUMENT_BUDGET_LIMIT,
        () ->
            driver(
                    MethodologyProfile.builder()
                        .from(MethodologyProfile.enschede())
                        .intervention(
                            nl.lon.rules.intervention.InterventionPolicy.builder()
                                .budgetMandate(
                                    nl.lon.rules.intervention.BudgetMandate.builder()
                                        .holder(
                                            nl.lon.core.network.ProfessionalRole.NETWORK_DIRECTOR)
                                        .potPerYear(new BigDecimal("25000"))
                                        .maxPerCase(new BigDecimal("5000"))
                                        .build())
                                .build())
                        .build())
                .to(ProcessStep.EXECUTE)
                .refused(budget(Optional.of(new BigDecimal("5000.01")))));
    s.put(
        RuleId.INSTRUMENT_BUDGET_POT,
        () ->
            enschede()
                .to(ProcessStep.EXECUTE)
                .refused(budget(Optional.of(new BigDecimal("25000.01")))));
    s.put(
        RuleId.INSTRUMENT_NO_EVICTION_WITH_CHILDREN,
        () ->
            leeuwarden()
                .signal(FAMILY)
                .to(ProcessStep.EXECUTE)
                .refused(use(Instrument.BILATERAL_CONTACT, Set.of(), true, Optional.empty())));
    s.put(
        RuleId.CORRECTION_NO_SUCH_ENTRY,
        () -> visited(HOUSING_MEMBER).refused(new CaseCommand.WithdrawEntry(9, "no such entry")));
    s.put(
        RuleId.CORRECTION_ALREADY_WITHDRAWN,
        () ->
            visited(HOUSING_MEMBER)
                .then(new CaseCommand.WithdrawEntry(3, "no visit"), HOUSING_MEMBER, DAY_0)
                .refused(new CaseCommand.WithdrawEntry(3, "once more"), HOUSING_MEMBER));
    s.put(
        RuleId.CORRECTION_NOT_AUTHOR,
        () ->
            visited(HOUSING_MEMBER)
                .refused(new CaseCommand.WithdrawEntry(3, "not mine"), TRAJECTORY_DIRECTOR));
    s.put(
        RuleId.CORRECTION_PERIOD_OVER,
        () ->
            visited(HOUSING_MEMBER)
                .refused(
                    new CaseCommand.WithdrawEntry(3, "too late"),
                    HOUSING_MEMBER,
                    DAY_0.plusDays(15)));
    s.put(
        RuleId.CORRECTION_SAME_KIND,
        () ->
            visited(HOUSING_MEMBER)
                .refused(
                    new CaseCommand.CorrectEntry(
                        3, new CaseCommand.AddInformation(POLICE, "a report"), "other kind")));
    s.put(
        RuleId.CORRECTION_SIGNAL_IDENTITY,
        () -> {
          Driver d = visited(HOUSING_MEMBER);
          return d.refused(
              new CaseCommand.CorrectEntry(
                  1,
                  new CaseCommand.ReportSignal(
                      d.state().getCaseId().get(),
                      d.state().getNetwork().get(),
                      nl.lon.core.id.ClientNumber.of("client-other"),
                      d.state().getSignal().get(),
                      d.state().getHousehold().get()),
                  "another client"),
              NETWORK_DIRECTOR);
        });
    s.put(
        RuleId.CORRECTION_SIGNAL_STAYS,
        () -> visited(HOUSING_MEMBER).refused(new CaseCommand.WithdrawEntry(1, "no case")));
    s.put(
        RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE,
        () ->
            visited(HOUSING_MEMBER)
                .refused(
                    new CaseCommand.CorrectEntry(
                        2,
                        new CaseCommand.JudgeReport(
                            ReportJudgement.OUT_OF_SCOPE, "single problem", Set.of()),
                        "out of scope after all")));
    return s;
  }

  /** A case judged in scope (#2) and a home visit (#3) recorded by a professional. */
  private static Driver visited(Professional visitor) {
    return rotterdam()
        .signal()
        .judgeInScope()
        .then(
            new CaseCommand.RecordHomeVisit(Set.of(visitor.getId()), "door not opened", false),
            visitor,
            DAY_0);
  }

  /**
   * The rules never let a plan be adopted without a trajectory director, but a stored history may
   * hold one (the fold accepts it): a progress talk on such a case has no one to talk with.
   */
  private static List<Violation> progressTalkWithoutTrajectoryDirector() {
    Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH);
    CaseState before = d.state();
    assertTrue(before.getTrajectoryDirector().isEmpty());
    CaseState running =
        before.apply(
            PlanAdopted.builder()
                .metadata(
                    EventMetadata.of(
                        CASE,
                        before.getVersion() + 1,
                        DAY_0,
                        recordedAt(DAY_0),
                        NETWORK_DIRECTOR.getId()))
                .plan(plan(1, DAY_0))
                .build());
    assertEquals(ProcessStep.EXECUTE, running.getStep());
    Decision decision =
        ProcessRules.of(d.profile())
            .decide(
                running,
                new CaseCommand.HoldProgressTalk("progress"),
                ctx(NETWORK_DIRECTOR, DAY_0));
    assertFalse(decision.isAccepted());
    return decision.getViolations();
  }
}
