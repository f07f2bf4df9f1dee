package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.event.EventStore;
import nl.lon.testkit.sample.SampleAuditEntries;
import nl.lon.testkit.sample.SampleEvents;
import nl.lon.testkit.sample.SamplePersonalData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Rules V3 and V4: erasure removes the client's data of every case and nothing else. */
abstract class VaultErasureRules extends VaultGroup {

  /** V3: erase removes the data and reports true, a second erase reports false. */
  @Test
  void v3_erase_removesTheDataAndReportsWhetherThereWereAny() {
    ClientNumber c = client("v3");
    CaseId k = caseOf("v3");
    vault.put(n1, c, k, SamplePersonalData.of(1));
    assertTrue(vault.erase(n1, c), "V3: erase reports true when data were stored");
    assertEquals(Optional.empty(), vault.get(n1, c, k), "V3: get is empty after erase");
    assertFalse(vault.contains(n1, c, k), "V3: contains is false after erase");
    assertFalse(vault.erase(n1, c), "V3: a second erase reports false");
    assertFalse(vault.erase(n1, client("v3-never")), "V3: erasing an unknown client reports false");
  }

  /** V3: a put after an erase stores again. */
  @Test
  void v3_putAfterErase_storesAgain() {
    ClientNumber c = client("v3-again");
    CaseId k = caseOf("v3-again");
    vault.put(n1, c, k, SamplePersonalData.of(1));
    vault.erase(n1, c);
    vault.put(n1, c, k, SamplePersonalData.of(4));
    assertEquals(Optional.of(SamplePersonalData.of(4)), vault.get(n1, c, k), "V3: put after erase");
  }

  /** V3: erasure reaches every case of the client, and no other client's data. */
  @Test
  void v3_erase_removesEveryCaseOfTheClientOnly() {
    ClientNumber c = client("v3-cases");
    ClientNumber other = client("v3-cases-other");
    CaseId first = caseOf("v3-cases-first");
    CaseId second = caseOf("v3-cases-second");
    vault.put(n1, c, first, SamplePersonalData.of(1));
    vault.put(n1, c, second, SamplePersonalData.of(2));
    vault.put(n1, other, first, SamplePersonalData.of(3));

    assertTrue(vault.erase(n1, c), "V3: erase reports true when data were stored");

    assertEquals(Optional.empty(), vault.get(n1, c, first), "V3: the first case is erased");
    assertEquals(Optional.empty(), vault.get(n1, c, second), "V3: every case is erased");
    assertFalse(vault.contains(n1, c, second), "V3: contains is false for every case");
    assertEquals(
        Optional.of(SamplePersonalData.of(3)),
        vault.get(n1, other, first),
        "V3: erasing one client must leave another client's data");
    assertFalse(vault.erase(n1, c), "V3: a second erase reports false");
  }

  /**
   * V4: erasing a client's personal data leaves the case events readable and unchanged, and the
   * audit log intact.
   */
  @Test
  void v4_erasure_leavesEventsAndAuditRecordsIntact() {
    Optional<EventStore> maybeStore = eventStoreBesideVault();
    Assumptions.assumeTrue(
        maybeStore.isPresent(),
        "skipped V4: eventStoreBesideVault() is empty, so the kit cannot check that erasure"
            + " leaves the case events intact");
    EventStore store = maybeStore.get();
    Optional<AuditLog> auditLog = auditLogBesideVault();
    ClientNumber c = client("v4");
    CaseId stream = CaseId.of("kit-v4-" + run);
    List<CaseEvent> events = SampleEvents.all(stream, n1);
    store.append(stream, n1, 0, events, Optional.empty());
    vault.put(n1, c, stream, SamplePersonalData.of(1));
    List<AuditRecord> records = new ArrayList<>();
    auditLog.ifPresent(
        l -> {
          for (int i = 1; i <= 3; i++) {
            records.add(l.append(SampleAuditEntries.entry(i, stream, c, n1)));
          }
        });

    assertTrue(vault.erase(n1, c), "V3: erase reports true when data were stored");

    assertEquals(Optional.empty(), vault.get(n1, c, stream), "V3: get is empty after erase");
    assertEquals(
        events,
        store.read(stream),
        "V4: erasure must leave the case events readable and unchanged");
    assertEquals(events.size(), store.version(stream), "V4: erasure must not change the stream");
    auditLog.ifPresent(
        l -> {
          assertEquals(
              records, l.readForCase(n1, stream), "V4: erasure must leave the audit records");
          assertTrue(l.verify().isOk(), "V4: the audit chain stays intact after erasure");
        });
  }
}
