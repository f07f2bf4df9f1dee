package nl.lon.core.id;

import org.immutables.value.Value;

/**
 * Identifies a professional acting in a network (a person working for a partner organisation).
 *
 * <p>Dutch: <em>professional</em>. Immutable and thread-safe; equal when the values are equal.
 *
 * <pre>{@code ProfessionalId id = ProfessionalId.of("p-jansen");}</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ProfessionalId extends Identifier<ProfessionalId> {

  ProfessionalId() {}

  /**
   * Obtains an identifier from its text value.
   *
   * @param value 1-128 letters, digits or {@code . _ : -}
   * @return the identifier
   * @throws nl.lon.core.error.InvalidValueException when the value is blank or malformed
   */
  public static ProfessionalId of(String value) {
    return ImmutableProfessionalId.of(value);
  }
}
