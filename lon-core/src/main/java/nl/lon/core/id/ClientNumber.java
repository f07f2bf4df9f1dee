package nl.lon.core.id;

import org.immutables.value.Value;

/**
 * Identifies a client without naming them; the only client reference in case events.
 *
 * <p>Dutch: <em>cliëntnummer</em>. Immutable and thread-safe; equal when the values are equal.
 *
 * <pre>{@code ClientNumber id = ClientNumber.of("C-100234");}</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ClientNumber extends Identifier<ClientNumber> {

  ClientNumber() {}

  /**
   * Obtains an identifier from its text value.
   *
   * @param value 1-128 letters, digits or {@code . _ : -}
   * @return the identifier
   * @throws nl.lon.core.error.InvalidValueException when the value is blank or malformed
   */
  public static ClientNumber of(String value) {
    return ImmutableClientNumber.of(value);
  }
}
