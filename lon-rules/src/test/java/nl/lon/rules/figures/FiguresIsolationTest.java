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
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.rules.calendar.WorkingDayCalendar;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

/**
 * A bad case never takes the network down: a history that cannot be computed adds nothing to the
 * figures, is reported by id, and every other case is counted exactly as without it.
 */
class FiguresIsolationTest {

  /**
   * Enschede's deadlines on a calendar of 2026 only: a deadline counted from 2025 cannot be
   * computed.
   */
  private static final MethodologyProfile ENSCHEDE_2026 =
      MethodologyProfile.builder()
          .from(MethodologyProfile.enschede())
          .calendar(WorkingDayCalendar.dutch(2026, 2026))
          .build();

  private static final ReportingPeriod H1_2026 =
      ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  private static final FiguresScope NOORD = FiguresScope.network(CaseBuilder.NOORD);

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  private static FiguresAccumulator read(
      MethodologyProfile profile, Iterable<List<CaseEvent>> histories) {
    FiguresAccumulator acc = FiguresAccumulator.create(profile, H1_2026, NOORD);
    histories.forEach(acc::acceptHistory);
    return acc;
  }

  /** Every published value but the uncomputable ids. */
  private static void assertSameFigures(ManagementFigures expected, ManagementFigures actual) {
    assertEquals(expected.getTables(), actual.getTables());
    assertEquals(expected.getDurations(), actual.getDurations());
    assertEquals(expected.getDeadlines(), actual.getDeadlines());
    assertEquals(expected.getPolicySignals(), actual.getPolicySignals());
  }

  /**
   * A counted case with every step, whose sixth event is missing: the gap shows after five events
   * were read.
   */
  private static List<CaseEvent> withSequenceGap(String id) {
    List<CaseEvent> h =
        new ArrayList<>(
            CaseBuilder.signalled(id, CaseBuilder.NOORD, d(3, 2), SignalSourceKind.RESIDENT)
                .judged(d(3, 4), ReportJudgement.IN_SCOPE)
                .coordinate(d(3, 6))
                .director(d(3, 10), "p-zed", "amw")
                .picture(d(3, 12))
                .plan(d(3, 20), 1, "amw", "stadsbank")
                .escalate(d(3, 25), EscalationKind.ORGANISATIONAL, 2, "poison bottleneck")
                .resolve(d(4, 1), 1, ResolutionKind.STRUCTURAL, "poison blocker")
                .close(d(5, 1), ClosureReason.GUIDED_TO_REGULAR_CARE)
                .events());
    h.remove(5);
    return h;
  }

  /**
   * A counted case coordinated on a day before the calendar, so the appointment deadline cannot be
   * counted.
   */
  private static List<CaseEvent> coordinatedOn(String id, LocalDate coordinatedOn) {
    return CaseBuilder.signalled(id, CaseBuilder.NOORD, d(3, 2), SignalSourceKind.RESIDENT)
        .judged(d(3, 4), ReportJudgement.IN_SCOPE)
        .coordinate(coordinatedOn)
        .director(d(3, 10), "p-zed", "amw")
        .plan(d(3, 20), 1, "amw")
        .events();
  }

  @Test
  void acceptHistory_sequenceGapHalfWay_caseAddsNothingAndIsReported() {
    Map<String, List<CaseEvent>> poisoned = new LinkedHashMap<>(FiguresAccumulatorTest.histories());
    Map<String, List<CaseEvent>> clean = FiguresAccumulatorTest.histories();
    List<List<CaseEvent>> withPoison = new ArrayList<>(clean.values());
    withPoison.add(3, withSequenceGap("p-gap"));
    assertThrows(
        IllegalEventException.class,
        () ->
            FiguresAccumulator.create(ENSCHEDE_2026, H1_2026, NOORD)
                .acceptAll(withSequenceGap("p-gap")),
        "the history is really poisoned");

    ManagementFigures with = read(ENSCHEDE_2026, withPoison).result(1);
    ManagementFigures without = read(ENSCHEDE_2026, poisoned.values()).result(1);

    assertSameFigures(without, with);
    assertEquals(List.of(CaseId.of("p-gap")), with.getUncomputableCaseIds());
    assertEquals(1, with.getUncomputableCases());
    assertFalse(with.isComplete());
    assertTrue(without.isComplete());
    assertNotEquals(without, with, "the report is part of the result");
  }

