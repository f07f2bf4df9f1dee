package nl.lon.core.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.process.PlausibleDates;

/**
 * Validation helpers for value types; each failure names the field and the rule, and never repeats
 * the rejected text, date or amount in its message (values may hold case content or personal data).
 *
 * <p>The text rule (tekstregel) is {@link #text(String, int, String)}: every free text of a value
 * type goes through it, or through {@link #textOrEmpty(String, int, String)} and {@link
 * #optionalText(Optional, int, String)} for texts that may be absent. A text is refused when it
 *
 * <ol>
 *   <li>is longer than its maximum, counted in UTF-16 code units ({@link String#length()}); rule
 *       {@code max-length-N}, checked first so an oversized text is never scanned;
 *   <li>holds an unpaired UTF-16 surrogate; rule {@value #RULE_UNPAIRED_SURROGATE};
 *   <li>holds a control character (Unicode category Cc, such as NUL, carriage return, DEL or
 *       U+0085) other than line feed {@code \n} and tab {@code \t}; rule {@value
 *       #RULE_CONTROL_CHARACTER};
 *   <li>holds a bidirectional embedding, override or isolate control (U+202A-U+202E,
 *       U+2066-U+2069), which can make a text display differently from what it says; rule {@value
 *       #RULE_BIDI_CONTROL};
 *   <li>has no visible content: no character that is not whitespace, not a format character
 *       (category Cf, such as U+200B zero-width space or U+FEFF) and not a control; rule {@value
 *       #RULE_NOT_BLANK}. Texts that may be empty skip this rule only when empty.
 * </ol>
 *
 * <p>Internal: not part of the public API. Pure functions, no state: thread-safe.
 */
public final class Checks {
  /** Maximum length of a short label such as a name or a body (200 characters). */
  public static final int MAX_LABEL = 200;

  /** Maximum length of a reason, question or description (2,000 characters). */
  public static final int MAX_REASON = 2_000;

  /** Maximum length of a free narrative such as findings or a summary (10,000 characters). */
  public static final int MAX_NARRATIVE = 10_000;

  /** Rule id: the text has no visible content. */
  public static final String RULE_NOT_BLANK = "not-blank";

  /** Rule id: the text holds an unpaired UTF-16 surrogate. */
  public static final String RULE_UNPAIRED_SURROGATE = "no-unpaired-surrogate";

  /** Rule id: the text holds a control character other than line feed and tab. */
  public static final String RULE_CONTROL_CHARACTER = "no-control-character";

  /** Rule id: the text holds a bidirectional embedding, override or isolate control. */
  public static final String RULE_BIDI_CONTROL = "no-bidi-control";

  /** Rule id: a date or instant outside {@link PlausibleDates}. */
  public static final String RULE_PLAUSIBLE_DATE = "plausible-date";

  /** Rule id: an amount that is zero or negative. */
  public static final String RULE_POSITIVE = "positive";

  /** Rule id: an amount with more than two decimals. */
  public static final String RULE_TWO_DECIMALS = "two-decimals";

  /**
   * Rule id prefix: an amount above the maximum; the maximum follows, as in {@code
   * max-amount-1000000.00}.
   */
  public static final String RULE_MAX_AMOUNT = "max-amount-";

  private static final int MAX_ID = 128;

  /** An amount written with more digits than this cannot be a cent amount worth checking. */
  private static final int MAX_AMOUNT_DIGITS = 64;

  private Checks() {}

  // ------------------------------------------------------------------ texts

  /**
   * The text rule for a required free text: at most {@code maxLength} characters, well-formed, no
   * control or bidi characters, and visible content (see the class documentation).
   *
   * @param value the value
   * @param maxLength the maximum length in UTF-16 code units
   * @param field the field, as {@code Type.field}
   * @return the value, unchanged
   * @throws InvalidValueException naming the field and the rule broken, without the value
   */
  public static String text(String value, int maxLength, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    maxLength(value, maxLength, field);
    if (!scan(value, field)) {
      throw new InvalidValueException(
          field,
          RULE_NOT_BLANK,
          "must hold visible text, not only spaces, line breaks or invisible characters");
    }
    return value;
  }

  /**
   * The text rule for a free text that may be empty (an attribute that defaults to {@code ""}): the
   * empty text is accepted; any other text follows {@link #text(String, int, String)}, visible
   * content included.
   *
   * @param value the value
   * @param maxLength the maximum length in UTF-16 code units
   * @param field the field, as {@code Type.field}
   * @return the value, unchanged
   * @throws InvalidValueException naming the field and the rule broken, without the value
   */
  public static String textOrEmpty(String value, int maxLength, String field) {
    if (value != null && value.isEmpty()) {
      return value;
    }
    return text(value, maxLength, field);
  }

  /**
   * The text rule for an optional free text: when present it follows {@link #text(String, int,
   * String)}, visible content included.
   *
   * @param value the value, possibly empty
   * @param maxLength the maximum length in UTF-16 code units
   * @param field the field, as {@code Type.field}
   * @return the value, unchanged
   * @throws InvalidValueException naming the field and the rule broken, without the value
   */
  public static Optional<String> optionalText(Optional<String> value, int maxLength, String field) {
    value.ifPresent(v -> text(v, maxLength, field));
    return value;
  }

