package nl.lon.core.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.lon.core.error.InvalidValueException;
import org.junit.jupiter.api.function.Executable;

/** Assertions on {@link InvalidValueException}: the field and the rule it names. */
public final class InvalidValues {

  private InvalidValues() {}

  /**
   * Asserts that the code is rejected with an {@link InvalidValueException} naming a field and a
   * rule.
   *
   * @param field the expected field
   * @param rule the expected rule
   * @param code the code that builds the value
   * @return the exception, for further checks
   */
  public static InvalidValueException assertRejected(String field, String rule, Executable code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, code);
    assertAll(
        () -> assertEquals(field, e.getField(), "field of: " + e.getMessage()),
        () -> assertEquals(rule, e.getRule(), "rule of: " + e.getMessage()));
    return e;
  }

  /**
   * Asserts that the code is rejected because a required attribute is missing or null.
   *
   * @param attributes the field, as {@code Type.field}; the first missing one when several are
   * @param code the code that builds the value
   * @return the exception
   */
  public static InvalidValueException assertRequired(String attributes, Executable code) {
    return assertRejected(attributes, InvalidValueException.RULE_REQUIRED, code);
  }
}
