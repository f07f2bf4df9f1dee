package nl.lon.core.escalation;

import java.util.Optional;
import nl.lon.core.id.EscalationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An escalation of a stuck case to a body with more means and powers (opschaling).
 *
 * <p>Names the kind ({@link EscalationKind}), the option chosen (its number in the network's list
 * of options for that kind) and its body, and the bottleneck that blocks the case. An option that
 * is only called in a serious emergency (the mayor) carries the emergency's reason.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Escalation {

  Escalation() {}

  /**
   * The escalation's id within the case.
   *
   * @return the id
   */
  public abstract EscalationId getId();

  /**
   * The kind of escalation.
   *
   * @return the kind
   */
  public abstract EscalationKind getKind();

  /**
   * The option chosen: its number in the network's list of options for this kind, 1 for the first
   * (stored as {@code rung}).
   *
   * @return 1 or more
   */
  public abstract int getRung();

  /**
   * The body the case is put to.
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getBody();

  /**
   * The bottleneck: what blocks the plan.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getBottleneck();

  /**
   * The serious emergency that calls an emergency-only option (the mayor), when there is one.
   *
   * @return the reason, a text with visible content of at most 2,000 characters, or empty
   */
  public abstract Optional<String> getEmergencyReason();

  @Value.Check
  void check() {
    Checks.range(getRung(), 1, 100, "Escalation.rung");
    Checks.text(getBody(), Checks.MAX_LABEL, "Escalation.body");
    Checks.text(getBottleneck(), Checks.MAX_REASON, "Escalation.bottleneck");
    Checks.optionalText(getEmergencyReason(), Checks.MAX_REASON, "Escalation.emergencyReason");
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
   * Builds a {@link Escalation}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEscalation.Builder {
    /** Creates an empty builder, the same as {@link Escalation#builder()}. */
    public Builder() {}
  }
}
