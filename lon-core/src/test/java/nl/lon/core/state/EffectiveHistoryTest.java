package nl.lon.core.state;

import static nl.lon.core.testing.CaseFixtures.CASE_ID;
import static nl.lon.core.testing.CaseFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EntryCorrected;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.core.testing.CaseFixtures.EventFactory;
import org.junit.jupiter.api.Test;

class EffectiveHistoryTest {

  /** Signal, judged, a home visit where the client was not reached (#3), coordination. */
  private static List<CaseEvent> visited(EventFactory f) {
    List<CaseEvent> events = new ArrayList<>();
    events.add(f.signalReceived());
    events.add(f.reportJudged(ReportJudgement.IN_SCOPE));
    events.add(f.homeVisitRecorded(false));
    events.add(f.coordinationDecided(CoordinationOutcome.COORDINATE));
    return events;
  }

  private static HomeVisitRecorded visitAt3(boolean reached) {
    return new EventFactory(CASE_ID, START.plusDays(2)).sequence(3).homeVisitRecorded(reached);
  }

  private static CaseState incrementally(List<CaseEvent> events) {
    CaseState s = CaseState.empty();
    for (CaseEvent e : events) {
      s = s.apply(e);
    }
    return s;
  }

  @Test
  void correction_replacesTheAct_foldEqualsTheStreamWithTheReplacementInItsPlace() {
    EventFactory f = CaseFixtures.events();
    List<CaseEvent> stream = visited(f);
    HomeVisitRecorded replacement = visitAt3(true);
    stream.add(f.entryCorrected(replacement, "the client did open the door"));

    CaseState corrected = CaseState.replay(stream);
    List<CaseEvent> substituted = new ArrayList<>(stream.subList(0, 4));
    substituted.set(2, replacement);
    CaseState expected = CaseState.replay(substituted);

    assertEquals(0, corrected.getUnreachableCount());
    assertEquals(1, CaseState.replay(stream.subList(0, 4)).getUnreachableCount());
    assertEquals(5, corrected.getVersion());
    assertEquals(
        CaseState.builderFrom(expected).version(5).build(),
        corrected,
        "the fold of a corrected stream is the fold of its effective history");
    assertEquals(stream, corrected.getHistory(), "the state keeps the raw stream, both versions");
  }

  @Test
  void incrementalFold_equalsReplay_forCorrectionsAndWithdrawals() {
    EventFactory f = CaseFixtures.events();
    List<CaseEvent> stream = visited(f);
    stream.add(f.entryCorrected(visitAt3(true), "reached after all"));
    stream.add(f.entryCorrected(visitAt3(false), "the correction was wrong: not reached"));
    stream.add(f.trajectoryDirectorAppointed(false));
    stream.add(f.entryWithdrawn(7, "appointed in error"));
    for (int n = 1; n <= stream.size(); n++) {
      List<CaseEvent> prefix = stream.subList(0, n);
      assertEquals(CaseState.replay(prefix), incrementally(prefix), "after " + n + " events");
      assertEquals(prefix, incrementally(prefix).getHistory());
    }
    CaseState end = CaseState.replay(stream);
    assertEquals(1, end.getUnreachableCount(), "the latest correction counts");
    assertEquals(Optional.empty(), end.getTrajectoryDirector(), "the withdrawn act does not");
    assertEquals(ProcessStep.INTEGRAL_PICTURE, end.getStep());
    assertEquals(8, end.getVersion());
  }

  @Test
  void of_dropsWithdrawnActsAndCorrections_keepsTheLatestVersionInPlace() {
    EventFactory f = CaseFixtures.events();
    List<CaseEvent> stream = visited(f);
    HomeVisitRecorded second = visitAt3(true);
    stream.add(f.entryCorrected(visitAt3(false), "first try"));
    stream.add(f.entryCorrected(second, "second try"));
    stream.add(f.entryWithdrawn(2, "judged in error"));

    List<CaseEvent> effective = EffectiveHistory.of(stream);
    assertEquals(List.of(stream.get(0), second, stream.get(3)), effective);
    assertEquals(Optional.of(second), EffectiveHistory.current(stream, 3));
    assertEquals(Optional.empty(), EffectiveHistory.current(stream, 2), "withdrawn");
    assertEquals(Optional.empty(), EffectiveHistory.current(stream, 5), "a correction");
    assertEquals(Optional.empty(), EffectiveHistory.current(stream, 99));
  }

