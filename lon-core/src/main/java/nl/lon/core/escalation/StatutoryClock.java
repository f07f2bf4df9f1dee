package nl.lon.core.escalation;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A statutory time limit that follows a coercion measure (wettelijke termijn), with its source.
 *
 * <p>For example: the municipality finishes its exploratory inquiry within 14 days of a Wvggz
 * report. The clock becomes an obligation on the case's agenda.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class StatutoryClock {

  StatutoryClock() {}

  /**
   * What must happen by the deadline, in English.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getObligation();

  /**
   * What must happen by the deadline, in Dutch.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getObligationNl();

  /**
   * The number of calendar days after the measure.
   *
   * @return 1 or more
   */
  public abstract int getDays();

  /**
   * The legal source of the limit.
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getLegalSource();

  /**
   * The codes of the catalogue measures whose recording meets this obligation (for example the
   * court's continuation of a crisis measure).
   *
   * @return the codes, at least one, each an identifier as {@link CoercionMeasure#getCode()}
   */
  public abstract com.google.common.collect.ImmutableSet<String> getMetBy();

  @Value.Check
  void check() {
    Checks.notEmpty(getMetBy(), "StatutoryClock.metBy");
    getMetBy().forEach(code -> Checks.identifier(code, "StatutoryClock.metBy"));
    Checks.text(getObligation(), Checks.MAX_REASON, "StatutoryClock.obligation");
    Checks.text(getObligationNl(), Checks.MAX_REASON, "StatutoryClock.obligationNl");
    Checks.range(getDays(), 1, 3660, "StatutoryClock.days");
    Checks.text(getLegalSource(), Checks.MAX_LABEL, "StatutoryClock.legalSource");
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
   * Builds a {@link StatutoryClock}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableStatutoryClock.Builder {
    /** Creates an empty builder, the same as {@link StatutoryClock#builder()}. */
    public Builder() {}
  }
}
