package nl.lon.core.escalation;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * How an escalation was resolved: structural (rule changed), ad hoc (one-off exception), or not at
 * all (oplossing opschaling).
 *
 * <p>Structural resolutions and unresolved bottlenecks feed the policy signals a steering group
 * sees.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EscalationResolution {

  EscalationResolution() {}

  /**
   * The kind of resolution.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ResolutionKind getKind();

  /**
   * What was decided.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  @Value.Parameter
  public abstract String getDescription();

  /**
   * The rule or organisation that blocked, for grouping policy signals (for example "waiting list
   * sheltered housing").
   *
   * @return a text with visible content, at most 200 characters
   */
  @Value.Parameter
  public abstract String getBlocker();

  @Value.Check
  void check() {
    Checks.text(getDescription(), Checks.MAX_REASON, "EscalationResolution.description");
    Checks.text(getBlocker(), Checks.MAX_LABEL, "EscalationResolution.blocker");
  }

  /**
   * Creates a resolution.
   *
   * @param kind the kind
   * @param description what was decided
   * @param blocker the rule or organisation that blocked
   * @return the resolution
   */
  public static EscalationResolution of(ResolutionKind kind, String description, String blocker) {
    return ImmutableEscalationResolution.of(kind, description, blocker);
  }
}
