package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The warm handover of {@link ServiceHandover} on PostgreSQL. */
@ExtendWith(PostgresServer.class)
class PostgresServiceHandoverTest {

  @Test
  void postgres() {
    try (HikariDataSource pool =
        TestDatabases.postgres(PostgresServer.get().createDatabase("handover"), 4)) {
      ServiceHandoverTest.report(ServiceHandover.run(JdbcStores.create(pool)));
    }
  }
}
