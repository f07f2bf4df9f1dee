package nl.lon.core.event;

import nl.lon.core.process.PlanOfApproach;
import org.immutables.value.Value;

/**
 * The network director drafted a concept plan of approach for the network meeting (step 5).
 *
 * <p>Dutch: <em>concept plan van aanpak opgesteld</em>. "In Rotterdam stelt de netwerkregisseur
 * alvast een concept plan van aanpak op als dat mogelijk is"; the network meeting then "gaat vooral
 * in op het plan van aanpak, dat in Rotterdam voorbereid is door de netwerkregisseur" (seeds/004
 * l.1452-1456). A concept is not in force: the case stays before its plan until the plan is
 * adopted, and a later concept replaces an earlier one. Its version is the one the plan will have
 * when adopted. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.3
 */
@Value.Immutable
public abstract non-sealed class ConceptPlanDrafted implements CaseEvent {

  ConceptPlanDrafted() {}

  /**
   * The concept plan.
   *
   * @return the value
   */
  public abstract PlanOfApproach getConcept();

  @Override
  public final EventType getType() {
    return EventType.CONCEPT_PLAN_DRAFTED;
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
   * Builds a {@link ConceptPlanDrafted}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.3
   */
  public static final class Builder extends ImmutableConceptPlanDrafted.Builder {
    /** Creates an empty builder, the same as {@link ConceptPlanDrafted#builder()}. */
    public Builder() {}
  }
}
