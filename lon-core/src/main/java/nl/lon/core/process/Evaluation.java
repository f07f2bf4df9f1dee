package nl.lon.core.process;

import com.google.common.collect.ImmutableMap;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An evaluation of a running plan: goals reached, agreements kept, and what next (evaluatie).
 *
 * <p>Covers only the network's own agreements, not the regular care trajectory the client ended up
 * in.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Evaluation {

  Evaluation() {}

  /**
   * The result per goal code of the current plan.
   *
   * @return goal code (an identifier, as {@link Goal#getCode()}) to result
   */
  public abstract ImmutableMap<String, GoalResult> getGoalResults();

  /**
   * Whether the work agreements the partners made among themselves were kept as planned (not the
   * client's appointments: a client who proves unreachable is recorded with a progress report or a
   * home visit).
   *
   * @return true when kept
   */
  public abstract boolean isAgreementsKept();

  /**
   * What the evaluation decides.
   *
   * @return the decision
   */
  public abstract EvaluationDecision getDecision();

  /**
   * Remarks, without personal data.
   *
   * @return the remarks: empty, or a text with visible content of at most 2,000 characters
   */
  @Value.Default
  public String getRemarks() {
    return "";
  }

  /**
   * Whether every goal was reached.
   *
   * @return true when all goals are {@link GoalResult#REACHED}
   */
  public boolean isAllGoalsReached() {
    return getGoalResults().values().stream().allMatch(r -> r == GoalResult.REACHED);
  }

  @Value.Check
  void check() {
    Checks.notEmpty(getGoalResults().keySet(), "Evaluation.goalResults");
    getGoalResults().keySet().forEach(code -> Checks.identifier(code, "Evaluation.goalResults"));
    Checks.textOrEmpty(getRemarks(), Checks.MAX_REASON, "Evaluation.remarks");
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
   * Builds a {@link Evaluation}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEvaluation.Builder {
    /** Creates an empty builder, the same as {@link Evaluation#builder()}. */
    public Builder() {}
  }
}
