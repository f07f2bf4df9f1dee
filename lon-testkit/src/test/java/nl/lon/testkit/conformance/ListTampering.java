package nl.lon.testkit.conformance;

import java.util.List;
import nl.lon.persistence.audit.AuditRecord;

/**
 * {@link AuditTampering} on the mutable list in which a test double or the in-memory log keeps its
 * records: what an intruder with access to the storage would do.
 */
public final class ListTampering implements AuditTampering {

  private final List<AuditRecord> records;

  /**
   * Tampers with a log's storage list.
   *
   * @param records the list the log stores its records in
   */
  public ListTampering(List<AuditRecord> records) {
    this.records = records;
  }

  @Override
  public void alter(long sequence) {
    int i = indexOf(sequence);
    records.set(i, AuditTampering.altered(records.get(i)));
  }

  @Override
  public void remove(long sequence) {
    records.remove(indexOf(sequence));
  }

  @Override
  public void swap(long first, long second) {
    int a = indexOf(first);
    int b = indexOf(second);
    AuditRecord r = records.get(a);
    records.set(a, records.get(b));
    records.set(b, r);
  }

  private int indexOf(long sequence) {
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).getSequence() == sequence) {
        return i;
      }
    }
    throw new IllegalArgumentException("no stored record with sequence " + sequence);
  }
}
