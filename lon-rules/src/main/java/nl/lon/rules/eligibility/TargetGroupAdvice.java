package nl.lon.rules.eligibility;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;

/**
 * One target group advised, with the facts that led to it (advies doelgroep).
 *
 * @param targetGroup the group
 * @param facts the facts, at least one
 * @since 0.1
 */
public record TargetGroupAdvice(TargetGroup targetGroup, List<Fact> facts) {

  /**
   * Checks the fields.
   *
   * @param targetGroup the group
   * @param facts the facts, at least one
   */
  public TargetGroupAdvice {
    Objects.requireNonNull(targetGroup, "targetGroup");
    facts = ImmutableList.copyOf(facts);
  }

  /**
   * The advice as an assignment to record, with the English facts as the reason.
   *
   * @return the assignment
   */
  public TargetGroupAssignment toAssignment() {
    return TargetGroupAssignment.of(
        targetGroup, facts.stream().map(Fact::en).collect(Collectors.joining("; ")));
  }
}
