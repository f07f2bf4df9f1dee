package nl.lon.testkit.conformance;

import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.vault.PersonalDataVault;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every rule group of {@link PersonalDataVaultConformance} shares: the vault under test, the
 * fresh networks of the test and the helpers its tests use.
 */
abstract class VaultGroup {

  PersonalDataVault vault;
  NetworkId n1;
  NetworkId n2;
  String run;

  /** The kit this group runs in; its {@code @BeforeEach} has created the vault. */
  abstract PersonalDataVaultConformance kit();

  @BeforeEach
  final void bindToVaultUnderTest() {
    PersonalDataVaultConformance kit = kit();
    vault = kit.vault;
    n1 = kit.n1;
    n2 = kit.n2;
    run = kit.run;
  }

  Capabilities capabilities() {
    return kit().capabilities();
  }

  Optional<EventStore> eventStoreBesideVault() {
    return kit().eventStoreBesideVault();
  }

  Optional<AuditLog> auditLogBesideVault() {
    return kit().auditLogBesideVault();
  }

  ClientNumber client(String name) {
    return ClientNumber.of("C-" + name + "-" + run);
  }

  /** A case id of this run, unique per name. */
  CaseId caseOf(String name) {
    return CaseId.of("kit-vault-" + name + "-" + run);
  }
}
