package nl.lon.core.event;

import nl.lon.core.process.Closure;
import org.immutables.value.Value;

/**
 * The case was closed; active following ends (step 8).
 *
 * <p>Dutch: <em>casus afgesloten</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class CaseClosed implements CaseEvent {

  CaseClosed() {}

  /**
   * The closure.
   *
   * @return the value
   */
  public abstract Closure getClosure();

  @Override
  public final EventType getType() {
    return EventType.CASE_CLOSED;
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
   * Builds a {@link CaseClosed}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableCaseClosed.Builder {
    /** Creates an empty builder, the same as {@link CaseClosed#builder()}. */
    public Builder() {}
  }
}
