package nl.lon.persistence.jdbc;

import javax.sql.DataSource;

/** Migration V3 of the vault on embedded H2. */
class H2VaultMigrationTest extends AbstractVaultMigration {

  @Override
  DataSource freshDatabase() {
    return TestDatabases.h2Memory(TestDatabases.H2_DEFAULT);
  }

  @Override
  void release(DataSource dataSource) {
    TestDatabases.shutdownH2(dataSource);
  }
}
