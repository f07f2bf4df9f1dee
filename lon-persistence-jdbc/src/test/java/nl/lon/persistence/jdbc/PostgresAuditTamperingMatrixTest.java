package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tampering matrix on PostgreSQL (the throwaway server of {@link PostgresServer}). */
@ExtendWith(PostgresServer.class)
class PostgresAuditTamperingMatrixTest extends AbstractJdbcAuditTamperingMatrix {

  private static HikariDataSource pool;

  @Override
  DataSource openDatabase() {
    synchronized (PostgresAuditTamperingMatrixTest.class) {
      if (pool == null) {
        pool = TestDatabases.postgres(PostgresServer.get().createDatabase("matrix"), 4);
        JdbcStores.migrate(pool);
      }
    }
    TestDatabases.truncate(pool);
    return pool;
  }

  @Override
  void closeDatabase(DataSource dataSource) {
    // kept for the next test, emptied there
  }

  @AfterAll
  static void closePool() {
    if (pool != null) {
      pool.close();
      pool = null;
    }
  }

  @Override
  String storeName() {
    return "PostgreSQL";
  }
}
