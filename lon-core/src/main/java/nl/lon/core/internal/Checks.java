package nl.lon.core.internal;

import java.util.Collection;
import java.util.regex.Pattern;
import nl.lon.core.error.InvalidValueException;

/**
 * Validation helpers for value types; each failure names the field and the rule.
 *
 * <p>Internal: not part of the public API.
 */
public final class Checks {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,127}");

  private Checks() {}

  /**
   * Requires a non-blank text.
   *
   * @param value the value
   * @param field the field, as {@code Type.field}
   * @return the value
   */
  public static String notBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "not-blank", "must be a non-blank text");
    }
    return value;
  }

  /**
   * Requires a text of at most {@code max} characters.
   *
   * @param value the value
   * @param max the maximum length
   * @param field the field
   */
  public static void maxLength(String value, int max, String field) {
    if (value.length() > max) {
      throw new InvalidValueException(
          field, "max-length-" + max, "must be at most " + max + " characters, was " + value.length());
    }
  }

  /**
   * Requires a valid identifier: 1 to 128 characters, letters, digits and {@code . _ : -}, not
   * starting with a punctuation mark.
   *
   * @param value the value
   * @param field the field
   */
  public static void identifier(String value, String field) {
    notBlank(value, field);
    if (!ID.matcher(value).matches()) {
      throw new InvalidValueException(
          field,
          "identifier-format",
          "must be 1-128 letters, digits or . _ : - and start with a letter or digit, was '"
              + value
              + "'");
    }
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
          field, "range-" + min + "-" + max, "must be between " + min + " and " + max + ", was " + value);
    }
  }
}
