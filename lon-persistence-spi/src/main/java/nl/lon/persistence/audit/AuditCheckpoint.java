package nl.lon.persistence.audit;

import nl.lon.core.id.NetworkId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The state of one network's audit chain at a moment: its size and the hash of its last record
 * (controlepunt, extern anker).
 *
 * <p>Take one now and then with {@link AuditLog#checkpoint(NetworkId)} and keep it where the log's
 * writers and the database's administrators cannot change it (another system, a signed e-mail, a
 * write-once store). {@link AuditLog#verify(AuditCheckpoint)} later compares the chain with it and
 * finds what the chain alone cannot show: records removed at the end (truncation), the whole chain
 * removed (wipe), and records at or before the checkpoint rewritten with recomputed hashes.
 *
 * <pre>{@code
 * AuditCheckpoint cp = auditLog.checkpoint(network);   // store cp elsewhere
 * // more appends
 * AuditVerification v = auditLog.verify(cp);           // later
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AuditCheckpoint {

  AuditCheckpoint() {}

  /**
   * The network whose chain this is (netwerk).
   *
   * @return the network
   */
  @Value.Parameter
  public abstract NetworkId getNetwork();

  /**
   * The number of records in the chain, which is also the sequence of the last one.
   *
   * @return 0 or more
   */
  @Value.Parameter
  public abstract long getSize();

  /**
   * The hash of record {@link #getSize()}, or {@link AuditChain#GENESIS_HASH} when the chain is
   * empty.
   *
   * @return 64 lower-case hexadecimal digits
   */
  @Value.Parameter
  public abstract String getHeadHash();

  @Value.Check
  void check() {
    Checks.range(getSize(), 0, Long.MAX_VALUE, "AuditCheckpoint.size");
    AuditFieldRules.hash(getHeadHash(), "AuditCheckpoint.headHash");
    Checks.require(
        getSize() > 0 || getHeadHash().equals(AuditChain.GENESIS_HASH),
        "AuditCheckpoint.headHash",
        "genesis-when-empty",
        "an empty chain's head hash is the genesis hash, 64 zeros");
  }

  /**
   * A checkpoint.
   *
   * @param network the network
   * @param size the number of records, 0 or more
   * @param headHash the hash of the last record, or {@link AuditChain#GENESIS_HASH} when empty
   * @return the checkpoint
   * @throws nl.lon.core.error.InvalidValueException when a value breaks a rule
   */
  public static AuditCheckpoint of(NetworkId network, long size, String headHash) {
    return ImmutableAuditCheckpoint.of(network, size, headHash);
  }

  /**
   * The checkpoint of a network's empty chain.
   *
   * @param network the network
   * @return size 0 and the genesis hash
   */
  public static AuditCheckpoint empty(NetworkId network) {
    return of(network, 0, AuditChain.GENESIS_HASH);
  }
}
