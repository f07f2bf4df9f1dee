package nl.lon.testkit.conformance;

import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditVerification;

/**
 * The adapter's way to tamper with the records its audit log has stored, so that the kit can
 * check that {@link AuditLog#verify()} finds it (manipulatie van de logging, rule L4).
 *
 * <p>The {@link AuditLog} port itself never changes a record (rule L2), so tampering needs access
 * to the adapter's storage: an SQL {@code UPDATE} or {@code DELETE}, a rewritten file. Implement
 * the three operations against that storage, without recomputing any hash, exactly as an intruder
 * with database access would:
 *
 * <pre>{@code
 * @Override
 * protected AuditTampering tampering(AuditLog log) {
 *   return new AuditTampering() {
 *     public void alter(long seq) { jdbc.update("update audit set purpose = purpose || '!' where seq = ?", seq); }
 *     public void remove(long seq) { jdbc.update("delete from audit where seq = ?", seq); }
 *     public void swap(long a, long b) { ... exchange the rows' storage order ... }
 *   };
 * }
 * }</pre>
 *
 * <p>When the storage cannot be reached (for example a write-once store), return {@link
 * #onCopy(AuditLog)}: the kit then tampers with a copy of the records read through the port and
 * verifies the copy with {@link nl.lon.persistence.audit.AuditChain}, which checks that the log
 * stores a correct chain, and it requires the untouched log's own {@link AuditLog#verify()} to
 * stay intact; it cannot check that {@code verify()} reads the storage.
 *
 * <p>The kit calls the factory after it appended the records, uses one instance per test from one
 * thread, and names records by the sequence the log gave them.
 *
 * @since 0.1
 */
public interface AuditTampering {

  /**
   * Changes one fact of a stored record (for example its purpose) and keeps its stored hashes.
   *
   * @param sequence the record's sequence
   * @since 0.1
   */
  void alter(long sequence);

  /**
   * Removes a stored record, leaving the records after it in place.
   *
   * @param sequence the record's sequence, not the last
   * @since 0.1
   */
  void remove(long sequence);

  /**
   * Exchanges the storage order of two records, so that reads return them the other way round.
   *
   * @param first the sequence of the record that comes first
   * @param second the sequence of the record that comes later
   * @since 0.1
   */
  void swap(long first, long second);

  /**
   * Whether the operations change what the log itself stores; false for {@link #onCopy}.
   *
   * @return true when {@link AuditLog#verify()} must see the tampering
   * @since 0.1
   */
  default boolean changesStorage() {
    return true;
  }

  /**
   * Verifies the tampered records: the log's own {@link AuditLog#verify()} when the storage was
   * changed, or a check of the copy otherwise.
   *
   * @param log the log tampered with
   * @return the verification result
   * @since 0.1
   */
  default AuditVerification verify(AuditLog log) {
    return log.verify();
  }

  /**
   * Tampering with a copy of the log's records, for adapters whose storage the kit cannot reach.
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
   * which is what {@link #alter(long)} stores in place of the original.
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
}
