package nl.lon.persistence.jdbc;

import javax.sql.DataSource;

/** The tampering matrix on an H2 2.3 in-memory database. */
class H2AuditTamperingMatrixTest extends AbstractJdbcAuditTamperingMatrix {

  @Override
  DataSource openDatabase() {
    return TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 4);
  }

  @Override
  void closeDatabase(DataSource dataSource) {
    TestDatabases.shutdownH2(dataSource);
  }

  @Override
  String storeName() {
    return "H2";
  }
}