  /**
   * Whether a text lacks visible content, as the text rule sees it: null, empty, or only
   * whitespace, format characters (category Cf) and control characters. For rules that need a text
   * under a condition and should say so before the text rule speaks.
   *
   * @param value the text, may be null
   * @return true when no character is visible
   */
  public static boolean isBlank(String value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      if (isVisible(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  private static boolean isVisible(int codePoint) {
    int type = Character.getType(codePoint);
    return !Character.isWhitespace(codePoint)
        && !Character.isSpaceChar(codePoint)
        && type != Character.FORMAT
        && type != Character.CONTROL
        && type != Character.SURROGATE;
  }

  /**
   * Requires a non-blank text: not null and not only whitespace, by {@link String#isBlank()}.
   *
   * <p>Checks no characters and no length: free texts of value types use {@link #text(String, int,
   * String)} instead.
   *
   * @param value the value
   * @param field the field, as {@code Type.field}
   * @return the value
   * @throws InvalidValueException with rule {@value #RULE_NOT_BLANK}
   */
  public static String notBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, RULE_NOT_BLANK, "must be a non-blank text");
    }
    return value;
  }

  /**
   * Requires a text of at most {@code max} characters (UTF-16 code units).
   *
   * @param value the value
   * @param max the maximum length
   * @param field the field
   * @throws InvalidValueException with rule {@code max-length-max}; the message gives the length,
   *     never the text
   */
  public static void maxLength(String value, int max, String field) {
    if (value.length() > max) {
      throw new InvalidValueException(
          field,
          "max-length-" + max,
          "must be at most " + max + " characters, was " + value.length());
    }
  }

