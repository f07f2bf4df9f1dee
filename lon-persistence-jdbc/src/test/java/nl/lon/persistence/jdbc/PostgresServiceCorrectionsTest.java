package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The corrections of {@link ServiceCorrections} on PostgreSQL. */
@ExtendWith(PostgresServer.class)
class PostgresServiceCorrectionsTest {

  @Test
  void postgres() {
    try (HikariDataSource pool =
        TestDatabases.postgres(PostgresServer.get().createDatabase("corrections"), 4)) {
      ServiceCorrectionsTest.report(ServiceCorrections.run(JdbcStores.create(pool)));
    }
  }
}
