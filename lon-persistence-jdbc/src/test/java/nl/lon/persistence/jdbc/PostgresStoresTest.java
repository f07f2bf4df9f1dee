package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The adapters' behaviour on PostgreSQL (the throwaway server of {@link PostgresServer}): one
 * database for the class, emptied before each test.
 */
@ExtendWith(PostgresServer.class)
class PostgresStoresTest extends AbstractStoresBehaviour {

  private static HikariDataSource pool;

  @BeforeAll
  static void createDatabase() {
    pool = TestDatabases.postgres(PostgresServer.get().createDatabase("stores"), 12);
    JdbcStores.migrate(pool);
  }

  @AfterAll
  static void closePool() {
    if (pool != null) {
      pool.close();
    }
  }

  @Override
  DataSource openDatabase() {
    TestDatabases.truncate(pool);
    return pool;
  }

  @Override
  void closeDatabase(DataSource dataSource) {
    // kept for the next test, emptied there
  }
}
