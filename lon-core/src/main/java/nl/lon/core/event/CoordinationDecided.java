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
  public static ImmutableCoordinationDecided.Builder builder() {
    return ImmutableCoordinationDecided.builder();
  }
}
