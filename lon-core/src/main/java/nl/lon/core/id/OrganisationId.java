package nl.lon.core.id;

import org.immutables.value.Value;

/**
 * Identifies a partner organisation of a network.
 *
 * <p>Dutch: <em>partnerorganisatie</em>. Immutable and thread-safe; equal when the values are
 * equal.
 *
 * <pre>{@code OrganisationId id = OrganisationId.of("woonstad");}</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable(builder = false, copy = false)
public abstract class OrganisationId extends Identifier<OrganisationId> {

  OrganisationId() {}

  /**
   * Obtains an identifier from its text value.
   *
   * @param value 1-128 letters, digits or {@code . _ : -}
   * @return the identifier
   * @throws nl.lon.core.error.InvalidValueException when the value is blank or malformed
   */
  public static OrganisationId of(String value) {
    return ImmutableOrganisationId.of(value);
  }
}
