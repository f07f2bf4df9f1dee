package nl.lon.core.event;

import org.immutables.value.Value;

/**
 * The client withdrew their consent as of the business date.
 *
 * <p>Dutch: <em>toestemming ingetrokken</em>. Immutable and thread-safe; build with {@link #builder()}.
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
  public static ImmutableConsentWithdrawn.Builder builder() {
    return ImmutableConsentWithdrawn.builder();
  }
}
