package nl.lon.examples.demo;

import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.memory.InMemoryAuditLog;
import nl.lon.persistence.memory.InMemoryDirectory;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.persistence.memory.InMemoryPersonalDataVault;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * The stores the demo runs on.
 *
 * @since 0.1
 */
final class DemoStores implements AutoCloseable {
  private final EventStore events = new InMemoryEventStore();
  private final AuditLog audit = new InMemoryAuditLog();
  private final PersonalDataVault vault = new InMemoryPersonalDataVault();
  private final Directory directory = new InMemoryDirectory();

  static DemoStores open() {
    return new DemoStores();
  }

  EventStore events() {
    return events;
  }

  AuditLog audit() {
    return audit;
  }

  PersonalDataVault vault() {
    return vault;
  }

  Directory directory() {
    return directory;
  }

  String description() {
    return "in-memory";
  }

  @Override
  public void close() {}
}
