package nl.lon.rules.process;

import static nl.lon.core.testing.CaseFixtures.consent;
import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.GGD;
import static nl.lon.core.testing.Cast.HOUSING;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.HOUSING_OFFICER;
import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.MEE;
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
import static nl.lon.rules.testing.RulesFixtures.GOAL_CODES;
import static nl.lon.rules.testing.RulesFixtures.SINGLE;
import static nl.lon.rules.testing.RulesFixtures.coordinate;
import static nl.lon.rules.testing.RulesFixtures.driver;
import static nl.lon.rules.testing.RulesFixtures.driverWithDirectory;
import static nl.lon.rules.testing.RulesFixtures.evaluation;
import static nl.lon.rules.testing.RulesFixtures.fullScan;
import static nl.lon.rules.testing.RulesFixtures.meeting;
import static nl.lon.rules.testing.RulesFixtures.oneOfEach;
import static nl.lon.rules.testing.RulesFixtures.plan;
import static nl.lon.rules.testing.RulesFixtures.planDue;
import static nl.lon.rules.testing.RulesFixtures.recordedAt;
import static nl.lon.rules.testing.RulesFixtures.signal;
import static nl.lon.rules.testing.RulesFixtures.stamped;
import static nl.lon.rules.testing.RulesFixtures.violation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.ConsentWithdrawn;
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
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.ProgressReported;
import nl.lon.core.event.ProgressTalkHeld;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.event.TrajectoryDirectorAppointed;
import nl.lon.core.id.EscalationId;
import nl.lon.core.network.Circuit;
import nl.lon.core.network.Professional;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
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
import nl.lon.rules.profile.FollowUpPolicy;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.rules.testing.RulesFixtures.Driver;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The nine-step process rules: for every command an accepted and a refused case, per preset. */
class ProcessRulesTest {

  static MethodologyProfile profile(String name) {
    return switch (name) {
      case "rotterdam" -> MethodologyProfile.rotterdam();
      case "enschede" -> MethodologyProfile.enschede();
      case "leeuwarden" -> MethodologyProfile.leeuwarden();
      default -> throw new IllegalArgumentException(name);
    };
  }

  static Stream<String> presets() {
    return Stream.of("rotterdam", "enschede", "leeuwarden");
  }

  private static Driver rotterdam() {
    return driver(MethodologyProfile.rotterdam());
  }

  private static Driver enschede() {
    return driver(MethodologyProfile.enschede());
  }

  private static Driver leeuwarden() {
    return driver(MethodologyProfile.leeuwarden());
  }

