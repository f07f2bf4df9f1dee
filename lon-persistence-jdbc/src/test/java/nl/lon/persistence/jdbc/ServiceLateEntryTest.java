package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import nl.lon.persistence.memory.InMemoryStores;
import org.junit.jupiter.api.Test;

/**
 * The late entry of {@link ServiceLateEntry} in memory and on H2 (PostgreSQL: {@link
 * PostgresServiceLateEntryTest}).
 */
class ServiceLateEntryTest {

  @Test
  void inMemory() {
    report(ServiceLateEntry.run(new InMemoryStores()));
  }

  @Test
  void h2() {
    HikariDataSource pool = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 4);
    try {
      report(ServiceLateEntry.run(JdbcStores.create(pool)));
    } finally {
      TestDatabases.shutdownH2(pool);
    }
  }

  @Test
  void h2PostgresMode() {
    HikariDataSource pool = TestDatabases.h2MemoryPool(TestDatabases.H2_POSTGRES_MODE, 4);
    try {
      report(ServiceLateEntry.run(JdbcStores.create(pool)));
    } finally {
      TestDatabases.shutdownH2(pool);
    }
  }

  static void report(String summary) {
    assertTrue(summary.startsWith("late entry: 3 events"), summary);
  }
}
