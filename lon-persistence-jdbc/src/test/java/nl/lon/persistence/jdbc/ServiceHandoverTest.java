package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import nl.lon.persistence.memory.InMemoryStores;
import org.junit.jupiter.api.Test;

/**
 * The warm handover of {@link ServiceHandover} in memory and on H2 (PostgreSQL: {@link
 * PostgresServiceHandoverTest}).
 */
class ServiceHandoverTest {

  @Test
  void inMemory() {
    report(ServiceHandover.run(new InMemoryStores()));
  }

  @Test
  void h2() {
    HikariDataSource pool = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 4);
    try {
      report(ServiceHandover.run(JdbcStores.create(pool)));
    } finally {
      TestDatabases.shutdownH2(pool);
    }
  }

  @Test
  void h2PostgresMode() {
    HikariDataSource pool = TestDatabases.h2MemoryPool(TestDatabases.H2_POSTGRES_MODE, 4);
    try {
      report(ServiceHandover.run(JdbcStores.create(pool)));
    } finally {
      TestDatabases.shutdownH2(pool);
    }
  }

  static void report(String summary) {
    assertTrue(summary.startsWith("handover: accepted as"), summary);
  }
}
