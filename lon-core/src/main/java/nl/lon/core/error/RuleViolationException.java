package nl.lon.core.error;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A command was refused because it breaks one or more process rules (regel geschonden).
 *
 * <p>Each {@link Violation} names the rule, the process step and a reason in English and Dutch, so
 * a vendor UI can show the professional why.
 *
 * @since 0.1
 */
public class RuleViolationException extends LonException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Violation> violations;

  /**
   * Creates the error for a non-empty list of violations.
   *
   * @param violations the violations, not empty
   */
  public RuleViolationException(List<Violation> violations) {
    super(
        "command refused: "
            + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * The violations that caused the refusal.
   *
   * @return the violations, never empty
   */
  public ImmutableList<Violation> getViolations() {
    return violations;
  }
}
