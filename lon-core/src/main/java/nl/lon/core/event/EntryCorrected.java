package nl.lon.core.event;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An entry made in error was corrected: a new version of the act replaces the one recorded at
 * {@link #getCorrectedSequence()}; nothing is rewritten.
 *
 * <p>Dutch: <em>registratie gecorrigeerd</em>. The event's own metadata says who corrected and
 * when; the {@link #getReplacement() replacement} is the act as it should have been recorded: of
 * the same type as the corrected entry, with the corrected entry's sequence, and its own business
 * date (the day the act happened), recorded instant and actor. The case state folds the effective
 * history, in which the replacement stands in the corrected entry's place ({@link
 * nl.lon.core.state.EffectiveHistory}); the stream keeps the original and the correction. A later
 * correction of the same entry replaces an earlier one. Immutable and thread-safe; build with
 * {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class EntryCorrected implements CaseEvent {

  EntryCorrected() {}

  /**
   * The sequence of the entry corrected: an act, never a correction or a withdrawal.
   *
   * @return 1 or more, before this event's own sequence
   */
  public abstract long getCorrectedSequence();

  /**
   * The act as it should have been recorded.
   *
   * @return an act of the corrected entry's type, with the corrected entry's sequence and case
   */
  public abstract CaseEvent getReplacement();

  /**
   * Why the entry was wrong.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getReason();

  @Override
  public final EventType getType() {
    return EventType.ENTRY_CORRECTED;
  }

  @Value.Check
  void check() {
    Checks.text(getReason(), Checks.MAX_REASON, "EntryCorrected.reason");
    Checks.range(getCorrectedSequence(), 1, getSequence() - 1, "EntryCorrected.correctedSequence");
    CaseEvent r = getReplacement();
    if (r.getType().isCorrection()) {
      throw new nl.lon.core.error.InvalidValueException(
          "EntryCorrected.replacement", "an-act", "a replacement is an act, not a correction");
    }
    if (r.getSequence() != getCorrectedSequence()) {
      throw new nl.lon.core.error.InvalidValueException(
          "EntryCorrected.replacement",
          "same-sequence",
          "the replacement takes the corrected entry's sequence " + getCorrectedSequence());
    }
    if (!r.getCaseId().equals(getCaseId())) {
      throw new nl.lon.core.error.InvalidValueException(
          "EntryCorrected.replacement", "same-case", "the replacement belongs to the same case");
    }
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
   * Builds an {@link EntryCorrected}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEntryCorrected.Builder {
    /** Creates an empty builder, the same as {@link EntryCorrected#builder()}. */
    public Builder() {}
  }
}
