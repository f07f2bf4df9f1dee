package nl.lon.core.error;

/**
 * The access policy does not allow this actor to do this with this case (toegang geweigerd).
 *
 * <p>Carries no case data; the message names the rule of the policy that denied access. The denied
 * attempt is audited.
 *
 * @since 0.1
 */
public class AccessDeniedException extends LonException {
  private static final long serialVersionUID = 1L;

  /** The id of the policy rule that denied access. */
  private final String rule;

  /**
   * Creates the error.
   *
   * @param rule the id of the policy rule that denied access
   * @param message what was denied and what would allow it (for example recorded consent)
   */
  public AccessDeniedException(String rule, String message) {
    super(message + " [rule " + rule + "]");
    this.rule = rule;
  }

  /**
   * The id of the policy rule that denied the access.
   *
   * @return the rule id
   */
  public String getRule() {
    return rule;
  }
}
