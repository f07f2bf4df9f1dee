package nl.lon.core.event;

import com.google.common.collect.ImmutableSet;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The integral picture of the client system was formed (step 4).
 *
 * <p>Dutch: <em>integraal beeld gevormd</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class IntegralPictureFormed implements CaseEvent {

  IntegralPictureFormed() {}

  /**
   * The picture, without personal data.
   *
   * @return a non-blank text
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
    Checks.notBlank(getSummary(), "IntegralPictureFormed.summary");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableIntegralPictureFormed.Builder builder() {
    return ImmutableIntegralPictureFormed.builder();
  }
}
