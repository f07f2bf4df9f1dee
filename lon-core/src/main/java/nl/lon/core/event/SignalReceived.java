package nl.lon.core.event;

import nl.lon.core.client.Household;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.process.Signal;
import org.immutables.value.Value;

/**
 * A signal was received and a case opened for it (step 1-2).
 *
 * <p>Dutch: <em>signaal ontvangen</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class SignalReceived implements CaseEvent {

  SignalReceived() {}

  /**
   * The network that received it.
   *
   * @return the value
   */
  public abstract NetworkId getNetwork();

  /**
   * The client, by number.
   *
   * @return the value
   */
  public abstract ClientNumber getClientNumber();

  /**
   * The signal.
   *
   * @return the value
   */
  public abstract Signal getSignal();

  /**
   * The household, as far as known.
   *
   * @return the value
   */
  public abstract Household getHousehold();

  @Override
  public final EventType getType() {
    return EventType.SIGNAL_RECEIVED;
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
   * Builds a {@link SignalReceived}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableSignalReceived.Builder {
    /** Creates an empty builder, the same as {@link SignalReceived#builder()}. */
    public Builder() {}
  }
}
