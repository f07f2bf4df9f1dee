package nl.lon.core.event;

import nl.lon.core.client.Consent;
import org.immutables.value.Value;

/**
 * The client signed a consent form.
 *
 * <p>Dutch: <em>toestemming vastgelegd</em>. Immutable and thread-safe; build with {@link
 * #builder()}.
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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ConsentRecorded}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableConsentRecorded.Builder {
    /** Creates an empty builder, the same as {@link ConsentRecorded#builder()}. */
    public Builder() {}
  }
}
