package nl.lon.testkit.conformance;

import java.util.ArrayList;
import java.util.List;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditVerification;

/** {@link AuditTampering} on a copy of the records read through the port. */
final class CopiedAuditRecords implements AuditTampering {

  private final List<AuditRecord> records;

  CopiedAuditRecords(AuditLog log) {
    this.records = new ArrayList<>(AuditLogConformance.readAll(log));
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

  @Override
  public boolean changesStorage() {
    return false;
  }

  @Override
  public AuditVerification verify(AuditLog log) {
    return AuditChain.verify(records);
  }

  private int indexOf(long sequence) {
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).getSequence() == sequence) {
        return i;
      }
    }
    throw new IllegalArgumentException("the copy holds no record with sequence " + sequence);
  }

  @Override
  public String toString() {
    return "AuditTampering.onCopy(" + records.size() + " records)";
  }
}
