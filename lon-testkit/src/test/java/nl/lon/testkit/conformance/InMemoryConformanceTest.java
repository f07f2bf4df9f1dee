package nl.lon.testkit.conformance;

import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.memory.InMemoryAuditHooks;
import nl.lon.persistence.memory.InMemoryAuditLog;
import nl.lon.persistence.memory.InMemoryDirectory;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.persistence.memory.InMemoryPersonalDataVault;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * The in-memory reference implementation must pass the whole kit, every capability on. This is also
 * the example of how a vendor wires the kit: one class, one factory per port.
 */
class InMemoryConformanceTest extends PersistenceConformanceKit {

  @Override
  protected EventStore createEventStore() {
    return new InMemoryEventStore();
  }

  @Override
  protected AuditLog createAuditLog() {
    return new InMemoryAuditLog();
  }

  @Override
  protected AuditLog createAuditLog(AuditSeal seal) {
    return new InMemoryAuditLog(seal);
  }

  @Override
  protected AuditTampering tampering(AuditLog log) {
    return InMemoryAuditHooks.tampering((InMemoryAuditLog) log);
  }

  @Override
  protected PersonalDataVault createVault() {
    return new InMemoryPersonalDataVault();
  }

  @Override
  protected Directory createDirectory() {
    return new InMemoryDirectory();
  }
}
