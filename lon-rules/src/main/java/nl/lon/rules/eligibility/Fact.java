package nl.lon.rules.eligibility;

import java.util.Locale;
import nl.lon.core.internal.Checks;

/**
 * A fact behind an advice, in English and Dutch (feit).
 *
 * @param en the fact in English
 * @param nl the fact in Dutch
 * @since 0.1
 */
public record Fact(String en, String nl) {

  /**
   * Checks the texts.
   *
   * @param en the fact in English
   * @param nl the fact in Dutch
   */
  public Fact {
    Checks.notBlank(en, "Fact.en");
    Checks.notBlank(nl, "Fact.nl");
  }

  /**
   * The fact in the reader's language (Dutch for {@code nl}, English otherwise).
   *
   * @param locale the locale
   * @return the text
   */
  public String text(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? nl : en;
  }
}
