package nl.lon.core.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A plan of approach for one case (plan van aanpak), versioned.
 *
 * <p>Holds the context with the issues at play, goals per life domain, activities with a
 * responsible party and a due date (the task division and the planning). Adjusting a plan makes a
 * new version; old versions stay in the case history.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PlanOfApproach {

  PlanOfApproach() {}

  /**
   * The version, 1 for the first plan.
   *
   * @return 1 or more
   */
  public abstract int getVersion();

  /**
   * The context description with the issues at play.
   *
   * @return a text with visible content, at most 10,000 characters
   */
  public abstract String getContext();

  /**
   * The goals.
   *
   * @return at least one goal, codes unique
   */
  public abstract ImmutableList<Goal> getGoals();

  /**
   * The activities.
   *
   * @return at least one activity
   */
  public abstract ImmutableList<Activity> getActivities();

  /**
   * The planned date of the next evaluation, if set.
   *
   * @return the date, within {@link PlausibleDates}, or empty
   */
  public abstract Optional<LocalDate> getEvaluateBy();

  /**
   * The task division: activities per responsible party (taakverdeling).
   *
   * @return responsible party to activities
   */
  public ImmutableListMultimap<Responsible, Activity> taskDivision() {
    return Multimaps.index(getActivities(), Activity::getResponsible);
  }

  /**
   * The goal with a code.
   *
   * @param code the goal code
   * @return the goal, or empty
   */
  public Optional<Goal> goal(String code) {
    return getGoals().stream().filter(g -> g.getCode().equals(code)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.range(getVersion(), 1, 10_000, "PlanOfApproach.version");
    Checks.text(getContext(), Checks.MAX_NARRATIVE, "PlanOfApproach.context");
    Checks.optionalDate(getEvaluateBy(), "PlanOfApproach.evaluateBy");
    Checks.notEmpty(getGoals(), "PlanOfApproach.goals");
    Checks.notEmpty(getActivities(), "PlanOfApproach.activities");
    Set<String> codes = new HashSet<>();
    for (Goal g : getGoals()) {
      Checks.require(
          codes.add(g.getCode()),
          "PlanOfApproach.goals",
          "unique-goal-code",
          "goal code " + g.getCode() + " is used twice");
    }
    for (Activity a : getActivities()) {
      a.getGoalCode()
          .ifPresent(
              c ->
                  Checks.require(
                      codes.contains(c),
                      "PlanOfApproach.activities",
                      "known-goal",
                      "activity refers to unknown goal " + c));
    }
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
   * Builds a {@link PlanOfApproach}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutablePlanOfApproach.Builder {
    /** Creates an empty builder, the same as {@link PlanOfApproach#builder()}. */
    public Builder() {}
  }
}
