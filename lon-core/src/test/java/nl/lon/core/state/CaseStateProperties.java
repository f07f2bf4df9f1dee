package nl.lon.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.testing.CaseFixtures;

/** Properties of the fold over generated lifecycle histories. */
class CaseStateProperties {

  /** Number of events in the full lifecycle fixture. */
  private static final int LIFECYCLE_LENGTH = 30;

  /** A generated history: the full lifecycle for a random case, start date and spacing. */
  record History(CaseId caseId, LocalDate start, int stepDays, List<CaseEvent> events) {}

  @Provide
  Arbitrary<History> histories() {
    Arbitrary<CaseId> ids =
        Arbitraries.strings()
            .alpha()
            .numeric()
            .ofMinLength(1)
            .ofMaxLength(20)
            .map(s -> CaseId.of("c" + s));
    Arbitrary<LocalDate> starts =
        Arbitraries.longs()
            .between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2060, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<Integer> steps = Arbitraries.integers().between(0, 45);
    return Combinators.combine(ids, starts, steps)
        .as(
            (id, start, step) ->
                new History(id, start, step, CaseFixtures.fullLifecycle(id, start, step)));
  }

  @Property
  void replay_prefixThenRest_equalsReplayAll(
      @ForAll("histories") History history,
      @ForAll @IntRange(min = 0, max = LIFECYCLE_LENGTH) int split) {
    List<CaseEvent> events = history.events();
    CaseState state = CaseState.replay(events.subList(0, split));
    assertEquals(split, state.getVersion());
    state = replayFrom(state, events.subList(split, events.size()));
    CaseState all = CaseState.replay(events);
    assertEquals(all, state);
    assertEquals(all.hashCode(), state.hashCode());
  }

  @Property
  void replay_prefixThenMiddleThenRest_equalsReplayAll(
      @ForAll("histories") History history,
      @ForAll @IntRange(min = 0, max = LIFECYCLE_LENGTH) int a,
      @ForAll @IntRange(min = 0, max = LIFECYCLE_LENGTH) int b) {
    List<CaseEvent> events = history.events();
    int from = Math.min(a, b);
    int to = Math.max(a, b);
    CaseState state = CaseState.replay(events.subList(0, from));
    state = replayFrom(state, events.subList(from, to));
    state = replayFrom(state, events.subList(to, events.size()));
    assertEquals(CaseState.replay(events), state);
  }

  @Property
  void replay_sameHistoryTwice_givesEqualStates(
      @ForAll("histories") History history,
      @ForAll @IntRange(min = 0, max = LIFECYCLE_LENGTH) int length) {
    List<CaseEvent> prefix = history.events().subList(0, length);
    CaseState first = CaseState.replay(prefix);
    CaseState second = CaseState.replay(List.copyOf(prefix));
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
  }

  @Property
  void replay_anyNonEmptyPrefix_isOfTheGeneratedCaseAndVersion(
      @ForAll("histories") History history,
      @ForAll @IntRange(min = 1, max = LIFECYCLE_LENGTH) int length) {
    CaseState state = CaseState.replay(history.events().subList(0, length));
    assertEquals(length, state.getVersion());
    assertEquals(history.caseId(), state.getCaseId().orElseThrow());
    assertEquals(history.start(), state.getSignalReceivedOn().orElseThrow());
  }

  @Property
  void replay_fullHistory_endsTransferredWhateverTheDates(@ForAll("histories") History history) {
    CaseState state = CaseState.replay(history.events());
    assertEquals(CaseStatus.TRANSFERRED, state.getStatus());
    assertEquals(LIFECYCLE_LENGTH, state.getVersion());
  }

  @Property
  void apply_skippingAnEvent_throwsIllegalEvent(
      @ForAll("histories") History history,
      @ForAll @IntRange(min = 0, max = LIFECYCLE_LENGTH - 2) int length) {
    List<CaseEvent> events = history.events();
    CaseState state = CaseState.replay(events.subList(0, length));
    CaseEvent skipped = events.get(length + 1);
    assertThrows(IllegalEventException.class, () -> state.apply(skipped));
  }

  @Property
  void apply_replayingAnEarlierEvent_throwsIllegalEvent(
      @ForAll("histories") History history,
      @ForAll @IntRange(min = 1, max = LIFECYCLE_LENGTH - 1) int length,
      @ForAll @IntRange(min = 0, max = LIFECYCLE_LENGTH - 1) int earlier) {
    List<CaseEvent> events = history.events();
    CaseState state = CaseState.replay(events.subList(0, length));
    CaseEvent old = events.get(earlier % length);
    assertThrows(IllegalEventException.class, () -> state.apply(old));
  }

  @Property
  void apply_nextEventOfAnotherCase_throwsIllegalEvent(
      @ForAll("histories") History history,
      @ForAll @IntRange(min = 1, max = LIFECYCLE_LENGTH - 1) int length) {
    CaseId other = CaseId.of(history.caseId().getValue() + "-other");
    List<CaseEvent> foreign =
        CaseFixtures.fullLifecycle(other, history.start(), history.stepDays());
    CaseState state = CaseState.replay(history.events().subList(0, length));
    IllegalEventException e =
        assertThrows(IllegalEventException.class, () -> state.apply(foreign.get(length)));
    assertTrue(e.getMessage().contains(other.getValue()), e.getMessage());
  }

  private static CaseState replayFrom(CaseState state, List<CaseEvent> events) {
    CaseState s = state;
    for (CaseEvent e : events) {
      s = s.apply(e);
    }
    return s;
  }
}
