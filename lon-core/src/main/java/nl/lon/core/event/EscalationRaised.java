package nl.lon.core.event;

import nl.lon.core.escalation.Escalation;
import org.immutables.value.Value;

/**
 * The network director escalated the case to one of the options of its kind.
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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link EscalationRaised}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEscalationRaised.Builder {
    /** Creates an empty builder, the same as {@link EscalationRaised#builder()}. */
    public Builder() {}
  }
}
