package nl.lon.persistence.index;

import nl.lon.core.error.InvalidValueException;

/**
 * The pseudonym of a client in the involvement index (pseudoniem): the 64 lower-case hexadecimal
 * digits of a keyed hash, as {@link Pseudonymiser} computes it.
 *
 * <p>It stands for a client without naming them: the citizen service number (BSN) it was computed
 * from cannot be recovered without the vendor's key, which is kept outside the database. Two
 * networks that share the key compute the same pseudonym for the same BSN, which is how a match
 * across networks is found. Immutable and thread-safe; equal when the values are equal.
 *
 * @param value the 64 lower-case hexadecimal digits
 * @since 0.1
 */
public record ClientPseudonym(String value) {

  /** The length of a pseudonym's text: 256 bits as hexadecimal digits. */
  public static final int LENGTH = 64;

  /**
   * Checks the value.
   *
   * @param value the 64 lower-case hexadecimal digits
   * @throws InvalidValueException when the value is null or not 64 lower-case hexadecimal digits
   */
  public ClientPseudonym {
    if (value == null) {
      throw new InvalidValueException("ClientPseudonym.value");
    }
    if (value.length() != LENGTH || !value.chars().allMatch(ClientPseudonym::isHexDigit)) {
      throw new InvalidValueException(
          "ClientPseudonym.value",
          "pseudonym-hex-64",
          "must be " + LENGTH + " lower-case hexadecimal digits, as Pseudonymiser computes them");
    }
  }

  /**
   * Obtains a pseudonym from its text, for example as read from storage.
   *
   * @param value the 64 lower-case hexadecimal digits
   * @return the pseudonym
   * @throws InvalidValueException when the value is malformed
   */
  public static ClientPseudonym of(String value) {
    return new ClientPseudonym(value);
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
