package nl.lon.rules.internal;

import nl.lon.core.error.Violation;
import nl.lon.core.process.ProcessStep;

/**
 * Factory for violations; keeps rule ids and both languages together.
 *
 * <p>Internal: not part of the public API.
 */
public final class Violations {
  private Violations() {}

  /**
   * A violation.
   *
   * @param rule the stable rule id
   * @param step the step the command belongs to
   * @param en the reason in English
   * @param nl the reason in Dutch
   * @return the violation
   */
  public static Violation of(String rule, ProcessStep step, String en, String nl) {
    return new Violation(rule, step, en, nl);
  }
}
