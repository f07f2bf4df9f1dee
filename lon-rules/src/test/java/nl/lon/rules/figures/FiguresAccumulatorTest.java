package nl.lon.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EntryCorrected;
import nl.lon.core.event.EntryWithdrawn;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.EscalationId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.core.state.CaseState;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

/**
 * Figures over eight small histories counted by hand (Enschede profile: 5, 5 and 10 working days;
 * scan threshold "not self-reliant"). Six cases count: c6 was signalled before the period and c7 by
 * another network.
 */
class FiguresAccumulatorTest {

  private static final MethodologyProfile ENSCHEDE = MethodologyProfile.enschede();
  private static final ReportingPeriod H1_2026 =
      ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  private static final FiguresScope NOORD = FiguresScope.network(CaseBuilder.NOORD);

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  /** The hand-counted histories, by case id. */
  static Map<String, List<CaseEvent>> histories() {
    Map<String, List<CaseEvent>> h = new LinkedHashMap<>();
    // c1: police signal; all deadlines met; organisational escalation solved structurally; closed,
    // followed up.
    h.put(
        "c1",
        CaseBuilder.signalled(
                "c1",
                CaseBuilder.NOORD,
                d(3, 2),
                SignalSourceKind.PARTNER_ORGANISATION,
                PartnerKind.POLICE,
                "politie")
            .judged(d(3, 4), ReportJudgement.IN_SCOPE, TargetGroup.CARE_AVOIDER)
            .information(d(3, 5), "ggz")
            .coordinate(d(3, 6))
            .director(d(3, 10), "p-anna", "amw")
            .scan(
                d(3, 11),
                Map.of(
                    ScanDomain.HOUSING,
                    SelfRelianceLevel.ACUTE_PROBLEMS,
                    ScanDomain.FINANCES,
                    SelfRelianceLevel.NOT_SELF_RELIANT,
                    ScanDomain.SOCIAL_NETWORK,
                    SelfRelianceLevel.LIMITED))
            .picture(d(3, 12), TargetGroup.CARE_AVOIDER, TargetGroup.CARE_MISSER)
            .plan(d(3, 20), 1, "amw", "stadsbank")
            .escalate(d(3, 25), EscalationKind.ORGANISATIONAL, 2, "wachtlijst schuldhulp")
            .resolve(d(4, 1), 1, ResolutionKind.STRUCTURAL, "  Stadsbank   wachtlijst ")
            .close(d(5, 1), ClosureReason.GUIDED_TO_REGULAR_CARE)
            .followUp(d(11, 1), FollowUpOutcome.STILL_IN_CARE)
            .events());
    // c2: resident; judge and appoint deadlines missed; content escalation still open; open with
    // p-anna.
    h.put(
        "c2",
        CaseBuilder.signalled("c2", CaseBuilder.NOORD, d(3, 2), SignalSourceKind.RESIDENT)
            .judged(d(3, 13), ReportJudgement.IN_SCOPE)
            .coordinate(d(3, 16))
            .director(d(3, 30), "p-anna", "amw")
            .picture(d(3, 31))
            .escalate(d(4, 2), EscalationKind.CONTENT, 1, "weigert hulp")
            .events());
    // c3: another organisation, kind unknown; out of scope.
    h.put(
        "c3",
        CaseBuilder.signalled(
                "c3",
                CaseBuilder.NOORD,
                d(4, 6),
                SignalSourceKind.OTHER_ORGANISATION,
                null,
                "school-x")
            .judged(d(4, 7), ReportJudgement.OUT_OF_SCOPE)
            .events());
    // c4: housing corporation; GGD asked for information; referred to an organisation by the
    // coordination decision.
    h.put(
        "c4",
        CaseBuilder.signalled(
                "c4",
                CaseBuilder.NOORD,
                d(4, 6),
                SignalSourceKind.PARTNER_ORGANISATION,
                PartnerKind.HOUSING_CORPORATION,
                "woonstad")
            .judged(d(4, 8), ReportJudgement.IN_SCOPE, TargetGroup.NUISANCE_CAUSER)
            .asked(d(4, 9), "ggd", "woonstad")
            .coordination(d(4, 10), CoordinationOutcome.REFER_TO_ORGANISATION, "ggz")
            .events());
    // c5: the client; closed self-reliant, dropped out, reopened within 6 months, new director
    // p-carol.
    h.put(
        "c5",
        CaseBuilder.signalled("c5", CaseBuilder.NOORD, d(5, 4), SignalSourceKind.CLIENT)
            .judged(d(5, 5), ReportJudgement.IN_SCOPE, TargetGroup.CARE_MISSER)
            .coordinate(d(5, 6))
            .director(d(5, 7), "p-bob", "ggz")
            .picture(d(5, 8))
            .plan(d(5, 11), 1, "ggz")
            .close(d(5, 20), ClosureReason.SELF_RELIANT_AGAIN)
            .followUp(d(8, 20), FollowUpOutcome.DROPPED_OUT)
            .reopen(d(9, 1))
            .director(d(9, 2), "p-carol", "amw")
            .events());
    // c6: signalled before the period: ignored.
    h.put(
        "c6",
        CaseBuilder.signalled(
                "c6", CaseBuilder.NOORD, LocalDate.of(2025, 12, 15), SignalSourceKind.RESIDENT)
            .judged(LocalDate.of(2026, 1, 5), ReportJudgement.IN_SCOPE)
            .events());
    // c7: another network: ignored.
    h.put(
        "c7",
        CaseBuilder.signalled("c7", CaseBuilder.ZUID, d(5, 10), SignalSourceKind.RESIDENT)
            .judged(d(5, 11), ReportJudgement.IN_SCOPE)
            .events());
    // c8: a relative; transferred to another network.
    h.put(
        "c8",
        CaseBuilder.signalled("c8", CaseBuilder.NOORD, d(6, 1), SignalSourceKind.RELATIVE)
            .judged(d(6, 2), ReportJudgement.IN_SCOPE, TargetGroup.CARE_AVOIDER)
            .coordinate(d(6, 3))
            .director(d(6, 4), "p-anna", "amw")
            .transfer(d(6, 10))
            .events());
    return h;
  }

