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
  public static ImmutablePlanAdopted.Builder builder() {
    return ImmutablePlanAdopted.builder();
  }
}
