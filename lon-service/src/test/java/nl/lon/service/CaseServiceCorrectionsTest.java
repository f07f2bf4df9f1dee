package nl.lon.service;

import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_TRAJECTORY_DIRECTOR;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.Commands.adoptPlan;
import static nl.lon.rules.testing.Commands.appoint;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.picture;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.rules.testing.Commands.scan;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EntryCorrected;
import nl.lon.core.event.EventType;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.state.CaseState;
import nl.lon.core.state.EffectiveHistory;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.rules.agenda.ObligationKind;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.RuleId;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;

/** Corrections and withdrawals through the case service, on the in-memory adapters. */
class CaseServiceCorrectionsTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-1");
  private static final ClientNumber CLIENT = ClientNumber.of("client-0001");
  private static final Purpose WORK = Purpose.of("correct the record");

  private static World judgedWithVisit() {
    World w = world(MethodologyProfile.rotterdam(), DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        Optional.empty());
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    w.service.recordHomeVisit(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.RecordHomeVisit(
            Set.of(NETWORK_DIRECTOR.getId()), "door not opened", false));
    return w;
  }

  private static AuditRecord lastAudit(World w) {
    return w.audit.read(w.audit.size(), 1).get(0);
  }

  @Test
  void correctEntry_stateCountsTheNewVersion_timelineShowsBoth_audited() {
    World w = judgedWithVisit();
    assertEquals(1, w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE).getUnreachableCount());
    w.clock.advanceDays(2);

    CommandReceipt receipt =
        w.service.correctEntry(
            NETWORK_DIRECTOR.getId(),
            WORK,
            CASE,
            new CaseCommand.CorrectEntry(
                3,
                new CaseCommand.RecordHomeVisit(
                    Set.of(NETWORK_DIRECTOR.getId()), "client opened after all", true),
                "the client did open the door"));

    assertEquals(4, receipt.getVersion());
    AuditRecord r = lastAudit(w);
    assertEquals(Operation.CORRECT_ENTRY, r.getOperation());
    assertEquals(AuditOutcome.ALLOWED, r.getOutcome());
    CaseState state = w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE);
    assertEquals(0, state.getUnreachableCount(), "the state counts the corrected visit");
    assertEquals(
        0,
        w.newService().read(NETWORK_DIRECTOR.getId(), WORK, CASE).getUnreachableCount(),
        "a fresh node replays the stream to the same state");
    List<CaseEvent> timeline = w.service.timeline(NETWORK_DIRECTOR.getId(), WORK, CASE);
    assertEquals(4, timeline.size(), "the timeline keeps the original and the correction");
    assertEquals(EventType.HOME_VISIT_RECORDED, timeline.get(2).getType());
    assertEquals(EventType.ENTRY_CORRECTED, timeline.get(3).getType());
    assertEquals(DAY_0, ((EntryCorrected) timeline.get(3)).getReplacement().getBusinessDate());
    assertEquals(3, EffectiveHistory.of(timeline).size());
  }

  @Test
  void withdrawEntry_theAgendaHonoursIt() {
    World w = world(MethodologyProfile.rotterdam(), DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        Optional.empty());
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    assertFalse(judgeObligation(w), "a judged report has no judging obligation");

    w.service.withdrawEntry(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.WithdrawEntry(2, "judged the wrong report"));
    assertEquals(Operation.WITHDRAW_ENTRY, lastAudit(w).getOperation());

    assertEquals(
        ProcessStep.RECEIVE_REPORT, w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE).getStep());
    assertTrue(judgeObligation(w), "the withdrawn judgement is due again");
    assertEquals(3, w.service.timeline(NETWORK_DIRECTOR.getId(), WORK, CASE).size());
  }

  private static boolean judgeObligation(World w) {
    return w
        .service
        .networkAgenda(NETWORK_DIRECTOR.getId(), WORK, NETWORK, w.today())
        .getObligations()
        .stream()
        .anyMatch(o -> o.getCaseId().equals(CASE) && o.getKind() == ObligationKind.JUDGE_REPORT);
  }

  @Test
  void withdrawingTheSignal_refusedWithItsRuleId_andAudited() {
    World w = judgedWithVisit();
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () ->
                w.service.withdrawEntry(
                    NETWORK_DIRECTOR.getId(),
                    WORK,
                    CASE,
                    new CaseCommand.WithdrawEntry(1, "no case")));
    assertEquals(RuleId.CORRECTION_SIGNAL_STAYS.getId(), e.getViolations().get(0).rule());
    assertEquals(AuditOutcome.REFUSED, lastAudit(w).getOutcome());
    assertEquals(3, w.service.timeline(NETWORK_DIRECTOR.getId(), WORK, CASE).size());
  }

  @Test
  void correctionThatMakesTheHistoryImpossible_refused() {
    World w = judgedWithVisit();
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () ->
                w.service.correctEntry(
                    NETWORK_DIRECTOR.getId(),
                    WORK,
                    CASE,
                    new CaseCommand.CorrectEntry(
                        2,
                        new CaseCommand.JudgeReport(
                            nl.lon.core.process.ReportJudgement.OUT_OF_SCOPE,
                            "single problem",
                            Set.of()),
                        "out of scope after all")));
    assertTrue(
        e.getViolations().stream()
            .anyMatch(v -> v.rule().equals(RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE.getId())));
    assertEquals(1, w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE).getUnreachableCount());
  }

  /**
   * A trajectory director who has been replaced no longer corrects the plan they adopted: the
   * correction is decided on the case as it was, where they held the role, and could name anyone
   * into the case.
   */
  @Test
  void replacedTrajectoryDirector_mayNotCorrectTheirPlan() {
    MethodologyProfile p = MethodologyProfile.enschede();
    World w = world(p, DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, ClientNumber.of("client-td"), w.today()),
        Optional.empty());
    w.clock.advanceDays(1);
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));
    w.service.appointTrajectoryDirector(NETWORK_DIRECTOR.getId(), WORK, CASE, appoint(p));
    w.service.recordScan(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, scan(w.today()));
    w.service.formIntegralPicture(NETWORK_DIRECTOR.getId(), WORK, CASE, picture());
    if (p.isOwnershipAcceptedBeforePlan()) {
      w.service.acceptProblemOwnership(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, w.today());
    }
    LocalDate planDay = w.today();
    long planEntry =
        w.service
            .adoptPlan(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, adoptPlan(planDay))
            .getVersion();
    w.clock.advanceDays(2);
    w.service.appointTrajectoryDirector(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.AppointTrajectoryDirector(
            OTHER_TRAJECTORY_DIRECTOR.getId(), AMW, p.getAppointedBy(), false));

    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () ->
                w.service.correctEntry(
                    TRAJECTORY_DIRECTOR.getId(),
                    WORK,
                    CASE,
                    new CaseCommand.CorrectEntry(
                        planEntry,
                        new CaseCommand.AdoptPlan(RulesFixtures.plan(1, planDay)),
                        Optional.empty(),
                        "typo")));

    assertEquals(RuleId.CORRECTION_NOT_AUTHOR.getId(), e.getViolations().get(0).rule());
  }
}