  private static FiguresAccumulator caseByCase() {
    FiguresAccumulator acc = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    histories().values().forEach(acc::acceptHistory);
    return acc;
  }

  private static ManagementFigures unsuppressed() {
    return caseByCase().result(1);
  }

  private static long value(Table table, String key) {
    return table
        .cell(key)
        .orElseThrow(() -> new AssertionError(table.getName() + " has no " + key))
        .getValue()
        .getAsLong();
  }

  private static Table table(ManagementFigures f, FigureKey key) {
    return f.table(key).orElseThrow();
  }

  @Test
  void histories_handWritten_areLegalCaseHistories() {
    histories().values().forEach(CaseState::replay);
  }

  @Test
  void result_handCounted_casesSignalledPerMonthInPeriodAndScope() {
    Table t = table(unsuppressed(), FigureKey.CASES_SIGNALLED);
    assertEquals(
        List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"),
        t.getCells().stream().map(Cell::getKey).toList());
    assertEquals(
        List.of(0L, 0L, 2L, 2L, 1L, 1L),
        t.getCells().stream().map(c -> c.getValue().getAsLong()).toList());
    assertEquals(OptionalLong.of(6), unsuppressed().getCasesSignalled().getValue());
    assertTrue(t.isAdditive());
  }

  @Test
  void result_handCounted_signalSourceBrokenDownBySignallerKind() {
    Table t = table(unsuppressed(), FigureKey.SIGNAL_SOURCE);
    assertEquals(
        List.of(
            "RESIDENT",
            "PARTNER_ORGANISATION/POLICE",
            "PARTNER_ORGANISATION/HOUSING_CORPORATION",
            "OTHER_ORGANISATION/UNKNOWN_KIND",
            "CLIENT",
            "RELATIVE"),
        t.getCells().stream().map(Cell::getKey).toList());
    t.getCells().forEach(c -> assertEquals(OptionalLong.of(1), c.getValue(), c.getKey()));
    assertEquals(OptionalLong.of(6), t.getTotal().getValue());
  }

