package nl.lon.core.event;

import nl.lon.core.escalation.Escalation;
import org.immutables.value.Value;

/**
 * The network director escalated the case one rung (or jumped in an emergency).
 *
 * <p>Dutch: <em>opgeschaald</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class EscalationRaised implements CaseEvent {

  EscalationRaised() {}

  /**
   * The escalation.
   *
   * @return the value
   */
  public abstract Escalation getEscalation();

  @Override
  public final EventType getType() {
    return EventType.ESCALATION_RAISED;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableEscalationRaised.Builder builder() {
    return ImmutableEscalationRaised.builder();
  }
}
