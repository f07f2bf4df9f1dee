package nl.lon.testkit.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditVerification;

/**
 * The adapter's way to tamper with what its audit log has stored, so that the kit can check that
 * {@link AuditLog#verify()} and {@link AuditLog#verify(AuditCheckpoint)} find it (manipulatie van
 * de logging, rules L4, L8 and L9).
 *
 * <p>The {@link AuditLog} port itself never changes a record (rule L2), so tampering needs access
 * to the adapter's storage: an SQL {@code UPDATE} or {@code DELETE}, a rewritten file. Implement
 * the five primitive operations against that storage exactly as an intruder with database access
 * would: store what you are given, recompute nothing. The kit composes them into every attack it
 * checks (a changed fact, a removed, moved or duplicated record, a record inserted beyond the head,
 * a truncation, a wipe, a rewrite with recomputed hashes):
 *
 * <pre>{@code
 * @Override
 * protected AuditTampering tampering(AuditLog log) {
 *   return new AuditTampering() {
 *     public void overwrite(AuditRecord r) {
 *       // replace the stored row of r's network and sequence by r, facts and hashes as given
 *     }
 *     public void remove(NetworkId n, long seq) { jdbc.update("delete from audit where network = ? and seq = ?", n, seq); }
 *     public void swap(NetworkId n, long a, long b) {
 *       // exchange the two rows' storage order
 *     }
 *     public void insertAfterLast(AuditRecord r) {
 *       // insert a row after the network's last
 *     }
 *     public void moveHead(NetworkId n, long size, String hash) { jdbc.update("update head set size = ?, hash = ? where network = ?", size, hash, n); }
 *   };
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>When the storage cannot be reached (for example a write-once store), return {@link
 * #onCopy(AuditLog)}: the kit then tampers with a copy of the records and heads read through the
 * port and verifies the copy with {@link AuditChain}, which checks that the log stores correct
 * chains, and it requires the untouched log's own verification to stay intact; it cannot check that
 * {@code verify()} reads the storage.
 *
 * <p>The kit calls the factory after it appended the records, uses one instance per test from one
 * thread, and names stored records by their network and the sequence the log gave them.
 *
 * @since 0.1
 */
public interface AuditTampering {

  /**
   * Replaces the stored record with the given record's network and sequence by the given record,
   * facts and hashes as given, in the same place in storage; the head is left alone.
   *
   * @param record the record to store instead
   * @since 0.1
   */
  void overwrite(AuditRecord record);

  /**
   * Removes a stored record, leaving the records after it and the head in place.
   *
   * @param network the record's network
   * @param sequence the record's sequence
   * @since 0.1
   */
  void remove(NetworkId network, long sequence);

  /**
   * Exchanges the storage order of two records of a network, so that reads return them the other
   * way round.
   *
   * @param network the records' network
   * @param first the sequence of the record that comes first
   * @param second the sequence of the record that comes later
   * @since 0.1
   */
  void swap(NetworkId network, long first, long second);

  /**
   * Stores a record after the last stored record of its network, as given, without moving the head:
   * a row beyond the head.
   *
   * @param record the record to store; its sequence may repeat one already stored
   * @since 0.1
   */
  void insertAfterLast(AuditRecord record);

  /**
   * Sets a network's chain head to a size and hash, as an intruder who also adjusts the head would;
   * {@code (0, AuditChain.GENESIS_HASH)} resets it to an empty chain (an adapter may then delete
   * the head). An adapter that keeps no head apart from its records does nothing.
   *
   * @param network the network
   * @param size the size the head must count
   * @param hash the hash the head must hold
   * @since 0.1
   */
  void moveHead(NetworkId network, long size, String hash);

  /**
   * Whether the operations change what the log itself stores; false for {@link #onCopy}.
   *
   * @return true when the log's own verification must see the tampering
   * @since 0.1
   */
  default boolean changesStorage() {
    return true;
  }

  /**
   * Verifies every tampered chain: the log's own {@link AuditLog#verify()} when the storage was
   * changed, or a check of the copy otherwise.
   *
   * @param log the log tampered with
   * @return the verification result
   * @since 0.1
   */
  default AuditLogVerification verify(AuditLog log) {
    return log.verify();
  }

  /**
   * Verifies one tampered chain: {@link AuditLog#verify(NetworkId)}, or a check of the copy.
   *
   * @param log the log tampered with
   * @param network the network
   * @return the verification result
   * @since 0.1
   */
  default AuditVerification verify(AuditLog log, NetworkId network) {
    return log.verify(network);
  }

  /**
   * Verifies one tampered chain against a checkpoint taken before the tampering: {@link
   * AuditLog#verify(AuditCheckpoint)}, or a check of the copy.
   *
   * @param log the log tampered with
   * @param checkpoint the checkpoint
   * @return the verification result
   * @since 0.1
   */
  default AuditVerification verify(AuditLog log, AuditCheckpoint checkpoint) {
    return log.verify(checkpoint);
  }

  /**
   * Tampering with a copy of the log's records and heads, for adapters whose storage the kit cannot
   * reach. The kit checks the copy with the seal it created the log with.
   *
   * @param log the log whose records to copy, read through the port when this is called
   * @return tampering on the copy; {@link #changesStorage()} is false
   * @since 0.1
   */
  static AuditTampering onCopy(AuditLog log) {
    return new CopiedAuditRecords(log);
  }

  /**
   * A record with one fact changed (its purpose gets a suffix) and its sequence and hashes kept,
   * which is what the kit stores in place of the original to alter it.
   *
   * @param record the original record
   * @return the altered record
   * @since 0.1
   */
  static AuditRecord altered(AuditRecord record) {
    String purpose = record.getPurpose();
    String changed = purpose.length() < 500 ? purpose + "!" : purpose.substring(0, 499) + "?";
    return AuditRecord.builder().from(record).purpose(changed).build();
  }

  /**
   * A chain rewritten from one sequence on with recomputed plain SHA-256 hashes, as someone who
   * knows the public format but not a key would forge it: the record at {@code fromSequence} gets
   * changed facts, and it and every later record get new previous hashes and hashes.
   *
   * @param chain one network's records, from sequence 1, in order
   * @param fromSequence the sequence of the record to change, 1 or more
   * @param change how its facts change
   * @return the whole chain with the rewritten records; the last one's hash is the new head
   * @since 0.1
   */
  static List<AuditRecord> rewritten(
      List<AuditRecord> chain, long fromSequence, UnaryOperator<AuditEntry> change) {
    List<AuditRecord> out = new ArrayList<>(chain.subList(0, (int) fromSequence - 1));
    String previous =
        fromSequence == 1 ? AuditChain.GENESIS_HASH : chain.get((int) fromSequence - 2).getHash();
    for (int i = (int) fromSequence - 1; i < chain.size(); i++) {
      AuditEntry facts = chain.get(i).toEntry();
      if (i == fromSequence - 1) {
        facts = change.apply(facts);
      }
      AuditRecord r = AuditChain.link(chain.get(i).getSequence(), previous, facts);
      out.add(r);
      previous = r.getHash();
    }
    return out;
  }
}