  @Test
  void result_handCounted_targetGroupsFromLatestAssignment() {
    Table t = table(unsuppressed(), FigureKey.TARGET_GROUP);
    assertEquals(2, value(t, "CARE_AVOIDER"));
    assertEquals(2, value(t, "CARE_MISSER"));
    assertEquals(1, value(t, "NUISANCE_CAUSER"));
    assertEquals(2, value(t, "NONE"));
    assertEquals(OptionalLong.of(6), t.getTotal().getValue());
    assertFalse(t.isAdditive());
  }

  @Test
  void result_handCounted_lifeDomainsOfLatestScanAtOrBelowThreshold() {
    Table t = table(unsuppressed(), FigureKey.LIFE_DOMAIN);
    assertEquals(1, value(t, "HOUSING"));
    assertEquals(1, value(t, "INCOME"));
    assertEquals(0, value(t, "RELATIONS"), "social network is 'limited', above the threshold");
    assertEquals(0, value(t, "NO_PROBLEM_DOMAIN"));
    assertEquals(5, value(t, "NO_SCAN"));
  }

  @Test
  void result_handCounted_distinctOrganisationsPerCase() {
    Table t = table(unsuppressed(), FigureKey.ORGANISATIONS_INVOLVED);
    assertEquals(0, value(t, "0"));
    assertEquals(3, value(t, "1"));
    assertEquals(1, value(t, "2"));
    assertEquals(1, value(t, "3"), "c4: signaller, asked for information, referred to");
    assertEquals(1, value(t, "4"));
    assertEquals(0, value(t, "10+"));
  }

  @Test
  void result_handCounted_outcomesAtEndOfStream() {
    Table t = table(unsuppressed(), FigureKey.OUTCOME);
    assertEquals(2, value(t, "OPEN"));
    assertEquals(1, value(t, "GUIDED_TO_REGULAR_CARE"));
    assertEquals(0, value(t, "SELF_RELIANT_AGAIN"), "c5 was reopened");
    assertEquals(1, value(t, "OUT_OF_SCOPE_AT_JUDGEMENT"));
    assertEquals(1, value(t, "REFERRED_TO_ORGANISATION"));
    assertEquals(1, value(t, "TRANSFERRED"));
    assertEquals(FigureOutcome.values().length, t.getCells().size());
  }

  @Test
  void result_handCounted_followUpOfClosedCases() {
    Table t = table(unsuppressed(), FigureKey.FOLLOW_UP);
    assertEquals(OptionalLong.of(2), t.getTotal().getValue());
    assertEquals(2, value(t, "FOLLOWED_UP"));
    assertEquals(1, value(t, "DROPPED_OUT"));
    assertEquals(1, value(t, "REOPENED_WITHIN_6_MONTHS"));
    assertEquals(1, value(t, "REOPENED_WITHIN_12_MONTHS"));
  }

  @Test
  void result_handCounted_deadlinesInWorkingDays() {
    ManagementFigures f = unsuppressed();
    DeadlineFigure judge = f.deadline(FigureDeadline.JUDGE_REPORT).orElseThrow();
    assertEquals(5, judge.getWorkingDays());
    assertEquals(5, value(judge.getTable(), "MET"));
    assertEquals(1, value(judge.getTable(), "MISSED"));
    assertEquals(OptionalDouble.of(5.0 / 6), judge.getShareMet());
    DeadlineFigure appoint = f.deadline(FigureDeadline.APPOINT_PROBLEM_OWNER).orElseThrow();
    assertEquals(3, value(appoint.getTable(), "MET"));
    assertEquals(1, value(appoint.getTable(), "MISSED"));
    DeadlineFigure plan = f.deadline(FigureDeadline.PRESENT_PLAN).orElseThrow();
    assertEquals(10, plan.getWorkingDays());
    assertEquals(
        2, value(plan.getTable(), "MET"), "c5: 10 working days from 7 May skip Ascension Day");
    assertEquals(0, value(plan.getTable(), "MISSED"));
    assertEquals(OptionalDouble.of(1.0), plan.getShareMet());
    assertEquals("deadline/PRESENT_PLAN", plan.getTable().getName());
  }

