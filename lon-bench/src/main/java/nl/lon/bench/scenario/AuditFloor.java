package nl.lon.bench.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditRecord;

/**
 * The computation floor with the audit's unavoidable cost: {@link BareFold} plus, per command, the
 * SHA-256 of the previous hash and the canonical text of the audit record the case service writes
 * for it (format {@code lon-audit-v2}), chained as the audit log chains them.
 *
 * <p>The ten canonical texts are taken once from a real lifecycle through the case service on the
 * in-memory stores ({@link #capture()}), so the bytes hashed are exactly those the service hashes;
 * per lifecycle only the hashing and the hexadecimal form of each hash are measured, not the
 * building of the texts. Not thread-safe: one floor per thread.
 *
 * @since 0.2
 */
public final class AuditFloor {

  private static final HexFormat HEX = HexFormat.of();

  private final byte[][] texts;
  private final MessageDigest sha256;
  private byte[] previousHash = AuditChain.GENESIS_HASH.getBytes(StandardCharsets.US_ASCII);

  /**
   * A floor hashing the given canonical texts per lifecycle.
   *
   * @param texts the UTF-8 canonical texts of one lifecycle's audit records, in order
   */
  public AuditFloor(List<byte[]> texts) {
    this.texts = texts.toArray(new byte[0][]);
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /**
   * The canonical texts of the audit records of one lifecycle through the case service on fresh
   * in-memory stores.
   *
   * @return the texts as UTF-8, in chain order
   */
  public static List<byte[]> capture() {
    return capture(CaseStores.inMemory());
  }

  /**
   * The canonical texts of the audit records of one lifecycle through the case service on given
   * empty stores.
   *
   * @param stores empty stores
   * @return the texts as UTF-8, in chain order
   */
  public static List<byte[]> capture(CaseStores stores) {
    CaseId caseId = BenchFixtures.caseId("floor", 1);
    LifecycleScenario.run(stores.service(), caseId, 1);
    List<AuditRecord> records =
        stores.audit().read(BenchFixtures.NETWORK_ID, 1, LifecycleScenario.COMMANDS + 1);
    if (records.size() != LifecycleScenario.COMMANDS) {
      throw new IllegalStateException(
          "a lifecycle writes one audit record per command, here " + records.size());
    }
    return records.stream()
        .map(r -> AuditChain.canonicalText(r).getBytes(StandardCharsets.UTF_8))
        .toList();
  }

  /**
   * Builds and folds one case's ten events, and seals the ten audit records after the previous
   * lifecycle's.
   *
   * @param caseId the case
   * @param n the case number
   * @return the closed case's state
   */
  public BareFold.State run(String caseId, long n) {
    BareFold.State s = BareFold.run(caseId, n);
    for (byte[] text : texts) {
      sha256.update(previousHash);
      sha256.update(text);
      previousHash = HEX.formatHex(sha256.digest()).getBytes(StandardCharsets.US_ASCII);
    }
    return s;
  }

  /**
   * The hash of the last record sealed.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public String lastHash() {
    return new String(previousHash, StandardCharsets.US_ASCII);
  }
}
