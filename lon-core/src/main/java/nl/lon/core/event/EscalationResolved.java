package nl.lon.core.event;

import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.id.EscalationId;
import org.immutables.value.Value;

/**
 * An open escalation was resolved: structural, ad hoc, or not at all.
 *
 * <p>Dutch: <em>opschaling afgehandeld</em>. Immutable and thread-safe; build with {@link
 * #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class EscalationResolved implements CaseEvent {

  EscalationResolved() {}

  /**
   * The escalation resolved.
   *
   * @return the value
   */
  public abstract EscalationId getEscalationId();

  /**
   * How it was resolved.
   *
   * @return the value
   */
  public abstract EscalationResolution getResolution();

  @Override
  public final EventType getType() {
    return EventType.ESCALATION_RESOLVED;
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
   * Builds a {@link EscalationResolved}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEscalationResolved.Builder {
    /** Creates an empty builder, the same as {@link EscalationResolved#builder()}. */
    public Builder() {}
  }
}
