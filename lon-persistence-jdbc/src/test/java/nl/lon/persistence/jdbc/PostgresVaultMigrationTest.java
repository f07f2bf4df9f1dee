package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** Migration V3 of the vault on PostgreSQL, a database of its own per test. */
@ExtendWith(PostgresServer.class)
class PostgresVaultMigrationTest extends AbstractVaultMigration {

  @Override
  DataSource freshDatabase() {
    return TestDatabases.postgres(PostgresServer.get().createDatabase("vault_migration"), 2);
  }

  @Override
  void release(DataSource dataSource) {
    ((HikariDataSource) dataSource).close();
  }
}
