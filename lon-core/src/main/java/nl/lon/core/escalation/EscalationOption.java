package nl.lon.core.escalation;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One option of escalation: a body a stuck case can be put to, who chairs it, and its powers
 * (opschalingsmogelijkheid).
 *
 * <p>The options are data in a network's profile; the source lists them as possibilities, not as a
 * ladder to climb. An option marked emergency-only (the mayor) is only called in a serious
 * emergency, with a reason.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EscalationOption {

  EscalationOption() {}

  /**
   * The body, for example "steering group".
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getBody();

  /**
   * The body in Dutch, for example "stuurgroep".
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getBodyNl();

  /**
   * Who chairs it, for example "municipality".
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getChair();

  /**
   * Its powers.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getPowers();

  /**
   * Whether this option is only called in a serious emergency (for example the mayor).
   *
   * @return true when emergency-only
   */
  @Value.Default
  public boolean isEmergencyOnly() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.text(getBody(), Checks.MAX_LABEL, "EscalationOption.body");
    Checks.text(getBodyNl(), Checks.MAX_LABEL, "EscalationOption.bodyNl");
    Checks.text(getChair(), Checks.MAX_LABEL, "EscalationOption.chair");
    Checks.text(getPowers(), Checks.MAX_REASON, "EscalationOption.powers");
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
   * Builds a {@link EscalationOption}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEscalationOption.Builder {
    /** Creates an empty builder, the same as {@link EscalationOption#builder()}. */
    public Builder() {}
  }
}
