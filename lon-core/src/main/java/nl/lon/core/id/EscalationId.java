package nl.lon.core.id;

import org.immutables.value.Value;

/**
 * Identifies one escalation of a case on a ladder.
 *
 * <p>Dutch: <em>opschaling</em>. Immutable and thread-safe; equal when the values are equal.
 *
 * <pre>{@code EscalationId id = EscalationId.of("esc-1");}</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable(builder = false, copy = false)
public abstract class EscalationId extends Identifier<EscalationId> {

  EscalationId() {}

  /**
   * Obtains an identifier from its text value.
   *
   * @param value 1-128 letters, digits or {@code . _ : -}
   * @return the identifier
   * @throws nl.lon.core.error.InvalidValueException when the value is blank or malformed
   */
  public static EscalationId of(String value) {
    return ImmutableEscalationId.of(value);
  }
}
