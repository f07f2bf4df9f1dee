package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The open race of {@link ServiceOpenRace}, 200 rounds on PostgreSQL. */
@ExtendWith(PostgresServer.class)
class PostgresServiceOpenRaceTest {

  @Test
  void postgres() throws Exception {
    try (HikariDataSource pool =
        TestDatabases.postgres(PostgresServer.get().createDatabase("open_race"), 8)) {
      ServiceOpenRaceTest.report(
          "PostgreSQL", ServiceOpenRace.run(JdbcStores.create(pool), ServiceOpenRaceTest.ROUNDS));
    }
  }
}
