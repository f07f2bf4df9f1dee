package nl.lon.core.event;

import nl.lon.core.client.Consent;
import org.immutables.value.Value;

/**
 * The client signed a consent form.
 *
 * <p>Dutch: <em>toestemming vastgelegd</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ConsentRecorded implements CaseEvent {

  ConsentRecorded() {}

  /**
   * The consent.
   *
   * @return the value
   */
  public abstract Consent getConsent();

  @Override
  public final EventType getType() {
    return EventType.CONSENT_RECORDED;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableConsentRecorded.Builder builder() {
    return ImmutableConsentRecorded.builder();
  }
}
