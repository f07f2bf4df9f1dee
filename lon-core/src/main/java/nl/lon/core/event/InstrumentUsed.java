package nl.lon.core.event;

import nl.lon.core.process.InstrumentUse;
import org.immutables.value.Value;

/**
 * An instrument was used on the case.
 *
 * <p>Dutch: <em>instrument ingezet</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class InstrumentUsed implements CaseEvent {

  InstrumentUsed() {}

  /**
   * The use.
   *
   * @return the value
   */
  public abstract InstrumentUse getUse();

  @Override
  public final EventType getType() {
    return EventType.INSTRUMENT_USED;
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
   * Builds a {@link InstrumentUsed}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableInstrumentUsed.Builder {
    /** Creates an empty builder, the same as {@link InstrumentUsed#builder()}. */
    public Builder() {}
  }
}