  @Test
  void result_profileWithoutDeadlines_hasNoDeadlineFigures() {
    FiguresAccumulator acc =
        FiguresAccumulator.create(MethodologyProfile.rotterdam(), H1_2026, NOORD);
    histories().values().forEach(acc::acceptHistory);
    ManagementFigures f = acc.result(1);
    assertTrue(f.getDeadlines().isEmpty());
    assertTrue(f.table(FigureKey.DEADLINE).isEmpty());
  }

  @Test
  void result_handCounted_escalationsByKindResolutionAndRung() {
    ManagementFigures f = unsuppressed();
    Table t = table(f, FigureKey.ESCALATION);
    assertEquals(
        1,
        t.cell(EscalationKind.ORGANISATIONAL, ResolutionKind.STRUCTURAL)
            .orElseThrow()
            .getValue()
            .getAsLong());
    assertEquals(
        1,
        t.cell(EscalationKind.CONTENT, FigureCategory.STILL_OPEN)
            .orElseThrow()
            .getValue()
            .getAsLong());
    assertEquals(0, value(t, "CONTENT/STRUCTURAL"));
    assertEquals(OptionalLong.of(2), t.getTotal().getValue());
    assertEquals(
        EscalationKind.values().length * (ResolutionKind.values().length + 1), t.getCells().size());
    Table rungs = table(f, FigureKey.ESCALATION_RUNG);
    assertEquals(List.of("1", "2"), rungs.getCells().stream().map(Cell::getKey).toList());
  }

  @Test
  void result_handCounted_caseloadOfOpenCasesPerCurrentDirector() {
    Table t = table(unsuppressed(), FigureKey.CASELOAD);
    assertEquals(List.of("p-anna", "p-carol"), t.getCells().stream().map(Cell::getKey).toList());
    assertEquals(1, value(t, "p-anna"), "c1 is closed and c8 transferred");
    assertEquals(1, value(t, "p-carol"), "c5's director after reopening");
  }

  @Test
  void result_handCounted_policySignalsAndOpenBottlenecks() {
    ManagementFigures f = unsuppressed();
    assertEquals(1, f.getPolicySignals().size());
    BlockerFigure b = f.getPolicySignals().get(0);
    assertEquals("Stadsbank wachtlijst", b.getBlocker(), "whitespace normalised");
    assertEquals(OptionalLong.of(1), b.cell(ResolutionKind.STRUCTURAL).orElseThrow().getValue());
    assertEquals(OptionalLong.of(0), b.cell(ResolutionKind.AD_HOC).orElseThrow().getValue());
    assertEquals(OptionalLong.of(1), b.getTotal());
    assertEquals(1, value(table(f, FigureKey.POLICY_SIGNAL), "Stadsbank wachtlijst/STRUCTURAL"));
    assertEquals(1, value(table(f, FigureKey.UNRESOLVED_BOTTLENECK), "weigert hulp"));
  }

  @Test
  void result_handCounted_leadTimesMedianAndP90ByNearestRank() {
    ManagementFigures f = unsuppressed();
    // report judged after 2, 11, 1, 2, 1, 1 days
    assertDuration(f, FigureMilestone.REPORT_JUDGED, 6, 1, 11);
    // coordination decision after 4, 14, 4, 2, 2 days
    assertDuration(f, FigureMilestone.COORDINATION_DECIDED, 5, 4, 14);
    // first director after 8, 28, 3, 3 days
    assertDuration(f, FigureMilestone.TRAJECTORY_DIRECTOR_APPOINTED, 4, 3, 28);
    assertDuration(f, FigureMilestone.INTEGRAL_PICTURE_FORMED, 3, 10, 29);
    assertDuration(f, FigureMilestone.PLAN_ADOPTED, 2, 7, 18);
    assertDuration(f, FigureMilestone.CASE_CLOSED, 2, 16, 60);
  }

