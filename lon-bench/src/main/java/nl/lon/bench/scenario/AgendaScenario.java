package nl.lon.bench.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.lon.core.state.CaseState;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.AgendaRules;

/**
 * The agenda of a network over many open cases: {@code AgendaRules.of(profile).forCases(states,
 * date)} on pre-built case states.
 *
 * <p>Case {@code i} has the first {@code 1 + i % 9} commands of the lifecycle (from a fresh signal
 * to an evaluation that decided to close, so every case is open and every step occurs), decided on
 * a day {@code i % 15} days after {@link BenchFixtures#DAY}; the agenda is drawn up 60 days after
 * {@link BenchFixtures#DAY}, when many obligations are overdue.
 *
 * @since 0.1
 */
public final class AgendaScenario {

  /** The date the agenda is drawn up for. */
  public static final LocalDate AGENDA_DATE = BenchFixtures.DAY.plusDays(60);

  private final List<CaseState> states;

  /**
   * Builds the open cases.
   *
   * @param cases how many
   */
  public AgendaScenario(int cases) {
    List<CaseState> built = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      LifecycleScenario.Decider d =
          new LifecycleScenario.Decider(BenchFixtures.DAY.plusDays(i % 15));
      d.decide(
          BenchFixtures.signal(BenchFixtures.caseId("agenda", i), i),
          BenchFixtures.NETWORK_DIRECTOR);
      int steps = i % 9;
      for (int s = 0; s < steps; s++) {
        d.decide(LifecycleScenario.STEPS.get(s), LifecycleScenario.actorOf(s));
      }
      built.add(d.state());
    }
    this.states = List.copyOf(built);
  }

  /**
   * The open cases.
   *
   * @return the states
   */
  public List<CaseState> states() {
    return states;
  }

  /**
   * Draws up the agenda of all cases.
   *
   * @return the agenda
   */
  public Agenda run() {
    return AgendaRules.of(BenchFixtures.PROFILE).forCases(states, AGENDA_DATE);
  }
}
