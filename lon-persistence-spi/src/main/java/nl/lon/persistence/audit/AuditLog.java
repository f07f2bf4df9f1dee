package nl.lon.persistence.audit;

import java.util.List;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;

/**
 * The port to the append-only, tamper-evident log of every access to case data (logging, NEN
 * 7513).
 *
 * <p>The case service writes one record for every read and write of case data, allowed or
 * denied. The log gives each record the next sequence and seals it into a SHA-256 hash chain
 * computed by {@link AuditChain}, so that any change is found by {@link #verify()}.
 *
 * <pre>{@code
 * AuditRecord r = auditLog.append(entry);       // r.getSequence() == previous size + 1
 * List<AuditRecord> forCase = auditLog.readForCase(caseId);
 * if (!auditLog.verify().isOk()) { ... }
 * }</pre>
 *
 * <h2>Contract</h2>
 *
 * <ol>
 *   <li><b>L1 append.</b> {@link #append} gives the record sequence {@code size() + 1} (the first
 *       record gets 1; no gaps), sets its previous hash to the hash of the record before ({@link
 *       AuditChain#GENESIS_HASH} for the first) and its hash as {@link AuditChain#link} computes
 *       it. The append is atomic and linearizable: concurrent appends are serialised, so the
 *       chain never forks and no record is lost. Only the facts of the entry are used.
 *   <li><b>L2 append-only.</b> This port never changes or removes a record.
 *   <li><b>L3 reads.</b> {@link #read}, {@link #readForCase} and {@link #readForClient} return
 *       immutable snapshots in ascending sequence order.
 *   <li><b>L4 verify.</b> {@link #verify()} checks the whole stored chain as {@link
 *       AuditChain#verify(Iterable)} does, against what is actually stored.
 *   <li><b>L5 retention.</b> Records are kept at least as long as the network's profile requires
 *       (by default five years). Purging older records is an operator's action outside this port;
 *       it must archive the purged segment with its last hash so the remaining chain can still be
 *       verified from there with {@link AuditChain#verify(Iterable, long, String)}.
 *   <li><b>L6 contents.</b> Records hold no case content and no personal data from the vault.
 * </ol>
 *
 * <p>Implementations are thread-safe. No method accepts or returns null.
 *
 * @since 0.1
 */
public interface AuditLog {

  /**
   * Appends an entry as the next record of the chain (rule L1).
   *
   * @param entry the access to log
   * @return the record as stored, with its sequence and hashes
   */
  AuditRecord append(AuditEntry entry);

  /**
   * Reads records in sequence order from a sequence on.
   *
   * @param fromSequenceInclusive the first sequence wanted, 1 or more
   * @param maxCount the largest number of records to return, 1 or more
   * @return an immutable list of at most {@code maxCount} records
   * @throws InvalidValueException when an argument is below 1
   */
  List<AuditRecord> read(long fromSequenceInclusive, int maxCount);

  /**
   * Reads all records about one case, in sequence order.
   *
   * @param caseId the case
   * @return an immutable list of the records whose case is {@code caseId}
   */
  List<AuditRecord> readForCase(CaseId caseId);

  /**
   * Reads all records about one client of a network, in sequence order; what a client sees when
   * they ask who accessed their data (inzage in logging).
   *
   * @param network the network
   * @param client the client number
   * @return an immutable list of the records of that network whose client is {@code client}
   */
  List<AuditRecord> readForClient(NetworkId network, ClientNumber client);

  /**
   * Checks the whole hash chain as stored (rule L4).
   *
   * @return intact, or the first broken sequence and why
   */
  AuditVerification verify();

  /**
   * The number of records, which is also the sequence of the last one.
   *
   * @return 0 or more
   */
  long size();

  /**
   * Checks the arguments of {@link #read(long, int)} (rule L3) without touching any log.
   *
   * @param fromSequenceInclusive the first sequence wanted
   * @param maxCount the largest number of records to return
   * @throws InvalidValueException when an argument is below 1
   */
  static void checkRead(long fromSequenceInclusive, int maxCount) {
    if (fromSequenceInclusive < 1) {
      throw new InvalidValueException(
          "AuditLog.fromSequenceInclusive",
          "range-1-",
          "must be 1 or more, was " + fromSequenceInclusive);
    }
    if (maxCount < 1) {
      throw new InvalidValueException(
          "AuditLog.maxCount", "range-1-", "must be 1 or more, was " + maxCount);
    }
  }
}