  private static void assertDuration(
      ManagementFigures f, FigureMilestone m, long n, int median, int p90) {
    DurationFigure d = f.duration(m);
    assertEquals(OptionalLong.of(n), d.getObservations(), m.name());
    assertEquals(OptionalInt.of(median), d.getMedianDays(), m.name());
    assertEquals(OptionalInt.of(p90), d.getP90Days(), m.name());
  }

  @Test
  void result_defaultThreshold_smallCountsSuppressedTotalsAndLargeDurationsPublished() {
    ManagementFigures f = caseByCase().result();
    assertEquals(5, f.getSuppressionThreshold());
    Table outcome = table(f, FigureKey.OUTCOME);
    assertEquals(OptionalLong.of(6), outcome.getTotal().getValue());
    for (Cell c : outcome.getCells()) {
      assertEquals(
          c.getKey().equals("OPEN")
              || c.getKey().equals("GUIDED_TO_REGULAR_CARE")
              || c.getKey().equals("OUT_OF_SCOPE_AT_JUDGEMENT")
              || c.getKey().equals("REFERRED_TO_ORGANISATION")
              || c.getKey().equals("TRANSFERRED"),
          c.isSuppressed(),
          c.getKey());
    }
    // zeros stay visible
    assertEquals(OptionalLong.of(0), outcome.cell(FigureOutcome.DECEASED).orElseThrow().getValue());
    // follow-up: two closed cases, total suppressed too
    assertTrue(table(f, FigureKey.FOLLOW_UP).getTotal().isSuppressed());
    // judge deadline: 5 met, 1 missed: missed suppressed, met suppressed as complement, share
    // hidden
    DeadlineFigure judge = f.deadline(FigureDeadline.JUDGE_REPORT).orElseThrow();
    assertTrue(judge.getTable().cell(FigureCategory.MET).orElseThrow().isSuppressed());
    assertTrue(judge.getTable().cell(FigureCategory.MISSED).orElseThrow().isSuppressed());
    assertEquals(OptionalLong.of(6), judge.getTable().getTotal().getValue());
    assertEquals(OptionalDouble.empty(), judge.getShareMet());
    // durations: 6 and 5 observations are enough, 4 are not
    assertEquals(OptionalInt.of(1), f.duration(FigureMilestone.REPORT_JUDGED).getMedianDays());
    assertEquals(
        OptionalInt.of(4), f.duration(FigureMilestone.COORDINATION_DECIDED).getMedianDays());
    DurationFigure director = f.duration(FigureMilestone.TRAJECTORY_DIRECTOR_APPOINTED);
    assertTrue(director.isSuppressed());
    assertEquals(OptionalInt.empty(), director.getMedianDays());
    assertEquals(OptionalInt.empty(), director.getP90Days());
    // a blocker named by one resolution is left out: its free text could name the case
    assertEquals(List.of(), f.getPolicySignals());
    assertEquals(1, caseByCase().result(1).getPolicySignals().size(), "shown at threshold 1");
  }

