package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import nl.lon.persistence.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The history importer on PostgreSQL: one database for the class, emptied before each test. */
@ExtendWith(PostgresServer.class)
class PostgresHistoryImportTest extends AbstractHistoryImport {

  private static HikariDataSource pool;

  @BeforeAll
  static void createDatabase() {
    pool = TestDatabases.postgres(PostgresServer.get().createDatabase("history_import"), 4);
    JdbcStores.migrate(pool);
  }

  @AfterAll
  static void closePool() {
    if (pool != null) {
      pool.close();
    }
  }

  @Override
  Stores openStores() {
    TestDatabases.truncate(pool);
    return JdbcStores.create(pool);
  }

  @Override
  void closeStores(Stores stores) {
    // kept for the next test, emptied there
  }
}
