package nl.lon.core.event;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The case was reopened, for example because the client dropped out of care.
 *
 * <p>Dutch: <em>casus heropend</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class CaseReopened implements CaseEvent {

  CaseReopened() {}

  /**
   * Why.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getReason();

  @Override
  public final EventType getType() {
    return EventType.CASE_REOPENED;
  }

  @Value.Check
  void check() {
    Checks.text(getReason(), Checks.MAX_REASON, "CaseReopened.reason");
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
   * Builds a {@link CaseReopened}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableCaseReopened.Builder {
    /** Creates an empty builder, the same as {@link CaseReopened#builder()}. */
    public Builder() {}
  }
}
