package nl.lon.rules.intervention;

import java.util.Optional;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A network's escalation ladders, coercion catalogue and guard rails on the heavy instruments
 * (interventiebeleid); part of its methodology profile.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class InterventionPolicy {

  InterventionPolicy() {}

  /**
   * The content ladder.
   *
   * @return the ladder
   */
  @Value.Default
  public EscalationLadder getContentLadder() {
    return EscalationLadder.standardContent();
  }

  /**
   * The organisational ladder.
   *
   * @return the ladder
   */
  @Value.Default
  public EscalationLadder getOrganisationalLadder() {
    return EscalationLadder.standardOrganisational();
  }

  /**
   * The pressure and coercion catalogue.
   *
   * @return the catalogue
   */
  @Value.Default
  public CoercionCatalogue getCoercionCatalogue() {
    return CoercionCatalogue.standard();
  }

  /**
   * How often the client must have proved unreachable or broken agreements before a consciously
   * guided explosion (bewust begeleid ontploffen) may be used: "repeatedly".
   *
   * @return 2 or more
   */
  @Value.Default
  public int getGuidedExplosionMinUnreachable() {
    return 2;
  }

  /**
   * Whether the network refuses to cooperate in an eviction when children live in the household
   * (Leeuwarden).
   *
   * @return true when refused; on by default
   */
  @Value.Default
  public boolean isNoEvictionWithChildren() {
    return true;
  }

  /**
   * The care-purchase budget mandate, when the network has one (Enschede).
   *
   * @return the mandate, or empty
   */
  public abstract Optional<BudgetMandate> getBudgetMandate();

  /**
   * Days within which the body of an escalation's rung is expected to act; the open escalation is
   * on its agenda until resolved.
   *
   * @return 1 or more
   */
  @Value.Default
  public int getEscalationResponseDays() {
    return 28;
  }

  @Value.Check
  void check() {
    Checks.range(
        getGuidedExplosionMinUnreachable(),
        2,
        100,
        "InterventionPolicy.guidedExplosionMinUnreachable");
    Checks.range(getEscalationResponseDays(), 1, 365, "InterventionPolicy.escalationResponseDays");
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
   * Builds a {@link InterventionPolicy}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableInterventionPolicy.Builder {
    /** Creates an empty builder, the same as {@link InterventionPolicy#builder()}. */
    public Builder() {}
  }
}
