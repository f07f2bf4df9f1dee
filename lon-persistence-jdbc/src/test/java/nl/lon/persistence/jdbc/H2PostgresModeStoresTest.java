package nl.lon.persistence.jdbc;

import javax.sql.DataSource;

/**
 * The adapters' behaviour on an H2 2.3 in-memory database in H2's PostgreSQL compatibility mode
 * ({@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}): the same schema runs
 * unchanged there too.
 */
class H2PostgresModeStoresTest extends AbstractStoresBehaviour {

  @Override
  DataSource openDatabase() {
    return TestDatabases.h2MemoryPool(TestDatabases.H2_POSTGRES_MODE, 12);
  }

  @Override
  void closeDatabase(DataSource dataSource) {
    TestDatabases.shutdownH2(dataSource);
  }
}
