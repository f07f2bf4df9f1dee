package nl.lon.persistence.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;

/**
 * The port to the append-only, tamper-evident log of every access to case data (logging, NEN 7513).
 *
 * <p>The case service writes one record for every read and write of case data, whatever its
 * outcome. Each network has a hash chain of its own: the log gives each record the next sequence of
 * its network's chain and seals it into that chain with the log's {@link AuditSeal}, as {@link
 * AuditChain} computes it, so that any change is found by {@link #verify()}.
 *
 * <pre>{@code
 * AuditRecord r = auditLog.append(entry);        // r.getSequence() == size(network) + 1
 * List<AuditRecord> forCase = auditLog.readForCase(network, caseId);
 * AuditCheckpoint cp = auditLog.checkpoint(network); // keep it elsewhere
 * if (!auditLog.verify().isOk() || !auditLog.verify(cp).isOk()) {
 *   alarm("audit log broken");
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <h2>Contract</h2>
 *
 * <ol>
 *   <li><b>L1 append.</b> {@link #append} appends to the chain of {@code entry.getNetwork()}: it
 *       gives the record sequence {@code size(network) + 1} (the first record of a network gets 1;
 *       no gaps), sets its previous hash to the hash of that network's record before ({@link
 *       AuditChain#GENESIS_HASH} for the first) and its hash as {@link AuditChain#link(long,
 *       String, AuditEntry, AuditSeal)} computes it with the log's seal, and moves that chain's
 *       head to it. The append is atomic and linearizable per network: concurrent appends to one
 *       network are serialised, so its chain never forks and no record is lost. Only the facts of
 *       the entry are used.
 *   <li><b>L2 append-only.</b> This port never changes or removes a record.
 *   <li><b>L3 reads.</b> {@link #read}, {@link #readForCase} and {@link #readForClient} return
 *       immutable snapshots of one network's stored records, in storage order, which is ascending
 *       sequence order unless someone moved records in storage; they return every stored record
 *       that matches, also records a verification would report.
 *   <li><b>L4 verify.</b> {@link #verify(NetworkId)} checks every stored record of the network's
 *       chain against that chain's head as {@link AuditChain#verify(Iterable, AuditCheckpoint,
 *       AuditSeal)} does, against what is actually stored: records beyond the head ({@link
 *       AuditVerification.Problem#BEYOND_HEAD}), duplicated, missing, reordered or altered records,
 *       and a head that does not match the last record are all breaks. {@link #verify()} does so
 *       for every chain, and its result says per chain and overall.
 *   <li><b>L5 retention.</b> Records are kept at least as long as the network's profile requires
 *       (by default five years). Purging older records is an operator's action outside this port;
 *       it must archive the purged segment with its last hash so the remaining chain can still be
 *       verified from there with {@link AuditChain#verify(Iterable, long, String, AuditSeal)}.
 *   <li><b>L6 contents.</b> Records hold no case content and no personal data from the vault.
 *   <li><b>L7 a chain per network.</b> Each network's records form a chain of their own, with their
 *       own sequences from 1, their own genesis and their own head: appending to one network never
 *       changes another's chain, and appends to two networks do not wait on each other. {@link
 *       #networks()} names every network of which a record or a head is stored.
 *   <li><b>L8 checkpoints.</b> {@link #checkpoint(NetworkId)} returns the network's head: its size
 *       and last hash. {@link #verify(AuditCheckpoint)} checks the chain as {@link
 *       #verify(NetworkId)} does and, beyond that, that it still holds the checkpoint: fewer
 *       records than it counts (truncation, or a wipe with the head reset) are {@link
 *       AuditVerification.Problem#MISSING}, and a record at its size with another hash (any record
 *       at or before it rewritten, even with every later hash recomputed) is {@link
 *       AuditVerification.Problem#CHECKPOINT_MISMATCH}.
 *   <li><b>L9 keyed seal.</b> A log created with {@link AuditSeal#hmacSha256(byte[])} seals and
 *       verifies with that key only, so a record rewritten with recomputed plain SHA-256 hashes
 *       (and the head moved to match) is reported {@link AuditVerification.Problem#ALTERED} by
 *       {@link #verify(NetworkId)} even without a checkpoint.
 * </ol>
 *
 * <p>Implementations are thread-safe. No method accepts or returns null.
 *
 * @since 0.1
 */