  @Test
  void acceptHistory_dateOutsideTheCalendar_caseAddsNothingAndIsReported() {
    List<List<CaseEvent>> withPoison = new ArrayList<>(FiguresAccumulatorTest.histories().values());
    withPoison.add(0, coordinatedOn("p-cal", LocalDate.of(2025, 12, 1)));

    ManagementFigures with = read(ENSCHEDE_2026, withPoison).result(1);
    ManagementFigures without =
        read(ENSCHEDE_2026, FiguresAccumulatorTest.histories().values()).result(1);

    assertSameFigures(without, with);
    assertEquals(List.of(CaseId.of("p-cal")), with.getUncomputableCaseIds());
  }

  @Test
  void event_datedInTheYear202_refusedByTheModelSoNoFigureMeetsIt() {
    assertThrows(
        InvalidValueException.class, () -> coordinatedOn("p-202", LocalDate.of(202, 3, 2)));
  }

  @Test
  void acceptHistory_poisonedCaseOutsideTheScope_isIgnoredNotReported() {
    List<CaseEvent> elsewhere =
        new ArrayList<>(
            CaseBuilder.signalled("p-zuid", CaseBuilder.ZUID, d(3, 2), SignalSourceKind.RESIDENT)
                .judged(d(3, 4), ReportJudgement.IN_SCOPE)
                .coordinate(d(3, 6))
                .events());
    elsewhere.remove(1);

    ManagementFigures f = read(ENSCHEDE_2026, List.of(elsewhere)).result(1);

    assertTrue(f.isComplete());
  }

  @Test
  void merge_partsWithUncomputableCases_equalsWholeWithTheIdsSorted() {
    List<List<CaseEvent>> all = new ArrayList<>(FiguresAccumulatorTest.histories().values());
    all.add(0, withSequenceGap("p-z"));
    all.add(withSequenceGap("p-a"));
    FiguresAccumulator a = read(ENSCHEDE_2026, all.subList(0, 4));
    FiguresAccumulator b = read(ENSCHEDE_2026, all.subList(4, all.size()));

    ManagementFigures merged = a.merge(b).result(1);

    assertEquals(read(ENSCHEDE_2026, all).result(1), merged);
    assertEquals(List.of(CaseId.of("p-a"), CaseId.of("p-z")), merged.getUncomputableCaseIds());
  }

  @Test
  void acceptHistory_eventsOfTwoCases_throwsAndCountsNothingOfTheCase() {
    List<CaseEvent> mixed = new ArrayList<>(FiguresAccumulatorTest.histories().get("c1"));
    mixed.add(FiguresAccumulatorTest.histories().get("c4").get(1));
    FiguresAccumulator acc =
        read(ENSCHEDE_2026, List.of(FiguresAccumulatorTest.histories().get("c2")));
    ManagementFigures before = acc.result(1);

    assertThrows(IllegalEventException.class, () -> acc.acceptHistory(mixed));
    assertEquals(before, acc.result(1));
  }

  @Test
  void managementFigures_unsortedUncomputableIds_throwInvalidValue() {
    ManagementFigures f = read(ENSCHEDE_2026, List.of()).result(1);
    assertThrows(
        InvalidValueException.class,
        () ->
            ManagementFigures.builder()
                .from(f)
                .uncomputableCaseIds(List.of(CaseId.of("b"), CaseId.of("a")))
                .build());
  }
}
