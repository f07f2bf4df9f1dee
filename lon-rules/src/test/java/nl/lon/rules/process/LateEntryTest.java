package nl.lon.rules.process;

import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.RulesFixtures.DAY_0;
import static nl.lon.rules.testing.RulesFixtures.driver;
import static nl.lon.rules.testing.RulesFixtures.fullScan;
import static nl.lon.rules.testing.RulesFixtures.recordedAt;
import static nl.lon.rules.testing.RulesFixtures.violation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.Violation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.id.EscalationId;
import nl.lon.core.network.Professional;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.GoalResult;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.Commands;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.rules.testing.RulesFixtures.Driver;
import org.junit.jupiter.api.Test;

/**
 * Acts entered late: accepted when dated after the acts they depend on, refused with a date rule
 * otherwise.
 */
class LateEntryTest {

  /** Signal on day 0, judged on day 2, coordinated on 4, picture on 6, plan on 8; today is 18. */
  private static Driver executing() {
    Driver d = driver(MethodologyProfile.rotterdam()).signal();
    d.advance(2).judgeInScope();
    d.advance(2).coordinate();
    d.advance(2).picture();
    d.advance(2).adoptPlan();
    return d.advance(10);
  }

  /** A context dated {@code date}, recorded on the driver's today. */
  private static CommandContext late(Driver d, Professional actor, LocalDate date) {
    return new CommandContext(date, recordedAt(d.today()), actor);
  }

  private static Violation refusedWith(
      Driver d, CaseCommand command, CommandContext ctx, RuleId rule) {
    List<Violation> violations = d.refused(command, ctx);
    Violation v = violation(violations, rule.getId());
    assertEquals(1, violations.size(), () -> "only the date rule: " + violations);
    return v;
  }

  // ------------------------------------------------------------------ accepted late entries

  @Test
  void addInformation_datedBeforeLatestEventAfterJudgement_isAcceptedAndKeepsLatestDate() {
    Driver d = executing();
    LocalDate day3 = DAY_0.plusDays(3);
    Decision decision =
        d.apply(
            new CaseCommand.AddInformation(AMW, "known at the social work team"),
            late(d, NETWORK_DIRECTOR, day3));
    assertEquals(day3, decision.getEvents().get(0).getBusinessDate());
    assertEquals(recordedAt(d.today()), decision.getEvents().get(0).getRecordedAt());
    assertEquals(Optional.of(DAY_0.plusDays(8)), d.state().getLastEventOn());
    assertTrue(d.state().getInvolvedOrganisations().contains(AMW));
  }

  @Test
  void reportProgress_enteredAfterALaterReport_keepsTheLaterDate() {
    Driver d = executing();
    d.apply(Commands.progress(false), TRAJECTORY_DIRECTOR);
    d.apply(Commands.progress(true), late(d, TRAJECTORY_DIRECTOR, DAY_0.plusDays(10)));
    assertEquals(Optional.of(d.today()), d.state().getLastProgressReportOn());
    assertEquals(Optional.of(DAY_0.plusDays(10)), d.state().getPendingDeviationOn());
  }

  @Test
  void recordScan_enteredAfterALaterScan_keepsTheLaterScan() {
    Driver d = executing();
    d.apply(new CaseCommand.RecordScan(fullScan(d.today())), TRAJECTORY_DIRECTOR);
    LocalDate day9 = DAY_0.plusDays(9);
    d.apply(new CaseCommand.RecordScan(fullScan(day9)), late(d, TRAJECTORY_DIRECTOR, day9));
    assertEquals(d.today(), d.state().getLatestScan().get().getScoredOn());
  }

  @Test
  void recordConsent_enteredAfterALaterConsent_keepsTheLaterConsent() {
    Driver d = executing();
    d.apply(new CaseCommand.RecordConsent(CaseFixtures.consent(d.today())));
    LocalDate day5 = DAY_0.plusDays(5);
    d.apply(
        new CaseCommand.RecordConsent(CaseFixtures.consent(day5)), late(d, NETWORK_DIRECTOR, day5));
    assertEquals(d.today(), d.state().getConsent().get().getSignedOn());
    assertEquals(Optional.of(d.today()), d.state().getConsentRecordedOn());
  }

  @Test
  void decide_actDatedOnTheAmsterdamDayRecordedJustAfterMidnight_isNotInTheFuture() {
    Driver d = executing();
    Instant justAfterMidnight = d.today().minusDays(1).atTime(23, 30).toInstant(ZoneOffset.UTC);
    d.apply(
        new CaseCommand.AddInformation(AMW, "known"),
        new CommandContext(d.today(), justAfterMidnight, NETWORK_DIRECTOR));
    assertEquals(Optional.of(d.today()), d.state().getLastEventOn());
  }

  // ------------------------------------------------------------------ refused

  @Test
  void decide_actDatedAfterTheDayItIsRecorded_isRefusedInTheFuture() {
    Driver d = executing();
    Violation v =
        refusedWith(
            d,
            new CaseCommand.AddInformation(AMW, "known"),
            new CommandContext(d.today().plusDays(1), recordedAt(d.today()), NETWORK_DIRECTOR),
            RuleId.DATE_IN_FUTURE);
    assertTrue(v.reasonEn().contains(d.today().plusDays(1).toString()), v.reasonEn());
  }

