package nl.lon.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.state.CaseState;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Figures over a set of histories equal the merge of the figures over any split of it, and agree
 * with the case state fold where both describe the same thing.
 */
class FiguresMergeProperties {

  private static final MethodologyProfile ENSCHEDE = MethodologyProfile.enschede();
  private static final ReportingPeriod PERIOD =
      ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  private static final FiguresScope NOORD = FiguresScope.network(CaseBuilder.NOORD);

  private static FiguresAccumulator accumulator(FiguresScope scope) {
    return FiguresAccumulator.create(ENSCHEDE, PERIOD, scope);
  }

  private static FiguresAccumulator whole(List<List<CaseEvent>> histories, FiguresScope scope) {
    FiguresAccumulator acc = accumulator(scope);
    histories.forEach(acc::acceptHistory);
    return acc;
  }

  @Property(tries = 200)
  void merge_splitAtAnyPoint_equalsWhole(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 60) int cases,
      @ForAll @IntRange(min = 0, max = 60) int at) {
    List<List<CaseEvent>> histories = RandomHistories.generate(seed, cases);
    int split = Math.min(at, histories.size());
    FiguresAccumulator left = accumulator(NOORD);
    FiguresAccumulator right = accumulator(NOORD);
    histories.subList(0, split).forEach(left::acceptHistory);
    histories.subList(split, histories.size()).forEach(right::acceptHistory);
    FiguresAccumulator expected = whole(histories, NOORD);
    for (int threshold : new int[] {1, 2, 5}) {
      assertEquals(expected.result(threshold), left.merge(right).result(threshold));
      left = accumulator(NOORD);
      histories.subList(0, split).forEach(left::acceptHistory);
    }
  }

  @Property(tries = 150)
  void merge_randomPartitionReadInterleaved_equalsWhole(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 60) int cases,
      @ForAll @IntRange(min = 1, max = 5) int parts) {
    List<List<CaseEvent>> histories = RandomHistories.generate(seed, cases);
    Random r = new Random(seed ^ 0x5DEECE66DL);
    List<List<List<CaseEvent>>> partition = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      partition.add(new ArrayList<>());
    }
    histories.forEach(h -> partition.get(r.nextInt(parts)).add(h));
    FiguresAccumulator merged = accumulator(FiguresScope.region("regio"));
    for (List<List<CaseEvent>> part : partition) {
      FiguresAccumulator acc = accumulator(FiguresScope.region("regio"));
      interleave(part, r).forEach(acc::accept);
      merged.merge(acc);
    }
    FiguresAccumulator expected = whole(histories, FiguresScope.region("regio"));
    assertEquals(expected.result(1), merged.result(1));
    assertEquals(expected.result(), merged.result());
  }

  /** The events of the histories in a random interleaving that keeps each case's order. */
  private static List<CaseEvent> interleave(List<List<CaseEvent>> histories, Random r) {
    List<CaseEvent> out = new ArrayList<>();
    int[] next = new int[histories.size()];
    List<Integer> live = new ArrayList<>();
    for (int i = 0; i < histories.size(); i++) {
      if (!histories.get(i).isEmpty()) {
        live.add(i);
      }
    }
    while (!live.isEmpty()) {
      int pick = r.nextInt(live.size());
      int h = live.get(pick);
      out.add(histories.get(h).get(next[h]++));
      if (next[h] == histories.get(h).size()) {
        live.remove(pick);
      }
    }
    return out;
  }

  @Property(tries = 100)
  void result_randomHistories_agreeWithCaseStateFold(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 80) int cases) {
    List<List<CaseEvent>> histories = RandomHistories.generate(seed, cases);
    Map<String, Long> organisations = new HashMap<>();
    Map<String, Long> caseload = new HashMap<>();
    Map<String, Long> status = new HashMap<>();
    long counted = 0;
    for (List<CaseEvent> h : histories) {
      CaseState state = CaseState.replay(h);
      SignalReceived signal = (SignalReceived) h.get(0);
      if (!PERIOD.contains(signal.getSignal().getReceivedOn())
          || !NOORD.includes(signal.getNetwork())) {
        continue;
      }
      counted++;
      int n = state.getInvolvedOrganisations().size();
      organisations.merge(n >= 10 ? "10+" : Integer.toString(n), 1L, Long::sum);
      if (state.isOpen() && state.getTrajectoryDirector().isPresent()) {
        caseload.merge(state.getTrajectoryDirector().get().getValue(), 1L, Long::sum);
      }
      status.merge(state.getStatus().name(), 1L, Long::sum);
    }
    ManagementFigures f = whole(histories, NOORD).result(1);
    assertEquals(counted, f.getCasesSignalled().getValue().getAsLong());
    Table involved = f.table(FigureKey.ORGANISATIONS_INVOLVED).orElseThrow();
    for (Cell c : involved.getCells()) {
      assertEquals(
          organisations.getOrDefault(c.getKey(), 0L),
          c.getValue().getAsLong(),
          "organisations " + c.getKey());
    }
    Table load = f.table(FigureKey.CASELOAD).orElseThrow();
    assertEquals(caseload.size(), load.getCells().size());
    for (Cell c : load.getCells()) {
      assertEquals(caseload.get(c.getKey()), c.getValue().getAsLong(), "caseload " + c.getKey());
    }
    Map<String, Long> byStatus = new HashMap<>();
    for (Cell c : f.table(FigureKey.OUTCOME).orElseThrow().getCells()) {
      FigureOutcome o = (FigureOutcome) c.getCategories().get(0);
      String s =
          o == FigureOutcome.OPEN
              ? "OPEN"
              : o == FigureOutcome.TRANSFERRED ? "TRANSFERRED" : o.isClosure() ? "CLOSED" : "ENDED";
      byStatus.merge(s, c.getValue().getAsLong(), Long::sum);
    }
    byStatus.values().removeIf(v -> v == 0);
    assertEquals(status, byStatus);
  }
}
