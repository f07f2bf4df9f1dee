package nl.lon.core.error;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A value could not be built because one of its fields breaks a rule (ongeldige invoer).
 *
 * <p>Thrown at construction of any value type; no invalid value ever exists. {@link #getField()}
 * names the field (for example {@code "Signal.concerns"}) and {@link #getRule()} the rule broken
 * (for example {@code "not-empty"}), so a vendor UI can highlight the input to correct.
 *
 * @since 0.1
 */
public class InvalidValueException extends LonException {
  private static final long serialVersionUID = 1L;

  /** Rule name used when a required field is missing or null. */
  public static final String RULE_REQUIRED = "required";

  /** The field, as {@code Type.field}. */
  private final String field;
  /** The short id of the rule broken. */
  private final String rule;

  /**
   * Creates the error for one field.
   *
   * @param field the field, as {@code Type.field}
   * @param rule a short rule id, for example {@code not-blank} or {@code range-1-5}
   * @param message what is wrong and how to fix it
   */
  public InvalidValueException(String field, String rule, String message) {
    super(field + ": " + message + " [rule " + rule + "]");
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * Used by the generated value classes when a required attribute is null; the message is the
   * attribute name.
   *
   * @param attribute the attribute that was null
   */
  public InvalidValueException(String attribute) {
    this(attribute, RULE_REQUIRED, "a value is required; it was null or missing");
  }

  /**
   * Used by the generated builders when required attributes were never set.
   *
   * @param missingAttributes the attributes not set
   */
  public InvalidValueException(String... missingAttributes) {
    this(
        String.join(",", Arrays.asList(missingAttributes)),
        RULE_REQUIRED,
        "required attribute(s) not set: " + List.of(missingAttributes));
  }

  /**
   * The field that broke the rule.
   *
   * @return the field name, as {@code Type.field} where known
   */
  public String getField() {
    return field;
  }

  /**
   * The id of the rule that was broken.
   *
   * @return a short rule id, never null
   */
  public String getRule() {
    return rule;
  }
}