  @Test
  void reportSignal_datedAfterTheDayItIsRecorded_isRefusedInTheFuture() {
    Driver d = driver(MethodologyProfile.rotterdam());
    refusedWith(
        d,
        Commands.reportSignal(RulesFixtures.CASE, RulesFixtures.CLIENT, DAY_0),
        new CommandContext(DAY_0.plusDays(1), recordedAt(DAY_0), NETWORK_DIRECTOR),
        RuleId.DATE_IN_FUTURE);
  }

  @Test
  void decide_actDatedBeforeTheSignal_isRefusedBeforeSignal() {
    Driver d = executing();
    Violation v =
        refusedWith(
            d,
            new CaseCommand.RecordConsent(CaseFixtures.consent(DAY_0.minusDays(1))),
            late(d, NETWORK_DIRECTOR, DAY_0.minusDays(1)),
            RuleId.DATE_BEFORE_SIGNAL);
    assertTrue(v.reasonNl().contains(DAY_0.toString()), v.reasonNl());
  }

  @Test
  void evaluate_datedBeforeThePlan_isRefusedNamingThePlanAndItsDate() {
    Driver d = executing();
    Violation v =
        refusedWith(
            d,
            Commands.evaluate(EvaluationDecision.CONTINUE),
            late(d, TRAJECTORY_DIRECTOR, DAY_0.plusDays(7)),
            RuleId.DATE_BEFORE_DEPENDENCY);
    assertTrue(
        v.reasonEn().contains("the plan in force (" + DAY_0.plusDays(8) + ")"), v.reasonEn());
    assertTrue(
        v.reasonNl().contains("het geldende plan (" + DAY_0.plusDays(8) + ")"), v.reasonNl());
  }

  @Test
  void appoint_datedBeforeTheCoordinationDecision_isRefused() {
    Driver d = driver(MethodologyProfile.rotterdam()).signal();
    d.advance(2).judgeInScope();
    d.advance(2).coordinate();
    d.advance(5);
    Violation v =
        refusedWith(
            d,
            Commands.appoint(d.profile()),
            late(d, NETWORK_DIRECTOR, DAY_0.plusDays(3)),
            RuleId.DATE_BEFORE_DEPENDENCY);
    assertTrue(v.reasonEn().contains("coordination decision"), v.reasonEn());
  }

  @Test
  void judgement_datedAfterTheSignal_isAcceptedLate() {
    Driver d = driver(MethodologyProfile.rotterdam()).signal().advance(4);
    d.apply(Commands.judgeInScope(), late(d, NETWORK_DIRECTOR, DAY_0.plusDays(1)));
    assertEquals(Optional.of(DAY_0.plusDays(1)), d.state().getJudgedOn());
  }

  @Test
  void addInformation_datedBeforeTheJudgement_isRefused() {
    Driver d = executing();
    refusedWith(
        d,
        new CaseCommand.AddInformation(AMW, "known"),
        late(d, NETWORK_DIRECTOR, DAY_0.plusDays(1)),
        RuleId.DATE_BEFORE_DEPENDENCY);
  }

  @Test
  void close_datedBeforeTheLatestActOfHandling_isRefused() {
    Driver d = executing();
    d.evaluate(GoalResult.REACHED, EvaluationDecision.CLOSE);
    Violation v =
        refusedWith(
            d,
            Commands.close(d.profile()),
            late(d, TRAJECTORY_DIRECTOR, d.today().minusDays(1)),
            RuleId.DATE_BEFORE_DEPENDENCY);
    assertTrue(v.reasonEn().contains("latest act of handling"), v.reasonEn());
  }

  @Test
  void followUpAndReopen_datedBeforeTheClosure_areRefused() {
    Driver d = executing();
    d.evaluate(GoalResult.REACHED, EvaluationDecision.CLOSE);
    d.close();
    d.advance(30);
    LocalDate beforeClosure = DAY_0.plusDays(17);
    refusedWith(
        d,
        Commands.followUp(FollowUpOutcome.STILL_IN_CARE),
        late(d, NETWORK_DIRECTOR, beforeClosure),
        RuleId.DATE_BEFORE_DEPENDENCY);
    refusedWith(
        d,
        new CaseCommand.Reopen("again"),
        late(d, NETWORK_DIRECTOR, beforeClosure),
        RuleId.DATE_BEFORE_DEPENDENCY);
    d.apply(new CaseCommand.Reopen("again"), late(d, NETWORK_DIRECTOR, DAY_0.plusDays(20)));
    assertEquals(Optional.of(DAY_0.plusDays(20)), d.state().getReopenedOn());
  }

