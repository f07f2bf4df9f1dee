package nl.lon.core.event;

import org.immutables.value.Value;

/**
 * The client withdrew their consent as of the business date.
 *
 * <p>Dutch: <em>toestemming ingetrokken</em>. Immutable and thread-safe; build with {@link
 * #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ConsentWithdrawn implements CaseEvent {

  ConsentWithdrawn() {}

  @Override
  public final EventType getType() {
    return EventType.CONSENT_WITHDRAWN;
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
   * Builds a {@link ConsentWithdrawn}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableConsentWithdrawn.Builder {
    /** Creates an empty builder, the same as {@link ConsentWithdrawn#builder()}. */
    public Builder() {}
  }
}
