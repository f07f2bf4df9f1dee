package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The involvement index of {@link ServiceInvolvementIndex} on PostgreSQL. */
@ExtendWith(PostgresServer.class)
class PostgresServiceInvolvementIndexTest {

  @Test
  void postgres() {
    try (HikariDataSource pool =
        TestDatabases.postgres(PostgresServer.get().createDatabase("involvement_index"), 4)) {
      ServiceInvolvementIndexTest.report(
          ServiceInvolvementIndex.run(JdbcStores.create(pool), new JdbcInvolvementIndex(pool)));
    }
  }
}
