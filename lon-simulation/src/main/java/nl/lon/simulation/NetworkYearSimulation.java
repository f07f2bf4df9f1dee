package nl.lon.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;
import nl.lon.simulation.internal.SimulationEngine;

/**
 * Simulates one or more years of one or more networks' cases through the real case service on the
 * embedded H2 store (a fresh in-memory database per run), deterministically from the settings'
 * seed.
 *
 * <p>Cases arrive as a Poisson process at the settings' rate; for each, chance decides once (from
 * the seed, not from the profile) who signals, the target group, whether it is in scope, which
 * partners answer the inquiry round and when, who becomes trajectory director, how long care takes,
 * whether a bottleneck is escalated and whether the client drops out after closure. The profile
 * decides the rest: whether the network meeting or the network director appoints (the meeting every
 * {@code networkMeetingIntervalDays}), the follow-up schedule, whether a drop-out reopens at once
 * or is discussed again at the next meeting, the closing criterion, who evaluates. So two profiles
 * run from the same seed see the same people and differ only where the profiles do.
 *
 * <pre>{@code
 * SimulationReport rotterdam =
 *     NetworkYearSimulation.run(
 *         SimulationSettings.builder().profile(MethodologyProfile.rotterdam()).seed(7).build());
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/InteropSnippets.java}.
 *
 * @since 0.2
 */
public final class NetworkYearSimulation {
  private NetworkYearSimulation() {}

  /**
   * Runs a simulation without progress reports.
   *
   * @param settings what to play
   * @return the report
   */
  public static SimulationReport run(SimulationSettings settings) {
    return run(settings, ProgressListener.NONE);
  }

  /**
   * Runs a simulation.
   *
   * @param settings what to play
   * @param progress told after each simulated day
   * @return the report
   * @throws NullPointerException when an argument is null
   */
  public static SimulationReport run(SimulationSettings settings, ProgressListener progress) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(progress, "progress");
    return report(settings, new SimulationEngine(settings, progress).run());
  }

  /**
   * Runs a simulation in an embedder's stores and network, with its told cases inside the simulated
   * period (see {@link SimulationHost}). The report's counts of signals, closures, caseloads,
   * escalations, drop-outs, acts and events are the simulated cases'; its figures and audit records
   * are the network's, the told cases included.
   *
   * @param settings what to play; one network
   * @param progress told after each simulated day
   * @param host where to play
   * @return the report
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the settings ask for more than one network, or the host's
   *     network lacks a partner or role a simulated case needs
   */
  public static SimulationReport run(
      SimulationSettings settings, ProgressListener progress, SimulationHost host) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(host, "host");
    return report(settings, new SimulationEngine(settings, progress, Optional.of(host)).run());
  }

  private static SimulationReport report(SimulationSettings settings, SimulationEngine.Tally t) {
    return SimulationReport.builder()
        .settings(settings)
        .signals(t.signals)
        .outOfScope(t.outOfScope)
        .closures(t.closures)
        .openAtEnd(t.openAtEnd)
        .trajectoryDirectorCaseload(ImmutableMap.copyOf(t.firstNetworkCaseload))
        .trajectoryDirectorPeak(t.tdPeak)
        .networkDirectorCaseload(t.ndAverage)
        .networkDirectorPeak(t.ndPeak)
        .escalations(t.escalations)
        .escalationOutcomes(ImmutableMap.copyOf(t.outcomes))
        .dropOutsAtFollowUp(t.dropOuts)
        .reopenedAfterFollowUp(t.reopened)
        .acts(t.acts)
        .actsPerCaseMonth(t.actsPerCaseMonth)
        .events(t.events)
        .auditRecords(t.auditRecords)
        .refusals(ImmutableList.copyOf(t.refusals))
        .figures(t.figures)
        .build();
  }
}
