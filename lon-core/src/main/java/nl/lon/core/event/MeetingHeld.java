package nl.lon.core.event;

import nl.lon.core.process.Meeting;
import org.immutables.value.Value;

/**
 * The case was discussed in a meeting: case conference, network meeting or steering group.
 *
 * <p>Dutch: <em>overleg</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class MeetingHeld implements CaseEvent {

  MeetingHeld() {}

  /**
   * The meeting.
   *
   * @return the value
   */
  public abstract Meeting getMeeting();

  @Override
  public final EventType getType() {
    return EventType.MEETING_HELD;
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
   * Builds a {@link MeetingHeld}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableMeetingHeld.Builder {
    /** Creates an empty builder, the same as {@link MeetingHeld#builder()}. */
    public Builder() {}
  }
}
