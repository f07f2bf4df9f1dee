package nl.lon.persistence.memory;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditVerification;

/**
 * An {@link AuditLog} that keeps its hash chain in memory (logging in het werkgeheugen).
 *
 * <p>Appends are serialised by a write lock, so the chain never forks; reads run in parallel and
 * copy what they return.
 *
 * <pre>{@code
 * AuditLog log = new InMemoryAuditLog();
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryAuditLog implements AuditLog {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final List<AuditRecord> records = new ArrayList<>();

  /** The lock that serialises appends; the in-memory unit of work holds it across a commit. */
  Lock writeLock() {
    return lock.writeLock();
  }

  /** Creates an empty log. */
  public InMemoryAuditLog() {}

  @Override
  public AuditRecord append(AuditEntry entry) {
    if (entry == null) {
      throw new InvalidValueException("AuditLog.entry");
    }
    lock.writeLock().lock();
    try {
      String previousHash =
          records.isEmpty() ? AuditChain.GENESIS_HASH : records.get(records.size() - 1).getHash();
      AuditRecord record = AuditChain.link(records.size() + 1L, previousHash, entry);
      records.add(record);
      return record;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public List<AuditRecord> read(long fromSequenceInclusive, int maxCount) {
    AuditLog.checkRead(fromSequenceInclusive, maxCount);
    lock.readLock().lock();
    try {
      if (fromSequenceInclusive > records.size()) {
        return ImmutableList.of();
      }
      int from = (int) (fromSequenceInclusive - 1);
      int to = (int) Math.min(records.size(), (long) from + maxCount);
      return ImmutableList.copyOf(records.subList(from, to));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<AuditRecord> readForCase(CaseId caseId) {
    if (caseId == null) {
      throw new InvalidValueException("AuditLog.caseId");
    }
    return filter(r -> r.getCaseId().equals(Optional.of(caseId)));
  }

  @Override
  public List<AuditRecord> readForClient(NetworkId network, ClientNumber client) {
    if (network == null || client == null) {
      throw new InvalidValueException(network == null ? "AuditLog.network" : "AuditLog.client");
    }
    return filter(
        r -> r.getNetwork().equals(network) && r.getClient().equals(Optional.of(client)));
  }

  private List<AuditRecord> filter(Predicate<AuditRecord> predicate) {
    lock.readLock().lock();
    try {
      return records.stream().filter(predicate).collect(ImmutableList.toImmutableList());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public AuditVerification verify() {
    List<AuditRecord> snapshot;
    lock.readLock().lock();
    try {
      snapshot = ImmutableList.copyOf(records);
    } finally {
      lock.readLock().unlock();
    }
    return AuditChain.verify(snapshot);
  }

  @Override
  public long size() {
    lock.readLock().lock();
    try {
      return records.size();
    } finally {
      lock.readLock().unlock();
    }
  }
}
