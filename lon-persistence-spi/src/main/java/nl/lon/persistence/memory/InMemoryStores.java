package nl.lon.persistence.memory;

import java.util.Optional;
import java.util.concurrent.locks.Lock;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.store.VaultChange;

/**
 * The four in-memory ports as one storage, with an atomic {@link #commit(UnitOfWork)} (opslag in
 * het werkgeheugen).
 *
 * <p>A commit holds the write locks of its network's streams and of its network's audit chain
 * (always in that order), so no reader sees events without their audit record, while commits to two
 * networks run in parallel: there is no lock over all networks. It first decides the append, which
 * throws before it changes anything (rules A2-A4), and only then writes the events, links the audit
 * record and applies the vault change, none of which can fail once the append is decided. Fulfils
 * rules U1-U4 of {@link Stores}; being memory, not U5.
 *
 * <pre>{@code
 * InMemoryStores stores = new InMemoryStores();
 * CaseService service = CaseService.builder().stores(stores).profile(network, profile).build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Thread-safe.
 *
 * @since 0.2
 */
public final class InMemoryStores implements Stores {

  private final InMemoryEventStore events;
  private final InMemoryAuditLog audit;
  private final InMemoryPersonalDataVault vault;
  private final InMemoryDirectory directory;

  /** Creates empty stores. */
  public InMemoryStores() {
    this(new InMemoryAuditLog(), new InMemoryDirectory());
  }

  /**
   * Creates empty stores around a given audit log and directory (for example a keyed audit log, or
   * a directory filled beforehand).
   *
   * @param auditLog the audit log
   * @param directory the directory
   */
  public InMemoryStores(InMemoryAuditLog auditLog, InMemoryDirectory directory) {
    if (auditLog == null) {
      throw new InvalidValueException("InMemoryStores.auditLog");
    }
    if (directory == null) {
      throw new InvalidValueException("InMemoryStores.directory");
    }
    this.events = new InMemoryEventStore();
    this.audit = auditLog;
    this.vault = new InMemoryPersonalDataVault();
    this.directory = directory;
  }

  @Override
  public InMemoryEventStore eventStore() {
    return events;
  }

  @Override
  public InMemoryAuditLog auditLog() {
    return audit;
  }

  @Override
  public InMemoryPersonalDataVault vault() {
    return vault;
  }

  @Override
  public InMemoryDirectory directory() {
    return directory;
  }

  @Override
  public CommitResult commit(UnitOfWork work) {
    if (work == null) {
      throw new InvalidValueException("Stores.work");
    }
    // every part names the audit entry's network (UnitOfWork checks it): lock that network only,
    // its streams before its chain, as every commit does
    NetworkId network = work.audit().getNetwork();
    Lock eventLock = work.append().isPresent() ? events.writeLock(network) : null;
    Lock auditLock = audit.writeLock(network);
    if (eventLock != null) {
      eventLock.lock();
    }
    try {
      auditLock.lock();
      try {
        Optional<AppendResult> appended = work.append().map(events::appendLocked);
        boolean duplicate = appended.map(AppendResult::isDuplicate).orElse(false);
        AuditRecord record = audit.append(duplicate ? work.auditOfReplay() : work.audit());
        boolean existed = false;
        if (work.vaultChange().isPresent() && !duplicate) {
          existed = apply(work.vaultChange().get());
        }
        return new CommitResult(appended, record, existed);
      } finally {
        auditLock.unlock();
      }
    } finally {
      if (eventLock != null) {
        eventLock.unlock();
      }
    }
  }

  private boolean apply(VaultChange change) {
    if (change.isErasure()) {
      return vault.erase(change.network(), change.client());
    }
    CaseId caseId = change.caseId().get();
    boolean existed = vault.contains(change.network(), change.client(), caseId);
    vault.put(change.network(), change.client(), caseId, change.data().get());
    return existed;
  }

  @Override
  public String toString() {
    return "InMemoryStores";
  }
}
