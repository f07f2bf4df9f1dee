package nl.lon.persistence.store;

import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.IdempotencyKeyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * The ports of one storage, and the one operation that writes a command as a whole (opslag).
 *
 * <p>A case service writes every command through {@link #commit(UnitOfWork)}, never through the
 * ports one by one, so that an event never exists without its audit record, an audit record of an
 * applied write never exists without the write, and personal data are never stored for a case whose
 * signal was not. The single ports stay for reads, for attempts that write nothing but their audit
 * record, and for tools.
 *
 * <pre>{@code
 * Stores stores = new InMemoryStores();            // or JdbcStores.create(dataSource)
 * CommitResult r = stores.commit(new UnitOfWork(Optional.of(append), entry, Optional.empty()));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <h2>Contract of {@link #commit(UnitOfWork)}</h2>
 *
 * <ol>
 *   <li><b>U1 all or nothing.</b> The append (by rules A1-A8 of {@link EventStore}), the audit
 *       record (by rule L1 of {@link AuditLog}: the next record of its network's chain) and the
 *       vault change (by rules V1 and V3 of {@link PersonalDataVault}) become visible in one atomic
 *       step, or none of them does. A reader never sees the events without the record or the record
 *       without the events; a crash at any point leaves all or nothing.
 *   <li><b>U2 refusal writes nothing.</b> When the append breaks A1, A3 or A4 the call throws
 *       {@link InvalidValueException} or {@link ConcurrencyConflictException} and writes nothing:
 *       no event, no audit record, no vault change. The caller then records the attempt's outcome
 *       with {@link AuditLog#append} on its own.
 *   <li><b>U3 idempotency.</b> When an earlier append to the stream used the same idempotency key
 *       with the same batch ({@link StreamAppend#fingerprint()}), no event and no vault change is
 *       written, the earlier append's result comes back flagged duplicate, and the audit record is
 *       written as {@link UnitOfWork#auditOfReplay()} gives it (marked {@code replay=true}). The
 *       same key with a different batch throws {@link IdempotencyKeyConflictException} and writes
 *       nothing: a repeated key is never answered with the result of another request.
 *   <li><b>U4 failure.</b> Any other exception (for example an adapter's I/O error) means the whole
 *       unit was written or none of it; retrying with the same idempotency key finds out without
 *       writing twice.
 *   <li><b>U5 durability.</b> When the call returns, the unit survives a crash of the process (as
 *       far as the storage promises durability at all; the in-memory reference does not).
 * </ol>
 *
 * <p>Implementations are thread-safe. No method accepts or returns null.
 *
 * @since 0.2
 */
public interface Stores {

  /**
   * The event store of this storage.
   *
   * @return the port
   */
  EventStore eventStore();

  /**
   * The audit log of this storage.
   *
   * @return the port
   */
  AuditLog auditLog();

  /**
   * The personal-data vault of this storage.
   *
   * @return the port
   */
  PersonalDataVault vault();

  /**
   * The directory of networks, organisations and professionals of this storage.
   *
   * @return the port
   */
  Directory directory();

  /**
   * Writes a command's events, its audit record and its vault change as one atomic unit (rules
   * U1-U5 of the class documentation).
   *
   * @param work what the command writes
   * @return what was written
   * @throws InvalidValueException when the append is malformed or names another network than the
   *     stream's (nothing written)
   * @throws ConcurrencyConflictException when the stream is not at the expected version, or ({@link
   *     IdempotencyKeyConflictException}) the idempotency key was used for another batch (nothing
   *     written)
   */
  CommitResult commit(UnitOfWork work);
}
