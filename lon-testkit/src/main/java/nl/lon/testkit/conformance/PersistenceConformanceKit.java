package nl.lon.testkit.conformance;

import java.util.Optional;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.vault.PersonalDataVault;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The whole conformance kit for a persistence adapter in one class: the event store, audit log,
 * personal-data vault and directory kits as nested groups (conformiteitstest opslag).
 *
 * <p>An adapter writer extends this one class and gives a factory per port; JUnit then runs every
 * rule of every port contract against the adapter, grouped per port and per rule:
 *
 * <pre>{@code
 * class JdbcPersistenceConformanceTest extends PersistenceConformanceKit {
 *   protected EventStore createEventStore() { return new JdbcEventStore(db.fresh()); }
 *   protected AuditLog createAuditLog() { return new JdbcAuditLog(db.fresh()); }
 *   protected AuditLog createAuditLog(AuditSeal seal) { return new JdbcAuditLog(db.fresh(), seal); }
 *   protected AuditTampering tampering(AuditLog log) { return new JdbcAuditTampering(db.current()); }
 *   protected PersonalDataVault createVault() { return new JdbcPersonalDataVault(db.current()); }
 *   protected Directory createDirectory() { return new JdbcDirectory(db.fresh()); }
 *   protected Capabilities capabilities() { return Capabilities.full(); }
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Each factory is called once per test that needs the port and must return a port on empty (or,
 * for the event store, at least isolated) storage. For rule V4 the vault test also asks for an
 * event store and an audit log, after the vault: they must share storage with the vault as in
 * production, so that an erasure that cascades into events or audit records is caught.
 *
 * <p>Not thread-safe; JUnit creates a new instance for each test.
 *
 * @since 0.1
 */
public abstract class PersistenceConformanceKit {

  /** Creates the kit; called by JUnit through the adapter's subclass. */
  protected PersistenceConformanceKit() {}

  /**
   * Creates the event store under test.
   *
   * @return a new store on fresh or isolated storage; never null
   * @since 0.1
   */
  protected abstract EventStore createEventStore();

  /**
   * Creates the audit log under test.
   *
   * @return a new, empty log; never null
   * @since 0.1
   */
  protected abstract AuditLog createAuditLog();

  /**
   * Creates an audit log sealed with a keyed seal, for rule L9. Override it, or switch the
   * capability off with {@link Capabilities#withoutKeyedSeal(String)}.
   *
   * @param seal the keyed seal
   * @return a new, empty log with that seal; never null
   * @since 0.1
   */
  protected AuditLog createAuditLog(AuditSeal seal) {
    throw new UnsupportedOperationException(
        "L9: override createAuditLog(AuditSeal) to return a log sealed with the given seal, or"
            + " switch the capability off with Capabilities.withoutKeyedSeal(reason)");
  }

  /**
   * A way to tamper with the records a log created by {@link #createAuditLog()} or {@link
   * #createAuditLog(AuditSeal)} has stored.
   *
   * @param log the log to tamper with
   * @return tampering on the log's storage, or {@link AuditTampering#onCopy(AuditLog)}
   * @since 0.1
   */
  protected abstract AuditTampering tampering(AuditLog log);

  /**
   * Creates the personal-data vault under test.
   *
   * @return a new vault; never null
   * @since 0.1
   */
  protected abstract PersonalDataVault createVault();

  /**
   * Creates the directory under test.
   *
   * @return a new, empty directory; never null
   * @since 0.1
   */
  protected abstract Directory createDirectory();

  /**
   * What the adapter supports; override to switch capabilities off.
   *
   * @return {@link Capabilities#full()} unless overridden
   * @since 0.1
   */
  protected Capabilities capabilities() {
    return Capabilities.full();
  }

  /**
   * Releases a port after a test; does nothing unless overridden.
   *
   * @param port the event store, audit log, vault or directory a factory returned
   * @throws Exception when releasing fails; the test then fails
   * @since 0.1
   */
  protected void release(Object port) throws Exception {}

  /**
   * The {@link EventStoreConformance} rules A1-A9 and R1-R5, run against {@link
   * #createEventStore()}.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("EventStore")
  public class EventStoreRules extends EventStoreConformance {

    /** Creates the group; called by JUnit. */
    public EventStoreRules() {}

    @Override
    protected EventStore createStore() {
      return createEventStore();
    }

    @Override
    protected Capabilities capabilities() {
      return PersistenceConformanceKit.this.capabilities();
    }

    @Override
    protected void release(EventStore store) throws Exception {
      PersistenceConformanceKit.this.release(store);
    }
  }

  /**
   * The {@link AuditLogConformance} rules L1-L4 and L7-L9, run against {@link #createAuditLog()}
   * and {@link #createAuditLog(AuditSeal)}.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("AuditLog")
  public class AuditLogRules extends AuditLogConformance {

    /** Creates the group; called by JUnit. */
    public AuditLogRules() {}

    @Override
    protected AuditLog createLog() {
      return createAuditLog();
    }

    @Override
    protected AuditLog createKeyedLog(AuditSeal seal) {
      return createAuditLog(seal);
    }

    @Override
    protected AuditTampering tampering(AuditLog log) {
      return PersistenceConformanceKit.this.tampering(log);
    }

    @Override
    protected Capabilities capabilities() {
      return PersistenceConformanceKit.this.capabilities();
    }

    @Override
    protected void release(AuditLog log) throws Exception {
      PersistenceConformanceKit.this.release(log);
    }
  }

  /**
   * The {@link PersonalDataVaultConformance} rules V1-V4, run against {@link #createVault()}, with
   * {@link #createEventStore()} and {@link #createAuditLog()} beside it for rule V4.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("PersonalDataVault")
  public class PersonalDataVaultRules extends PersonalDataVaultConformance {

    /** Creates the group; called by JUnit. */
    public PersonalDataVaultRules() {}

    @Override
    protected PersonalDataVault createVault() {
      return PersistenceConformanceKit.this.createVault();
    }

    @Override
    protected Optional<EventStore> eventStoreBesideVault() {
      return Optional.of(createEventStore());
    }

    @Override
    protected Optional<AuditLog> auditLogBesideVault() {
      return Optional.of(createAuditLog());
    }

    @Override
    protected Capabilities capabilities() {
      return PersistenceConformanceKit.this.capabilities();
    }

    @Override
    protected void release(PersonalDataVault vault) throws Exception {
      PersistenceConformanceKit.this.release(vault);
    }
  }

  /**
   * The {@link DirectoryConformance} rules D1-D4, run against {@link #createDirectory()}.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("Directory")
  public class DirectoryRules extends DirectoryConformance {

    /** Creates the group; called by JUnit. */
    public DirectoryRules() {}

    @Override
    protected Directory createDirectory() {
      return PersistenceConformanceKit.this.createDirectory();
    }

    @Override
    protected void release(Directory directory) throws Exception {
      PersistenceConformanceKit.this.release(directory);
    }
  }
}
