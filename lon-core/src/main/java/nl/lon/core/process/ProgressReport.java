package nl.lon.core.process;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The trajectory director's report on progress to the network director (voortgangsrapportage).
 *
 * <p>Due within one month of appointment, at least every three months, and whenever the plan is
 * deviated from.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ProgressReport {

  ProgressReport() {}

  /**
   * What happened, without personal data.
   *
   * @return a text with visible content, at most 10,000 characters
   */
  @Value.Parameter
  public abstract String getSummary();

  /**
   * Whether the execution deviates from the plan.
   *
   * @return true on deviation
   */
  @Value.Parameter
  public abstract boolean isDeviatesFromPlan();

  /**
   * Whether progress has stalled, so the case should come back to the team (Leeuwarden).
   *
   * @return true when stalled
   */
  @Value.Default
  public boolean isStalled() {
    return false;
  }

  /**
   * Whether the client proved unreachable in this period: not reached, appointments with the client
   * not kept, or the client withdrawing from the help; repeated findings are what allows a
   * consciously guided explosion.
   *
   * @return true when the client was unreachable, did not keep appointments or withdrew
   */
  @Value.Default
  public boolean isClientUnreachable() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.text(getSummary(), Checks.MAX_NARRATIVE, "ProgressReport.summary");
  }

  /**
   * Creates a report.
   *
   * @param summary what happened
   * @param deviatesFromPlan whether execution deviates from the plan
   * @return the report
   */
  public static ProgressReport of(String summary, boolean deviatesFromPlan) {
    return ImmutableProgressReport.of(summary, deviatesFromPlan);
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
   * Builds a {@link ProgressReport}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableProgressReport.Builder {
    /** Creates an empty builder, the same as {@link ProgressReport#builder()}. */
    public Builder() {}
  }
}
