package nl.lon.core.event;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An entry made in error was withdrawn: the act recorded at {@link #getWithdrawnSequence()} no
 * longer counts; nothing is deleted.
 *
 * <p>Dutch: <em>registratie ingetrokken</em>. The case state folds the effective history, without
 * the withdrawn act ({@link nl.lon.core.state.EffectiveHistory}); the stream keeps the original and
 * the withdrawal. A withdrawn entry can neither be corrected nor withdrawn again. Immutable and
 * thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class EntryWithdrawn implements CaseEvent {

  EntryWithdrawn() {}

  /**
   * The sequence of the entry withdrawn: an act, never a correction or a withdrawal.
   *
   * @return 2 or more (the opening signal is never withdrawn), before this event's own sequence
   */
  public abstract long getWithdrawnSequence();

  /**
   * Why the entry was made in error.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getReason();

  @Override
  public final EventType getType() {
    return EventType.ENTRY_WITHDRAWN;
  }

  @Value.Check
  void check() {
    Checks.text(getReason(), Checks.MAX_REASON, "EntryWithdrawn.reason");
    Checks.range(getWithdrawnSequence(), 2, getSequence() - 1, "EntryWithdrawn.withdrawnSequence");
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
   * Builds an {@link EntryWithdrawn}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEntryWithdrawn.Builder {
    /** Creates an empty builder, the same as {@link EntryWithdrawn#builder()}. */
    public Builder() {}
  }
}