  @Test
  void accept_interleavedEvents_sameFiguresAsCaseByCase() {
    List<List<CaseEvent>> lists = new ArrayList<>(histories().values());
    FiguresAccumulator acc = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    int longest = lists.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<CaseEvent> l : lists) {
        if (i < l.size()) {
          acc.accept(l.get(i));
        }
      }
    }
    assertEquals(5, acc.getTrackedCases(), "every counted case but the transferred c8");
    assertEquals(caseByCase().result(1), acc.result(1));
    assertEquals(caseByCase().result(), acc.result());
  }

  @Test
  void complete_trackedCase_dropsWorkingStateAndKeepsFigures() {
    FiguresAccumulator acc = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    histories().values().forEach(acc::acceptAll);
    ManagementFigures before = acc.result(1);
    for (String id : histories().keySet()) {
      acc.complete(CaseId.of(id));
    }
    assertEquals(0, acc.getTrackedCases());
    assertEquals(before, acc.result(1));
  }

  @Test
  void accept_caseOutsidePeriodOrScope_isIgnored() {
    FiguresAccumulator acc = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    acc.acceptAll(histories().get("c6")).acceptAll(histories().get("c7"));
    assertEquals(0, acc.getTrackedCases());
    assertEquals(OptionalLong.of(0), acc.result(1).getCasesSignalled().getValue());
  }

  @Test
  void accept_regionScope_countsEveryNetwork() {
    FiguresAccumulator acc =
        FiguresAccumulator.create(ENSCHEDE, H1_2026, FiguresScope.region("Twente"));
    histories().values().forEach(acc::acceptHistory);
    assertEquals(OptionalLong.of(7), acc.result(1).getCasesSignalled().getValue());
  }

  @Test
  void accept_sequenceGap_throwsIllegalEvent() {
    List<CaseEvent> c1 = histories().get("c1");
    FiguresAccumulator acc = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    acc.accept(c1.get(0));
    assertThrows(IllegalEventException.class, () -> acc.accept(c1.get(2)));
  }

  /** c2 as built, with its judgement (#2) dated on a given day. */
  private static List<CaseEvent> c2JudgedOn(LocalDate judged) {
    return CaseBuilder.signalled("c2", CaseBuilder.NOORD, d(3, 2), SignalSourceKind.RESIDENT)
        .judged(judged, ReportJudgement.IN_SCOPE)
        .coordinate(d(3, 16))
        .director(d(3, 30), "p-anna", "amw")
        .picture(d(3, 31))
        .escalate(d(4, 2), EscalationKind.CONTENT, 1, "weigert hulp")
        .events();
  }

  private static ManagementFigures figuresOf(List<CaseEvent> history) {
    return FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD).acceptHistory(history).result(1);
  }

  @Test
  void acceptHistory_correctedEntry_countsTheLatestVersion() {
    List<CaseEvent> late = c2JudgedOn(d(3, 13));
    List<CaseEvent> inTime = c2JudgedOn(d(3, 3));
    assertNotEquals(figuresOf(late), figuresOf(inTime), "the judgement deadline tells them apart");
    List<CaseEvent> corrected = new ArrayList<>(late);
    corrected.add(
        EntryCorrected.builder()
            .metadata(
                EventMetadata.of(
                    late.get(0).getCaseId(),
                    late.size() + 1,
                    d(4, 3),
                    d(4, 3).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                    late.get(1).getActor()))
            .correctedSequence(2)
            .replacement(inTime.get(1))
            .reason("judged on the day after the signal, entered late")
            .build());
    assertEquals(figuresOf(inTime), figuresOf(corrected));
  }

  @Test
  void acceptHistory_withdrawnEntry_countsNothingOfIt() {
    List<CaseEvent> c2 = histories().get("c2");
    List<CaseEvent> withExtra = new ArrayList<>(c2);
    CaseEvent escalation = c2.get(c2.size() - 1);
    withExtra.add(
        EscalationRaised.builder()
            .from((EscalationRaised) escalation)
            .metadata(
                EventMetadata.of(
                    escalation.getCaseId(),
                    c2.size() + 1,
                    escalation.getBusinessDate(),
                    escalation.getRecordedAt().plusSeconds(1),
                    escalation.getActor()))
            .escalation(
                Escalation.builder()
                    .from(((EscalationRaised) escalation).getEscalation())
                    .id(EscalationId.of("esc-extra"))
                    .build())
            .build());
    assertNotEquals(figuresOf(c2), figuresOf(withExtra));
    withExtra.add(
        EntryWithdrawn.builder()
            .metadata(
                EventMetadata.of(
                    escalation.getCaseId(),
                    c2.size() + 2,
                    escalation.getBusinessDate(),
                    escalation.getRecordedAt().plusSeconds(2),
                    escalation.getActor()))
            .withdrawnSequence(c2.size() + 1)
            .reason("raised twice by mistake")
            .build());
    assertEquals(figuresOf(c2), figuresOf(withExtra));
    FiguresAccumulator byEvent = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    byEvent.acceptAll(withExtra.subList(0, withExtra.size() - 1));
    assertThrows(
        IllegalEventException.class, () -> byEvent.accept(withExtra.get(withExtra.size() - 1)));
  }

  @Test
  void acceptHistory_correctionThatCannotApply_isUncomputable() {
    List<CaseEvent> c2 = new ArrayList<>(histories().get("c2"));
    CaseEvent last = c2.get(c2.size() - 1);
    c2.add(
        EntryWithdrawn.builder()
            .metadata(
                EventMetadata.of(
                    last.getCaseId(),
                    c2.size() + 1,
                    last.getBusinessDate(),
                    last.getRecordedAt(),
                    last.getActor()))
            .withdrawnSequence(c2.size() + 0)
            .reason("x")
            .build());
    c2.add(
        EntryWithdrawn.builder()
            .metadata(
                EventMetadata.of(
                    last.getCaseId(),
                    c2.size() + 1,
                    last.getBusinessDate(),
                    last.getRecordedAt(),
                    last.getActor()))
            .withdrawnSequence(c2.size() - 1)
            .reason("withdrawn twice")
            .build());
    assertEquals(
        List.of(last.getCaseId()),
        List.copyOf(figuresOf(c2).getUncomputableCaseIds()),
        "a history whose corrections cannot apply is reported, not counted");
  }

  @Test
  void acceptHistory_eventsOfTwoCases_throwsIllegalEvent() {
    List<CaseEvent> mixed = new ArrayList<>(histories().get("c3"));
    mixed.add(histories().get("c4").get(1));
    FiguresAccumulator acc = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    assertThrows(IllegalEventException.class, () -> acc.acceptHistory(mixed));
  }

  @Test
  void merge_caseTrackedByBoth_throwsInvalidValue() {
    List<CaseEvent> c2 = histories().get("c2");
    FiguresAccumulator a =
        FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD).acceptAll(c2.subList(0, 2));
    FiguresAccumulator b =
        FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD).acceptAll(c2.subList(0, 2));
    assertThrows(InvalidValueException.class, () -> a.merge(b));
  }

  @Test
  void merge_differentPeriod_throwsInvalidValue() {
    FiguresAccumulator a = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    FiguresAccumulator b = FiguresAccumulator.create(ENSCHEDE, ReportingPeriod.ofYear(2026), NOORD);
    assertThrows(InvalidValueException.class, () -> a.merge(b));
    assertThrows(InvalidValueException.class, () -> a.merge(a));
  }

  @Test
  void merge_twoHalves_equalsWholeAndLeavesOtherUnchanged() {
    List<List<CaseEvent>> lists = new ArrayList<>(histories().values());
    FiguresAccumulator a = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    FiguresAccumulator b = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    lists.subList(0, 3).forEach(a::acceptAll);
    lists.subList(3, lists.size()).forEach(b::acceptAll);
    ManagementFigures bBefore = b.result(1);
    assertEquals(caseByCase().result(1), a.merge(b).result(1));
    assertEquals(bBefore, b.result(1));
  }

  @Test
  void result_thresholdOutOfRange_throwsInvalidValue() {
    assertThrows(InvalidValueException.class, () -> caseByCase().result(0));
  }

  @Test
  void cell_label_usesCategoryLabelsPerLanguage() {
    Table t = table(unsuppressed(), FigureKey.ESCALATION);
    Cell c = t.cell(EscalationKind.CONTENT, FigureCategory.STILL_OPEN).orElseThrow();
    assertEquals(
        EscalationKind.CONTENT.label(java.util.Locale.ENGLISH) + " / still open",
        c.label(java.util.Locale.ENGLISH));
    assertEquals(
        EscalationKind.CONTENT.label(java.util.Locale.forLanguageTag("nl")) + " / nog open",
        c.label(java.util.Locale.forLanguageTag("nl")));
    assertEquals("cases-signalled", FigureKey.CASES_SIGNALLED.getSlug());
    assertEquals(
        LifeDomain.HOUSING,
        table(unsuppressed(), FigureKey.LIFE_DOMAIN).getCells().get(0).getCategories().get(0));
  }

  /** A coordinated case whose one escalation was resolved naming the blocker. */
  private static List<CaseEvent> blocked(String id, ResolutionKind kind, String blocker) {
    return CaseBuilder.signalled(id, CaseBuilder.NOORD, d(2, 2), SignalSourceKind.RESIDENT)
        .judged(d(2, 3), ReportJudgement.IN_SCOPE)
        .coordinate(d(2, 4))
        .escalate(d(2, 5), EscalationKind.ORGANISATIONAL, 2, "stuck")
        .resolve(d(2, 6), 1, kind, blocker)
        .events();
  }

  @Test
  void result_policySignals_rowsByTotal_blockersOfFewEscalationsLeftOut() {
    FiguresAccumulator acc = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    int n = 0;
    for (int i = 0; i < 6; i++) {
      acc.acceptHistory(blocked("a" + n++, ResolutionKind.STRUCTURAL, "Alpha rule"));
    }
    for (int i = 0; i < 7; i++) {
      acc.acceptHistory(blocked("b" + n++, ResolutionKind.AD_HOC, "Beta corporation"));
    }
    for (int i = 0; i < 2; i++) {
      acc.acceptHistory(blocked("c" + n++, ResolutionKind.NONE, "Charlie"));
    }
    ManagementFigures f = acc.result();
    // Charlie, named by 2 escalations, is left out: its text could name the case
    assertEquals(
        List.of("Beta corporation", "Alpha rule"),
        f.getPolicySignals().stream().map(BlockerFigure::getBlocker).toList());
    assertEquals(OptionalLong.of(7), f.getPolicySignals().get(0).getTotal());
    assertEquals(OptionalLong.of(6), f.getPolicySignals().get(1).getTotal());
    Table table = f.table(FigureKey.POLICY_SIGNAL).orElseThrow();
    assertEquals("Beta corporation/STRUCTURAL", table.getCells().get(0).getKey());
    assertEquals(OptionalLong.of(13), table.getTotal().getValue());
    assertTrue(
        table.getCells().stream().noneMatch(c -> c.getKey().startsWith("Charlie")),
        "no cell carries the small blocker's text");
    assertEquals(
        List.of("Beta corporation", "Alpha rule", "Charlie"),
        acc.result(1).getPolicySignals().stream().map(BlockerFigure::getBlocker).toList(),
        "unsuppressed: by total descending, 7, 6, 2");
  }

  @Test
  void result_openBottleneckOfOneEscalation_publishesNoneOfItsText() {
    FiguresAccumulator acc = FiguresAccumulator.create(ENSCHEDE, H1_2026, NOORD);
    acc.acceptHistory(
        CaseBuilder.signalled("z1", CaseBuilder.NOORD, d(2, 2), SignalSourceKind.RESIDENT)
            .judged(d(2, 3), ReportJudgement.IN_SCOPE)
            .coordinate(d(2, 4))
            .escalate(
                d(2, 5),
                EscalationKind.ORGANISATIONAL,
                2,
                "Woonstad will not rehouse J. Zwartewaal at Zonnebloemstraat 17b")
            .events());
    Table open = acc.result().table(FigureKey.UNRESOLVED_BOTTLENECK).orElseThrow();
    assertTrue(
        open.getCells().stream().noneMatch(c -> c.getKey().contains("Zwartewaal")),
        () -> "a single escalation's bottleneck text reaches the figures: " + open.getCells());
    assertEquals(
        1,
        acc.result(1).table(FigureKey.UNRESOLVED_BOTTLENECK).orElseThrow().getCells().size(),
        "shown at threshold 1");
  }
}
