package nl.lon.testkit.broken;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.StreamAppend;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.store.VaultChange;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * Stores over the in-memory ports that commit a unit of work in a broken way, one defect each; the
 * unit-of-work kit must find each.
 */
final class BrokenStores implements Stores {

  /** The deliberate defects. */
  enum Defect {
    /** Writes events, audit record and vault change in three separate steps, each on its own. */
    SEPARATE_STEPS,
    /** Writes the audit record first and keeps it when the append is refused. */
    AUDIT_BEFORE_APPEND,
    /** Answers a used idempotency key with the earlier result whatever the batch. */
    BLIND_REPLAY,
    /**
     * Commits a unit without events as its vault change alone, dropping its audit record (rule U1).
     */
    DROPS_RECORD_WITHOUT_EVENTS
  }

  private final Defect defect;
  private final InMemoryStores ports;
  private final int failAt;
  private final AtomicInteger steps = new AtomicInteger();
  private final Map<String, AppendResult> keys;

  BrokenStores(Defect defect) {
    this(defect, new InMemoryStores(), Integer.MAX_VALUE, new ConcurrentHashMap<>());
  }

  private BrokenStores(
      Defect defect, InMemoryStores ports, int failAt, Map<String, AppendResult> keys) {
    this.defect = defect;
    this.ports = ports;
    this.failAt = failAt;
    this.keys = keys;
  }

  /** The same storage, with the {@code step}-th step failing. */
  BrokenStores failingAt(int step) {
    return new BrokenStores(defect, ports, step, keys);
  }

  private void step() {
    if (steps.incrementAndGet() == failAt) {
      throw new IllegalStateException("fault injected at step " + failAt);
    }
  }

  @Override
  public EventStore eventStore() {
    return ports.eventStore();
  }

  @Override
  public AuditLog auditLog() {
    return ports.auditLog();
  }

  @Override
  public PersonalDataVault vault() {
    return ports.vault();
  }

  @Override
  public Directory directory() {
    return ports.directory();
  }

  @Override
  public CommitResult commit(UnitOfWork work) {
    switch (defect) {
      case SEPARATE_STEPS:
        step();
        Optional<AppendResult> appended = work.append().map(this::append);
        step();
        AuditRecord record = ports.auditLog().append(work.audit());
        step();
        boolean existed = work.vaultChange().map(this::apply).orElse(false);
        return new CommitResult(appended, record, existed);
      case AUDIT_BEFORE_APPEND:
        AuditRecord first = ports.auditLog().append(work.audit());
        Optional<AppendResult> after = work.append().map(this::append);
        return new CommitResult(after, first, work.vaultChange().map(this::apply).orElse(false));
      case BLIND_REPLAY:
        if (work.append().isPresent() && work.append().get().idempotencyKey().isPresent()) {
          StreamAppend a = work.append().get();
          AppendResult earlier = keys.get(a.stream() + "/" + a.idempotencyKey().get());
          if (earlier != null) {
            return new CommitResult(
                Optional.of(earlier.asDuplicate()),
                ports.auditLog().append(work.auditOfReplay()),
                false);
          }
          CommitResult result = ports.commit(work);
          keys.put(a.stream() + "/" + a.idempotencyKey().get(), result.append().get());
          return result;
        }
        return ports.commit(work);
      case DROPS_RECORD_WITHOUT_EVENTS:
        if (work.append().isPresent()) {
          return ports.commit(work);
        }
        boolean had = work.vaultChange().map(this::apply).orElse(false);
        AuditRecord unsaved =
            AuditChain.link(1, AuditChain.GENESIS_HASH, work.audit(), AuditSeal.sha256());
        return new CommitResult(Optional.empty(), unsaved, had);
      default:
        throw new AssertionError(defect);
    }
  }

  private AppendResult append(StreamAppend a) {
    try {
      return ports
          .eventStore()
          .append(a.stream(), a.network(), a.expectedVersion(), a.events(), a.idempotencyKey());
    } catch (ConcurrencyConflictException e) {
      throw e;
    }
  }

  private boolean apply(VaultChange change) {
    if (change.isErasure()) {
      return ports.vault().erase(change.network(), change.client());
    }
    CaseId caseId = change.caseId().get();
    boolean existed = ports.vault().contains(change.network(), change.client(), caseId);
    ports.vault().put(change.network(), change.client(), caseId, change.data().get());
    return existed;
  }
}
