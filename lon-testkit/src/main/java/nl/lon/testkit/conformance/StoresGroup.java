package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.StreamAppend;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.store.VaultChange;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.testkit.sample.SampleAuditEntries;
import nl.lon.testkit.sample.SampleEvents;
import nl.lon.testkit.sample.SamplePersonalData;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every rule group of {@link StoresConformance} shares: the stores under test, the fresh
 * networks of the test and the helpers its tests use.
 */
abstract class StoresGroup {

  Stores stores;
  String run;
  NetworkId network;
  NetworkId otherNetwork;
  long entries;

  /** The kit this group runs in; its {@code @BeforeEach} has created the stores. */
  abstract StoresConformance kit();

  @BeforeEach
  final void bindToStoresUnderTest() {
    StoresConformance kit = kit();
    stores = kit.stores;
    run = kit.run;
    network = kit.network;
    otherNetwork = kit.otherNetwork;
  }

  Optional<Stores> createStoresFailingAt(Stores observer, int step) {
    return kit().createStoresFailingAt(observer, step);
  }

  // helpers

  CaseId caseId(String name) {
    return CaseId.of("kit-uow-" + name + "-" + run);
  }

  ClientNumber client(CaseId caseId) {
    return ClientNumber.of("C-" + caseId.getValue());
  }

  AuditEntry entry(CaseId caseId, NetworkId net) {
    return SampleAuditEntries.entry(entries++, caseId, client(caseId), net);
  }

  UnitOfWork unit(
      CaseId caseId,
      long expected,
      List<CaseEvent> events,
      Optional<String> key,
      Optional<PersonalData> data) {
    return new UnitOfWork(
        Optional.of(new StreamAppend(caseId, network, expected, events, key)),
        entry(caseId, network),
        data.map(d -> VaultChange.put(network, client(caseId), caseId, d)));
  }

  UnitOfWork opening(CaseId caseId, Optional<String> key) {
    return unit(
        caseId,
        0,
        List.of(SampleEvents.signal(caseId, network)),
        key,
        Optional.of(SamplePersonalData.of(1)));
  }

  List<AuditRecord> records(CaseId caseId) {
    return stores.auditLog().readForCase(network, caseId);
  }

  /** What a refused or failed commit must leave as it was. */
  void assertNothingOf(CaseId caseId, String rule, String what) {
    assertEquals(
        0, stores.eventStore().version(caseId), rule + ": " + what + " must write no event");
    assertTrue(records(caseId).isEmpty(), rule + ": " + what + " must write no audit record");
    assertFalse(
        stores.vault().contains(network, client(caseId), caseId),
        rule + ": " + what + " must not change the vault");
  }

  void assertAllOf(CaseId caseId, UnitOfWork work, String rule) {
    long expected = work.append().map(a -> a.expectedVersion() + a.events().size()).orElse(0L);
    assertEquals(
        expected, stores.eventStore().version(caseId), rule + ": the unit's events must be stored");
    List<AuditRecord> records = records(caseId);
    assertEquals(1, records.size(), rule + ": the unit's audit record must be stored, once");
    assertEquals(
        work.audit().getEventId(),
        records.get(0).getEventId(),
        rule + ": the stored record is the unit's");
    if (work.vaultChange().isPresent()) {
      assertEquals(
          work.vaultChange().get().data(),
          stores.vault().get(network, client(caseId), caseId),
          rule + ": the unit's vault change must be applied");
    }
  }
}
