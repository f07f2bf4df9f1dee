package nl.lon.core.error;

import java.util.Locale;
import java.util.Objects;
import nl.lon.core.process.ProcessStep;

/**
 * One broken rule: which rule, in which process step, and why, in English and Dutch.
 *
 * <p>Immutable and thread-safe. Rule ids are stable strings such as {@code
 * "plan.requires-activity"}; tests and vendor UIs may rely on them.
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
   * @throws InvalidValueException when a field is null or blank
   */
  public Violation {
    requireText(rule, "Violation.rule");
    Objects.requireNonNull(step, "step");
    requireText(reasonEn, "Violation.reasonEn");
    requireText(reasonNl, "Violation.reasonNl");
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "not-blank", "must be a non-blank text");
    }
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
