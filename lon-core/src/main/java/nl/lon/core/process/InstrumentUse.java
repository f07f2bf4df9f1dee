package nl.lon.core.process;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Optional;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The use of an instrument on a case (inzet instrument), such as a home visit, a consciously
 * guided explosion, or spending from the care-purchase budget.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class InstrumentUse {

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
   * @return a non-blank description
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
    Checks.notBlank(getDescription(), "InstrumentUse.description");
    getAmount()
        .ifPresent(
            a ->
                Checks.require(
                    a.signum() > 0,
                    "InstrumentUse.amount",
                    "positive",
                    "an amount must be above zero"));
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableInstrumentUse.Builder builder() {
    return ImmutableInstrumentUse.builder();
  }
}
