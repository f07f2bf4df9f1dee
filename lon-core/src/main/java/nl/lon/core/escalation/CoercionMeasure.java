package nl.lon.core.escalation;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import nl.lon.core.internal.Checks;
import nl.lon.core.network.PartnerKind;
import org.immutables.value.Value;

/**
 * A measure on the pressure and coercion continuum (drang- of dwangmaatregel), as catalogue data.
 *
 * <p>The continuum runs from actively offering unsolicited help to compulsory admission; {@link
 * #getLevel()} orders it. The catalogue names the legal basis, who executes the measure (only they
 * may record it), and any statutory clock that follows, with its legal source.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CoercionMeasure {

  CoercionMeasure() {}

  /**
   * A stable code, for example {@code "wvggz-crisis-measure"}.
   *
   * @return the code
   */
  public abstract String getCode();

  /**
   * The name in English.
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getName();

  /**
   * The name in Dutch.
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getNameNl();

  /**
   * The position on the continuum, 1 being the least interference.
   *
   * @return 1 or more
   */
  public abstract int getLevel();

  /**
   * The legal basis, for example "Wvggz art. 7:1".
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getLegalBasis();

  /**
   * The kinds of organisation that may execute (and so record) the measure.
   *
   * @return at least one kind
   */
  public abstract ImmutableSet<PartnerKind> getExecutedBy();

  /**
   * The statutory clock that follows the measure, if any.
   *
   * @return the clock, or empty
   */
  public abstract Optional<StatutoryClock> getClock();

  /**
   * Whether recording the measure means the network cooperates in an eviction (huisuitzetting), for
   * example a network's own catalogue entry for an eviction by court order; guarded where the
   * profile refuses evictions with children in the household. A housing corporation enforcing a
   * home visit on pain of terminating the lease is not an eviction.
   *
   * @return true when it involves eviction
   */
  @Value.Default
  public boolean isInvolvesEviction() {
    return false;
  }

  /**
   * Whether the measure is no longer in force in current law (for example the BOPZ measures
   * replaced by the Wvggz on 1 January 2020); kept for history.
   *
   * @return true when historical
   */
  @Value.Default
  public boolean isHistorical() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.identifier(getCode(), "CoercionMeasure.code");
    Checks.text(getName(), Checks.MAX_LABEL, "CoercionMeasure.name");
    Checks.text(getNameNl(), Checks.MAX_LABEL, "CoercionMeasure.nameNl");
    Checks.range(getLevel(), 1, 100, "CoercionMeasure.level");
    Checks.text(getLegalBasis(), Checks.MAX_LABEL, "CoercionMeasure.legalBasis");
    Checks.notEmpty(getExecutedBy(), "CoercionMeasure.executedBy");
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
   * Builds a {@link CoercionMeasure}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableCoercionMeasure.Builder {
    /** Creates an empty builder, the same as {@link CoercionMeasure#builder()}. */
    public Builder() {}
  }
}
