package nl.lon.persistence.jdbc;

import javax.sql.DataSource;

/** The adapters' behaviour on an H2 2.3 in-memory database in H2's default mode. */
class H2StoresTest extends AbstractStoresBehaviour {

  @Override
  DataSource openDatabase() {
    return TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 12);
  }

  @Override
  void closeDatabase(DataSource dataSource) {
    TestDatabases.shutdownH2(dataSource);
  }
}
