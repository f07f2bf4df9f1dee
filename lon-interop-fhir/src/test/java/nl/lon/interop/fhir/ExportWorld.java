package nl.lon.interop.fhir;

import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.ORGANISATIONS;
import static nl.lon.core.testing.Cast.OTHER_LON;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static nl.lon.core.testing.Cast.PROFESSIONALS;

import java.time.LocalDate;
import java.util.List;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.testkit.time.TestClock;

/** A case service over in-memory stores holding the shared cast, with a test clock. */
final class ExportWorld {

  final MethodologyProfile profile;
  final TestClock clock;
  final InMemoryStores stores = new InMemoryStores();
  final CaseService service;

  ExportWorld(MethodologyProfile profile, LocalDate today) {
    this.profile = profile;
    this.clock = TestClock.at(today);
    stores.directory().put(LON);
    stores.directory().put(OTHER_LON);
    ORGANISATIONS.forEach(stores.directory()::put);
    PROFESSIONALS.forEach(stores.directory()::put);
    this.service =
        CaseService.builder()
            .stores(stores)
            .profile(NETWORK, profile)
            .profile(OTHER_NETWORK, profile)
            .clock(clock)
            .build();
  }

  LocalDate today() {
    return clock.today();
  }

  /** The audit records of a case in a network's chain, in order. */
  List<AuditRecord> audit(NetworkId network, CaseId caseId) {
    return stores.auditLog().readForCase(network, caseId);
  }

  /** The case's last audit record. */
  AuditRecord lastAudit(CaseId caseId) {
    List<AuditRecord> all = audit(NETWORK, caseId);
    return all.get(all.size() - 1);
  }
}
