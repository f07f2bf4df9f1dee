package nl.lon.examples.simulation;

import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.simulation.NetworkYearSimulation;
import nl.lon.simulation.SimulationReport;
import nl.lon.simulation.SimulationSettings;

/**
 * The national-scale load run: many Rotterdam-style networks (default 400, about the country at
 * 40,000 inhabitants a network) for one year in one embedded store through one case service; prints
 * the events, audit records and time it took.
 *
 * <p>Arguments, all optional: the number of networks (default 400) and of days (default 365).
 */
public final class NationalLoad {
  private NationalLoad() {}

  /**
   * Runs the load.
   *
   * @param args the number of networks and of days, both optional
   */
  public static void main(String[] args) {
    int networks = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
    long started = System.nanoTime();
    SimulationReport r =
        NetworkYearSimulation.run(
            SimulationSettings.builder()
                .profile(MethodologyProfile.rotterdam())
                .networks(networks)
                .inhabitantsPerNetwork(40_000)
                .days(days)
                .build(),
            SimulationExample.bar("networks"));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "%d networks, %d days: %d signals, %d acts, %d events, %d audit records, %d refused, %.1f s"
            + " (%.0f acts/s)%n",
        networks,
        days,
        r.getSignals(),
        r.getActs(),
        r.getEvents(),
        r.getAuditRecords(),
        r.getRefusals().size(),
        seconds,
        r.getActs() / seconds);
  }
}
