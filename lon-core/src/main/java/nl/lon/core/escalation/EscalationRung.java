package nl.lon.core.escalation;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One rung of an escalation ladder: the body, who chairs it, and its powers (trede).
 *
 * <p>Ladders are data in a network's profile. A rung marked emergency-only (the mayor) may only be
 * reached in a serious emergency, with a reason.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EscalationRung {

  EscalationRung() {}

  /**
   * The body, for example "steering group".
   *
   * @return a non-blank name
   */
  public abstract String getBody();

  /**
   * The body in Dutch, for example "stuurgroep".
   *
   * @return a non-blank name
   */
  public abstract String getBodyNl();

  /**
   * Who chairs it, for example "municipality".
   *
   * @return a non-blank description
   */
  public abstract String getChair();

  /**
   * Its powers.
   *
   * @return a non-blank description
   */
  public abstract String getPowers();

  /**
   * Whether this rung may only be reached in a serious emergency (for example the mayor).
   *
   * @return true when emergency-only
   */
  @Value.Default
  public boolean isEmergencyOnly() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.notBlank(getBody(), "EscalationRung.body");
    Checks.notBlank(getBodyNl(), "EscalationRung.bodyNl");
    Checks.notBlank(getChair(), "EscalationRung.chair");
    Checks.notBlank(getPowers(), "EscalationRung.powers");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableEscalationRung.Builder builder() {
    return ImmutableEscalationRung.builder();
  }
}
