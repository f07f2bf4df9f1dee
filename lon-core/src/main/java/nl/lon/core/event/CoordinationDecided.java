package nl.lon.core.event;

import nl.lon.core.process.CoordinationDecision;
import org.immutables.value.Value;

/**
 * The network director took the coordination decision, with feedback to the signaller (step 3).
 *
 * <p>Dutch: <em>coördinatiebesluit</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class CoordinationDecided implements CaseEvent {

  CoordinationDecided() {}

  /**
   * The decision.
   *
   * @return the value
   */
  public abstract CoordinationDecision getDecision();

  @Override
  public final EventType getType() {
    return EventType.COORDINATION_DECIDED;
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
   * Builds a {@link CoordinationDecided}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableCoordinationDecided.Builder {
    /** Creates an empty builder, the same as {@link CoordinationDecided#builder()}. */
    public Builder() {}
  }
}
