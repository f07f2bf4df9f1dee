package nl.lon.persistence.index;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;

/**
 * Computes the {@link ClientPseudonym} of a client: HMAC-SHA-256 under a key the vendor holds
 * outside the database (pseudonimisering).
 *
 * <p>Two kinds of pseudonym, which never collide (each hash is computed over its kind's prefix):
 *
 * <ul>
 *   <li>{@link #ofBsn(String)}: of the citizen service number (burgerservicenummer, BSN), checked
 *       with the elfproef. Every network that holds the same key computes the same pseudonym for
 *       the same person, so matches are found across networks, which is how a move is noticed.
 *   <li>{@link #ofClientNumber(NetworkId, ClientNumber)}: of a network's own client number, for a
 *       network that works with client numbers only; it matches within that network only.
 * </ul>
 *
 * <p>The BSN is never stored, logged or put in an exception message by this class; its {@code
 * toString()} shows no key. The key must be at least {@value #MIN_KEY_BYTES} random bytes and the
 * same for every process and network that shares the index; whoever holds it can test a guessed BSN
 * against a pseudonym, so keep it out of the database and its backups. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Pseudonymiser {

  /** The least number of key bytes: 256 bits, the length of the hash. */
  public static final int MIN_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final byte[] key;

  private Pseudonymiser(byte[] key) {
    this.key = key;
  }

  /**
   * A pseudonymiser with HMAC-SHA-256 under a key.
   *
   * @param key the vendor's key, at least {@value #MIN_KEY_BYTES} bytes; copied
   * @return the pseudonymiser
   * @throws InvalidValueException when the key is null or shorter than {@value #MIN_KEY_BYTES}
   *     bytes
   */
  public static Pseudonymiser hmacSha256(byte[] key) {
    if (key == null) {
      throw new InvalidValueException("Pseudonymiser.key");
    }
    if (key.length < MIN_KEY_BYTES) {
      throw new InvalidValueException(
          "Pseudonymiser.key",
          "min-length-" + MIN_KEY_BYTES,
          "must be at least " + MIN_KEY_BYTES + " bytes, was " + key.length);
    }
    return new Pseudonymiser(Arrays.copyOf(key, key.length));
  }

  /**
   * The pseudonym of a citizen service number (BSN), the same in every network that shares the key.
   *
   * @param bsn the BSN: 9 digits that pass the elfproef (a leading 0 included)
   * @return the pseudonym
   * @throws InvalidValueException (rule {@code bsn-elfproef}) when the value is null, not 9 digits
   *     or fails the elfproef; the message never repeats the value
   */
  public ClientPseudonym ofBsn(String bsn) {
    if (!isValidBsn(bsn)) {
      throw new InvalidValueException(
          "Pseudonymiser.bsn",
          "bsn-elfproef",
          "must be 9 digits that pass the elfproef (the value is not shown)");
    }
    return hash("bsn\u0000" + bsn);
  }

  /**
   * The pseudonym of a network's own client number; it matches within that network only.
   *
   * @param network the network whose client number it is
   * @param client the client number
   * @return the pseudonym
   * @throws InvalidValueException when an argument is null
   */
  public ClientPseudonym ofClientNumber(NetworkId network, ClientNumber client) {
    if (network == null) {
      throw new InvalidValueException("Pseudonymiser.network");
    }
    if (client == null) {
      throw new InvalidValueException("Pseudonymiser.client");
    }
    return hash("client\u0000" + network.getValue() + "\u0000" + client.getValue());
  }

  /**
   * Whether a text is a well-formed BSN: 9 digits whose elfproef holds (9 times the first digit
   * plus 8 times the second ... plus 2 times the eighth, minus the ninth, is a multiple of 11, and
   * not all zeros).
   *
   * @param bsn the text, or null
   * @return true for a well-formed BSN
   */
  public static boolean isValidBsn(String bsn) {
    if (bsn == null || bsn.length() != 9) {
      return false;
    }
    int sum = 0;
    boolean allZero = true;
    for (int i = 0; i < 9; i++) {
      char c = bsn.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int d = c - '0';
      allZero &= d == 0;
      sum += i < 8 ? d * (9 - i) : -d;
    }
    return !allZero && sum % 11 == 0;
  }

  private ClientPseudonym hash(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      byte[] h = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
      char[] out = new char[h.length * 2];
      for (int i = 0; i < h.length; i++) {
        out[2 * i] = HEX[(h[i] >> 4) & 0xf];
        out[2 * i + 1] = HEX[h[i] & 0xf];
      }
      return new ClientPseudonym(new String(out));
    } catch (GeneralSecurityException e) {
      // every Java platform must offer HmacSHA256 (java.security standard names)
      throw new IllegalStateException("HmacSHA256 is not available on this platform", e);
    }
  }

  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA-256]";
  }
}