public interface AuditLog {

  /**
   * Appends an entry as the next record of the chain of its network (rules L1, L7).
   *
   * @param entry the access to log
   * @return the record as stored, with its sequence and hashes
   * @throws InvalidValueException when the entry is null
   */
  AuditRecord append(AuditEntry entry);

  /**
   * Reads records of a network's chain in storage order from a sequence on (rule L3).
   *
   * @param network the network
   * @param fromSequenceInclusive the first sequence wanted, 1 or more
   * @param maxCount the largest number of records to return, 1 or more
   * @return an immutable list of at most {@code maxCount} records
   * @throws InvalidValueException when the network is null or a number is below 1
   */
  List<AuditRecord> read(NetworkId network, long fromSequenceInclusive, int maxCount);

  /**
   * Reads all records of a network's chain about one case, in storage order (rule L3).
   *
   * @param network the network
   * @param caseId the case
   * @return an immutable list of the records of that network whose case is {@code caseId}
   * @throws InvalidValueException when an argument is null
   */
  List<AuditRecord> readForCase(NetworkId network, CaseId caseId);

  /**
   * Reads all records about one client of a network, in storage order; what a client sees when they
   * ask who accessed their data (inzage in logging, rule L3).
   *
   * @param network the network
   * @param client the client number
   * @return an immutable list of the records of that network whose client is {@code client}
   * @throws InvalidValueException when an argument is null
   */
  List<AuditRecord> readForClient(NetworkId network, ClientNumber client);

  /**
   * The number of records of a network's chain as its head counts them, which is also the sequence
   * of the last one.
   *
   * @param network the network
   * @return 0 or more; 0 for a network without records
   * @throws InvalidValueException when the network is null
   */
  long size(NetworkId network);

  /**
   * The networks of which a record or a chain head is stored (rule L7).
   *
   * @return an immutable snapshot
   */
  Set<NetworkId> networks();

  /**
   * Checks every stored chain (rule L4): the chain of each of {@link #networks()}, as {@link
   * #verify(NetworkId)} does.
   *
   * @return the result per chain and overall
   */
  default AuditLogVerification verify() {
    Map<NetworkId, AuditVerification> chains = new TreeMap<>();
    for (NetworkId n : networks()) {
      chains.put(n, verify(n));
    }
    return AuditLogVerification.of(chains);
  }

  /**
   * Checks every stored record of a network's chain against its head (rule L4).
   *
   * @param network the network
   * @return intact, or the first broken sequence and why; intact with 0 records checked for a
   *     network without records
   * @throws InvalidValueException when the network is null
   */
  AuditVerification verify(NetworkId network);

  /**
   * The current head of a network's chain, to keep outside the log (rule L8).
   *
   * @param network the network
   * @return the network, the number of records and the last record's hash ({@link
   *     AuditCheckpoint#empty(NetworkId)} for a network without records)
   * @throws InvalidValueException when the network is null
   */
  AuditCheckpoint checkpoint(NetworkId network);

  /**
   * Checks a network's chain as {@link #verify(NetworkId)} does, and that it still holds a
   * checkpoint taken earlier (rule L8).
   *
   * @param checkpoint the checkpoint, of the network to check
   * @return intact, or the first broken sequence and why
   * @throws InvalidValueException when the checkpoint is null
   */
  AuditVerification verify(AuditCheckpoint checkpoint);

  /**
   * Checks the arguments of {@link #read(NetworkId, long, int)} (rule L3) without touching any log.
   *
   * @param network the network
   * @param fromSequenceInclusive the first sequence wanted
   * @param maxCount the largest number of records to return
   * @throws InvalidValueException when the network is null or a number is below 1
   */
  static void checkRead(NetworkId network, long fromSequenceInclusive, int maxCount) {
    if (network == null) {
      throw new InvalidValueException("AuditLog.network");
    }
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

  /**
   * Requires a non-null argument.
   *
   * @param <T> the argument's type
   * @param value the argument
   * @param name the parameter's name
   * @return the value
   * @throws InvalidValueException naming {@code AuditLog.<name>} when the value is null
   */
  static <T> T required(T value, String name) {
    if (value == null) {
      throw new InvalidValueException("AuditLog." + name);
    }
    return value;
  }
}
