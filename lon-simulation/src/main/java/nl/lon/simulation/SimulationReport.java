package nl.lon.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.rules.figures.ManagementFigures;
import org.immutables.value.Value;

/**
 * What a simulation run produced: the network's management figures as the case service gives them
 * (suppressed at the profile's threshold), and the figures the service does not keep (caseload,
 * escalation outcomes, reopening after follow-up, registration load, the size of the store).
 *
 * <p>The same settings give an equal report: nothing in it depends on the wall clock.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class SimulationReport {

  SimulationReport() {}

  /**
   * The settings that were played.
   *
   * @return the settings
   */
  public abstract SimulationSettings getSettings();

  /**
   * Signals received over all networks within the simulated days.
   *
   * @return the count
   */
  public abstract int getSignals();

  /**
   * Signals judged out of scope.
   *
   * @return the count
   */
  public abstract int getOutOfScope();

  /**
   * Cases closed (a reopened case that closes again counts twice).
   *
   * @return the count
   */
  public abstract int getClosures();

  /**
   * Cases open on the last simulated day.
   *
   * @return the count
   */
  public abstract int getOpenAtEnd();

  /**
   * The average number of cases each trajectory director of the first network held at the month
   * ends, by professional id.
   *
   * @return the averages, in the directors' order
   */
  public abstract ImmutableMap<String, Double> getTrajectoryDirectorCaseload();

  /**
   * The most cases one trajectory director held at a month end, over all networks.
   *
   * @return the peak
   */
  public abstract int getTrajectoryDirectorPeak();

  /**
   * The average number of open cases per network director at the month ends.
   *
   * @return the average
   */
  public abstract double getNetworkDirectorCaseload();

  /**
   * The most open cases one network director held at a month end.
   *
   * @return the peak
   */
  public abstract int getNetworkDirectorPeak();

  /**
   * Escalations raised.
   *
   * @return the count
   */
  public abstract int getEscalations();

  /**
   * Escalations resolved, by the kind of resolution.
   *
   * @return counts per kind, every kind present
   */
  public abstract ImmutableMap<ResolutionKind, Integer> getEscalationOutcomes();

  /**
   * Follow-up checks that found the client had dropped out of care.
   *
   * @return the count
   */
  public abstract int getDropOutsAtFollowUp();

  /**
   * Cases reopened after a drop-out at follow-up.
   *
   * @return the count
   */
  public abstract int getReopenedAfterFollowUp();

  /**
   * Acts recorded.
   *
   * @return the count
   */
  public abstract long getActs();

  /**
   * The registration load: acts recorded per case per month, over the months cases were open (from
   * the signal to the last closure or the last simulated day).
   *
   * @return acts per case-month
   */
  public abstract double getActsPerCaseMonth();

  /**
   * Events in the store after the run.
   *
   * @return the count
   */
  public abstract long getEvents();

  /**
   * Audit records in the store after the run (every command and read).
   *
   * @return the count
   */
  public abstract long getAuditRecords();

  /**
   * Commands the rules or the access policy refused, with the case and the reason; a refused case
   * stops there. Empty when the simulated course fits the profile.
   *
   * @return the refusals
   */
  public abstract ImmutableList<String> getRefusals();

  /**
   * The first network's management figures over the simulated days, as its network director sees
   * them.
   *
   * @return the figures
   */
  public abstract ManagementFigures getFigures();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableSimulationReport.Builder {
    Builder() {}
  }
}
