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
  public static ImmutableInstrumentUsed.Builder builder() {
    return ImmutableInstrumentUsed.builder();
  }
}
