package nl.lon.core.id;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The shape every identifier of the LON SDK shares: one opaque text value.
 *
 * <p>Values are 1-128 letters, digits or {@code . _ : -}, starting with a letter or digit, so they
 * travel unchanged through URLs, file names and databases. Identifiers never hold personal data:
 * a client is known by a {@link ClientNumber}, never by name.
 *
 * @since 0.1
 */
public abstract class Identifier implements Comparable<Identifier> {

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
    Checks.identifier(getValue(), getClass().getSimpleName().replace("Immutable", "") + ".value");
  }

  @Override
  public int compareTo(Identifier other) {
    return getValue().compareTo(other.getValue());
  }

  @Override
  public String toString() {
    return getValue();
  }
}
