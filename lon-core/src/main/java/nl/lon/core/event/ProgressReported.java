package nl.lon.core.event;

import nl.lon.core.process.ProgressReport;
import org.immutables.value.Value;

/**
 * The trajectory director reported progress to the network director (step 6).
 *
 * <p>Dutch: <em>voortgangsrapportage</em>. Immutable and thread-safe; build with {@link
 * #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class ProgressReported implements CaseEvent {

  ProgressReported() {}

  /**
   * The report.
   *
   * @return the value
   */
  public abstract ProgressReport getReport();

  @Override
  public final EventType getType() {
    return EventType.PROGRESS_REPORTED;
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
   * Builds a {@link ProgressReported}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableProgressReported.Builder {
    /** Creates an empty builder, the same as {@link ProgressReported#builder()}. */
    public Builder() {}
  }
}
