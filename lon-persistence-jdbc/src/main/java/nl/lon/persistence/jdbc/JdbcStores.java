package nl.lon.persistence.jdbc;

import java.util.Optional;
import javax.sql.DataSource;
import nl.lon.core.error.InvalidValueException;
import nl.lon.persistence.jdbc.internal.H2Safety;
import nl.lon.persistence.jdbc.internal.RedactedSqlException;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.UnitOfWork;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * All four JDBC adapters on one database, with its schema migrated (opslag in een relationele
 * database).
 *
 * <pre>{@code
 * DataSource ds = new HikariDataSource(config); // the caller's pool, for example HikariCP
 * JdbcStores stores = JdbcStores.create(ds); // migrates the schema, then builds the adapters
 * EventStore events = stores.eventStore();
 * AuditLog audit = stores.auditLog();
 * PersonalDataVault vault = stores.personalDataVault();
 * Directory directory = stores.directory();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/JdbcSnippets.java}.
 *
 * <h2>Schema</h2>
 *
 * <p>{@link #migrate(DataSource)} runs the Flyway migrations under {@value #MIGRATIONS} on the data
 * source's current schema, recording them in the table {@value #HISTORY_TABLE} so that they never
 * mix with the application's own Flyway history. A schema that already holds other tables is
 * baselined at version 0, so the LON migrations still run. Every table and index name starts with
 * {@code lon_}. The same scripts run unchanged on PostgreSQL 15 and later and on H2 2.3, in H2's
 * default mode or with {@code MODE=PostgreSQL}; they create:
 *
 * <ul>
 *   <li>{@code lon_streams} (stream, network, version), {@code lon_events} (position, stream,
 *       sequence, network, type, JSON payload; unique on stream and sequence), {@code
 *       lon_position_counter} (one row), {@code lon_idempotency_keys} (primary key on stream and
 *       key): the {@link JdbcEventStore};
 *   <li>{@code lon_audit_records} (one column per fact, both hashes) and {@code lon_audit_heads}
 *       (one row per network: last sequence and hash): the {@link JdbcAuditLog};
 *   <li>{@code lon_personal_data} (one row per network, client and case since migration V3): the
 *       {@link JdbcPersonalDataVault};
 *   <li>{@code lon_directory_networks}, {@code lon_directory_organisations}, {@code
 *       lon_directory_professionals} (JSON per value): the {@link JdbcDirectory};
 *   <li>{@code lon_involvements} (migration V2: pseudonym, network, organisation, contact and two
 *       days per registration): the {@link JdbcInvolvementIndex}, which is created on the same data
 *       source with {@code new JdbcInvolvementIndex(dataSource)}.
 * </ul>
 *
 * <h2>Which database, which URL</h2>
 *
 * <ul>
 *   <li><b>PostgreSQL 15+</b>, shared by several application processes: {@code
 *       jdbc:postgresql://host:5432/lon}, with a database created in UTF-8. PostgreSQL's text
 *       cannot hold the character U+0000; a free text containing it fails with {@link
 *       JdbcStoreException}.
 *   <li><b>Embedded H2 2.3, in a file</b>, for one process: {@code
 *       jdbc:h2:file:/var/lib/lon/lon;WRITE_DELAY=0} (the H2 MVStore engine, H2's default). Keep
 *       the defaults except {@code WRITE_DELAY=0}: by default H2 writes committed transactions to
 *       its file up to 500 ms later, from a background thread, so a process that is killed loses
 *       the last acknowledged commits; with {@code WRITE_DELAY=0} each commit is written to the
 *       file before it returns, and the crash-safety tests of this module (the writing process
 *       killed with SIGKILL mid-write, again and again on the same file) find every acknowledged
 *       append and an intact audit chain. It protects against a crashing or killed process, not
 *       against a power failure: H2 does not force its writes to the disk. {@link #create} and
 *       {@link #withoutMigration} refuse an H2 file database (embedded, or behind an H2 TCP server)
 *       whose write delay in effect or recorded is not 0, with a {@link JdbcStoreException} that
 *       says to add {@code ;WRITE_DELAY=0} to the URL. They refuse rather than run {@code SET
 *       WRITE_DELAY 0} because that statement needs admin rights, changes the database for every
 *       connection, and does not last: H2 2.3 records it in the file but does not apply it when the
 *       database is opened again (after its last connection closes, or in the next process), while
 *       a URL setting is applied at every open. Add {@code ;MODE=PostgreSQL} if the application
 *       shares the database and wants it; the LON schema does not need it. For more concurrent
 *       writers than a handful raise H2's lock timeout (default 2 s), for example {@code
 *       ;LOCK_TIMEOUT=10000}.
 *   <li><b>Embedded H2 in memory</b>, for tests: {@code jdbc:h2:mem:lon;DB_CLOSE_DELAY=-1} (without
 *       {@code DB_CLOSE_DELAY=-1} the database vanishes when its last connection closes).
 * </ul>
 *
 * <p>The adapters keep no pool: they borrow a connection per call. Besides the data source they
 * keep only hints that the database checks: the directory keeps the values it read by id for a few
 * seconds (see {@link JdbcDirectory}; a put through it is seen at once), and the audit log keeps
 * each network's last committed chain head, which a commit moves on with a compare-and-set and
 * reads again when another writer moved it. Use the database's default isolation level, READ
 * COMMITTED.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class JdbcStores implements Stores {

  /** The Flyway location of the LON migrations. */
  public static final String MIGRATIONS = "classpath:db/migration/lon";

  /** The table in which Flyway records the LON migrations. */
  public static final String HISTORY_TABLE = "lon_schema_history";

  private final JdbcEventStore eventStore;
  private final JdbcAuditLog auditLog;
  private final JdbcPersonalDataVault personalDataVault;
  private final JdbcDirectory directory;
  private final JdbcCommit commit;

  private JdbcStores(DataSource dataSource) {
    this(dataSource, new JdbcAuditLog(dataSource));
  }

  /**
   * Migrates the schema of a data source to the newest LON version, then creates the four adapters
   * on it.
   *
   * @param dataSource the caller's data source (a pool is recommended); the adapters borrow
   *     connections from it and never close it
   * @return the adapters
   * @throws InvalidValueException when the data source is null
   * @throws JdbcStoreException when the database is an H2 file database without {@code
   *     WRITE_DELAY=0} (nothing is migrated then), or the migration fails
   */
  public static JdbcStores create(DataSource dataSource) {
    H2Safety.requireSafe(dataSource);
    migrate(dataSource);
    return new JdbcStores(dataSource);
  }

  /**
   * Migrates the schema like {@link #create(DataSource)}, then creates the four adapters with an
   * audit log sealed by {@code seal}, for example {@link
   * nl.lon.persistence.audit.AuditSeal#hmacSha256(byte[])}.
   *
   * @param dataSource the caller's data source
   * @param seal the audit log's seal; every process on the database must use the same
   * @return the adapters
   * @throws InvalidValueException when an argument is null
   * @throws JdbcStoreException when the migration fails
   */
  public static JdbcStores create(DataSource dataSource, nl.lon.persistence.audit.AuditSeal seal) {
    if (seal == null) {
      throw new InvalidValueException("JdbcStores.seal");
    }
    H2Safety.requireSafe(dataSource);
    migrate(dataSource);
    return new JdbcStores(dataSource, new JdbcAuditLog(dataSource, seal));
  }

  /**
   * Creates the four adapters, with an audit log sealed by {@code seal}, on a data source whose
   * schema is already migrated, without touching the schema.
   *
   * @param dataSource the caller's data source
   * @param seal the audit log's seal; every process on the database must use the same
   * @return the adapters
   * @throws InvalidValueException when an argument is null
   */
  public static JdbcStores withoutMigration(
      DataSource dataSource, nl.lon.persistence.audit.AuditSeal seal) {
    if (dataSource == null) {
      throw new InvalidValueException("JdbcStores.dataSource");
    }
    if (seal == null) {
      throw new InvalidValueException("JdbcStores.seal");
    }
    H2Safety.requireSafe(dataSource);
    return new JdbcStores(dataSource, new JdbcAuditLog(dataSource, seal));
  }

  private JdbcStores(DataSource dataSource, JdbcAuditLog auditLog) {
    this.commit = new JdbcCommit(dataSource, Optional.of(auditLog));
    this.eventStore = new JdbcEventStore(dataSource);
    this.auditLog = auditLog;
    this.personalDataVault = new JdbcPersonalDataVault(dataSource);
    this.directory = new JdbcDirectory(dataSource);
  }

  /**
   * Creates the four adapters on a data source whose schema is already migrated, without touching
   * the schema (for processes that have no right to change it). Borrows one connection to check the
   * database's settings.
   *
   * @param dataSource the caller's data source
   * @return the adapters
   * @throws InvalidValueException when the data source is null
   * @throws JdbcStoreException when the database is an H2 file database without {@code
   *     WRITE_DELAY=0}, or no connection can be had
   */
  public static JdbcStores withoutMigration(DataSource dataSource) {
    if (dataSource == null) {
      throw new InvalidValueException("JdbcStores.dataSource");
    }
    H2Safety.requireSafe(dataSource);
    return new JdbcStores(dataSource);
  }

  /**
   * Brings the LON schema of a data source to the newest version with Flyway; does nothing when it
   * is current. Safe to run from several processes at once: Flyway locks its history table.
   *
   * @param dataSource the data source
   * @return how many migrations were applied now
   * @throws InvalidValueException when the data source is null
   * @throws JdbcStoreException when a migration fails or the recorded history does not match the
   *     scripts; its message names Flyway's error code and the exception classes, never Flyway's or
   *     the driver's message (which may quote SQL and data)
   */
  public static int migrate(DataSource dataSource) {
    if (dataSource == null) {
      throw new InvalidValueException("JdbcStores.dataSource");
    }
    try {
      MigrateResult result =
          Flyway.configure(JdbcStores.class.getClassLoader())
              .dataSource(dataSource)
              .locations(MIGRATIONS)
              .table(HISTORY_TABLE)
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      // Flyway's messages quote SQL and the driver's messages: keep class names and codes only
      ErrorCode code = e.getErrorCode();
      throw new JdbcStoreException(
          "migrating the LON schema failed ("
              + (code instanceof Enum<?> ? "Flyway error " + ((Enum<?>) code).name() + ", " : "")
              + RedactedSqlException.summary(e)
              + ")",
          RedactedSqlException.of(e));
    }
  }

  /**
   * Writes a command's events, audit record and vault change in one database transaction (rules
   * U1-U5 of {@link Stores}): one connection, the event rows, the audit record linked after its
   * network's chain head, the vault row, one commit. A crash before the commit leaves none of them,
   * after it all of them.
   *
   * @param work what the command writes
   * @return what was written
   */
  @Override
  public CommitResult commit(UnitOfWork work) {
    if (work == null) {
      throw new InvalidValueException("Stores.work");
    }
    JdbcCommit.Outcome o = commit.run(work.append(), Optional.of(work.audit()), work.vaultChange());
    return new CommitResult(o.append(), o.audit().get(), o.vaultEntryExisted());
  }

  /**
   * The event store, a {@link nl.lon.persistence.event.EventStore}.
   *
   * @return the adapter
   */
  @Override
  public JdbcEventStore eventStore() {
    return eventStore;
  }

  /**
   * The audit log, a {@link nl.lon.persistence.audit.AuditLog}.
   *
   * @return the adapter
   */
  @Override
  public JdbcAuditLog auditLog() {
    return auditLog;
  }

  /**
   * The personal-data vault, a {@link nl.lon.persistence.vault.PersonalDataVault}.
   *
   * @return the adapter
   */
  public JdbcPersonalDataVault personalDataVault() {
    return personalDataVault;
  }

  /**
   * The personal-data vault; the same as {@link #personalDataVault()}.
   *
   * @return the adapter
   */
  @Override
  public JdbcPersonalDataVault vault() {
    return personalDataVault;
  }

  /**
   * The directory, a {@link nl.lon.persistence.directory.Directory}.
   *
   * @return the adapter
   */
  @Override
  public JdbcDirectory directory() {
    return directory;
  }
}
