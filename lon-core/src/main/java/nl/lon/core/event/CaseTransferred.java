package nl.lon.core.event;

import nl.lon.core.process.WarmHandover;
import org.immutables.value.Value;

/**
 * The case was handed over to another network (warm handover).
 *
 * <p>Dutch: <em>casus overgedragen</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class CaseTransferred implements CaseEvent {

  CaseTransferred() {}

  /**
   * The handover.
   *
   * @return the value
   */
  public abstract WarmHandover getHandover();

  @Override
  public final EventType getType() {
    return EventType.CASE_TRANSFERRED;
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
   * Builds a {@link CaseTransferred}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableCaseTransferred.Builder {
    /** Creates an empty builder, the same as {@link CaseTransferred#builder()}. */
    public Builder() {}
  }
}