  @Test
  void withdrawConsent_datedBeforeTheConsent_isRefused() {
    Driver d = executing();
    d.apply(new CaseCommand.RecordConsent(CaseFixtures.consent(d.today())));
    d.advance(3);
    refusedWith(
        d,
        new CaseCommand.WithdrawConsent(),
        late(d, NETWORK_DIRECTOR, d.today().minusDays(4)),
        RuleId.DATE_BEFORE_DEPENDENCY);
  }

  @Test
  void resolveEscalation_datedBeforeItWasRaised_isRefused() {
    Driver d = executing();
    d.apply(new CaseCommand.Escalate(EscalationKind.CONTENT, 1, "no offer", Optional.empty()));
    d.advance(5);
    EscalationId id = d.state().getEscalations().get(0).getEscalation().getId();
    EscalationResolution resolution =
        EscalationResolution.of(ResolutionKind.AD_HOC, "an offer after all", "no offer");
    refusedWith(
        d,
        new CaseCommand.ResolveEscalation(id, resolution),
        late(d, NETWORK_DIRECTOR, d.today().minusDays(6)),
        RuleId.DATE_BEFORE_DEPENDENCY);
    d.apply(
        new CaseCommand.ResolveEscalation(id, resolution),
        late(d, NETWORK_DIRECTOR, d.today().minusDays(5)));
    assertTrue(d.state().getOpenEscalations().isEmpty());
  }

  @Test
  void requestInformation_sameDayAsItsDependency_isAccepted() {
    Driver d = executing();
    d.apply(
        new CaseCommand.RequestInformation(Set.of(AMW), "known?"),
        late(d, NETWORK_DIRECTOR, DAY_0.plusDays(2)));
    assertEquals(Optional.of(DAY_0.plusDays(8)), d.state().getLastEventOn());
  }

  @Test
  void adjustPlan_datedBeforeTheEvaluationThatDecidedIt_isRefused() {
    Driver d = executing();
    d.evaluate(GoalResult.NOT_REACHED, EvaluationDecision.ADJUST);
    d.advance(2);
    Violation v =
        refusedWith(
            d,
            new CaseCommand.AdjustPlan(RulesFixtures.plan(2, d.today())),
            late(d, TRAJECTORY_DIRECTOR, d.today().minusDays(3)),
            RuleId.DATE_BEFORE_DEPENDENCY);
    assertTrue(v.reasonEn().contains("the evaluation that decided to adjust"), v.reasonEn());
  }

  @Test
  void reportProgress_datedBeforeTheLatestEvaluation_isRefused_afterItAccepted() {
    Driver d = executing();
    d.evaluate(GoalResult.REACHED, EvaluationDecision.CONTINUE);
    d.advance(5);
    refusedWith(
        d,
        Commands.progress(true),
        late(d, TRAJECTORY_DIRECTOR, d.today().minusDays(6)),
        RuleId.DATE_BEFORE_DEPENDENCY);
    d.apply(Commands.progress(true), late(d, TRAJECTORY_DIRECTOR, d.today().minusDays(5)));
    assertEquals(Optional.of(d.today().minusDays(5)), d.state().getPendingDeviationOn());
  }

  @Test
  void transfer_datedBeforeTheLatestAct_isRefused() {
    Driver d = executing();
    d.apply(
        new CaseCommand.HoldMeeting(
            RulesFixtures.meeting(
                nl.lon.core.process.MeetingKind.NETWORK_MEETING, d.today(), false)));
    refusedWith(
        d,
        new CaseCommand.Transfer(
            nl.lon.core.process.WarmHandover.of(
                nl.lon.core.testing.Cast.OTHER_NETWORK, "ms. Jansen", "moved")),
        late(d, NETWORK_DIRECTOR, d.today().minusDays(1)),
        RuleId.DATE_BEFORE_DEPENDENCY);
  }

  @Test
  void judgeOutOfScope_datedBeforeAMeetingAlreadyRecorded_isRefused_inScopeAccepted() {
    Driver d = driver(MethodologyProfile.rotterdam()).signal().advance(4);
    d.apply(
        new CaseCommand.HoldMeeting(
            RulesFixtures.meeting(
                nl.lon.core.process.MeetingKind.NETWORK_MEETING, d.today(), false)));
    refusedWith(
        d,
        new CaseCommand.JudgeReport(
            nl.lon.core.process.ReportJudgement.OUT_OF_SCOPE, "single problem", Set.of()),
        late(d, NETWORK_DIRECTOR, DAY_0.plusDays(2)),
        RuleId.DATE_BEFORE_DEPENDENCY);
    d.apply(Commands.judgeInScope(), late(d, NETWORK_DIRECTOR, DAY_0.plusDays(2)));
  }

  @Test
  void escalate_datedBeforeThePreviousEscalation_isRefused() {
    Driver d = executing();
    d.apply(new CaseCommand.Escalate(EscalationKind.CONTENT, 1, "no offer", Optional.empty()));
    refusedWith(
        d,
        new CaseCommand.Escalate(EscalationKind.ORGANISATIONAL, 1, "no budget", Optional.empty()),
        late(d, NETWORK_DIRECTOR, d.today().minusDays(1)),
        RuleId.DATE_BEFORE_DEPENDENCY);
  }
}
