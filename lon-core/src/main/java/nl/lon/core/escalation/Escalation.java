package nl.lon.core.escalation;

import java.util.Optional;
import nl.lon.core.id.EscalationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An escalation of a stuck case to a body with more means and powers (opschaling).
 *
 * <p>Names the ladder ({@link EscalationKind}), the rung (1 is the lowest) and its body, and the
 * bottleneck that blocks the case. A jump over rungs needs an emergency reason.
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
   * The ladder escalated on.
   *
   * @return the kind
   */
  public abstract EscalationKind getKind();

  /**
   * The rung reached, 1 for the lowest rung of the ladder.
   *
   * @return 1 or more
   */
  public abstract int getRung();

  /**
   * The body the case is put to at that rung.
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
   * The reason for an emergency jump over rungs, when jumped.
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
