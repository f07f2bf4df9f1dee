package nl.lon.core.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads ISO 8601 calendar dates as {@link LocalDate#parse(CharSequence)} does, with a fast path for
 * the common {@code yyyy-MM-dd} form: the codecs read one or more dates per stored event and per
 * imported line, and the formatter's general parse is a measurable share of that.
 */
public final class IsoDates {

  private IsoDates() {}

  /**
   * Parses a date exactly as {@link LocalDate#parse(CharSequence)} does.
   *
   * @param text the text
   * @return the date
   * @throws DateTimeParseException when {@link LocalDate#parse(CharSequence)} would throw
   */
  public static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw new DateTimeParseException("not a valid date", text, 0, e);
        }
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * The ASCII digits from {@code from} to {@code to} as a number, or -1 when one is not a digit.
   */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
