package nl.lon.core.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

  /** The prefix of the value classes Immutables generates. */
  private static final String GENERATED_PREFIX = "Immutable";

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
   * The error for a required field that is null or missing, with rule {@value #RULE_REQUIRED}.
   *
   * <p>Also used by the generated value classes, which pass the bare attribute name: a name without
   * a dot thrown from a generated {@code ImmutableX} class is qualified with its value type, so
   * {@link #getField()} is {@code X.attribute} on every path (see the policy in {@link
   * nl.lon.core.error}).
   *
   * @param field the field, as {@code Type.field}
   */
  public InvalidValueException(String field) {
    this(
        qualify(field, StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)),
        RULE_REQUIRED,
        "a value is required; it was null or missing");
  }

  /**
   * The error for required attributes never set on a builder, with rule {@value #RULE_REQUIRED};
   * {@link #getField()} is the first of them, the message lists them all.
   *
   * <p>Used by the generated builders, which pass bare attribute names; they are qualified with the
   * value type as in {@link #InvalidValueException(String)}.
   *
   * @param missingAttributes the attributes not set, at least one
   */
  public InvalidValueException(String... missingAttributes) {
    this(qualifyAll(missingAttributes), RULE_REQUIRED);
  }

  private InvalidValueException(List<String> fields, String rule) {
    this(
        fields.isEmpty() ? "unknown" : fields.get(0),
        rule,
        "required attribute(s) not set: " + fields);
  }

  private static List<String> qualifyAll(String[] attributes) {
    StackWalker walker = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    List<String> fields = new ArrayList<>();
    for (String attribute : attributes == null ? new String[0] : attributes) {
      fields.add(qualify(attribute, walker));
    }
    return List.copyOf(fields);
  }

  /**
   * Qualifies a bare attribute name thrown from a generated value class {@code ImmutableX} (or its
   * builder) with the value type {@code X}; a name that has a dot, or comes from elsewhere, is
   * kept.
   */
  private static String qualify(String name, StackWalker walker) {
    if (name == null || name.indexOf('.') >= 0) {
      return name;
    }
    return walker.walk(
        frames ->
            frames
                .map(StackWalker.StackFrame::getDeclaringClass)
                .filter(c -> c != InvalidValueException.class)
                .findFirst()
                .flatMap(InvalidValueException::valueTypeOf)
                .map(type -> type + "." + attributeOf(name))
                .orElse(name));
  }

  /** The value type {@code X} of a generated class {@code ImmutableX} or a class nested in it. */
  private static Optional<String> valueTypeOf(Class<?> thrower) {
    for (Class<?> c = thrower; c != null; c = c.getDeclaringClass()) {
      Class<?> parent = c.getSuperclass();
      if (c.getSimpleName().startsWith(GENERATED_PREFIX)
          && parent != null
          && c.getSimpleName().equals(GENERATED_PREFIX + parent.getSimpleName())) {
        return Optional.of(parent.getSimpleName());
      }
    }
    return Optional.empty();
  }

  /** The attribute of a generated message: {@code "goals element"} is about {@code goals}. */
  private static String attributeOf(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
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
