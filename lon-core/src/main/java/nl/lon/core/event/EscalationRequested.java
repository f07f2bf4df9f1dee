package nl.lon.core.event;

import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The trajectory director asked the network director to escalate.
 *
 * <p>Dutch: <em>opschaling gevraagd</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class EscalationRequested implements CaseEvent {

  EscalationRequested() {}

  /**
   * The kind of escalation asked for.
   *
   * @return the value
   */
  public abstract EscalationKind getKind();

  /**
   * What blocks the plan.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getBottleneck();

  @Override
  public final EventType getType() {
    return EventType.ESCALATION_REQUESTED;
  }

  @Value.Check
  void check() {
    Checks.text(getBottleneck(), Checks.MAX_REASON, "EscalationRequested.bottleneck");
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
   * Builds a {@link EscalationRequested}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEscalationRequested.Builder {
    /** Creates an empty builder, the same as {@link EscalationRequested#builder()}. */
    public Builder() {}
  }
}
