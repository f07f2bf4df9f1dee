package nl.lon.persistence.memory;

import java.util.List;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.testkit.conformance.AuditTampering;

/**
 * Tampering with the in-memory log through its package-private test hooks (this class lives in its
 * package for that): its live record lists and its heads.
 */
public final class InMemoryAuditTampering implements AuditTampering {

  private final InMemoryAuditLog log;

  /**
   * Tampers with a log's storage.
   *
   * @param log the log
   */
  public InMemoryAuditTampering(InMemoryAuditLog log) {
    this.log = log;
  }

  @Override
  public void overwrite(AuditRecord record) {
    List<AuditRecord> c = log.storage(record.getNetwork());
    c.set(indexOf(c, record.getSequence()), record);
  }

  @Override
  public void remove(NetworkId network, long sequence) {
    List<AuditRecord> c = log.storage(network);
    c.remove(indexOf(c, sequence));
  }

  @Override
  public void swap(NetworkId network, long first, long second) {
    List<AuditRecord> c = log.storage(network);
    int a = indexOf(c, first);
    int b = indexOf(c, second);
    AuditRecord r = c.get(a);
    c.set(a, c.get(b));
    c.set(b, r);
  }

  @Override
  public void insertAfterLast(AuditRecord record) {
    log.storage(record.getNetwork()).add(record);
  }

  @Override
  public void moveHead(NetworkId network, long size, String hash) {
    log.moveHead(network, size, hash);
  }

  private static int indexOf(List<AuditRecord> records, long sequence) {
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).getSequence() == sequence) {
        return i;
      }
    }
    throw new IllegalArgumentException("no stored record with sequence " + sequence);
  }
}
