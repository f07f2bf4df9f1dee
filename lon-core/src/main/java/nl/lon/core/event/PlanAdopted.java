package nl.lon.core.event;

import nl.lon.core.process.PlanOfApproach;
import org.immutables.value.Value;

/**
 * A plan of approach (or a new version of it) was adopted (step 5, or 7 on adjustment).
 *
 * <p>Dutch: <em>plan vastgesteld</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class PlanAdopted implements CaseEvent {

  PlanAdopted() {}

  /**
   * The plan.
   *
   * @return the value
   */
  public abstract PlanOfApproach getPlan();

  @Override
  public final EventType getType() {
    return EventType.PLAN_ADOPTED;
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
   * Builds a {@link PlanAdopted}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutablePlanAdopted.Builder {
    /** Creates an empty builder, the same as {@link PlanAdopted#builder()}. */
    public Builder() {}
  }
}
