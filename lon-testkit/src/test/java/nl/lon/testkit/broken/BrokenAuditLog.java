package nl.lon.testkit.broken;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditVerification;

/** An audit log with one deliberate defect; its record list is open to tampering. */
final class BrokenAuditLog implements AuditLog {

  /** The deliberate defects. */
  enum Defect {
    /** verify() trusts the log and always reports an intact chain. */
    VERIFY_ALWAYS_OK,
    /**
     * Records are not chained: each is sealed after the genesis hash, and verify() only checks
     * each record's own hash.
     */
    HASHES_NOT_CHAINED
  }

  private final Defect defect;
  private final List<AuditRecord> records = new ArrayList<>();

  BrokenAuditLog(Defect defect) {
    this.defect = defect;
  }

  /** The storage, for tampering. */
  List<AuditRecord> storage() {
    return records;
  }

  @Override
  public synchronized AuditRecord append(AuditEntry entry) {
    String previous =
        defect == Defect.HASHES_NOT_CHAINED || records.isEmpty()
            ? AuditChain.GENESIS_HASH
            : records.get(records.size() - 1).getHash();
    AuditRecord r = AuditChain.link(records.size() + 1L, previous, entry);
    records.add(r);
    return r;
  }

  @Override
  public synchronized List<AuditRecord> read(long fromSequenceInclusive, int maxCount) {
    if (fromSequenceInclusive < 1 || maxCount < 1) {
      throw new nl.lon.core.error.InvalidValueException("AuditLog.read", "range-1-", "must be 1 or more");
    }
    if (fromSequenceInclusive > records.size()) {
      return ImmutableList.of();
    }
    int from = (int) fromSequenceInclusive - 1;
    return ImmutableList.copyOf(records.subList(from, (int) Math.min(records.size(), (long) from + maxCount)));
  }

  @Override
  public synchronized List<AuditRecord> readForCase(CaseId caseId) {
    return records.stream()
        .filter(r -> r.getCaseId().equals(Optional.of(caseId)))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized List<AuditRecord> readForClient(NetworkId network, ClientNumber client) {
    return records.stream()
        .filter(r -> r.getNetwork().equals(network) && r.getClient().equals(Optional.of(client)))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized AuditVerification verify() {
    if (defect == Defect.VERIFY_ALWAYS_OK) {
      return AuditVerification.ok(records.size());
    }
    long checked = 0;
    for (AuditRecord r : records) {
      if (!AuditChain.hash(r.getPreviousHash(), AuditChain.canonicalText(r)).equals(r.getHash())) {
        return AuditVerification.broken(
            checked, r.getSequence(), AuditVerification.Problem.ALTERED, "record " + r.getSequence() + " was altered");
      }
      checked++;
    }
    return AuditVerification.ok(checked);
  }

  @Override
  public synchronized long size() {
    return records.size();
  }
}
