package nl.lon.bench.scenario;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * One fresh, empty database for one contender, behind a connection pool; closing it drops the
 * database and frees its memory.
 *
 * <p>Every contender (the case service on the JDBC adapter, Flowable, raw JDBC) gets the same kind
 * of database with the same settings: an H2 in-memory database ({@code jdbc:h2:mem:<name>;
 * DB_CLOSE_DELAY=-1}, H2's defaults) or a new database in the same PostgreSQL server, both behind a
 * HikariCP pool of {@value #POOL_SIZE} connections with auto-commit on (each contender manages its
 * own transactions).
 *
 * @since 0.1
 */
public final class Database implements AutoCloseable {

  /** The connections in every pool: more than the most threads any benchmark runs. */
  public static final int POOL_SIZE = 8;

  private static final AtomicLong NAMES = new AtomicLong();
  private static PostgresServer embedded;

  /** The database kinds. */
  public enum Kind {
    /** Embedded H2, in memory. */
    H2,
    /** PostgreSQL, a server on this machine. */
    POSTGRES
  }

  private final Kind kind;
  private final String name;
  private final String url;
  private final HikariDataSource pool;
  private final DataSource dataSource;

  private Database(Kind kind, String name, String url, JdbcCounter counter) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(POOL_SIZE);
    config.setPoolName("lon-bench-" + name);
    this.pool = new HikariDataSource(config);
    this.dataSource = counter == null ? pool : counter.wrap(pool);
  }

  /**
   * Creates a fresh, empty database.
   *
   * @param kind H2 or PostgreSQL
   * @param prefix names the contender, for the database name
   * @return the database
   * @throws IllegalStateException for PostgreSQL when it is not {@link PostgresServer#available()}
   */
  public static Database create(Kind kind, String prefix) {
    return create(kind, prefix, null);
  }

  /**
   * Creates a fresh, empty database whose {@link #dataSource()} counts statements and commits.
   *
   * @param kind H2 or PostgreSQL
   * @param prefix names the contender, for the database name
   * @param counter counts what is asked of the database through {@link #dataSource()}
   * @return the database
   * @throws IllegalStateException for PostgreSQL when it is not {@link PostgresServer#available()}
   */
  public static Database counted(Kind kind, String prefix, JdbcCounter counter) {
    return create(kind, prefix, java.util.Objects.requireNonNull(counter, "counter"));
  }

  private static Database create(Kind kind, String prefix, JdbcCounter counter) {
    String name =
        (prefix + "_" + ProcessHandle.current().pid() + "_" + NAMES.incrementAndGet())
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    if (kind == Kind.H2) {
      return new Database(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", counter);
    }
    String admin = postgresAdminUrl();
    execute(admin, "CREATE DATABASE " + name);
    return new Database(kind, name, PostgresServer.databaseUrl(admin, name), counter);
  }

  /**
   * Whether databases of a kind can be created here.
   *
   * @param kind the kind
   * @return true for H2, and for PostgreSQL when a server is available
   */
  public static boolean available(Kind kind) {
    return kind == Kind.H2 || PostgresServer.available();
  }

  private static synchronized String postgresAdminUrl() {
    var external = PostgresServer.externalUrl();
    if (external.isPresent()) {
      return external.get();
    }
    if (embedded == null) {
      PostgresServer server = PostgresServer.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "lon-bench-postgres-stop"));
      embedded = server;
    }
    return embedded.adminUrl();
  }

  private static void execute(String url, String sql) {
    try (Connection c = java.sql.DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * The pooled data source (counting, for a database made by {@link #counted}).
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * The kind.
   *
   * @return H2 or PostgreSQL
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The JDBC URL.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /** Closes the pool and drops the database. */
  @Override
  public void close() {
    if (kind == Kind.H2) {
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      } catch (SQLException e) {
        // already gone
      }
      pool.close();
    } else {
      pool.close();
      execute(postgresAdminUrl(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  @Override
  public String toString() {
    return kind + " " + url;
  }
}