  /**
   * Scans a text for the character rules and tells whether it has visible content.
   *
   * @return true when at least one character is visible
   */
  private static boolean scan(String value, String field) {
    boolean visible = false;
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          visible |= isVisible(Character.toCodePoint(c, value.charAt(i + 1)));
          i++;
          continue;
        }
        throw new InvalidValueException(
            field,
            RULE_UNPAIRED_SURROGATE,
            "must be well-formed UTF-16: an unpaired surrogate is at index " + i);
      }
      if (Character.getType(c) == Character.CONTROL) {
        if (c == '\n' || c == '\t') {
          continue;
        }
        throw new InvalidValueException(
            field,
            RULE_CONTROL_CHARACTER,
            "must not hold control characters other than line feed and tab: "
                + codePoint(c)
                + " is at index "
                + i);
      }
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        throw new InvalidValueException(
            field,
            RULE_BIDI_CONTROL,
            "must not hold bidirectional embedding, override or isolate controls: "
                + codePoint(c)
                + " is at index "
                + i);
      }
      visible |= isVisible(c);
    }
    return visible;
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }

  // ------------------------------------------------------------------ identifiers, collections

  /**
   * Requires a valid identifier: 1 to 128 characters, letters, digits and {@code . _ : -}, not
   * starting with a punctuation mark. The message does not repeat a malformed value.
   *
   * @param value the value
   * @param field the field
   * @throws InvalidValueException with rule {@value #RULE_NOT_BLANK} or {@code identifier-format}
   */
  public static void identifier(String value, String field) {
    notBlank(value, field);
    if (!isIdentifier(value)) {
      throw new InvalidValueException(
          field,
          "identifier-format",
          "must be 1-128 letters, digits or . _ : - and start with a letter or digit (length was "
              + value.length()
              + ")");
    }
  }

  /**
   * Whether a value is a valid identifier as {@link #identifier(String, String)} requires it, for a
   * caller that names the field only when it must report one.
   *
   * @param value the value, may be null
   * @return whether {@link #identifier(String, String)} accepts it
   */
  public static boolean isIdentifier(String value) {
    int n = value == null ? 0 : value.length();
    if (n == 0 || n > MAX_ID) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean alphanumeric =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Requires a collection that is not null and holds no null element, before Guava's immutable
   * collections would refuse one with a {@link NullPointerException}.
   *
   * @param value the elements
   * @param field the field, as {@code Type.field}
   * @param <T> the iterable type
   * @return the value, unchanged
   * @throws InvalidValueException with rule {@value InvalidValueException#RULE_REQUIRED}
   */
  public static <T extends Iterable<?>> T noNulls(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    for (Object element : value) {
      if (element == null) {
        throw new InvalidValueException(
            field,
            InvalidValueException.RULE_REQUIRED,
            "an element is null; elements are required");
      }
    }
    return value;
  }

  /**
   * Requires a map that is not null and holds no null key or value.
   *
   * @param value the map
   * @param field the field, as {@code Type.field}
   * @param <T> the map type
   * @return the value, unchanged
   * @throws InvalidValueException with rule {@value InvalidValueException#RULE_REQUIRED}
   */
  public static <T extends Map<?, ?>> T noNulls(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    for (Map.Entry<?, ?> entry : value.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        throw new InvalidValueException(
            field,
            InvalidValueException.RULE_REQUIRED,
            "a key or value is null; both are required");
      }
    }
    return value;
  }

  /**
   * Requires a non-empty collection.
   *
   * @param value the collection
   * @param field the field
   */
  public static void notEmpty(Collection<?> value, String field) {
    if (value.isEmpty()) {
      throw new InvalidValueException(field, "not-empty", "must hold at least one element");
    }
  }

  /**
   * Requires a condition, failing with the given rule and message.
   *
   * @param condition the condition that must hold
   * @param field the field
   * @param rule the rule id
   * @param message what is wrong
   */
  public static void require(boolean condition, String field, String rule, String message) {
    if (!condition) {
      throw new InvalidValueException(field, rule, message);
    }
  }

  /**
   * Requires a number within a closed range.
   *
   * @param value the value
   * @param min the minimum
   * @param max the maximum
   * @param field the field
   */
  public static void range(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          field,
          "range-" + min + "-" + max,
          "must be between " + min + " and " + max + ", was " + value);
    }
  }

  // ------------------------------------------------------------------ dates and instants

  /**
   * Requires a date within {@link PlausibleDates#FIRST_DATE} and {@link PlausibleDates#LAST_DATE}
   * (1900-01-01 to 2199-12-31). The message does not repeat the date.
   *
   * @param value the date
   * @param field the field, as {@code Type.field}
   * @return the date
   * @throws InvalidValueException with rule {@value #RULE_PLAUSIBLE_DATE}, or {@code required} for
   *     null
   */
  public static LocalDate date(LocalDate value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    if (!PlausibleDates.contains(value)) {
      throw new InvalidValueException(
          field,
          RULE_PLAUSIBLE_DATE,
          "must lie between " + PlausibleDates.FIRST_DATE + " and " + PlausibleDates.LAST_DATE);
    }
    return value;
  }

  /**
   * Requires an optional date, when present, to lie within {@link PlausibleDates}.
   *
   * @param value the date, possibly empty
   * @param field the field, as {@code Type.field}
   * @return the value
   * @throws InvalidValueException with rule {@value #RULE_PLAUSIBLE_DATE}
   */
  public static Optional<LocalDate> optionalDate(Optional<LocalDate> value, String field) {
    value.ifPresent(d -> date(d, field));
    return value;
  }

  /**
   * Requires an instant from {@link PlausibleDates#FIRST_INSTANT} (inclusive) to {@link
   * PlausibleDates#END_INSTANT} (exclusive): 1900-01-01T00:00Z up to 2200-01-01T00:00Z.
   *
   * @param value the instant
   * @param field the field, as {@code Type.field}
   * @return the instant
   * @throws InvalidValueException with rule {@value #RULE_PLAUSIBLE_DATE}, or {@code required} for
   *     null
   */
  public static Instant instant(Instant value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    if (!PlausibleDates.contains(value)) {
      throw new InvalidValueException(
          field,
          RULE_PLAUSIBLE_DATE,
          "must lie from "
              + PlausibleDates.FIRST_INSTANT
              + " up to (excluding) "
              + PlausibleDates.END_INSTANT);
    }
    return value;
  }

  // ------------------------------------------------------------------ amounts

  /**
   * Requires an amount in euros: above zero, at most two decimals once trailing zeros are stripped,
   * and at most {@code max}.
   *
   * <p>Cheap on hostile input: {@code 1E+999999999} and {@code 1E-300000000} are refused from
   * {@link BigDecimal#scale()} and {@link BigDecimal#precision()} alone, before any arithmetic; an
   * amount written with more than 64 digits (trailing zeros included) is refused as well. The
   * message does not repeat the amount.
   *
   * @param value the amount
   * @param max the maximum, at most two decimals and below ten million
   * @param field the field, as {@code Type.field}
   * @return the amount, unchanged
   * @throws InvalidValueException with rule {@value #RULE_POSITIVE}, {@value #RULE_TWO_DECIMALS} or
   *     {@value #RULE_MAX_AMOUNT} followed by the maximum
   */
  public static BigDecimal amount(BigDecimal value, BigDecimal max, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    if (value.signum() <= 0) {
      throw new InvalidValueException(field, RULE_POSITIVE, "an amount must be above zero");
    }
    String maxRule = RULE_MAX_AMOUNT + max.toPlainString();
    long scale = value.scale();
    long precision = value.precision();
    long maxIntegerDigits = (long) max.precision() - max.scale();
    if (precision - scale > maxIntegerDigits) {
      throw new InvalidValueException(field, maxRule, "must be at most " + max.toPlainString());
    }
    if (scale > 2) {
      // the scale - 2 last digits must all be zeros, so the number needs more digits than that
      if (scale - 2 >= precision
          || precision > MAX_AMOUNT_DIGITS
          || value.stripTrailingZeros().scale() > 2) {
        throw new InvalidValueException(
            field, RULE_TWO_DECIMALS, "must have at most two decimals (whole cents)");
      }
    }
    // now at most maxIntegerDigits before and 64 digits in all: arithmetic is cheap
    if (value.compareTo(max) > 0) {
      throw new InvalidValueException(field, maxRule, "must be at most " + max.toPlainString());
    }
    return value;
  }
}
