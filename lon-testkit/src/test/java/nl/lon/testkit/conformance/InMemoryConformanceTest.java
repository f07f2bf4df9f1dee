package nl.lon.testkit.conformance;

import java.lang.reflect.Field;
import java.util.List;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.memory.InMemoryAuditLog;
import nl.lon.persistence.memory.InMemoryDirectory;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.persistence.memory.InMemoryPersonalDataVault;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * The in-memory reference implementation must pass the whole kit, every capability on. This is
 * also the example of how a vendor wires the kit: one class, one factory per port.
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
  protected AuditTampering tampering(AuditLog log) {
    return new ListTampering(storageOf((InMemoryAuditLog) log));
  }

  @Override
  protected PersonalDataVault createVault() {
    return new InMemoryPersonalDataVault();
  }

  @Override
  protected Directory createDirectory() {
    return new InMemoryDirectory();
  }

  /**
   * The list in which the in-memory log keeps its records. The port offers no way to change a
   * record (rule L2), so the test reaches into the storage as an intruder with access would.
   */
  @SuppressWarnings("unchecked")
  static List<AuditRecord> storageOf(InMemoryAuditLog log) {
    for (Field f : InMemoryAuditLog.class.getDeclaredFields()) {
      if (List.class.isAssignableFrom(f.getType())) {
        try {
          f.setAccessible(true);
          return (List<AuditRecord>) f.get(log);
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new IllegalStateException("cannot reach InMemoryAuditLog's record list", e);
        }
      }
    }
    throw new IllegalStateException(
        "InMemoryAuditLog no longer keeps its records in a List field; update this test's tampering"
            + " (or use AuditTampering.onCopy)");
  }
}
