package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The late entry of {@link ServiceLateEntry} on PostgreSQL. */
@ExtendWith(PostgresServer.class)
class PostgresServiceLateEntryTest {

  @Test
  void postgres() {
    try (HikariDataSource pool =
        TestDatabases.postgres(PostgresServer.get().createDatabase("late_entry"), 4)) {
      ServiceLateEntryTest.report(ServiceLateEntry.run(JdbcStores.create(pool)));
    }
  }
}
