package nl.lon.core.event;

import com.google.common.collect.ImmutableSet;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The integral picture of the client system was formed (step 4).
 *
 * <p>Dutch: <em>integraal beeld gevormd</em>. Immutable and thread-safe; build with {@link
 * #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class IntegralPictureFormed implements CaseEvent {

  IntegralPictureFormed() {}

  /**
   * The picture, without personal data.
   *
   * @return a text with visible content, at most 10,000 characters
   */
  public abstract String getSummary();

  /**
   * The target groups as now understood; replaces earlier assignments when not empty.
   *
   * @return the elements
   */
  public abstract ImmutableSet<TargetGroupAssignment> getTargetGroups();

  @Override
  public final EventType getType() {
    return EventType.INTEGRAL_PICTURE_FORMED;
  }

  @Value.Check
  void check() {
    Checks.text(getSummary(), Checks.MAX_NARRATIVE, "IntegralPictureFormed.summary");
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
   * Builds a {@link IntegralPictureFormed}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableIntegralPictureFormed.Builder {
    /** Creates an empty builder, the same as {@link IntegralPictureFormed#builder()}. */
    public Builder() {}
  }
}
