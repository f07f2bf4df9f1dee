package nl.lon.core.id;

import org.immutables.value.Value;

/**
 * Identifies a local OGGZ network (lokaal OGGZ-netwerk).
 *
 * <p>Dutch: <em>netwerk</em>. Immutable and thread-safe; equal when the values are equal.
 *
 * <pre>{@code NetworkId id = NetworkId.of("rotterdam-noord");}</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable(builder = false, copy = false)
public abstract class NetworkId extends Identifier<NetworkId> {

  NetworkId() {}

  /**
   * Obtains an identifier from its text value.
   *
   * @param value 1-128 letters, digits or {@code . _ : -}
   * @return the identifier
   * @throws nl.lon.core.error.InvalidValueException when the value is blank or malformed
   */
  public static NetworkId of(String value) {
    return ImmutableNetworkId.of(value);
  }
}
