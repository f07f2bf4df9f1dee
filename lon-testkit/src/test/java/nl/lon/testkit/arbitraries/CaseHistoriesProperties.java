package nl.lon.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.EventType;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.event.TrajectoryDirectorAppointed;
import nl.lon.core.state.CaseState;
import nl.lon.rules.profile.MethodologyProfile;

/** Generated histories fold, are consistent, and obey the rules of their profile. */
class CaseHistoriesProperties {

  @Provide
  Arbitrary<List<CaseEvent>> rotterdam() {
    return CaseHistories.histories(MethodologyProfile.rotterdam());
  }

  @Provide
  Arbitrary<List<CaseEvent>> enschede() {
    return CaseHistories.histories(MethodologyProfile.enschede());
  }

  @Provide
  Arbitrary<List<CaseEvent>> leeuwarden() {
    return CaseHistories.histories(MethodologyProfile.leeuwarden());
  }

  @Property(tries = 300)
  void rotterdamHistories_foldConsistently(@ForAll("rotterdam") List<CaseEvent> history) {
    assertConsistent(history);
  }

  @Property(tries = 300)
  void enschedeHistories_foldConsistently(@ForAll("enschede") List<CaseEvent> history) {
    assertConsistent(history);
  }

  @Property(tries = 300)
  void leeuwardenHistories_foldConsistently(@ForAll("leeuwarden") List<CaseEvent> history) {
    assertConsistent(history);
  }

  /**
   * The use a researcher makes of the histories: under the Enschede preset, a plan is only ever
   * adopted after a trajectory director was appointed (since the last reopening, which clears the
   * appointment).
   */
  @Property(tries = 500)
  void enschede_noPlanAdoptedBeforeATrajectoryDirectorIsAppointed(
      @ForAll("enschede") List<CaseEvent> history) {
    boolean appointed = false;
    boolean planned = false;
    for (CaseEvent e : history) {
      if (e instanceof CaseReopened) {
        appointed = false;
      } else if (e instanceof TrajectoryDirectorAppointed) {
        appointed = true;
      } else if (e instanceof PlanAdopted) {
        planned = true;
        assertTrue(
            appointed, "plan adopted at sequence " + e.getSequence() + " before an appointment");
      }
    }
    Statistics.label("adopts a plan").collect(planned);
    Statistics.label("adopts a plan").coverage(c -> c.check(true).percentage(p -> p >= 20));
  }

  @Example
  void histories_coverEveryEventType() {
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    CaseHistories.histories(MethodologyProfile.rotterdam())
        .sampleStream()
        .limit(2000)
        .forEach(h -> h.forEach(e -> seen.add(e.getType())));
    assertEquals(EnumSet.allOf(EventType.class), seen, "every event type occurs in some history");
  }

  private static void assertConsistent(List<CaseEvent> history) {
    assertTrue(history.get(0) instanceof SignalReceived, "a history opens with a signal");
    CaseState state = CaseState.replay(history);
    assertEquals(history.size(), state.getVersion(), "version == number of events");
    for (int i = 0; i < history.size(); i++) {
      assertEquals(i + 1, history.get(i).getSequence(), "contiguous sequences");
      assertEquals(history.get(0).getCaseId(), history.get(i).getCaseId(), "one case");
    }
    for (int i = 1; i < history.size(); i++) {
      assertTrue(
          !history.get(i).getBusinessDate().isBefore(history.get(i - 1).getBusinessDate()),
          "business dates never go back");
      assertTrue(
          history.get(i).getRecordedAt().isAfter(history.get(i - 1).getRecordedAt())
              || history.get(i).getRecordedAt().equals(history.get(i - 1).getRecordedAt()),
          "recorded instants never go back");
    }
    Statistics.label("step reached").collect(state.getStep());
    Statistics.label("length")
        .collect(history.size() < 5 ? "<5" : history.size() < 15 ? "5-14" : "15+");
    Statistics.label("types")
        .collect(
            history.stream().anyMatch(e -> e.getType() == EventType.PLAN_ADOPTED)
                ? "with plan"
                : "no plan");
  }
}
