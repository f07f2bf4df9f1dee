package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Data sources for the tests: fresh H2 in-memory databases and pooled PostgreSQL databases. */
final class TestDatabases {

  private static final AtomicInteger H2_DATABASES = new AtomicInteger();

  /** H2's default mode. */
  static final String H2_DEFAULT = "";

  /** H2's PostgreSQL compatibility mode, as H2's documentation recommends it. */
  static final String H2_POSTGRES_MODE =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private TestDatabases() {}

  /**
   * A new, empty H2 in-memory database; it lives until {@link #shutdownH2} or the JVM ends.
   *
   * @param settings URL settings appended after the name, for example {@link #H2_POSTGRES_MODE}
   */
  static JdbcDataSource h2Memory(String settings) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:lon-test-"
            + H2_DATABASES.incrementAndGet()
            + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"
            + settings);
    ds.setUser("sa");
    ds.setPassword("");
    return ds;
  }

  /** A pool on a new, empty H2 in-memory database; {@link #shutdownH2} closes both. */
  static HikariDataSource h2MemoryPool(String settings, int poolSize) {
    JdbcDataSource h2 = h2Memory(settings);
    HikariConfig config = new HikariConfig();
    config.setDataSource(h2);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("lon-test-h2-" + H2_DATABASES.get());
    return new HikariDataSource(config);
  }

  /** Closes a pool from {@link #h2MemoryPool} and its in-memory database, freeing its memory. */
  static void shutdownH2(DataSource ds) {
    DataSource raw = ds;
    if (ds instanceof HikariDataSource) {
      HikariDataSource pool = (HikariDataSource) ds;
      raw = pool.getDataSource();
      pool.close();
    }
    try (Connection c = raw.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A pool on a database of the shared test PostgreSQL server. */
  static HikariDataSource postgres(String database, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(PostgresServer.get().jdbcUrl(database));
    config.setUsername("postgres");
    config.setPassword("");
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("lon-test-" + database);
    return new HikariDataSource(config);
  }

  /** Empties every LON table and resets the counter rows, as after the first migration. */
  static void truncate(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String table :
          new String[] {
            "lon_events",
            "lon_streams",
            "lon_idempotency_keys",
            "lon_audit_records",
            "lon_audit_heads",
            "lon_personal_data",
            "lon_directory_networks",
            "lon_directory_organisations",
            "lon_directory_professionals",
            "lon_involvements"
          }) {
        s.executeUpdate("DELETE FROM " + table);
      }
      s.executeUpdate("UPDATE lon_position_counter SET last_position = 0");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
