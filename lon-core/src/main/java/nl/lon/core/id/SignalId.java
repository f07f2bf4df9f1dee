package nl.lon.core.id;

import org.immutables.value.Value;

/**
 * Identifies one signal (report) received by a network.
 *
 * <p>Dutch: <em>signaal / melding</em>. Immutable and thread-safe; equal when the values are equal.
 *
 * <pre>{@code SignalId id = SignalId.of("s-2026-17");}</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable(builder = false, copy = false)
public abstract class SignalId extends Identifier<SignalId> {

  SignalId() {}

  /**
   * Obtains an identifier from its text value.
   *
   * @param value 1-128 letters, digits or {@code . _ : -}
   * @return the identifier
   * @throws nl.lon.core.error.InvalidValueException when the value is blank or malformed
   */
  public static SignalId of(String value) {
    return ImmutableSignalId.of(value);
  }
}
