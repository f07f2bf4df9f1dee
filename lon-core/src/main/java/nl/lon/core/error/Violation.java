package nl.lon.core.error;

import java.util.Locale;
import java.util.Objects;
import nl.lon.core.internal.Checks;
import nl.lon.core.process.ProcessStep;

/**
 * One broken rule: which rule, in which process step, and why, in English and Dutch.
 *
 * <p>Immutable and thread-safe. Rule ids are stable strings such as {@code
 * "close.evaluation-required"}; tests and vendor UIs may rely on them. The process rules' ids are
 * catalogued, each with its steps and its reason in English and Dutch, in {@code
 * nl.lon.rules.process.RuleId}.
 *
 * @param rule the stable rule id
 * @param step the process step the command belongs to
 * @param reasonEn the reason in English
 * @param reasonNl the reason in Dutch
 * @since 0.1
 */
public record Violation(String rule, ProcessStep step, String reasonEn, String reasonNl) {

  /**
   * Validates the fields.
   *
   * <p>The rule id is a text of at most 200 characters, each reason at most 2,000; all follow the
   * text rule of the value types (visible content, no control characters).
   *
   * @param rule the stable rule id
   * @param step the process step the command belongs to
   * @param reasonEn the reason in English
   * @param reasonNl the reason in Dutch
   * @throws InvalidValueException when a text is null, blank, too long or holds forbidden
   *     characters
   * @throws NullPointerException when the step is null
   */
  public Violation {
    Checks.text(rule, Checks.MAX_LABEL, "Violation.rule");
    Objects.requireNonNull(step, "step");
    Checks.text(reasonEn, Checks.MAX_REASON, "Violation.reasonEn");
    Checks.text(reasonNl, Checks.MAX_REASON, "Violation.reasonNl");
  }

  /**
   * The reason in the language of the locale: Dutch for {@code nl}, English otherwise.
   *
   * @param locale the locale of the reader
   * @return the reason
   */
  public String reason(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? reasonNl : reasonEn;
  }

  @Override
  public String toString() {
    return rule + " (" + step + "): " + reasonEn + " / " + reasonNl;
  }
}
