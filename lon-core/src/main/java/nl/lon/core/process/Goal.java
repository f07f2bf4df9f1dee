package nl.lon.core.process;

import nl.lon.core.internal.Checks;
import nl.lon.core.scan.LifeDomain;
import org.immutables.value.Value;

/**
 * A goal of a plan of approach, on one life domain (doel).
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Goal {

  Goal() {}

  /**
   * The goal's code within the plan, for example {@code "G1"}; evaluations refer to it.
   *
   * @return an identifier: 1-128 letters, digits or {@code . _ : -}
   */
  @Value.Parameter
  public abstract String getCode();

  /**
   * The life domain the goal is about.
   *
   * @return the domain
   */
  @Value.Parameter
  public abstract LifeDomain getLifeDomain();

  /**
   * What is to be reached.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  @Value.Parameter
  public abstract String getDescription();

  @Value.Check
  void check() {
    Checks.identifier(getCode(), "Goal.code");
    Checks.text(getDescription(), Checks.MAX_REASON, "Goal.description");
  }

  /**
   * Creates a goal.
   *
   * @param code the code within the plan
   * @param lifeDomain the life domain
   * @param description what is to be reached
   * @return the goal
   */
  public static Goal of(String code, LifeDomain lifeDomain, String description) {
    return ImmutableGoal.of(code, lifeDomain, description);
  }
}
