package nl.lon.core.event;

import nl.lon.core.process.FollowUpCheck;
import org.immutables.value.Value;

/**
 * A follow-up check on the closed case was recorded (step 9).
 *
 * <p>Dutch: <em>nazorgcontrole</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class FollowUpRecorded implements CaseEvent {

  FollowUpRecorded() {}

  /**
   * The check.
   *
   * @return the value
   */
  public abstract FollowUpCheck getCheck();

  @Override
  public final EventType getType() {
    return EventType.FOLLOW_UP_RECORDED;
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
   * Builds a {@link FollowUpRecorded}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableFollowUpRecorded.Builder {
    /** Creates an empty builder, the same as {@link FollowUpRecorded#builder()}. */
    public Builder() {}
  }
}