  @Test
  void before_isTheEffectiveStateJustBeforeTheEntry() {
    EventFactory f = CaseFixtures.events();
    List<CaseEvent> stream = visited(f);
    stream.add(f.entryWithdrawn(3, "no visit took place"));
    CaseState state = CaseState.replay(stream);

    CaseState before4 = EffectiveHistory.before(state, 4);
    assertEquals(3, before4.getVersion());
    assertEquals(ProcessStep.GATHER_INFORMATION, before4.getStep());
    assertEquals(0, before4.getUnreachableCount(), "the withdrawn visit does not count");
    assertEquals(stream.subList(0, 3), before4.getHistory());
    assertEquals(0, EffectiveHistory.before(state, 1).getVersion());
    assertThrows(InvalidValueException.class, () -> EffectiveHistory.before(state, 6));
  }

  @Test
  void withdrawnEntry_cannotBeCorrectedOrWithdrawnAgain() {
    EventFactory f = CaseFixtures.events();
    List<CaseEvent> stream = visited(f);
    stream.add(f.entryWithdrawn(3, "no visit"));
    CaseState state = CaseState.replay(stream);
    EventFactory g = f.copy();
    IllegalEventException again =
        assertThrows(
            IllegalEventException.class, () -> state.apply(g.entryWithdrawn(3, "once more")));
    assertTrue(again.getMessage().contains("withdrawn"), again.getMessage());
    assertThrows(
        IllegalEventException.class,
        () -> state.apply(f.copy().entryCorrected(visitAt3(true), "revive")));
  }

  @Test
  void correction_mustNameAnActOfTheSameType() {
    EventFactory f = CaseFixtures.events();
    List<CaseEvent> stream = visited(f);
    stream.add(f.entryWithdrawn(3, "no visit"));
    CaseState state = CaseState.replay(stream);
    // #5 is a withdrawal, not an act
    assertThrows(
        IllegalEventException.class,
        () -> state.apply(f.copy().entryWithdrawn(5, "withdraw the withdrawal")));
    // the replacement of the judgement (#2) must be a judgement
    CaseEvent visitAt2 =
        new EventFactory(CASE_ID, START.plusDays(1)).sequence(2).homeVisitRecorded(true);
    assertThrows(
        IllegalEventException.class, () -> state.apply(f.copy().entryCorrected(visitAt2, "x")));
  }

  @Test
  void correction_thatMakesALaterActImpossible_failsTheFold() {
    EventFactory f = CaseFixtures.events();
    List<CaseEvent> stream = visited(f);
    CaseState state = CaseState.replay(stream);
    // judged out of scope instead: the home visit (#3) can no longer follow
    CaseEvent outOfScope =
        new EventFactory(CASE_ID, START.plusDays(1))
            .sequence(2)
            .reportJudged(ReportJudgement.OUT_OF_SCOPE);
    IllegalEventException e =
        assertThrows(
            IllegalEventException.class,
            () -> state.apply(f.entryCorrected(outOfScope, "out of scope after all")));
    assertTrue(e.getMessage().startsWith("HOME_VISIT_RECORDED #3"), e.getMessage());
  }

  @Test
  void entryCorrected_structure_checkedAtConstruction() {
    EventFactory f = CaseFixtures.events().sequence(5);
    HomeVisitRecorded atThree = visitAt3(true);
    assertThrows(
        InvalidValueException.class,
        () ->
            EntryCorrected.builder()
                .metadata(f.copy().metadata())
                .correctedSequence(2)
                .replacement(atThree)
                .reason("wrong slot")
                .build());
    assertThrows(
        InvalidValueException.class,
        () ->
            EntryCorrected.builder()
                .metadata(f.copy().sequence(3).metadata())
                .correctedSequence(3)
                .replacement(atThree)
                .reason("itself")
                .build());
    assertThrows(
        InvalidValueException.class, () -> f.copy().sequence(4).entryWithdrawn(1, "signal"));
    assertFalse(f.copy().entryWithdrawn(3, "ok").getType().isCorrection() == false);
  }
}
