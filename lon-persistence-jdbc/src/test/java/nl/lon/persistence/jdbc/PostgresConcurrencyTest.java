package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** Racing appends on PostgreSQL, through a pool; a new database per test. */
@ExtendWith(PostgresServer.class)
class PostgresConcurrencyTest extends AbstractConcurrency {

  @Override
  DataSource openDatabase() {
    return TestDatabases.postgres(PostgresServer.get().createDatabase("concurrency"), THREADS + 4);
  }

  @Override
  long minimumUniqueViolations() {
    return 1;
  }

  @Override
  void closeDatabase(DataSource dataSource) {
    ((HikariDataSource) dataSource).close();
  }
}
