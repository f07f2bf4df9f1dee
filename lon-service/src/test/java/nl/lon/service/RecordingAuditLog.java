package nl.lon.service;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.memory.InMemoryAuditLog;

/**
 * The in-memory audit log, also remembering every appended record in append order across all
 * networks' chains, so that tests can ask for "the last record" and "every record".
 */
public final class RecordingAuditLog implements AuditLog {

  private final InMemoryAuditLog log = new InMemoryAuditLog();
  private final List<AuditRecord> appended = new ArrayList<>();

  @Override
  public AuditRecord append(AuditEntry entry) {
    AuditRecord r = log.append(entry);
    synchronized (appended) {
      appended.add(r);
    }
    return r;
  }

  /**
   * @return the number of records appended to all chains
   */
  public long count() {
    return networks().stream().mapToLong(this::size).sum();
  }

  /**
   * @return the record appended last, to whichever chain
   */
  public AuditRecord last() {
    synchronized (appended) {
      return appended.get(appended.size() - 1);
    }
  }

  /**
   * @return every appended record, in append order
   */
  public List<AuditRecord> all() {
    synchronized (appended) {
      return ImmutableList.copyOf(appended);
    }
  }

  @Override
  public List<AuditRecord> read(NetworkId network, long fromSequenceInclusive, int maxCount) {
    return log.read(network, fromSequenceInclusive, maxCount);
  }

  @Override
  public List<AuditRecord> readForCase(NetworkId network, CaseId caseId) {
    return log.readForCase(network, caseId);
  }

  @Override
  public List<AuditRecord> readForClient(NetworkId network, ClientNumber client) {
    return log.readForClient(network, client);
  }

  @Override
  public long size(NetworkId network) {
    return log.size(network);
  }

  @Override
  public Set<NetworkId> networks() {
    return log.networks();
  }

  @Override
  public AuditVerification verify(NetworkId network) {
    return log.verify(network);
  }

  @Override
  public AuditCheckpoint checkpoint(NetworkId network) {
    return log.checkpoint(network);
  }

  @Override
  public AuditVerification verify(AuditCheckpoint checkpoint) {
    return log.verify(checkpoint);
  }
}
