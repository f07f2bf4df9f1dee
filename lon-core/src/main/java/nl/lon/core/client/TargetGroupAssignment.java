package nl.lon.core.client;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One target group assigned to a case, with the reason it was assigned (doelgroepbepaling).
 *
 * <p>A case holds a set of these: a client can belong to several groups. The reason records the
 * facts that led to the assignment, which may come from the client, their surroundings or the care
 * organisations involved.
 *
 * <pre>{@code TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "refuses contact with GP")}</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class TargetGroupAssignment {

  TargetGroupAssignment() {}

  /**
   * The target group.
   *
   * @return the group
   */
  @Value.Parameter
  public abstract TargetGroup getTargetGroup();

  /**
   * Why the group applies: the facts that led to it.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  @Value.Parameter
  public abstract String getReason();

  @Value.Check
  void check() {
    Checks.text(getReason(), Checks.MAX_REASON, "TargetGroupAssignment.reason");
  }

  /**
   * Creates an assignment.
   *
   * @param targetGroup the group
   * @param reason the facts that led to it, non-blank
   * @return the assignment
   */
  public static TargetGroupAssignment of(TargetGroup targetGroup, String reason) {
    return ImmutableTargetGroupAssignment.of(targetGroup, reason);
  }
}
