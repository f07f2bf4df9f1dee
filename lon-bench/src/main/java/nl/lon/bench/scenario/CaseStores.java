package nl.lon.bench.scenario;

import java.util.Objects;
import java.util.Optional;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.jdbc.JdbcDirectory;
import nl.lon.persistence.jdbc.JdbcStores;
import nl.lon.persistence.memory.InMemoryAuditLog;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.service.CaseService;

/**
 * The storage a {@link CaseService} runs on, with whatever holds it open.
 *
 * <p>{@link Backend#MEMORY} uses the in-memory stores of {@code lon-persistence-spi} ({@link
 * InMemoryStores}); {@link Backend#H2} and {@link Backend#POSTGRES} use the JDBC adapter of {@code
 * lon-persistence-jdbc} ({@link JdbcStores#create(javax.sql.DataSource)}, all four ports including
 * the directory, and the atomic commit) on a fresh {@link Database}. The directory is filled with
 * {@link BenchFixtures}' network and actors.
 *
 * @param stores the storage
 * @param database the database behind the JDBC stores, if any
 * @since 0.1
 */
public record CaseStores(Stores stores, Optional<Database> database) implements AutoCloseable {

  /** Where the case service keeps its data. */
  public enum Backend {
    /** The in-memory stores. */
    MEMORY,
    /** The JDBC adapter on an embedded in-memory H2 database. */
    H2,
    /** The JDBC adapter on PostgreSQL. */
    POSTGRES;

    /**
     * Whether this backend can run here.
     *
     * @return true for memory and H2; for PostgreSQL when a server is available
     */
    public boolean available() {
      return this != POSTGRES || Database.available(Database.Kind.POSTGRES);
    }

    /**
     * The database kind of a JDBC backend.
     *
     * @return the kind
     * @throws IllegalStateException for {@link #MEMORY}
     */
    public Database.Kind databaseKind() {
      return switch (this) {
        case H2 -> Database.Kind.H2;
        case POSTGRES -> Database.Kind.POSTGRES;
        case MEMORY -> throw new IllegalStateException("the memory backend has no database");
      };
    }
  }

  /** Checks for nulls. */
  public CaseStores {
    Objects.requireNonNull(stores, "stores");
    Objects.requireNonNull(database, "database");
  }

  /**
   * The event store.
   *
   * @return the port
   */
  public EventStore events() {
    return stores.eventStore();
  }

  /**
   * The audit log.
   *
   * @return the port
   */
  public AuditLog audit() {
    return stores.auditLog();
  }

  /**
   * The personal-data vault.
   *
   * @return the port
   */
  public PersonalDataVault vault() {
    return stores.vault();
  }

  /**
   * The directory, filled with {@link BenchFixtures}' network and actors.
   *
   * @return the port
   */
  public Directory directory() {
    return stores.directory();
  }

  /**
   * Fresh, empty stores on a backend.
   *
   * @param backend the backend
   * @param prefix names the database, if one is created
   * @return the stores
   */
  public static CaseStores open(Backend backend, String prefix) {
    if (backend == Backend.MEMORY) {
      return inMemory();
    }
    Database db = Database.create(backend.databaseKind(), prefix);
    try {
      return jdbc(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * Fresh in-memory stores.
   *
   * @return the stores
   */
  public static CaseStores inMemory() {
    return new CaseStores(
        new InMemoryStores(new InMemoryAuditLog(), BenchFixtures.directory()), Optional.empty());
  }

  /**
   * The JDBC adapter's stores on a database: {@code JdbcStores.create} migrates the schema, and the
   * directory gets the network and actors.
   *
   * @param db the database
   * @return the stores
   */
  public static CaseStores jdbc(Database db) {
    JdbcStores stores = JdbcStores.create(db.dataSource());
    JdbcDirectory directory = stores.directory();
    BenchFixtures.fill(directory::put, directory::put, directory::put);
    return new CaseStores(stores, Optional.of(db));
  }

  /**
   * A case service on these stores, with the benchmark profile and fixed clock.
   *
   * @return the service
   */
  public CaseService service() {
    return CaseService.builder()
        .stores(stores)
        .profile(BenchFixtures.NETWORK_ID, BenchFixtures.PROFILE)
        .clock(BenchFixtures.CLOCK)
        .build();
  }

  /** Drops the database, if any. */
  @Override
  public void close() {
    database.ifPresent(Database::close);
  }
}
