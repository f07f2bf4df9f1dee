package nl.lon.simulation;

import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.internal.Checks;
import nl.lon.rules.profile.MethodologyProfile;
import org.immutables.value.Value;

/**
 * What a simulation run plays: the profile, the area, the arrivals and the course of cases.
 *
 * <p>The defaults are calibrated to what the source reports where it reports anything, and are
 * assumptions otherwise; {@link #provenance()} says which is which for every setting, and the
 * report prints it. Sourced: 25,000 to 40,000 inhabitants per network
 * (seeds/004_ca47ed76719141bc.txt l.31, l.634-636), most signals from the police and the housing
 * corporations (l.704-705), about four organisations per case (l.1618-1620), 70-80% guided to care
 * and 20-30% relapsing or needing lasting support (l.519-522). The rate of signals, the shares per
 * signaller and target group, the partners' response times and the length of care are assumptions a
 * researcher should vary.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class SimulationSettings {

  SimulationSettings() {}

  /**
   * The profile the network works by.
   *
   * @return the profile
   */
  public abstract MethodologyProfile getProfile();

  /**
   * How many networks of this profile are simulated side by side (one store, one service).
   *
   * @return at least one; default 1
   */
  @Value.Default
  public int getNetworks() {
    return 1;
  }

  /**
   * Inhabitants of each network's area.
   *
   * @return default 30,000 (the source: about 25,000 in Rotterdam, 29,000 in Enschede, 39,000 in
   *     Leeuwarden, l.634-636)
   */
  @Value.Default
  public int getInhabitantsPerNetwork() {
    return 30_000;
  }

  /**
   * The first simulated day.
   *
   * @return default Monday 4 January 2027
   */
  @Value.Default
  public LocalDate getStart() {
    return LocalDate.of(2027, 1, 4);
  }

  /**
   * How many days are simulated; acts falling after the last day are not played.
   *
   * @return default 365
   */
  @Value.Default
  public int getDays() {
    return 365;
  }

  /**
   * The seed: the same settings and seed give the same report.
   *
   * @return default 1
   */
  @Value.Default
  public long getSeed() {
    return 1L;
  }

  /**
   * Signals per thousand inhabitants per year.
   *
   * @return default 2.5 (an assumption: about a third of the 0.7% the source estimates as the
   *     target group, l.88-89, signalled in one year)
   */
  @Value.Default
  public double getSignalsPerThousandPerYear() {
    return 2.5;
  }

  /**
   * The share of signals per kind of signaller; normalised when drawn.
   *
   * @return default police 35%, housing corporation 30%, social work 12%, mental-health care 8%,
   *     addiction care 5%, GGD 5%, residents 5% (the order is the source's, l.704-705; the numbers
   *     are assumptions)
   */
  @Value.Default
  public ImmutableMap<Signaller, Double> getSignallerShares() {
    Map<Signaller, Double> m = new EnumMap<>(Signaller.class);
    m.put(Signaller.POLICE, 0.35);
    m.put(Signaller.HOUSING_CORPORATION, 0.30);
    m.put(Signaller.SOCIAL_WORK, 0.12);
    m.put(Signaller.MENTAL_HEALTH_CARE, 0.08);
    m.put(Signaller.ADDICTION_CARE, 0.05);
    m.put(Signaller.GGD, 0.05);
    m.put(Signaller.RESIDENT, 0.05);
    return ImmutableMap.copyOf(m);
  }

  /**
   * The share of in-scope cases per target group; normalised when drawn.
   *
   * @return default care avoiders 45%, care missers 35%, nuisance causers 20% (assumptions)
   */
  @Value.Default
  public ImmutableMap<TargetGroup, Double> getTargetGroupShares() {
    Map<TargetGroup, Double> m = new EnumMap<>(TargetGroup.class);
    m.put(TargetGroup.CARE_AVOIDER, 0.45);
    m.put(TargetGroup.CARE_MISSER, 0.35);
    m.put(TargetGroup.NUISANCE_CAUSER, 0.20);
    return ImmutableMap.copyOf(m);
  }

  /**
   * The share of signals the network director judges out of scope.
   *
   * @return default 0.08 (an assumption)
   */
  @Value.Default
  public double getOutOfScopeShare() {
    return 0.08;
  }

  /**
   * The mean number of calendar days a partner takes to answer the inquiry round.
   *
   * @return default 4 (an assumption)
   */
  @Value.Default
  public double getPartnerResponseDays() {
    return 4.0;
  }

  /**
   * Organisations working on one case, the signaller's included.
   *
   * @return default 4 (the source: on average four organisations per case in Leeuwarden,
   *     l.1618-1620)
   */
  @Value.Default
  public int getOrganisationsPerCase() {
    return 4;
  }

  /**
   * The chance that a closed case turns out at follow-up to have dropped out of care.
   *
   * @return default 0.25 (the source: 20-30% relapse or need lasting support, l.519-522)
   */
  @Value.Default
  public double getDropOutShare() {
    return 0.25;
  }

  /**
   * The chance that a case meets a bottleneck the network director escalates.
   *
   * @return default 0.15 (an assumption)
   */
  @Value.Default
  public double getEscalationShare() {
    return 0.15;
  }

  /**
   * The mean number of months of care between the plan and the deciding evaluation.
   *
   * @return default 5 (an assumption)
   */
  @Value.Default
  public double getCareMonths() {
    return 5.0;
  }

  /**
   * Trajectory directors (problem owners) per network.
   *
   * @return default 6 (an assumption)
   */
  @Value.Default
  public int getTrajectoryDirectorsPerNetwork() {
    return 6;
  }

  /**
   * Where each default comes from: the source with its line, or an assumption.
   *
   * @return setting name to provenance, in the order of the getters
   */
  public static ImmutableMap<String, String> provenance() {
    String seed = "seeds/004_ca47ed76719141bc.txt ";
    return ImmutableMap.<String, String>builder()
        .put("inhabitantsPerNetwork", "source: " + seed + "l.634-636")
        .put("signalsPerThousandPerYear", "assumption (a third of the target group, l.88-89)")
        .put("signallerShares", "assumption; police and housing most often: " + seed + "l.704-705")
        .put("targetGroupShares", "assumption")
        .put("outOfScopeShare", "assumption")
        .put("partnerResponseDays", "assumption")
        .put("organisationsPerCase", "source: " + seed + "l.1618-1620")
        .put("dropOutShare", "source: " + seed + "l.519-522")
        .put("escalationShare", "assumption")
        .put("careMonths", "assumption")
        .put("trajectoryDirectorsPerNetwork", "assumption")
        .build();
  }

  @Value.Check
  void check() {
    Checks.require(
        getNetworks() >= 1 && getNetworks() <= 10_000,
        "SimulationSettings.networks",
        "range",
        "networks must be 1 to 10,000, was " + getNetworks());
    Checks.require(
        getInhabitantsPerNetwork() >= 1_000 && getInhabitantsPerNetwork() <= 1_000_000,
        "SimulationSettings.inhabitantsPerNetwork",
        "range",
        "inhabitants must be 1,000 to 1,000,000, was " + getInhabitantsPerNetwork());
    Checks.require(
        getDays() >= 1 && getDays() <= 3_660,
        "SimulationSettings.days",
        "range",
        "days must be 1 to 3,660 (ten years), was " + getDays());
    Checks.require(
        getStart().getDayOfWeek() != DayOfWeek.SATURDAY
            && getStart().getDayOfWeek() != DayOfWeek.SUNDAY,
        "SimulationSettings.start",
        "working-day",
        "the first day must be a weekday, was " + getStart());
    share(getOutOfScopeShare(), "outOfScopeShare");
    share(getDropOutShare(), "dropOutShare");
    share(getEscalationShare(), "escalationShare");
    positive(getSignalsPerThousandPerYear(), 100, "signalsPerThousandPerYear");
    positive(getPartnerResponseDays(), 90, "partnerResponseDays");
    positive(getCareMonths(), 36, "careMonths");
    Checks.require(
        getOrganisationsPerCase() >= 1 && getOrganisationsPerCase() <= 7,
        "SimulationSettings.organisationsPerCase",
        "range",
        "organisations per case must be 1 to 7 (the simulated network has seven partners), was "
            + getOrganisationsPerCase());
    Checks.require(
        getTrajectoryDirectorsPerNetwork() >= 1 && getTrajectoryDirectorsPerNetwork() <= 100,
        "SimulationSettings.trajectoryDirectorsPerNetwork",
        "range",
        "trajectory directors must be 1 to 100, was " + getTrajectoryDirectorsPerNetwork());
    weights(getSignallerShares(), "signallerShares");
    weights(getTargetGroupShares(), "targetGroupShares");
  }

  private static void share(double value, String field) {
    Checks.require(
        value >= 0 && value <= 1,
        "SimulationSettings." + field,
        "share",
        field + " must be between 0 and 1, was " + value);
  }

  private static void positive(double value, double max, String field) {
    Checks.require(
        value > 0 && value <= max,
        "SimulationSettings." + field,
        "range",
        field + " must be above 0 and at most " + max + ", was " + value);
  }

  private static void weights(Map<?, Double> weights, String field) {
    double sum = 0;
    for (double w : weights.values()) {
      Checks.require(
          w >= 0 && !Double.isNaN(w),
          "SimulationSettings." + field,
          "share",
          field + " must not hold negative shares, was " + weights);
      sum += w;
    }
    Checks.require(
        sum > 0,
        "SimulationSettings." + field,
        "share",
        field + " must hold a positive share, was " + weights);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SimulationSettings}. */
  public static final class Builder extends ImmutableSimulationSettings.Builder {
    /** Creates an empty builder, the same as {@link SimulationSettings#builder()}. */
    public Builder() {}
  }
}
