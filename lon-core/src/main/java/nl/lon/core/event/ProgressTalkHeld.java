package nl.lon.core.event;

import nl.lon.core.id.ProfessionalId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The network director held a progress talk with the trajectory director (step 6).
 *
 * <p>Dutch: <em>voortgangsgesprek</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ProgressTalkHeld implements CaseEvent {

  ProgressTalkHeld() {}

  /**
   * The trajectory director talked with.
   *
   * @return the value
   */
  public abstract ProfessionalId getTrajectoryDirector();

  /**
   * What was discussed.
   *
   * @return a text with visible content, at most 10,000 characters
   */
  public abstract String getSummary();

  @Override
  public final EventType getType() {
    return EventType.PROGRESS_TALK_HELD;
  }

  @Value.Check
  void check() {
    Checks.text(getSummary(), Checks.MAX_NARRATIVE, "ProgressTalkHeld.summary");
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
   * Builds a {@link ProgressTalkHeld}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableProgressTalkHeld.Builder {
    /** Creates an empty builder, the same as {@link ProgressTalkHeld#builder()}. */
    public Builder() {}
  }
}
