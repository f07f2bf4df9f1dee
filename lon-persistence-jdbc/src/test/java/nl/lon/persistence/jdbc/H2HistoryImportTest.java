package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import nl.lon.persistence.store.Stores;

/** The history importer on embedded H2, a fresh in-memory database per test. */
class H2HistoryImportTest extends AbstractHistoryImport {

  private HikariDataSource pool;

  @Override
  Stores openStores() {
    pool = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 4);
    return JdbcStores.create(pool);
  }

  @Override
  void closeStores(Stores stores) {
    TestDatabases.shutdownH2(pool);
  }
}
