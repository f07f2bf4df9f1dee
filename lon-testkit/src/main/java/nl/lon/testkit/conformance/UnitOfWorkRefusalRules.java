package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.store.StreamAppend;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.testkit.sample.SampleEvents;
import nl.lon.testkit.sample.SamplePersonalData;
import org.junit.jupiter.api.Test;

/** Rule U2: a refused append writes nothing, not even the audit record. */
abstract class UnitOfWorkRefusalRules extends StoresGroup {

  /** U2: a stale expected version writes no event, no record and no vault change. */
  @Test
  void u2_versionConflict_writesNothing() {
    CaseId c = caseId("u2-conflict");
    stores.commit(unit(c, 0, SampleEvents.batch(c, 1, 1), Optional.empty(), Optional.empty()));
    List<AuditRecord> before = records(c);
    UnitOfWork stale =
        unit(
            c,
            0,
            SampleEvents.batch(c, 1, 1),
            Optional.empty(),
            Optional.of(SamplePersonalData.of(2)));
    assertThrows(
        ConcurrencyConflictException.class,
        () -> stores.commit(stale),
        "U2: a unit expecting a stale version must be refused");
    assertEquals(before, records(c), "U2: a refused unit must write no audit record");
    assertEquals(1, stores.eventStore().version(c), "U2: a refused unit must write no event");
    assertFalse(
        stores.vault().contains(network, client(c), c),
        "U2: a refused unit must not change the vault");
  }

  /** U2: an append naming another network than the stream's writes nothing. */
  @Test
  void u2_otherNetwork_writesNothing() {
    CaseId c = caseId("u2-network");
    stores.commit(unit(c, 0, SampleEvents.batch(c, 1, 1), Optional.empty(), Optional.empty()));
    List<AuditRecord> before = records(c);
    UnitOfWork foreign =
        new UnitOfWork(
            Optional.of(
                new StreamAppend(
                    c, otherNetwork, 1, SampleEvents.batch(c, 2, 1), Optional.empty())),
            entry(c, otherNetwork),
            Optional.empty());
    assertThrows(
        InvalidValueException.class,
        () -> stores.commit(foreign),
        "U2 (A3): a unit naming another network than the stream's must be refused");
    assertEquals(before, records(c), "U2: the refused unit must write no audit record");
    assertTrue(
        stores.auditLog().readForCase(otherNetwork, c).isEmpty(),
        "U2: the refused unit must write no audit record in the other network's chain either");
    assertEquals(1, stores.eventStore().version(c), "U2: the refused unit must write no event");
  }
}
