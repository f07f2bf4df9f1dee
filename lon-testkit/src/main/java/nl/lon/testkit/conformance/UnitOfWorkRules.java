package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.store.VaultChange;
import org.junit.jupiter.api.Test;

/** Rule U1: a commit makes the events, the audit record and the vault change visible together. */
abstract class UnitOfWorkRules extends StoresGroup {

  /** U1: after a commit, every part of the unit is visible. */
  @Test
  void u1_commit_makesEventsAuditRecordAndVaultChangeVisible() {
    CaseId c = caseId("u1-all");
    UnitOfWork work = opening(c, Optional.of("open"));
    CommitResult result = stores.commit(work);
    assertFalse(result.append().get().isDuplicate(), "U1: a first commit is not a duplicate");
    assertEquals(
        work.audit().getEventId(),
        result.audit().getEventId(),
        "U1: the result carries the record");
    assertAllOf(c, work, "U1");
  }

  /** U1: an audit-only unit writes its record and nothing else. */
  @Test
  void u1_auditOnly_writesTheRecordOnly() {
    CaseId c = caseId("u1-audit-only");
    CommitResult result = stores.commit(UnitOfWork.auditOnly(entry(c, network)));
    assertTrue(result.append().isEmpty(), "U1: an audit-only unit appends nothing");
    assertEquals(1, records(c).size(), "U1: the audit-only unit's record must be stored");
    assertEquals(0, stores.eventStore().version(c), "U1: an audit-only unit must write no event");
  }

  /** U1: an erasure in a unit removes the vault entry with its audit record. */
  @Test
  void u1_erasure_removesTheEntryWithItsRecord() {
    CaseId c = caseId("u1-erase");
    stores.commit(opening(c, Optional.empty()));
    CommitResult erased =
        stores.commit(
            new UnitOfWork(
                Optional.empty(),
                entry(c, network),
                Optional.of(VaultChange.erase(network, client(c)))));
    assertTrue(erased.vaultEntryExisted(), "U1: the erasure must report that data existed");
    assertFalse(stores.vault().contains(network, client(c), c), "U1: the erased data must be gone");
    assertEquals(2, records(c).size(), "U1: the erasure's record must be stored");
  }
}
