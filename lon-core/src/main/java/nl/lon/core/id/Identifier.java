package nl.lon.core.id;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The shape every identifier of the LON SDK shares: one opaque text value.
 *
 * <p>Values are 1-128 letters, digits or {@code . _ : -}, starting with a letter or digit, so they
 * travel unchanged through URLs, file names and databases. Identifiers never hold personal data: a
 * client is known by a {@link ClientNumber}, never by name.
 *
 * <p>Identifiers compare only within their own kind: a {@link CaseId} is {@code
 * Comparable<CaseId>}, so {@code caseId.compareTo(networkId)} does not compile. The order is that
 * of {@link String#compareTo(String)} on the values (by UTF-16 code unit, independent of locale and
 * database collation).
 *
 * @param <T> the identifier's own type, for example {@code CaseId}
 * @since 0.1
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  Identifier() {}

  /**
   * The text value.
   *
   * @return the value, never blank
   */
  @Value.Parameter
  public abstract String getValue();

  @Value.Check
  void checkIdentifier() {
    if (!Checks.isIdentifier(getValue())) {
      Checks.identifier(getValue(), getClass().getSimpleName().replace("Immutable", "") + ".value");
    }
  }

  /**
   * Compares by value with another identifier of the same kind.
   *
   * @param other the other identifier
   * @return negative, zero or positive as this value sorts before, equal to or after the other
   */
  @Override
  public int compareTo(T other) {
    return getValue().compareTo(other.getValue());
  }

  @Override
  public String toString() {
    return getValue();
  }
}
