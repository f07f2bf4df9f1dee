package nl.lon.rules.intervention;

import java.util.Optional;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A network's escalation options, coercion catalogue and guard rails on the heavy instruments
 * (interventiebeleid); part of its methodology profile.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class InterventionPolicy {

  InterventionPolicy() {}

  /**
   * The content options (casusinhoudelijke opschaling).
   *
   * @return the options, of kind {@link EscalationKind#CONTENT}
   */
  @Value.Default
  public EscalationOptions getContentEscalation() {
    return EscalationOptions.standardContent();
  }

  /**
   * The organisational steps (organisatorische opschaling).
   *
   * @return the options, of kind {@link EscalationKind#ORGANISATIONAL}
   */
  @Value.Default
  public EscalationOptions getOrganisationalEscalation() {
    return EscalationOptions.standardOrganisational();
  }

  /**
   * The body to which the network escalates for pressure and coercion, where it has one: Enschede
   * escalates straight to the city intervention team ("voor drang- en dwangmaatregelen opgeschaald
   * naar het Stedelijk Interventieteam", seeds/004 l.1698). Without one, pressure and coercion is
   * recorded only as measures from the catalogue.
   *
   * @return the options, of kind {@link EscalationKind#PRESSURE_AND_COERCION}, or empty
   */
  public abstract Optional<EscalationOptions> getCoercionEscalation();

  /**
   * The options of one kind of escalation.
   *
   * @param kind the kind
   * @return the options, or empty for pressure and coercion where the network has no body for it
   */
  public Optional<EscalationOptions> escalation(EscalationKind kind) {
    switch (kind) {
      case CONTENT:
        return Optional.of(getContentEscalation());
      case ORGANISATIONAL:
        return Optional.of(getOrganisationalEscalation());
      default:
        return getCoercionEscalation();
    }
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
   * How often the client must have proved unreachable (not reached, appointments not kept, or
   * withdrawing from the help) before a consciously guided explosion (bewust begeleid ontploffen)
   * may be used: "repeatedly" (seeds/004 l.1630-1632).
   *
   * @return 2 or more
   */
  @Value.Default
  public int getGuidedExplosionMinUnreachable() {
    return 2;
  }

  /**
   * Whether the network refuses to cooperate in an eviction when children live in the household:
   * Leeuwarden's social teams do ("werken ... niet mee aan een huisuitzetting waarbij kinderen
   * betrokken zijn", seeds/004 l.1637-1638). Guards instrument uses marked as an eviction and
   * catalogue measures that involve one; a housing corporation's own lease-enforced home visit is
   * not an eviction.
   *
   * @return true when refused; off unless the network turns it on (on in the Leeuwarden preset)
   */
  @Value.Default
  public boolean isNoEvictionWithChildren() {
    return false;
  }

  /**
   * The care-purchase budget: a pot and the mandate to spend it, when the network has one
   * (Enschede).
   *
   * @return the mandate, or empty
   */
  public abstract Optional<BudgetMandate> getBudgetMandate();

  /**
   * Days within which the body of an escalation is expected to act; the open escalation is on its
   * agenda until resolved.
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
    kind(getContentEscalation(), EscalationKind.CONTENT, "contentEscalation");
    kind(getOrganisationalEscalation(), EscalationKind.ORGANISATIONAL, "organisationalEscalation");
    getCoercionEscalation()
        .ifPresent(o -> kind(o, EscalationKind.PRESSURE_AND_COERCION, "coercionEscalation"));
  }

  private static void kind(EscalationOptions options, EscalationKind kind, String field) {
    Checks.require(
        options.getKind() == kind,
        "InterventionPolicy." + field,
        "kind-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        "the options here are of kind " + kind);
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
