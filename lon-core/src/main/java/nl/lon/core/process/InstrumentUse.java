package nl.lon.core.process;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Optional;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The use of an instrument on a case (inzet instrument), such as a home visit, a consciously guided
 * explosion, or spending from the care-purchase budget.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class InstrumentUse {

  /** The highest amount one use may record: EUR 1,000,000.00. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000.00");

  InstrumentUse() {}

  /**
   * The instrument.
   *
   * @return the instrument
   */
  public abstract Instrument getInstrument();

  /**
   * What was done, without personal data.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getDescription();

  /**
   * The core partners that agreed to it (required for a consciously guided explosion).
   *
   * @return the agreeing organisations
   */
  public abstract ImmutableSet<OrganisationId> getAgreedBy();

  /**
   * The amount spent, for the care-purchase budget, in euros.
   *
   * <p>Above zero, at most {@link #MAX_AMOUNT} (EUR 1,000,000.00) and in whole cents: at most two
   * decimals once trailing zeros are stripped ({@code 250}, {@code 250.5}, {@code 250.50} and
   * {@code 2.5E+2} are accepted and kept as given; {@code 0.001} is refused). Compare amounts with
   * {@link BigDecimal#compareTo(BigDecimal)}: equality of uses follows {@link
   * BigDecimal#equals(Object)}, which tells {@code 250} from {@code 250.00}.
   *
   * @return the amount, or empty
   */
  public abstract Optional<BigDecimal> getAmount();

  /**
   * Whether the instrument supports an eviction (housing corporation enforcing a lease end).
   *
   * @return true when it concerns an eviction
   */
  @Value.Default
  public boolean isEviction() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.text(getDescription(), Checks.MAX_REASON, "InstrumentUse.description");
    getAmount().ifPresent(a -> Checks.amount(a, MAX_AMOUNT, "InstrumentUse.amount"));
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
   * Builds a {@link InstrumentUse}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableInstrumentUse.Builder {
    /** Creates an empty builder, the same as {@link InstrumentUse#builder()}. */
    public Builder() {}
  }
}
