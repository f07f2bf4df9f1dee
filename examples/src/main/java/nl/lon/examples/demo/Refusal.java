package nl.lon.examples.demo;

import java.time.LocalDate;
import java.util.Locale;
import nl.lon.core.error.Violation;
import nl.lon.core.id.CaseId;

/**
 * A refused command of the demo story, with what was attempted in both languages.
 *
 * @param day the day of the attempt
 * @param caseId the case
 * @param whatEn what was attempted, in English
 * @param whatNl what was attempted, in Dutch
 * @param violation the rule that refused it
 */
record Refusal(LocalDate day, CaseId caseId, String whatEn, String whatNl, Violation violation) {

  /** What was attempted, in the reader's language. */
  String what(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? whatNl : whatEn;
  }
}
