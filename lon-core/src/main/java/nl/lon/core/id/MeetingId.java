package nl.lon.core.id;

import org.immutables.value.Value;

/**
 * Identifies one meeting: a case conference, network meeting or steering-group meeting.
 *
 * <p>Dutch: <em>overleg</em>. Immutable and thread-safe; equal when the values are equal.
 *
 * <pre>{@code MeetingId id = MeetingId.of("m-2026-03-12");}</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable(builder = false, copy = false)
public abstract class MeetingId extends Identifier<MeetingId> {

  MeetingId() {}

  /**
   * Obtains an identifier from its text value.
   *
   * @param value 1-128 letters, digits or {@code . _ : -}
   * @return the identifier
   * @throws nl.lon.core.error.InvalidValueException when the value is blank or malformed
   */
  public static MeetingId of(String value) {
    return ImmutableMeetingId.of(value);
  }
}