  private static Set<String> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).collect(Collectors.toSet());
  }

  private static CaseEvent only(Decision d) {
    assertEquals(1, d.getEvents().size(), () -> "one event expected: " + d);
    return d.getEvents().get(0);
  }

  // ==================================================================== case-wide guards

  @Nested
  class CaseGuards {

    @Test
    void oneOfEach_coversEveryCommandType_allPermittedSubclasses() {
      Set<Class<?>> sampled =
          oneOfEach(DAY_0).stream().map(Object::getClass).collect(Collectors.toSet());
      assertEquals(Set.of(CaseCommand.class.getPermittedSubclasses()), sampled);
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#commandsOnACase")
    void decide_commandBeforeAnySignal_refusedCaseNotStarted(CaseCommand command) {
      Driver d = rotterdam();
      Violation v = violation(d.refused(command), "case.not-started");
      assertEquals(1, d.refused(command).size());
      assertEquals(CaseState.empty(), d.state());
      assertTrue(v.reasonEn().contains("signal"));
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#commandsOnACase")
    void decide_actorOfAnotherNetwork_refusedActorNetwork(CaseCommand command) {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      List<Violation> violations = d.refused(command, FOREIGN_DIRECTOR);
      violation(violations, "actor.network");
      assertEquals(1, violations.size(), "the network guard answers alone");
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#commandsOnACase")
    void decide_afterTransfer_refusedCaseTransferred(CaseCommand command) {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.apply(
          new CaseCommand.Transfer(WarmHandover.of(OTHER_NETWORK, "ms. Jansen", "client moved")));
      Violation v = violation(d.refused(command), "case.transferred");
      assertTrue(v.reasonEn().contains(OTHER_NETWORK.getValue()), v.reasonEn());
      assertTrue(v.reasonNl().contains(OTHER_NETWORK.getValue()), v.reasonNl());
    }

    @Test
    void decide_refusal_violationNamesTheCommandsStep() {
      Driver d = rotterdam().signal();
      Violation v =
          violation(d.refused(new CaseCommand.AdoptPlan(plan(1, d.today()))), "step.out-of-order");
      assertEquals(ProcessStep.PLAN_OF_APPROACH, v.step());
      assertTrue(v.reasonEn().contains("step 2"), v.reasonEn());
      assertTrue(v.reasonNl().contains("stap 2"), v.reasonNl());
    }

    @Test
    void orElseThrow_refused_throwsRuleViolationExceptionWithTheViolations() {
      Driver d = rotterdam();
      Decision decision = d.decide(new CaseCommand.Reopen("again"), NETWORK_DIRECTOR, DAY_0);
      RuleViolationException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              RuleViolationException.class, decision::orElseThrow);
      assertFalse(e.getMessage().isBlank());
    }

    @Test
    void orElseThrow_accepted_returnsTheEvents() {
      Driver d = rotterdam();
      Decision decision =
          d.decide(
              new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, signal(DAY_0), SINGLE),
              NETWORK_DIRECTOR,
              DAY_0);
      assertEquals(decision.getEvents(), decision.orElseThrow());
      assertTrue(decision.getViolations().isEmpty());
    }

    @Test
    void decide_sameInputs_sameDecision() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      CaseCommand c = new CaseCommand.AddInformation(POLICE, "known to the police");
      assertEquals(
          d.decide(c, HOUSING_MEMBER, DAY_0).getEvents(),
          d.decide(c, HOUSING_MEMBER, DAY_0).getEvents());
    }

    @Test
    void of_nullProfile_throwsNullPointerException() {
      org.junit.jupiter.api.Assertions.assertThrows(
          NullPointerException.class, () -> ProcessRules.of(null));
    }
  }

  static Stream<CaseCommand> commandsOnACase() {
    return oneOfEach(DAY_0).stream().filter(c -> !(c instanceof CaseCommand.ReportSignal));
  }

  // ==================================================================== step 1: signal

  @Nested
  class ReportSignal {

    @Test
    void reportSignal_emptyCase_signalReceivedWithSequenceOne() {
      Driver d = rotterdam();
      var cmd = new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, signal(DAY_0), FAMILY);
      SignalReceived e =
          stamped(only(d.apply(cmd)), SignalReceived.class, 1, DAY_0, NETWORK_DIRECTOR);
      assertEquals(NETWORK, e.getNetwork());
      assertEquals(CLIENT, e.getClientNumber());
      assertEquals(signal(DAY_0), e.getSignal());
      assertEquals(FAMILY, e.getHousehold());
      assertEquals(1, d.state().getVersion());
      assertEquals(ProcessStep.RECEIVE_REPORT, d.state().getStep());
      assertEquals(CaseStatus.OPEN, d.state().getStatus());
      assertEquals(Optional.of(CASE), d.state().getCaseId());
    }

    @Test
    void reportSignal_byCoreMemberOnALaterDay_accepted() {
      Driver d = rotterdam();
      LocalDate later = DAY_0.plusDays(3);
      var cmd = new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, signal(DAY_0), SINGLE);
      stamped(
          only(d.apply(cmd, HOUSING_MEMBER, later)),
          SignalReceived.class,
          1,
          later,
          HOUSING_MEMBER);
    }

    @Test
    void reportSignal_secondSignal_refusedSignalCaseExists() {
      Driver d = rotterdam().signal();
      var cmd = new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, signal(DAY_0), SINGLE);
      Violation v = violation(d.refused(cmd), "signal.case-exists");
      assertEquals(ProcessStep.SIGNAL, v.step());
    }

    @Test
    void reportSignal_actorOfAnotherNetwork_refusedActorNetwork() {
      Driver d = rotterdam();
      var cmd = new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, signal(DAY_0), SINGLE);
      violation(d.refused(cmd, FOREIGN_DIRECTOR), "actor.network");
    }

    @Test
    void reportSignal_receivedAfterToday_refusedSignalDateInFuture() {
      Driver d = rotterdam();
      var cmd =
          new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, signal(DAY_0.plusDays(1)), SINGLE);
      violation(d.refused(cmd), "signal.date-in-future");
    }
  }

  // ==================================================================== step 2: receive the report

  @Nested
  class JudgeReport {

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void judgeReport_inScopeWithTargetGroup_reportJudgedAndGatherInformation(String preset) {
      Driver d = driver(profile(preset)).signal().advance(2);
      ReportJudged e =
          stamped(
              only(
                  d.apply(
                      new CaseCommand.JudgeReport(
                          ReportJudgement.IN_SCOPE, "five domains", CARE_MISSER))),
              ReportJudged.class,
              2,
              DAY_0.plusDays(2),
              NETWORK_DIRECTOR);
      assertEquals(ReportJudgement.IN_SCOPE, e.getJudgement());
      assertEquals("five domains", e.getReason());
      assertEquals(CARE_MISSER, e.getTargetGroups());
      assertEquals(Optional.of(true), e.getAdvisedInScope());
      assertEquals(ProcessStep.GATHER_INFORMATION, d.state().getStep());
      assertEquals(Optional.of(DAY_0.plusDays(2)), d.state().getJudgedOn());
      assertTrue(d.state().hasTargetGroup(TargetGroup.CARE_MISSER));
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void judgeReport_outOfScopeWithoutTargetGroups_caseEnded(String preset) {
      Driver d = driver(profile(preset)).signal();
      ReportJudged e =
          stamped(
              only(
                  d.apply(
                      new CaseCommand.JudgeReport(
                          ReportJudgement.OUT_OF_SCOPE, "single problem: debts", Set.of()))),
              ReportJudged.class,
              2,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(ReportJudgement.OUT_OF_SCOPE, e.getJudgement());
      assertEquals(CaseStatus.ENDED, d.state().getStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"enschede", "leeuwarden"})
    void judgeReport_acuteCrisisWithoutCrisisTriage_acceptedTheCrisisMayBeHandedOff_l1414(
        String preset) {
      // l.1414-1416 describes Rotterdam's explicit triage; it does not forbid the others to hand
      // a crisis off
      Driver d = driver(profile(preset)).signal();
      ReportJudged e =
          (ReportJudged)
              only(
                  d.apply(
                      new CaseCommand.JudgeReport(
                          ReportJudgement.ACUTE_CRISIS, "threatens to harm himself", Set.of())));
      assertEquals(ReportJudgement.ACUTE_CRISIS, e.getJudgement());
      assertEquals(ProcessStep.GATHER_INFORMATION, d.state().getStep());
    }

    @Test
    void judgeReport_acuteCrisisInRotterdam_acceptedAndHandled() {
      Driver d = rotterdam().signal();
      ReportJudged e =
          stamped(
              only(
                  d.apply(
                      new CaseCommand.JudgeReport(
                          ReportJudgement.ACUTE_CRISIS,
                          "crisis service sent out first",
                          CARE_MISSER))),
              ReportJudged.class,
              2,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(ReportJudgement.ACUTE_CRISIS, e.getJudgement());
      assertEquals(Optional.of(ReportJudgement.ACUTE_CRISIS), d.state().getJudgement());
      assertEquals(ProcessStep.GATHER_INFORMATION, d.state().getStep());
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void judgeReport_inScopeWithoutTargetGroups_refusedTargetGroupRequired(String preset) {
      Driver d = driver(profile(preset)).signal();
      violation(
          d.refused(
              new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "multi-problem", Set.of())),
          "judge.target-group-required");
    }

    @Test
    void judgeReport_acuteCrisisWithoutTargetGroupsInRotterdam_acceptedInterveningComesFirst() {
      // l.1415-1416: "een acute crisissituatie waar ingrijpen de eerste interventie is"
      Driver d = rotterdam().signal();
      d.apply(new CaseCommand.JudgeReport(ReportJudgement.ACUTE_CRISIS, "crisis", Set.of()));
      assertEquals(Set.of(), d.state().getTargetGroups());
    }

    @Test
    void judgeReport_byCoreMember_refusedRoleNetworkDirector() {
      Driver d = rotterdam().signal();
      Violation v =
          violation(
              d.refused(
                  new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "multi", CARE_MISSER),
                  HOUSING_MEMBER),
              "role.network-director");
      assertEquals(ProcessStep.RECEIVE_REPORT, v.step());
    }

    @Test
    void judgeReport_judgedTwice_refusedStepOutOfOrder() {
      Driver d = rotterdam().signal().judgeInScope();
      violation(
          d.refused(new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "again", CARE_MISSER)),
          "step.out-of-order");
    }

    @Test
    void judgeReport_enschedeNotDirectorAndInScopeWithoutGroups_collectsBothViolations() {
      Driver d = enschede().signal();
      List<Violation> violations =
          d.refused(
              new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "multi-problem", Set.of()),
              SHELL_MEMBER);
      assertEquals(
          Set.of("role.network-director", "judge.target-group-required"), rules(violations));
      violations.forEach(v -> violation(violations, v.rule()));
    }
  }

  // ==================================================================== step 3: gather information

  @Nested
  class GatherInformation {

    @Test
    void requestInformation_byCoreMember_informationRequested() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      InformationRequested e =
          stamped(
              only(
                  d.apply(
                      new CaseCommand.RequestInformation(Set.of(POLICE, AMW), "known to you?"),
                      HOUSING_MEMBER)),
              InformationRequested.class,
              3,
              DAY_0,
              HOUSING_MEMBER);
      assertEquals(Set.of(POLICE, AMW), e.getOrganisations());
      assertEquals("known to you?", e.getQuestion());
      assertEquals(3, d.state().getVersion());
    }

    @Test
    void requestInformation_byShellMember_refusedRoleNetworkDirector() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      violation(
          d.refused(new CaseCommand.RequestInformation(Set.of(POLICE), "known?"), SHELL_MEMBER),
          "role.network-director");
    }

    @Test
    void requestInformation_beforeJudgement_refusedStepOutOfOrder() {
      Driver d = rotterdam().signal();
      violation(
          d.refused(new CaseCommand.RequestInformation(Set.of(POLICE), "known?")),
          "step.out-of-order");
    }

    @Test
    void addInformation_byShellMember_informationAddedAndOrganisationInvolved() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      InformationAdded e =
          stamped(
              only(
                  d.apply(
                      new CaseCommand.AddInformation(MEE, "known at MEE since 2020"),
                      SHELL_MEMBER)),
              InformationAdded.class,
              3,
              DAY_0,
              SHELL_MEMBER);
      assertEquals(MEE, e.getOrganisation());
      assertEquals("known at MEE since 2020", e.getSummary());
      assertTrue(d.state().getInvolvedOrganisations().contains(MEE));
    }

    @Test
    void addInformation_inPlanStep_accepted() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      long version = d.state().getVersion();
      stamped(
          only(d.apply(new CaseCommand.AddInformation(POLICE, "new incident"), HOUSING_MEMBER)),
          InformationAdded.class,
          version + 1,
          DAY_0,
          HOUSING_MEMBER);
    }

    @Test
    void addInformation_beforeJudgement_refusedStepOutOfOrder() {
      Driver d = rotterdam().signal();
      violation(
          d.refused(new CaseCommand.AddInformation(POLICE, "known"), HOUSING_MEMBER),
          "step.out-of-order");
    }

    @Test
    void recordHomeVisit_clientNotReached_homeVisitRecordedAndUnreachableCounted() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      var visitors = Set.of(NETWORK_DIRECTOR.getId(), HOUSING_MEMBER.getId());
      HomeVisitRecorded e =
          stamped(
              only(d.apply(new CaseCommand.RecordHomeVisit(visitors, "door not opened", false))),
              HomeVisitRecorded.class,
              3,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(visitors, e.getVisitors());
      assertEquals("door not opened", e.getFindings());
      assertFalse(e.isClientReached());
      assertEquals(1, d.state().getUnreachableCount());
      assertTrue(d.state().getInvolvedProfessionals().containsAll(visitors));
    }

    @Test
    void recordHomeVisit_caseEndedOutOfScope_refusedStepOutOfOrder() {
      Driver d = rotterdam().signal();
      d.apply(
          new CaseCommand.JudgeReport(ReportJudgement.OUT_OF_SCOPE, "no multi-problem", Set.of()));
      Violation v =
          violation(
              d.refused(
                  new CaseCommand.RecordHomeVisit(Set.of(NETWORK_DIRECTOR.getId()), "visit", true)),
              "step.out-of-order");
      assertEquals(ProcessStep.GATHER_INFORMATION, v.step());
    }

    @Test
    void decideCoordination_coordinate_coordinationDecidedAndIntegralPicture() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION).advance(4);
      CoordinationDecision decision = coordinate(d.today());
      CoordinationDecided e =
          stamped(
              only(d.apply(new CaseCommand.DecideCoordination(decision))),
              CoordinationDecided.class,
              3,
              DAY_0.plusDays(4),
              NETWORK_DIRECTOR);
      assertEquals(decision, e.getDecision());
      assertEquals(ProcessStep.INTEGRAL_PICTURE, d.state().getStep());
      assertEquals(Optional.of(DAY_0.plusDays(4)), d.state().getCoordinationDecidedOn());
    }

    @Test
    void decideCoordination_referToYouthCircuit_caseEnded() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      CoordinationDecision refer =
          CoordinationDecision.builder()
              .outcome(CoordinationOutcome.REFER_TO_CIRCUIT)
              .circuit(Circuit.YOUTH)
              .reason("youth circuit")
              .feedback(SignallerFeedback.of(DAY_0, "referred"))
              .build();
      d.apply(new CaseCommand.DecideCoordination(refer));
      assertEquals(CaseStatus.ENDED, d.state().getStatus());
    }

    @Test
    void decideCoordination_byTrajectoryDirector_refusedRoleNetworkDirector() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      violation(
          d.refused(new CaseCommand.DecideCoordination(coordinate(DAY_0)), TRAJECTORY_DIRECTOR),
          "role.network-director");
    }

    @Test
    void decideCoordination_feedbackAfterToday_refusedFeedbackInFuture() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      violation(
          d.refused(new CaseCommand.DecideCoordination(coordinate(DAY_0.plusDays(1)))),
          "coordination.feedback-in-future");
    }

    @Test
    void decideCoordination_feedbackBeforeSignal_refusedFeedbackBeforeSignal() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      violation(
          d.refused(new CaseCommand.DecideCoordination(coordinate(DAY_0.minusDays(1)))),
          "coordination.feedback-before-signal");
    }

    @Test
    void decideCoordination_beforeJudgement_refusedStepOutOfOrder() {
      Driver d = rotterdam().signal();
      violation(
          d.refused(new CaseCommand.DecideCoordination(coordinate(DAY_0))), "step.out-of-order");
    }
  }

  // ==================================================================== step 4: integral picture

  @Nested
  class IntegralPicture {

    static Stream<Arguments> authorities() {
      return Stream.of(
          Arguments.of(
              "rotterdam",
              AppointmentAuthority.NETWORK_MEETING,
              AppointmentAuthority.NETWORK_DIRECTOR),
          Arguments.of(
              "leeuwarden",
              AppointmentAuthority.NETWORK_MEETING,
              AppointmentAuthority.NETWORK_DIRECTOR),
          Arguments.of(
              "enschede",
              AppointmentAuthority.NETWORK_DIRECTOR,
              AppointmentAuthority.NETWORK_MEETING));
    }

    @ParameterizedTest
    @MethodSource("authorities")
    void appoint_byTheProfilesAuthority_trajectoryDirectorAppointed(
        String preset, AppointmentAuthority right, AppointmentAuthority wrong) {
      Driver d = driver(profile(preset)).to(ProcessStep.INTEGRAL_PICTURE);
      TrajectoryDirectorAppointed e =
          stamped(
              only(
                  d.apply(
                      new CaseCommand.AppointTrajectoryDirector(
                          TRAJECTORY_DIRECTOR.getId(), AMW, right, false))),
              TrajectoryDirectorAppointed.class,
              4,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(TRAJECTORY_DIRECTOR.getId(), e.getDirector());
      assertEquals(AMW, e.getOrganisation());
      assertEquals(right, e.getAppointedBy());
      assertFalse(e.isTemporary());
      assertEquals(Optional.of(TRAJECTORY_DIRECTOR.getId()), d.state().getTrajectoryDirector());
      assertEquals(Optional.of(AMW), d.state().getTrajectoryDirectorOrganisation());
    }

    @ParameterizedTest
    @MethodSource("authorities")
    void appoint_byTheOtherAuthority_refusedAppointAuthority(
        String preset, AppointmentAuthority right, AppointmentAuthority wrong) {
      Driver d = driver(profile(preset)).to(ProcessStep.INTEGRAL_PICTURE);
      violation(
          d.refused(
              new CaseCommand.AppointTrajectoryDirector(
                  TRAJECTORY_DIRECTOR.getId(), AMW, wrong, false)),
          "appoint.authority");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rotterdam", "leeuwarden"})
    void appoint_temporaryFallbackWhereAllowed_networkDirectorActsTemporarily(String preset) {
      Driver d = driver(profile(preset)).to(ProcessStep.INTEGRAL_PICTURE);
      TrajectoryDirectorAppointed e =
          (TrajectoryDirectorAppointed)
              only(
                  d.apply(
                      new CaseCommand.AppointTrajectoryDirector(
                          NETWORK_DIRECTOR.getId(),
                          GGD,
                          AppointmentAuthority.NETWORK_MEETING,
                          true)));
      assertTrue(e.isTemporary());
      assertTrue(d.state().isTrajectoryDirectorTemporary());
      assertEquals(Optional.of(NETWORK_DIRECTOR.getId()), d.state().getTrajectoryDirector());
    }

    @Test
    void appoint_temporaryFallbackInEnschede_refusedAppointNoFallback() {
      Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE);
      violation(
          d.refused(
              new CaseCommand.AppointTrajectoryDirector(
                  NETWORK_DIRECTOR.getId(), GGD, AppointmentAuthority.NETWORK_DIRECTOR, true)),
          "appoint.no-fallback");
    }

    @Test
    void appoint_temporaryFallbackForSomeoneElse_refusedFallbackIsNetworkDirector() {
      Driver d = rotterdam().to(ProcessStep.INTEGRAL_PICTURE);
      violation(
          d.refused(
              new CaseCommand.AppointTrajectoryDirector(
                  OTHER_DIRECTOR.getId(), GGD, AppointmentAuthority.NETWORK_MEETING, true)),
          "appoint.fallback-is-network-director");
    }

    @Test
    void appoint_byCoreMember_refusedRoleNetworkDirector() {
      Driver d = rotterdam().to(ProcessStep.INTEGRAL_PICTURE);
      violation(
          d.refused(
              new CaseCommand.AppointTrajectoryDirector(
                  TRAJECTORY_DIRECTOR.getId(), AMW, AppointmentAuthority.NETWORK_MEETING, false),
              HOUSING_MEMBER),
          "role.network-director");
    }

    @Test
    void appoint_beforeCoordinationDecision_refusedStepOutOfOrder() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      violation(
          d.refused(
              new CaseCommand.AppointTrajectoryDirector(
                  TRAJECTORY_DIRECTOR.getId(), AMW, AppointmentAuthority.NETWORK_MEETING, false)),
          "step.out-of-order");
    }

    @Test
    void appoint_whileExecuting_replacesTheTrajectoryDirector() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.apply(
          new CaseCommand.AppointTrajectoryDirector(
              HOUSING_MEMBER.getId(), HOUSING, AppointmentAuthority.NETWORK_MEETING, false));
      assertEquals(Optional.of(HOUSING_MEMBER.getId()), d.state().getTrajectoryDirector());
      assertEquals(ProcessStep.EXECUTE, d.state().getStep());
    }

    @Test
    void recordScan_byTrajectoryDirector_scanRecorded() {
      Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE).appoint();
      LifeDomainScanRecorded e =
          stamped(
              only(d.apply(new CaseCommand.RecordScan(fullScan(DAY_0)), TRAJECTORY_DIRECTOR)),
              LifeDomainScanRecorded.class,
              5,
              DAY_0,
              TRAJECTORY_DIRECTOR);
      assertEquals(fullScan(DAY_0), e.getScan());
      assertEquals(Optional.of(fullScan(DAY_0)), d.state().getLatestScan());
    }

    @Test
    void recordScan_scoredAfterToday_refusedScanDateInFuture() {
      Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE);
      violation(
          d.refused(new CaseCommand.RecordScan(fullScan(DAY_0.plusDays(1)))),
          "scan.date-in-future");
    }

    @Test
    void recordScan_byShellMember_refusedRoleNetworkOrTrajectoryDirector() {
      Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE);
      violation(
          d.refused(new CaseCommand.RecordScan(fullScan(DAY_0)), SHELL_MEMBER),
          "role.network-or-trajectory-director");
    }

    @Test
    void recordScan_beforeCoordinationDecision_refusedStepOutOfOrder() {
      Driver d = enschede().to(ProcessStep.GATHER_INFORMATION);
      violation(d.refused(new CaseCommand.RecordScan(fullScan(DAY_0))), "step.out-of-order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rotterdam", "leeuwarden"})
    void formPicture_byNetworkDirectorWithoutProblemOwner_pictureFormed(String preset) {
      Driver d = driver(profile(preset)).to(ProcessStep.INTEGRAL_PICTURE).advance(1);
      Set<TargetGroupAssignment> groups =
          Set.of(TargetGroupAssignment.of(TargetGroup.NUISANCE_CAUSER, "nuisance"));
      IntegralPictureFormed e =
          stamped(
              only(d.apply(new CaseCommand.FormIntegralPicture("provisional picture", groups))),
              IntegralPictureFormed.class,
              4,
              DAY_0.plusDays(1),
              NETWORK_DIRECTOR);
      assertEquals("provisional picture", e.getSummary());
      assertEquals(groups, e.getTargetGroups());
      assertEquals(groups, d.state().getTargetGroups());
      assertEquals(ProcessStep.PLAN_OF_APPROACH, d.state().getStep());
    }

    @Test
    void formPicture_withoutTargetGroups_keepsTheEarlierOnes() {
      Driver d = rotterdam().to(ProcessStep.INTEGRAL_PICTURE);
      d.apply(new CaseCommand.FormIntegralPicture("picture", Set.of()));
      assertEquals(CARE_MISSER, d.state().getTargetGroups());
    }

    @Test
    void formPicture_enschedeWithoutProblemOwnerAndScan_refusedWithBothRules() {
      Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE);
      List<Violation> violations =
          d.refused(new CaseCommand.FormIntegralPicture("picture", Set.of()));
      violation(violations, "picture.problem-owner-required");
      violation(violations, "picture.scan-required");
    }

    @Test
    void formPicture_enschedeWithProblemOwnerWithoutScan_refusedPictureScanRequired() {
      Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE).appoint();
      List<Violation> violations =
          d.refused(new CaseCommand.FormIntegralPicture("picture", Set.of()), TRAJECTORY_DIRECTOR);
      assertEquals(Set.of("picture.scan-required"), rules(violations));
      violation(violations, "picture.scan-required");
    }

    @Test
    void formPicture_enschedeWithScanWithoutProblemOwner_refusedProblemOwnerRequired() {
      Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE);
      d.apply(new CaseCommand.RecordScan(fullScan(DAY_0)));
      List<Violation> violations =
          d.refused(new CaseCommand.FormIntegralPicture("picture", Set.of()));
      assertEquals(Set.of("picture.problem-owner-required"), rules(violations));
      violation(violations, "picture.problem-owner-required");
    }

    @Test
    void formPicture_enschedeProblemOwnerAfterScan_pictureFormed() {
      Driver d = enschede().to(ProcessStep.INTEGRAL_PICTURE).appoint().scan();
      stamped(
          only(
              d.apply(
                  new CaseCommand.FormIntegralPicture("problem analysis", Set.of()),
                  TRAJECTORY_DIRECTOR)),
          IntegralPictureFormed.class,
          6,
          DAY_0,
          TRAJECTORY_DIRECTOR);
      assertEquals(ProcessStep.PLAN_OF_APPROACH, d.state().getStep());
    }

    @Test
    void formPicture_byCoreMember_refusedRoleNetworkOrTrajectoryDirector() {
      Driver d = rotterdam().to(ProcessStep.INTEGRAL_PICTURE);
      violation(
          d.refused(new CaseCommand.FormIntegralPicture("picture", Set.of()), HOUSING_MEMBER),
          "role.network-or-trajectory-director");
    }

    @Test
    void formPicture_twice_refusedStepOutOfOrder() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH);
      violation(
          d.refused(new CaseCommand.FormIntegralPicture("again", Set.of())), "step.out-of-order");
    }
  }

  // ==================================================================== step 5: plan of approach

  @Nested
  class PlanOfApproach {

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void adoptPlan_byTrajectoryDirector_planAdoptedAndExecute(String preset) {
      Driver d = driver(profile(preset)).to(ProcessStep.PLAN_OF_APPROACH);
      if (d.state().getTrajectoryDirector().isEmpty()) {
        d.appoint();
      }
      d.acceptOwnershipWhereRequired();
      long version = d.state().getVersion();
      d.advance(7);
      var plan = plan(1, d.today());
      PlanAdopted e =
          stamped(
              only(d.apply(new CaseCommand.AdoptPlan(plan), TRAJECTORY_DIRECTOR)),
              PlanAdopted.class,
              version + 1,
              DAY_0.plusDays(7),
              TRAJECTORY_DIRECTOR);
      assertEquals(plan, e.getPlan());
      assertEquals(Optional.of(plan), d.state().getPlan());
      assertEquals(ProcessStep.EXECUTE, d.state().getStep());
      assertEquals(Optional.of(DAY_0.plusDays(7)), d.state().getPlanAdoptedOn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rotterdam", "leeuwarden"})
    void adoptPlan_beforeTrajectoryDirector_refusedTrajectoryDirectorRequired(String preset) {
      Driver d = driver(profile(preset)).to(ProcessStep.PLAN_OF_APPROACH);
      violation(
          d.refused(new CaseCommand.AdoptPlan(plan(1, DAY_0))),
          "plan.trajectory-director-required");
    }

    @Test
    void adoptPlan_byNetworkDirectorActingTemporarily_accepted() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH);
      d.apply(
          new CaseCommand.AppointTrajectoryDirector(
              NETWORK_DIRECTOR.getId(), GGD, AppointmentAuthority.NETWORK_MEETING, true));
      d.apply(new CaseCommand.AdoptPlan(plan(1, DAY_0)));
      assertEquals(ProcessStep.EXECUTE, d.state().getStep());
    }

    @Test
    void adoptPlan_activityDueYesterday_refusedActivityDueInPast() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH).appoint().advance(10);
      Violation v =
          violation(
              d.refused(
                  new CaseCommand.AdoptPlan(planDue(1, d.today().minusDays(1))),
                  TRAJECTORY_DIRECTOR),
              "plan.activity-due-in-past");
      assertTrue(v.reasonEn().contains("talk to the housing corporation"), v.reasonEn());
    }

    @Test
    void adoptPlan_activityDueToday_accepted() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH).appoint();
      d.apply(new CaseCommand.AdoptPlan(planDue(1, d.today())), TRAJECTORY_DIRECTOR);
      assertEquals(ProcessStep.EXECUTE, d.state().getStep());
    }

    @Test
    void adoptPlan_versionTwoForAFirstPlan_refusedPlanNextVersion() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH).appoint();
      Violation v =
          violation(
              d.refused(new CaseCommand.AdoptPlan(plan(2, DAY_0)), TRAJECTORY_DIRECTOR),
              "plan.next-version");
      assertTrue(v.reasonEn().contains("1"), v.reasonEn());
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void adoptPlan_afterReopenOfACaseWithAPlan_continuesTheVersionNumbering(String preset) {
      Driver d = driver(profile(preset)).closed().advance(30);
      d.apply(new CaseCommand.Reopen("the client fell back"));
      d.picture();
      if (d.state().getTrajectoryDirector().isEmpty()) {
        d.appoint();
      }
      d.acceptOwnershipWhereRequired();
      violation(
          d.refused(new CaseCommand.AdoptPlan(plan(1, d.today())), TRAJECTORY_DIRECTOR),
          "plan.next-version");
      d.apply(new CaseCommand.AdoptPlan(plan(2, d.today())), TRAJECTORY_DIRECTOR);
      assertEquals(2, d.state().getPlan().get().getVersion());
      assertEquals(ProcessStep.EXECUTE, d.state().getStep());
    }

    @Test
    void adoptPlan_byCoreMember_refusedRoleNetworkOrTrajectoryDirector() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH).appoint();
      violation(
          d.refused(new CaseCommand.AdoptPlan(plan(1, DAY_0)), HOUSING_MEMBER),
          "role.network-or-trajectory-director");
    }

    @Test
    void adoptPlan_beforeIntegralPicture_refusedStepOutOfOrder() {
      Driver d = rotterdam().to(ProcessStep.INTEGRAL_PICTURE).appoint();
      violation(
          d.refused(new CaseCommand.AdoptPlan(plan(1, DAY_0)), TRAJECTORY_DIRECTOR),
          "step.out-of-order");
    }

    @Test
    void holdMeeting_networkMeeting_meetingHeldAndLastNetworkMeetingSet() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH);
      var m = meeting(MeetingKind.NETWORK_MEETING, DAY_0, false);
      MeetingHeld e =
          stamped(
              only(d.apply(new CaseCommand.HoldMeeting(m))),
              MeetingHeld.class,
              5,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(m, e.getMeeting());
      assertEquals(Optional.of(DAY_0), d.state().getLastNetworkMeetingOn());
    }

    /**
     * "In Enschede heeft de netwerkregisseur / teamleider een beslissende stem" (seeds/004 l.926).
     */
    @Test
    void holdMeeting_enschedeDecidingVoteOfTheTeamLeader_acceptedAndKept() {
      Driver d = enschede().to(ProcessStep.PLAN_OF_APPROACH);
      var m =
          nl.lon.core.process.Meeting.builder()
              .from(meeting(MeetingKind.NETWORK_MEETING, DAY_0, false))
              .decidingVote(
                  nl.lon.core.process.DecidingVote.of(
                      NETWORK_DIRECTOR.getId(), "partners disagreed on who leads"))
              .build();
      long next = d.state().getVersion() + 1;
      MeetingHeld e =
          stamped(
              only(d.apply(new CaseCommand.HoldMeeting(m))),
              MeetingHeld.class,
              next,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(NETWORK_DIRECTOR.getId(), e.getMeeting().getDecidingVote().get().getCastBy());
    }

    @Test
    void holdMeeting_leeuwardenCaseConferenceWithoutClient_refusedClientInvited() {
      Driver d = leeuwarden().to(ProcessStep.PLAN_OF_APPROACH);
      Violation v =
          violation(
              d.refused(
                  new CaseCommand.HoldMeeting(meeting(MeetingKind.CASE_CONFERENCE, DAY_0, false))),
              "instrument.client-invited-to-case-conference");
      assertEquals(ProcessStep.PLAN_OF_APPROACH, v.step());
    }

    @Test
    void holdMeeting_leeuwardenCaseConferenceClientInvited_accepted() {
      Driver d = leeuwarden().to(ProcessStep.PLAN_OF_APPROACH);
      d.apply(new CaseCommand.HoldMeeting(meeting(MeetingKind.CASE_CONFERENCE, DAY_0, true)));
      assertEquals(5, d.state().getVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rotterdam", "enschede"})
    void holdMeeting_caseConferenceWithoutClientElsewhere_accepted(String preset) {
      Driver d = driver(profile(preset)).to(ProcessStep.PLAN_OF_APPROACH);
      long version = d.state().getVersion();
      d.apply(new CaseCommand.HoldMeeting(meeting(MeetingKind.CASE_CONFERENCE, DAY_0, false)));
      assertEquals(version + 1, d.state().getVersion());
    }

    @Test
    void holdMeeting_leeuwardenNetworkMeetingWithoutClient_accepted() {
      Driver d = leeuwarden().to(ProcessStep.PLAN_OF_APPROACH);
      d.apply(new CaseCommand.HoldMeeting(meeting(MeetingKind.NETWORK_MEETING, DAY_0, false)));
      assertEquals(Optional.of(DAY_0), d.state().getLastNetworkMeetingOn());
    }

    @Test
    void holdMeeting_heldTomorrow_refusedMeetingDateInFuture() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH);
      violation(
          d.refused(
              new CaseCommand.HoldMeeting(
                  meeting(MeetingKind.NETWORK_MEETING, DAY_0.plusDays(1), false))),
          "meeting.date-in-future");
    }

    @Test
    void holdMeeting_recordedByParticipant_accepted() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH);
      stamped(
          only(
              d.apply(
                  new CaseCommand.HoldMeeting(meeting(MeetingKind.CASE_CONFERENCE, DAY_0, false)),
                  TRAJECTORY_DIRECTOR)),
          MeetingHeld.class,
          5,
          DAY_0,
          TRAJECTORY_DIRECTOR);
    }

    @Test
    void holdMeeting_recordedByNonParticipant_refusedMeetingRecorder() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH);
      violation(
          d.refused(
              new CaseCommand.HoldMeeting(meeting(MeetingKind.NETWORK_MEETING, DAY_0, false)),
              SHELL_MEMBER),
          "meeting.recorder");
    }

    @Test
    void holdMeeting_caseEnded_refusedMeetingCaseEnded() {
      Driver d = rotterdam().signal();
      d.apply(
          new CaseCommand.JudgeReport(ReportJudgement.OUT_OF_SCOPE, "not multi-problem", Set.of()));
      violation(
          d.refused(
              new CaseCommand.HoldMeeting(meeting(MeetingKind.NETWORK_MEETING, DAY_0, false))),
          "meeting.case-ended");
    }

    @Test
    void holdMeeting_caseClosed_accepted() {
      Driver d = rotterdam().closed();
      long version = d.state().getVersion();
      d.apply(new CaseCommand.HoldMeeting(meeting(MeetingKind.NETWORK_MEETING, DAY_0, false)));
      assertEquals(version + 1, d.state().getVersion());
      assertEquals(CaseStatus.CLOSED, d.state().getStatus());
    }
  }

  // ==================================================================== step 6: execute

  @Nested
  class Execute {

    @Test
    void reportProgress_byTrajectoryDirector_progressReported() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE).advance(30);
      long version = d.state().getVersion();
      var report = ProgressReport.of("payment plan agreed", false);
      ProgressReported e =
          stamped(
              only(d.apply(new CaseCommand.ReportProgress(report), TRAJECTORY_DIRECTOR)),
              ProgressReported.class,
              version + 1,
              DAY_0.plusDays(30),
              TRAJECTORY_DIRECTOR);
      assertEquals(report, e.getReport());
      assertEquals(Optional.of(DAY_0.plusDays(30)), d.state().getLastProgressReportOn());
      assertEquals(Optional.empty(), d.state().getPendingDeviationOn());
    }

    @Test
    void reportProgress_deviation_pendingDeviationRecorded() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.apply(
          new CaseCommand.ReportProgress(
              ProgressReport.of("client refuses debt counselling", true)),
          TRAJECTORY_DIRECTOR);
      assertEquals(Optional.of(DAY_0), d.state().getPendingDeviationOn());
    }

    @Test
    void reportProgress_byNetworkDirector_refusedTrajectoryDirectorOnly() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      Violation v =
          violation(
              d.refused(new CaseCommand.ReportProgress(ProgressReport.of("x", false))),
              "progress.trajectory-director-only");
      assertEquals(ProcessStep.EXECUTE, v.step());
    }

    @Test
    void reportProgress_beforePlan_refusedStepOutOfOrder() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH).appoint();
      violation(
          d.refused(
              new CaseCommand.ReportProgress(ProgressReport.of("x", false)), TRAJECTORY_DIRECTOR),
          "step.out-of-order");
    }

    @Test
    void holdProgressTalk_byNetworkDirector_progressTalkHeldWithTheTrajectoryDirector() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      long version = d.state().getVersion();
      ProgressTalkHeld e =
          stamped(
              only(d.apply(new CaseCommand.HoldProgressTalk("monthly talk"))),
              ProgressTalkHeld.class,
              version + 1,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(TRAJECTORY_DIRECTOR.getId(), e.getTrajectoryDirector());
      assertEquals("monthly talk", e.getSummary());
      assertEquals(Optional.of(DAY_0), d.state().getLastProgressTalkOn());
    }

    @Test
    void holdProgressTalk_byTrajectoryDirector_refusedRoleNetworkDirector() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(new CaseCommand.HoldProgressTalk("talk"), TRAJECTORY_DIRECTOR),
          "role.network-director");
    }

    @Test
    void holdProgressTalk_beforePlan_refusedStepOutOfOrder() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH);
      violation(d.refused(new CaseCommand.HoldProgressTalk("talk")), "step.out-of-order");
    }
  }

  // ==================================================================== step 7: evaluate and
  // adjust

  @Nested
  class EvaluateAndAdjust {

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void evaluate_adjust_evaluationRecordedAndEvaluateStep(String preset) {
      Driver d = driver(profile(preset)).to(ProcessStep.EXECUTE).advance(90);
      long version = d.state().getVersion();
      Evaluation ev = evaluation(GoalResult.PARTLY_REACHED, EvaluationDecision.ADJUST);
      EvaluationRecorded e =
          stamped(
              only(d.apply(new CaseCommand.Evaluate(ev), TRAJECTORY_DIRECTOR)),
              EvaluationRecorded.class,
              version + 1,
              DAY_0.plusDays(90),
              TRAJECTORY_DIRECTOR);
      assertEquals(ev, e.getEvaluation());
      assertEquals(ProcessStep.EVALUATE, d.state().getStep());
      assertEquals(Optional.of(ev), d.state().getLastEvaluation());
    }

    @Test
    void evaluate_continueByNetworkDirector_backToExecute() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.apply(
          new CaseCommand.Evaluate(
              evaluation(GoalResult.PARTLY_REACHED, EvaluationDecision.CONTINUE)));
      assertEquals(ProcessStep.EXECUTE, d.state().getStep());
    }

    @Test
    void evaluate_closeDecision_closeStep() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.evaluate(GoalResult.REACHED, EvaluationDecision.CLOSE);
      assertEquals(ProcessStep.CLOSE, d.state().getStep());
    }

    @Test
    void evaluate_missingAGoalOfThePlan_refusedGoalsOfPlan() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      Evaluation partial =
          Evaluation.builder()
              .putGoalResults("g-housing", GoalResult.REACHED)
              .agreementsKept(true)
              .decision(EvaluationDecision.CONTINUE)
              .build();
      Violation v =
          violation(
              d.refused(new CaseCommand.Evaluate(partial), TRAJECTORY_DIRECTOR),
              "evaluation.goals-of-plan");
      GOAL_CODES.forEach(code -> assertTrue(v.reasonEn().contains(code), v.reasonEn()));
    }

    @Test
    void evaluate_goalNotInThePlan_refusedGoalsOfPlan() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      Evaluation extra =
          Evaluation.builder()
              .putGoalResults("g-housing", GoalResult.REACHED)
              .putGoalResults("g-income", GoalResult.REACHED)
              .putGoalResults("g-work", GoalResult.REACHED)
              .agreementsKept(true)
              .decision(EvaluationDecision.CONTINUE)
              .build();
      violation(
          d.refused(new CaseCommand.Evaluate(extra), TRAJECTORY_DIRECTOR),
          "evaluation.goals-of-plan");
    }

    @Test
    void evaluate_byShellMember_refusedRoleNetworkOrTrajectoryDirector() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(
              new CaseCommand.Evaluate(evaluation(GoalResult.REACHED, EvaluationDecision.CONTINUE)),
              SHELL_MEMBER),
          "role.network-or-trajectory-director");
    }

    @Test
    void evaluate_beforePlan_refusedStepOutOfOrder() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH);
      violation(
          d.refused(
              new CaseCommand.Evaluate(
                  evaluation(GoalResult.REACHED, EvaluationDecision.CONTINUE))),
          "step.out-of-order");
    }

    @Test
    void adjustPlan_afterEvaluationToAdjust_versionTwoAdopted() {
      Driver d = rotterdam().to(ProcessStep.EVALUATE).advance(1);
      long version = d.state().getVersion();
      var v2 = plan(2, d.today());
      PlanAdopted e =
          stamped(
              only(d.apply(new CaseCommand.AdjustPlan(v2), TRAJECTORY_DIRECTOR)),
              PlanAdopted.class,
              version + 1,
              DAY_0.plusDays(1),
              TRAJECTORY_DIRECTOR);
      assertEquals(2, e.getPlan().getVersion());
      assertEquals(Optional.of(v2), d.state().getPlan());
      assertEquals(ProcessStep.EXECUTE, d.state().getStep());
    }

    @Test
    void adjustPlan_afterReportedDeviation_acceptedAndDeviationCleared() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.apply(
          new CaseCommand.ReportProgress(ProgressReport.of("client moved in with a friend", true)),
          TRAJECTORY_DIRECTOR);
      d.apply(new CaseCommand.AdjustPlan(plan(2, d.today())), TRAJECTORY_DIRECTOR);
      assertEquals(2, d.state().getPlan().get().getVersion());
      assertEquals(Optional.empty(), d.state().getPendingDeviationOn());
    }

    @Test
    void adjustPlan_withoutEvaluationOrDeviation_refusedAdjustNeedsReason() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(new CaseCommand.AdjustPlan(plan(2, DAY_0)), TRAJECTORY_DIRECTOR),
          "plan.adjust-needs-reason");
    }

    @Test
    void adjustPlan_afterEvaluationToContinue_refusedAdjustNeedsReason() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.evaluate(GoalResult.PARTLY_REACHED, EvaluationDecision.CONTINUE);
      violation(
          d.refused(new CaseCommand.AdjustPlan(plan(2, DAY_0)), TRAJECTORY_DIRECTOR),
          "plan.adjust-needs-reason");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4})
    void adjustPlan_versionNotNext_refusedPlanNextVersion(int version) {
      Driver d = rotterdam().to(ProcessStep.EVALUATE);
      Violation v =
          violation(
              d.refused(new CaseCommand.AdjustPlan(plan(version, DAY_0)), TRAJECTORY_DIRECTOR),
              "plan.next-version");
      assertTrue(v.reasonEn().contains("2"), v.reasonEn());
    }

    @Test
    void adjustPlan_activityDueInPast_refusedActivityDueInPast() {
      Driver d = rotterdam().to(ProcessStep.EVALUATE).advance(60);
      violation(
          d.refused(
              new CaseCommand.AdjustPlan(planDue(2, d.today().minusDays(3))), TRAJECTORY_DIRECTOR),
          "plan.activity-due-in-past");
    }

    @Test
    void adjustPlan_beforeFirstPlan_refusedStepOutOfOrder() {
      Driver d = rotterdam().to(ProcessStep.PLAN_OF_APPROACH).appoint();
      violation(
          d.refused(new CaseCommand.AdjustPlan(plan(2, DAY_0)), TRAJECTORY_DIRECTOR),
          "step.out-of-order");
    }

    @Test
    void adjustPlan_byCoreMember_refusedRoleNetworkOrTrajectoryDirector() {
      Driver d = rotterdam().to(ProcessStep.EVALUATE);
      violation(
          d.refused(new CaseCommand.AdjustPlan(plan(2, DAY_0)), HOUSING_MEMBER),
          "role.network-or-trajectory-director");
    }
  }

  // ==================================================================== step 8: close

  @Nested
  class Close {

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void close_afterEvaluationToCloseByCriterion_caseClosedInFollowUp(String preset) {
      Driver d = driver(profile(preset)).to(ProcessStep.CLOSE).advance(5);
      long version = d.state().getVersion();
      Closure closure = RulesFixtures.closureFor(d.profile());
      CaseClosed e =
          stamped(
              only(d.apply(new CaseCommand.Close(closure), TRAJECTORY_DIRECTOR)),
              CaseClosed.class,
              version + 1,
              DAY_0.plusDays(5),
              TRAJECTORY_DIRECTOR);
      assertEquals(closure, e.getClosure());
      assertEquals(CaseStatus.CLOSED, d.state().getStatus());
      assertEquals(ProcessStep.FOLLOW_UP, d.state().getStep());
      assertEquals(Optional.of(DAY_0.plusDays(5)), d.state().getClosedOn());
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void close_withoutEvaluationToClose_refusedCloseEvaluationRequired(String preset) {
      Driver d = driver(profile(preset)).to(ProcessStep.EXECUTE);
      Violation v =
          violation(
              d.refused(
                  new CaseCommand.Close(RulesFixtures.closureFor(d.profile())),
                  TRAJECTORY_DIRECTOR),
              "close.evaluation-required");
      assertEquals(ProcessStep.CLOSE, v.step());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rotterdam", "leeuwarden"})
    void close_selfReliantWhereRegularCareIsTheCriterion_refusedCriterionInRegularCare(
        String preset) {
      Driver d = driver(profile(preset)).to(ProcessStep.CLOSE);
      violation(
          d.refused(
              new CaseCommand.Close(Closure.of(ClosureReason.SELF_RELIANT_AGAIN)),
              TRAJECTORY_DIRECTOR),
          "close.criterion-in-regular-care");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rotterdam", "leeuwarden"})
    void close_guidedToRegularCareWithoutOrganisation_refusedCriterionInRegularCare(String preset) {
      Driver d = driver(profile(preset)).to(ProcessStep.CLOSE);
      violation(
          d.refused(
              new CaseCommand.Close(Closure.of(ClosureReason.GUIDED_TO_REGULAR_CARE)),
              TRAJECTORY_DIRECTOR),
          "close.criterion-in-regular-care");
    }

    @Test
    void close_enschedeGuidedToRegularCare_refusedCriterionSelfReliant() {
      Driver d = enschede().to(ProcessStep.CLOSE);
      violation(
          d.refused(
              new CaseCommand.Close(
                  Closure.builder()
                      .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
                      .regularCare(REGULAR_CARE)
                      .build()),
              TRAJECTORY_DIRECTOR),
          "close.criterion-self-reliant");
    }

    @Test
    void close_enschedeSelfReliantButGoalsOnlyPartlyReached_refusedCriterionSelfReliant() {
      Driver d = enschede().to(ProcessStep.EXECUTE);
      d.evaluate(GoalResult.PARTLY_REACHED, EvaluationDecision.CLOSE);
      violation(
          d.refused(
              new CaseCommand.Close(Closure.of(ClosureReason.SELF_RELIANT_AGAIN)),
              TRAJECTORY_DIRECTOR),
          "close.criterion-self-reliant");
    }

    @Test
    void close_enschedeReferredWithRemarksAfterPartialGoals_accepted() {
      Driver d = enschede().to(ProcessStep.EXECUTE);
      d.evaluate(GoalResult.PARTLY_REACHED, EvaluationDecision.CLOSE);
      d.apply(
          new CaseCommand.Close(
              Closure.builder()
                  .reason(ClosureReason.REFERRED)
                  .remarks("referred to specialised addiction care")
                  .build()),
          TRAJECTORY_DIRECTOR);
      assertEquals(CaseStatus.CLOSED, d.state().getStatus());
    }

    @Test
    void close_referredWithoutRemarks_refusedCloseRemarksRequired() {
      Driver d = rotterdam().to(ProcessStep.CLOSE);
      violation(
          d.refused(new CaseCommand.Close(Closure.of(ClosureReason.REFERRED)), TRAJECTORY_DIRECTOR),
          "close.remarks-required");
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#deceasedSteps")
    void close_deceasedWithoutEvaluation_accepted(String preset, ProcessStep step) {
      Driver d = driver(profile(preset)).to(step);
      long version = d.state().getVersion();
      CaseClosed e =
          stamped(
              only(d.apply(new CaseCommand.Close(Closure.of(ClosureReason.DECEASED)))),
              CaseClosed.class,
              version + 1,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(ClosureReason.DECEASED, e.getClosure().getReason());
      assertEquals(CaseStatus.CLOSED, d.state().getStatus());
      assertEquals(ProcessStep.FOLLOW_UP, d.state().getStep());
    }

    @Test
    void close_movedWithHandover_refusedCloseUseTransfer() {
      Driver d = rotterdam().to(ProcessStep.CLOSE);
      Closure moved =
          Closure.builder()
              .reason(ClosureReason.MOVED_WITH_HANDOVER)
              .handoverTo(OTHER_NETWORK)
              .build();
      violation(d.refused(new CaseCommand.Close(moved), TRAJECTORY_DIRECTOR), "close.use-transfer");
    }

    @Test
    void close_byShellMember_refusedRoleNetworkOrTrajectoryDirector() {
      Driver d = rotterdam().to(ProcessStep.CLOSE);
      violation(
          d.refused(new CaseCommand.Close(RulesFixtures.closureFor(d.profile())), SHELL_MEMBER),
          "role.network-or-trajectory-director");
    }

    @Test
    void close_closedCase_refusedStepOutOfOrder() {
      Driver d = rotterdam().closed();
      violation(
          d.refused(new CaseCommand.Close(Closure.of(ClosureReason.DECEASED))),
          "step.out-of-order");
    }
  }

  static Stream<Arguments> deceasedSteps() {
    return presets()
        .flatMap(
            p ->
                Stream.of(
                        ProcessStep.GATHER_INFORMATION,
                        ProcessStep.INTEGRAL_PICTURE,
                        ProcessStep.EXECUTE)
                    .map(s -> Arguments.of(p, s)));
  }

  // ==================================================================== step 9: follow up, reopen

  @Nested
  class FollowUp {

    private CaseCommand.RecordFollowUp check(FollowUpOutcome outcome) {
      return new CaseCommand.RecordFollowUp(FollowUpCheck.of(outcome, "asked the partners"));
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void recordFollowUp_stillInCare_followUpRecorded(String preset) {
      Driver d = driver(profile(preset)).closed().advance(182);
      long version = d.state().getVersion();
      FollowUpRecorded e =
          stamped(
              only(d.apply(check(FollowUpOutcome.STILL_IN_CARE))),
              FollowUpRecorded.class,
              version + 1,
              DAY_0.plusDays(182),
              NETWORK_DIRECTOR);
      assertEquals(FollowUpOutcome.STILL_IN_CARE, e.getCheck().getOutcome());
      assertEquals(1, d.state().getFollowUps().size());
      assertEquals(CaseStatus.CLOSED, d.state().getStatus());
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void recordFollowUp_droppedOutInAPreset_followUpOnlyTheClientIsDiscussedAgain_l549to550(
        String preset) {
      // l.549-550 advises to discuss the client again, not to reopen at once: the agenda puts
      // the client on the next network meeting (AgendaRulesTest)
      Driver d = driver(profile(preset)).closed().advance(182);
      Decision decision = d.apply(check(FollowUpOutcome.DROPPED_OUT));
      assertEquals(1, decision.getEvents().size());
      assertEquals(CaseStatus.CLOSED, d.state().getStatus());
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.process.ProcessRulesTest#presets")
    void recordFollowUp_droppedOutWhereTheProfileReopensAtOnce_followUpAndReopenedAtIntegralPicture(
        String preset) {
      MethodologyProfile p =
          MethodologyProfile.builder()
              .from(profile(preset))
              .followUp(
                  FollowUpPolicy.of(
                      true,
                      profile(preset).getFollowUp().getCheckAfterMonths().stream()
                          .mapToInt(Integer::intValue)
                          .toArray()))
              .build();
      Driver d = driver(p).closed().advance(182);
      long n = d.state().getVersion();
      Decision decision = d.apply(check(FollowUpOutcome.DROPPED_OUT));
      assertEquals(2, decision.getEvents().size());
      LocalDate date = DAY_0.plusDays(182);
      FollowUpRecorded f =
          stamped(
              decision.getEvents().get(0), FollowUpRecorded.class, n + 1, date, NETWORK_DIRECTOR);
      assertEquals(FollowUpOutcome.DROPPED_OUT, f.getCheck().getOutcome());
      CaseReopened r =
          stamped(decision.getEvents().get(1), CaseReopened.class, n + 2, date, NETWORK_DIRECTOR);
      assertFalse(r.getReason().isBlank());
      CaseState s = d.state();
      assertEquals(n + 2, s.getVersion());
      assertTrue(s.isOpen());
      assertEquals(CaseStatus.OPEN, s.getStatus());
      assertEquals(ProcessStep.INTEGRAL_PICTURE, s.getStep());
      assertEquals(1, s.getReopenCount());
      assertEquals(Optional.empty(), s.getTrajectoryDirector());
      assertEquals(Optional.empty(), s.getClosure());
    }

    @Test
    void recordFollowUp_rotterdamThirdCheck_refusedScheduleComplete() {
      Driver d = rotterdam().closed();
      d.advance(182).apply(check(FollowUpOutcome.STILL_IN_CARE));
      d.advance(183).apply(check(FollowUpOutcome.CARE_COMPLETED));
      assertEquals(2, d.state().getFollowUps().size());
      Violation v =
          violation(
              d.refused(check(FollowUpOutcome.CARE_COMPLETED)), "follow-up.schedule-complete");
      assertTrue(v.reasonEn().contains("2"), v.reasonEn());
      assertEquals(ProcessStep.FOLLOW_UP, v.step());
    }

    @ParameterizedTest
    @ValueSource(strings = {"enschede", "leeuwarden"})
    void recordFollowUp_secondCheckWithOneScheduled_refusedScheduleComplete(String preset) {
      Driver d = driver(profile(preset)).closed();
      d.advance(182).apply(check(FollowUpOutcome.STILL_IN_CARE));
      violation(d.refused(check(FollowUpOutcome.CARE_COMPLETED)), "follow-up.schedule-complete");
    }

    @Test
    void recordFollowUp_noScheduleAtAll_refusedScheduleComplete() {
      MethodologyProfile p =
          MethodologyProfile.builder()
              .from(MethodologyProfile.enschede())
              .followUp(FollowUpPolicy.of(true))
              .build();
      Driver d = driver(p).closed();
      violation(d.refused(check(FollowUpOutcome.STILL_IN_CARE)), "follow-up.schedule-complete");
    }

    @Test
    void recordFollowUp_openCase_refusedFollowUpNotClosed() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(d.refused(check(FollowUpOutcome.STILL_IN_CARE)), "follow-up.not-closed");
    }

    @Test
    void recordFollowUp_byTrajectoryDirector_refusedRoleNetworkDirector() {
      Driver d = rotterdam().closed();
      violation(
          d.refused(check(FollowUpOutcome.STILL_IN_CARE), TRAJECTORY_DIRECTOR),
          "role.network-director");
    }

    @Test
    void reopen_closedCase_caseReopenedAtIntegralPicture() {
      Driver d = rotterdam().closed().advance(30);
      long version = d.state().getVersion();
      CaseReopened e =
          stamped(
              only(d.apply(new CaseCommand.Reopen("new signals from the neighbours"))),
              CaseReopened.class,
              version + 1,
              DAY_0.plusDays(30),
              NETWORK_DIRECTOR);
      assertEquals("new signals from the neighbours", e.getReason());
      assertTrue(d.state().isOpen());
      assertEquals(ProcessStep.INTEGRAL_PICTURE, d.state().getStep());
      assertEquals(1, d.state().getReopenCount());
    }

    @Test
    void reopen_endedCase_reopened() {
      Driver d = rotterdam().signal();
      d.apply(
          new CaseCommand.JudgeReport(ReportJudgement.OUT_OF_SCOPE, "no multi-problem", Set.of()));
      d.apply(new CaseCommand.Reopen("more problems surfaced"));
      assertEquals(CaseStatus.OPEN, d.state().getStatus());
      assertEquals(
          ProcessStep.GATHER_INFORMATION,
          d.state().getStep(),
          "an ended case was never coordinated");
    }

    @Test
    void reopen_reopenedCaseCanBeDrivenToAPictureAgain() {
      Driver d = rotterdam().closed();
      d.apply(new CaseCommand.Reopen("again"));
      d.picture();
      assertEquals(ProcessStep.PLAN_OF_APPROACH, d.state().getStep());
    }

    @Test
    void reopen_openCase_refusedReopenNotClosed() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(d.refused(new CaseCommand.Reopen("again")), "reopen.not-closed");
    }

    @Test
    void reopen_byCoreMember_refusedRoleNetworkDirector() {
      Driver d = rotterdam().closed();
      violation(
          d.refused(new CaseCommand.Reopen("again"), HOUSING_MEMBER), "role.network-director");
    }
  }

  // ==================================================================== transfer and consent

  @Nested
  class TransferAndConsent {

    private final WarmHandover handover =
        WarmHandover.of(OTHER_NETWORK, "ms. Jansen", "client moved to Zuid");

    @Test
    void transfer_toAnotherNetwork_caseTransferred() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      long version = d.state().getVersion();
      CaseTransferred e =
          stamped(
              only(d.apply(new CaseCommand.Transfer(handover))),
              CaseTransferred.class,
              version + 1,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(handover, e.getHandover());
      assertEquals(CaseStatus.TRANSFERRED, d.state().getStatus());
      assertEquals(Optional.of(OTHER_NETWORK), d.state().getTransferredTo());
      assertFalse(d.state().isOpen());
    }

    @Test
    void transfer_toOwnNetwork_refusedTransferSameNetwork() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(new CaseCommand.Transfer(WarmHandover.of(NETWORK, "self", "no move"))),
          "transfer.same-network");
    }

    @Test
    void transfer_byTrajectoryDirector_refusedRoleNetworkDirector() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(new CaseCommand.Transfer(handover), TRAJECTORY_DIRECTOR),
          "role.network-director");
    }

    @Test
    void transfer_twice_refusedCaseTransferred() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.apply(new CaseCommand.Transfer(handover));
      violation(d.refused(new CaseCommand.Transfer(handover)), "case.transferred");
    }

    @Test
    void recordConsent_signedToday_consentRecordedAndInForce() {
      Driver d = leeuwarden().signal();
      Consent c = consent(DAY_0);
      ConsentRecorded e =
          stamped(
              only(d.apply(new CaseCommand.RecordConsent(c))),
              ConsentRecorded.class,
              2,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(c, e.getConsent());
      assertTrue(d.state().hasConsentOn(DAY_0));
    }

    @Test
    void recordConsent_signedTomorrow_refusedConsentDateInFuture() {
      Driver d = leeuwarden().signal();
      violation(
          d.refused(new CaseCommand.RecordConsent(consent(DAY_0.plusDays(1)))),
          "consent.date-in-future");
    }

    @Test
    void recordConsent_alreadyWithdrawn_refusedConsentAlreadyWithdrawn() {
      Driver d = leeuwarden().signal();
      Consent withdrawn =
          Consent.builder()
              .scope(ConsentScope.CASE_PARTNERS)
              .signedOn(DAY_0)
              .withdrawnOn(DAY_0)
              .build();
      violation(d.refused(new CaseCommand.RecordConsent(withdrawn)), "consent.already-withdrawn");
    }

    @Test
    void withdrawConsent_consentInForce_consentWithdrawnAsOfToday() {
      Driver d = leeuwarden().signal();
      d.apply(new CaseCommand.RecordConsent(consent(DAY_0)));
      d.advance(10);
      stamped(
          only(d.apply(new CaseCommand.WithdrawConsent(), HOUSING_MEMBER)),
          ConsentWithdrawn.class,
          3,
          DAY_0.plusDays(10),
          HOUSING_MEMBER);
      assertEquals(Optional.of(DAY_0.plusDays(10)), d.state().getConsent().get().getWithdrawnOn());
      assertFalse(d.state().hasConsentOn(DAY_0.plusDays(10)));
      assertTrue(d.state().hasConsentOn(DAY_0.plusDays(9)));
    }

    @Test
    void withdrawConsent_noConsent_refusedConsentNoneInForce() {
      Driver d = leeuwarden().signal();
      violation(d.refused(new CaseCommand.WithdrawConsent()), "consent.none-in-force");
    }

    @Test
    void withdrawConsent_twice_refusedConsentNoneInForce() {
      Driver d = leeuwarden().signal();
      d.apply(new CaseCommand.RecordConsent(consent(DAY_0)));
      d.apply(new CaseCommand.WithdrawConsent());
      violation(d.refused(new CaseCommand.WithdrawConsent()), "consent.none-in-force");
    }
  }

  // ==================================================================== escalation

  @Nested
  class Escalation {

    private CaseCommand.Escalate escalate(EscalationKind kind, int rung, String emergency) {
      return new CaseCommand.Escalate(
          kind, rung, "no housing offer", Optional.ofNullable(emergency));
    }

    @Test
    void requestEscalation_byTrajectoryDirector_escalationRequested() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      long version = d.state().getVersion();
      EscalationRequested e =
          stamped(
              only(
                  d.apply(
                      new CaseCommand.RequestEscalation(
                          EscalationKind.ORGANISATIONAL, "waiting list of 6 months"),
                      TRAJECTORY_DIRECTOR)),
              EscalationRequested.class,
              version + 1,
              DAY_0,
              TRAJECTORY_DIRECTOR);
      assertEquals(EscalationKind.ORGANISATIONAL, e.getKind());
      assertEquals("waiting list of 6 months", e.getBottleneck());
    }

    @Test
    void requestEscalation_byNetworkDirector_refusedRequestByTrajectoryDirector() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(new CaseCommand.RequestEscalation(EscalationKind.CONTENT, "stuck")),
          "escalation.request-by-trajectory-director");
    }

    @Test
    void requestEscalation_beforeIntegralPicture_refusedStepOutOfOrder() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      violation(
          d.refused(
              new CaseCommand.RequestEscalation(EscalationKind.CONTENT, "stuck"),
              TRAJECTORY_DIRECTOR),
          "step.out-of-order");
    }

    @Test
    void escalate_firstContentRung_escalationRaisedAndOpen() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      long version = d.state().getVersion();
      EscalationRaised e =
          stamped(
              only(d.apply(escalate(EscalationKind.CONTENT, 1, null))),
              EscalationRaised.class,
              version + 1,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(EscalationId.of("esc-1"), e.getEscalation().getId());
      assertEquals(1, e.getEscalation().getRung());
      assertEquals(EscalationKind.CONTENT, e.getEscalation().getKind());
      assertEquals("case conference", e.getEscalation().getBody());
      assertTrue(d.state().getOpenEscalations().containsKey(EscalationId.of("esc-1")));
    }

    @Test
    void escalate_anyContentOptionWithoutEmergency_accepted() {
      // the content options are a choice, not a ladder (seeds/004 l.1645-1656)
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.apply(escalate(EscalationKind.CONTENT, 3, null));
      assertEquals(1, d.state().getEscalations().size());
    }

    @Test
    void escalate_emergencyOnlyRungWithoutReason_refusedEmergencyOnly() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.apply(escalate(EscalationKind.ORGANISATIONAL, 1, null));
      d.apply(escalate(EscalationKind.ORGANISATIONAL, 2, null));
      d.apply(escalate(EscalationKind.ORGANISATIONAL, 3, null));
      violation(
          d.refused(escalate(EscalationKind.ORGANISATIONAL, 4, null)), "escalation.emergency-only");
      d.apply(escalate(EscalationKind.ORGANISATIONAL, 4, "serious emergency"));
      assertEquals(
          EscalationId.of("esc-4"), d.state().getEscalations().get(3).getEscalation().getId());
    }

    @Test
    void escalate_pressureAndCoercion_refusedUseCoercionMeasure() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(escalate(EscalationKind.PRESSURE_AND_COERCION, 1, null)),
          "escalation.use-coercion-measure");
    }

    @Test
    void escalate_rungBeyondTheLadder_refusedNoSuchRung() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(escalate(EscalationKind.CONTENT, 9, "emergency")), "escalation.no-such-rung");
    }

    @Test
    void escalate_byTrajectoryDirector_refusedRoleNetworkDirector() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(escalate(EscalationKind.CONTENT, 1, null), TRAJECTORY_DIRECTOR),
          "role.network-director");
    }

    @Test
    void resolveEscalation_openEscalation_escalationResolved() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.apply(escalate(EscalationKind.CONTENT, 1, null));
      long version = d.state().getVersion();
      EscalationResolution resolution =
          EscalationResolution.of(ResolutionKind.STRUCTURAL, "rule changed", "allocation rule");
      EscalationResolved e =
          stamped(
              only(
                  d.apply(new CaseCommand.ResolveEscalation(EscalationId.of("esc-1"), resolution))),
              EscalationResolved.class,
              version + 1,
              DAY_0,
              NETWORK_DIRECTOR);
      assertEquals(EscalationId.of("esc-1"), e.getEscalationId());
      assertEquals(resolution, e.getResolution());
      assertTrue(d.state().getOpenEscalations().isEmpty());
    }

    @Test
    void resolveEscalation_notOpen_refusedEscalationNotOpen() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(
              new CaseCommand.ResolveEscalation(
                  EscalationId.of("esc-1"),
                  EscalationResolution.of(ResolutionKind.NONE, "nothing", "nobody"))),
          "escalation.not-open");
    }

    @Test
    void resolveEscalation_byTrajectoryDirector_refusedRoleNetworkDirector() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      d.apply(escalate(EscalationKind.CONTENT, 1, null));
      violation(
          d.refused(
              new CaseCommand.ResolveEscalation(
                  EscalationId.of("esc-1"),
                  EscalationResolution.of(ResolutionKind.AD_HOC, "exception", "rule")),
              TRAJECTORY_DIRECTOR),
          "role.network-director");
    }
  }

  // ==================================================================== coercion and instruments

  @Nested
  class CoercionAndInstruments {

    private CommandContext housingCtx(LocalDate date) {
      return new CommandContext(
          date,
          recordedAt(date),
          HOUSING_OFFICER,
          Optional.of(Cast.organisation(HOUSING)),
          Optional.of(LON));
    }

    private CaseCommand.RecordCoercionMeasure leaseVisit(String reason) {
      return new CaseCommand.RecordCoercionMeasure(
          CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT, Optional.ofNullable(reason));
    }

    @Test
    void recordCoercion_byExecutingOrganisationWithReason_measureRecorded() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      long version = d.state().getVersion();
      CoercionMeasureRecorded e =
          stamped(
              only(d.apply(leaseVisit("client refuses every visit"), housingCtx(DAY_0))),
              CoercionMeasureRecorded.class,
              version + 1,
              DAY_0,
              HOUSING_OFFICER);
      assertEquals(CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT, e.getMeasureCode());
      assertEquals(2, e.getLevel());
      assertEquals(HOUSING, e.getExecutedBy());
      assertEquals("client refuses every visit", e.getReason());
      assertEquals(1, d.state().getCoercionMeasures().size());
    }

    @Test
    void recordCoercion_withoutDirectoryFacts_refusedCoercionAuthority() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(d.refused(leaseVisit("reason"), HOUSING_OFFICER), "coercion.authority");
    }

    @Test
    void recordCoercion_risingWithoutReason_refusedReasonRequiredToRise() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(d.refused(leaseVisit(null), housingCtx(DAY_0)), "coercion.reason-required-to-rise");
    }

    @Test
    void recordCoercion_unknownMeasure_refusedUnknownMeasure() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(
              new CaseCommand.RecordCoercionMeasure("water-cannon", Optional.of("x")),
              housingCtx(DAY_0)),
          "coercion.unknown-measure");
    }

    @Test
    void recordCoercion_historicalMeasure_refusedCoercionHistorical() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(
              new CaseCommand.RecordCoercionMeasure(
                  CoercionCatalogue.BOPZ_IBS, Optional.of("danger")),
              housingCtx(DAY_0)),
          "coercion.historical");
    }

    @Test
    void recordCoercion_leaseVisitWithChildren_acceptedAsNoEviction() {
      // the corporation's lease-enforced home visit is not an eviction (seeds/004 l.1713-1714)
      Driver d = driver(MethodologyProfile.leeuwarden()).signal(FAMILY).to(ProcessStep.EXECUTE);
      d.apply(leaseVisit("reason"), housingCtx(DAY_0));
      assertEquals(1, d.state().getCoercionMeasures().size());
    }

    @Test
    void recordCoercion_beforeJudgement_refusedStepOutOfOrder() {
      Driver d = rotterdam().signal();
      violation(d.refused(leaseVisit("reason"), housingCtx(DAY_0)), "step.out-of-order");
    }

    private InstrumentUse use(Instrument instrument, String amount) {
      var b = InstrumentUse.builder().instrument(instrument).description("used " + instrument);
      if (amount != null) {
        b.amount(new BigDecimal(amount));
      }
      return b.build();
    }

    @Test
    void useInstrument_bilateralContact_instrumentUsed() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      InstrumentUse u = use(Instrument.BILATERAL_CONTACT, null);
      InstrumentUsed e =
          stamped(
              only(d.apply(new CaseCommand.UseInstrument(u), HOUSING_MEMBER)),
              InstrumentUsed.class,
              3,
              DAY_0,
              HOUSING_MEMBER);
      assertEquals(u, e.getUse());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "HOME_VISIT",
          "TRAJECTORY_DIRECTION",
          "CASE_CONFERENCE",
          "ESCALATION",
          "PRESSURE_AND_COERCION"
        })
    void useInstrument_instrumentWithItsOwnCommand_refusedOwnCommand(String instrument) {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(new CaseCommand.UseInstrument(use(Instrument.valueOf(instrument), null))),
          "instrument.own-command");
    }

    @Test
    void useInstrument_budgetInRotterdam_refusedNoBudgetMandate() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      violation(
          d.refused(new CaseCommand.UseInstrument(use(Instrument.CARE_PURCHASE_BUDGET, "100"))),
          "instrument.no-budget-mandate");
    }

    @Test
    void useInstrument_budgetInEnschedeWithinThePot_spentRecorded() {
      Driver d = driverWithDirectory(MethodologyProfile.enschede()).to(ProcessStep.EXECUTE);
      d.apply(new CaseCommand.UseInstrument(use(Instrument.CARE_PURCHASE_BUDGET, "1000")));
      assertEquals(0, new BigDecimal("1000").compareTo(d.state().getCarePurchaseSpent()));
      Violation v =
          violation(
              d.refused(
                  new CaseCommand.UseInstrument(use(Instrument.CARE_PURCHASE_BUDGET, "24000.01"))),
              "instrument.budget-pot");
      assertTrue(v.reasonEn().contains("25000"), v.reasonEn());
      d.apply(new CaseCommand.UseInstrument(use(Instrument.CARE_PURCHASE_BUDGET, "24000")));
    }

    @Test
    void useInstrument_budgetByTrajectoryDirector_refusedBudgetHolder() {
      Driver d = enschede().to(ProcessStep.EXECUTE);
      violation(
          d.refused(
              new CaseCommand.UseInstrument(use(Instrument.CARE_PURCHASE_BUDGET, "10")),
              TRAJECTORY_DIRECTOR),
          "instrument.budget-holder");
    }

    @Test
    void useInstrument_budgetWithoutAmount_refusedBudgetAmount() {
      Driver d = enschede().to(ProcessStep.EXECUTE);
      violation(
          d.refused(new CaseCommand.UseInstrument(use(Instrument.CARE_PURCHASE_BUDGET, null))),
          "instrument.budget-amount");
    }

    @Test
    void useInstrument_guidedExplosionTooEarly_refusedRepeatedUnreachableAndCoreAgreement() {
      Driver d = rotterdam().to(ProcessStep.EXECUTE);
      List<Violation> violations =
          d.refused(
              new CaseCommand.UseInstrument(use(Instrument.CONSCIOUSLY_GUIDED_EXPLOSION, null)));
      violation(violations, "instrument.guided-explosion-repeated-unreachable");
      violation(violations, "instrument.guided-explosion-core-agreement");
    }

    @Test
    void useInstrument_guidedExplosionAfterRepeatedUnreachableWithCoreAgreement_accepted() {
      Driver d = rotterdam().to(ProcessStep.GATHER_INFORMATION);
      d.apply(new CaseCommand.RecordHomeVisit(Set.of(NETWORK_DIRECTOR.getId()), "not home", false));
      d.apply(
          new CaseCommand.RecordHomeVisit(
              Set.of(NETWORK_DIRECTOR.getId()), "not home again", false));
      InstrumentUse explosion =
          InstrumentUse.builder()
              .instrument(Instrument.CONSCIOUSLY_GUIDED_EXPLOSION)
              .description("let the eviction procedure run")
              .addAllAgreedBy(LON.getCoreTeam())
              .build();
      d.apply(
          new CaseCommand.UseInstrument(explosion),
          new CommandContext(
              DAY_0, recordedAt(DAY_0), NETWORK_DIRECTOR, Optional.empty(), Optional.of(LON)));
      assertEquals(5, d.state().getVersion());
    }

    @Test
    void useInstrument_evictionWithChildren_refusedNoEvictionWithChildren() {
      // Leeuwarden's rule (seeds/004 l.1637-1638)
      Driver d = driver(MethodologyProfile.leeuwarden()).signal(FAMILY).to(ProcessStep.EXECUTE);
      InstrumentUse eviction =
          InstrumentUse.builder()
              .instrument(Instrument.BILATERAL_CONTACT)
              .description("call the corporation about the eviction")
              .eviction(true)
              .build();
      violation(
          d.refused(new CaseCommand.UseInstrument(eviction)),
          "instrument.no-eviction-with-children");
    }

    @Test
    void useInstrument_closedCase_refusedStepOutOfOrder() {
      Driver d = rotterdam().closed();
      violation(
          d.refused(new CaseCommand.UseInstrument(use(Instrument.BILATERAL_CONTACT, null))),
          "step.out-of-order");
    }
  }

  // ==================================================================== out of order, roles

  static Stream<Arguments> outOfOrder() {
    LocalDate t = DAY_0;
    return Stream.of(
        Arguments.of(ProcessStep.RECEIVE_REPORT, new CaseCommand.AdoptPlan(plan(1, t))),
        Arguments.of(
            ProcessStep.RECEIVE_REPORT, new CaseCommand.FormIntegralPicture("p", Set.of())),
        Arguments.of(
            ProcessStep.RECEIVE_REPORT, new CaseCommand.Close(Closure.of(ClosureReason.DECEASED))),
        Arguments.of(
            ProcessStep.GATHER_INFORMATION,
            new CaseCommand.Evaluate(evaluation(GoalResult.REACHED, EvaluationDecision.CLOSE))),
        Arguments.of(ProcessStep.GATHER_INFORMATION, new CaseCommand.HoldProgressTalk("talk")),
        Arguments.of(
            ProcessStep.INTEGRAL_PICTURE, new CaseCommand.DecideCoordination(coordinate(t))),
        Arguments.of(ProcessStep.EXECUTE, new CaseCommand.DecideCoordination(coordinate(t))),
        Arguments.of(
            ProcessStep.EXECUTE,
            new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "r", CARE_MISSER)),
        Arguments.of(ProcessStep.EXECUTE, new CaseCommand.FormIntegralPicture("p", Set.of())),
        Arguments.of(ProcessStep.EXECUTE, new CaseCommand.AdoptPlan(plan(1, t))),
        Arguments.of(
            ProcessStep.FOLLOW_UP, new CaseCommand.RequestInformation(Set.of(POLICE), "q")),
        Arguments.of(
            ProcessStep.FOLLOW_UP,
            new CaseCommand.AppointTrajectoryDirector(
                TRAJECTORY_DIRECTOR.getId(), AMW, AppointmentAuthority.NETWORK_MEETING, false)));
  }

  @ParameterizedTest
  @MethodSource("outOfOrder")
  void decide_commandOutOfOrder_refusedStepOutOfOrder(ProcessStep at, CaseCommand command) {
    Driver d = rotterdam();
    if (at == ProcessStep.FOLLOW_UP) {
      d.closed();
    } else {
      d.to(at);
    }
    violation(d.refused(command), "step.out-of-order");
  }

  static Stream<Arguments> networkDirectorOnly() {
    return Stream.of(
        Arguments.of(
            ProcessStep.RECEIVE_REPORT,
            new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "r", CARE_MISSER)),
        Arguments.of(
            ProcessStep.GATHER_INFORMATION, new CaseCommand.DecideCoordination(coordinate(DAY_0))),
        Arguments.of(
            ProcessStep.INTEGRAL_PICTURE,
            new CaseCommand.AppointTrajectoryDirector(
                TRAJECTORY_DIRECTOR.getId(), AMW, AppointmentAuthority.NETWORK_MEETING, false)),
        Arguments.of(ProcessStep.EXECUTE, new CaseCommand.HoldProgressTalk("talk")),
        Arguments.of(
            ProcessStep.EXECUTE,
            new CaseCommand.Transfer(WarmHandover.of(OTHER_NETWORK, "c", "s"))),
        Arguments.of(
            ProcessStep.EXECUTE,
            new CaseCommand.Escalate(EscalationKind.CONTENT, 1, "b", Optional.empty())));
  }

  @ParameterizedTest
  @MethodSource("networkDirectorOnly")
  void decide_networkDirectorCommandByOthers_refusedRoleNetworkDirector(
      ProcessStep at, CaseCommand command) {
    for (Professional actor :
        List.of(TRAJECTORY_DIRECTOR, HOUSING_MEMBER, SHELL_MEMBER, TEAM_SUPPORT)) {
      Driver d = rotterdam().to(at);
      Violation v = violation(d.refused(command, actor), "role.network-director");
      assertTrue(v.reasonEn().toLowerCase(java.util.Locale.ROOT).contains("role"), v.reasonEn());
    }
  }

  @Test
  void decide_secondNetworkDirectorOfTheSameNetwork_accepted() {
    Driver d = rotterdam().signal();
    d.apply(
        new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "r", CARE_MISSER), OTHER_DIRECTOR);
    assertEquals(ProcessStep.GATHER_INFORMATION, d.state().getStep());
  }

  @Test
  void happyPath_allPresets_sequencesAreContiguousAndVersionsMatch() {
    for (String preset : Arrays.asList("rotterdam", "enschede", "leeuwarden")) {
      Driver d = driver(profile(preset));
      d.closed();
      CaseState s = d.state();
      assertEquals(CaseStatus.CLOSED, s.getStatus(), preset);
      assertTrue(s.getVersion() >= 7, preset);
      assertTrue(s.getOpenEscalations().isEmpty(), preset);
    }
  }
}
