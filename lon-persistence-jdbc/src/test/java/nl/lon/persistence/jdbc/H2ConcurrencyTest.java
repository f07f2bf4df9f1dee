package nl.lon.persistence.jdbc;

import javax.sql.DataSource;

/** Racing appends on an H2 2.3 in-memory database, through a pool. */
class H2ConcurrencyTest extends AbstractConcurrency {

  @Override
  DataSource openDatabase() {
    return TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, THREADS + 4);
  }

  @Override
  void closeDatabase(DataSource dataSource) {
    TestDatabases.shutdownH2(dataSource);
  }
}
