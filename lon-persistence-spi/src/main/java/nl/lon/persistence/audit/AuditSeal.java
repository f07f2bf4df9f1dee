package nl.lon.persistence.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.lon.core.error.InvalidValueException;

/**
 * How the hash chain seals each record: plain SHA-256, or HMAC-SHA-256 with a secret key (zegel van
 * de hashketen).
 *
 * <p>With {@link #sha256()}, the default, anyone can recompute the hashes: the chain shows any
 * change made without recomputing them, and a checkpoint kept elsewhere ({@link AuditCheckpoint})
 * shows a rewrite with recomputed hashes. With {@link #hmacSha256(byte[])} the hashes can only be
 * computed with the key, so someone who can change the database but does not hold the key (a
 * database administrator, a stolen backup) cannot rewrite records with matching hashes: {@link
 * AuditLog#verify()} finds the rewrite even without a checkpoint. Keep the key outside the
 * database, for example in a key vault, and give every process that appends or verifies the same
 * key.
 *
 * <pre>{@code
 * AuditSeal seal = AuditSeal.hmacSha256(keyFromVault); // at least 32 bytes
 * AuditLog log = new InMemoryAuditLog(seal);
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Both seals write the hash as 64 lower-case hexadecimal digits, so storage does not change.
 * Immutable and thread-safe; {@link #toString()} never shows the key.
 *
 * @since 0.1
 */
public final class AuditSeal {

  /** The shortest HMAC key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 32;

  /**
   * A SHA-256 digest that is never updated, only copied ({@link MessageDigest#clone()}); null when
   * the provider's digest cannot be copied.
   */
  private static final MessageDigest SHA_256_PROTOTYPE = prototype();

  private static final AuditSeal SHA_256 = new AuditSeal(null);
  private static final HexFormat HEX = HexFormat.of();
  private static final String HMAC = "HmacSHA256";

  /** The HMAC key, or null for plain SHA-256. */
  private final byte[] key;

  /**
   * An HMAC initialised with the key that is never updated, only copied ({@link Mac#clone()}); null
   * for plain SHA-256 or when the provider's HMAC cannot be copied.
   */
  private final Mac macPrototype;

  private AuditSeal(byte[] key) {
    this.key = key;
    this.macPrototype = key == null ? null : macPrototype();
  }

  private static MessageDigest prototype() {
    MessageDigest d = newSha256();
    try {
      d.clone();
      return d;
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }

  private Mac macPrototype() {
    Mac m = mac();
    try {
      m.clone();
      return m;
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }

  /**
   * The unkeyed seal: the SHA-256 digest of the previous hash and the canonical text, as {@link
   * AuditChain#hash(String, String)} computes it. The default of every log.
   *
   * @return the seal
   */
  public static AuditSeal sha256() {
    return SHA_256;
  }

  /**
   * The keyed seal: the HMAC-SHA-256 (RFC 2104) of the previous hash and the canonical text under a
   * secret key.
   *
   * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes; copied
   * @return the seal
   * @throws InvalidValueException when the key is null or shorter than {@value #MIN_KEY_BYTES}
   *     bytes
   */
  public static AuditSeal hmacSha256(byte[] key) {
    if (key == null) {
      throw new InvalidValueException("AuditSeal.key");
    }
    if (key.length < MIN_KEY_BYTES) {
      throw new InvalidValueException(
          "AuditSeal.key",
          "min-length-" + MIN_KEY_BYTES,
          "must be at least "
              + MIN_KEY_BYTES
              + " bytes, for example from a SecureRandom or a key"
              + " vault, was "
              + key.length
              + " bytes");
    }
    AuditSeal seal = new AuditSeal(key.clone());
    return seal;
  }

  /**
   * Whether the seal uses a secret key.
   *
   * @return true for {@link #hmacSha256(byte[])}
   */
  public boolean isKeyed() {
    return key != null;
  }

  /**
   * The name of the algorithm.
   *
   * @return {@code "SHA-256"} or {@code "HMAC-SHA-256"}
   */
  public String getAlgorithm() {
    return key == null ? "SHA-256" : "HMAC-SHA-256";
  }

  /**
   * Seals a canonical text after the previous hash: the digest of the UTF-8 bytes of {@code
   * previousHash + canonicalText}.
   *
   * @param previousHash the previous record's hash, or {@link AuditChain#GENESIS_HASH}
   * @param canonicalText the canonical text of the record
   * @return 64 lower-case hexadecimal digits
   * @throws InvalidValueException when the previous hash is not 64 lower-case hexadecimal digits
   */
  public String hash(String previousHash, String canonicalText) {
    AuditFieldRules.hash(previousHash, "AuditChain.previousHash");
    byte[] bytes = (previousHash + canonicalText).getBytes(StandardCharsets.UTF_8);
    return digest(bytes, bytes.length);
  }

  /**
   * The digest of the first {@code length} bytes of an array (the previous hash and the canonical
   * text, already encoded), as 64 lower-case hexadecimal digits.
   */
  String digest(byte[] bytes, int length) {
    if (key == null) {
      MessageDigest digest = sha256Digest();
      digest.update(bytes, 0, length);
      return HEX.formatHex(digest.digest());
    }
    Mac mac = macCopy();
    mac.update(bytes, 0, length);
    return HEX.formatHex(mac.doFinal());
  }

  /** A fresh HMAC under the key: a copy of the initialised prototype, else a new instance. */
  private Mac macCopy() {
    if (macPrototype != null) {
      try {
        return (Mac) macPrototype.clone();
      } catch (CloneNotSupportedException e) {
        // the provider's HMAC cannot be copied: initialise a new one
      }
    }
    return mac();
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform provides HMAC-SHA-256", e);
    }
  }

  /**
   * A fresh SHA-256 digest: a copy of the prototype, which skips the provider look-up of {@link
   * MessageDigest#getInstance(String)}, else a new instance.
   */
  private static MessageDigest sha256Digest() {
    if (SHA_256_PROTOTYPE != null) {
      try {
        return (MessageDigest) SHA_256_PROTOTYPE.clone();
      } catch (CloneNotSupportedException e) {
        // the provider's digest cannot be copied: look it up
      }
    }
    return newSha256();
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /**
   * Equal when the algorithm and the key are the same; the key is compared in constant time.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AuditSeal)) {
      return false;
    }
    AuditSeal other = (AuditSeal) o;
    if (key == null || other.key == null) {
      return key == other.key;
    }
    return MessageDigest.isEqual(key, other.key);
  }

  /**
   * A hash code that depends on the algorithm only, so that it reveals nothing of the key.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return key == null ? 1 : 2;
  }

  /**
   * The algorithm, never the key.
   *
   * @return {@code "AuditSeal[SHA-256]"} or {@code "AuditSeal[HMAC-SHA-256, key hidden]"}
   */
  @Override
  public String toString() {
    return key == null ? "AuditSeal[SHA-256]" : "AuditSeal[HMAC-SHA-256, key hidden]";
  }
}
