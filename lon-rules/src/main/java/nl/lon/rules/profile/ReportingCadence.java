package nl.lon.rules.profile;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * How often the trajectory director reports and the network director talks with them
 * (rapportagefrequentie).
 *
 * <p>All three networks: first contact within one month, a report at least every three months or
 * whenever the plan is deviated from, and a progress talk at least monthly.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ReportingCadence {

  ReportingCadence() {}

  /**
   * Months after appointment within which the trajectory director contacts the network director.
   *
   * @return 1 or more
   */
  public abstract int getFirstContactWithinMonths();

  /**
   * Months between progress reports, at most.
   *
   * @return 1 or more
   */
  public abstract int getReportEveryMonths();

  /**
   * Whether a deviation from the plan must be reported (and then followed by an adjusted plan or an
   * evaluation).
   *
   * @return true when deviations are reported
   */
  public abstract boolean isReportOnDeviation();

  /**
   * Months between progress talks of the network director with the trajectory director, at most.
   *
   * @return 1 or more
   */
  public abstract int getProgressTalkEveryMonths();

  @Value.Check
  void check() {
    Checks.range(getFirstContactWithinMonths(), 1, 24, "ReportingCadence.firstContactWithinMonths");
    Checks.range(getReportEveryMonths(), 1, 24, "ReportingCadence.reportEveryMonths");
    Checks.range(getProgressTalkEveryMonths(), 1, 24, "ReportingCadence.progressTalkEveryMonths");
  }

  /**
   * The cadence all three networks in the source share: 1 month, 3 months or on deviation, monthly
   * talk.
   *
   * @return the cadence
   */
  public static ReportingCadence standard() {
    return builder()
        .firstContactWithinMonths(1)
        .reportEveryMonths(3)
        .reportOnDeviation(true)
        .progressTalkEveryMonths(1)
        .build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReportingCadence}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableReportingCadence.Builder {
    /** Creates an empty builder, the same as {@link ReportingCadence#builder()}. */
    public Builder() {}
  }
}
