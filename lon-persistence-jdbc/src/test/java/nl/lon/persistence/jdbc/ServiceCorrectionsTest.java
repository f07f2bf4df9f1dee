package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import nl.lon.persistence.memory.InMemoryStores;
import org.junit.jupiter.api.Test;

/**
 * The corrections of {@link ServiceCorrections} in memory and on H2 (PostgreSQL: {@link
 * PostgresServiceCorrectionsTest}).
 */
class ServiceCorrectionsTest {

  @Test
  void inMemory() {
    report(ServiceCorrections.run(new InMemoryStores()));
  }

  @Test
  void h2() {
    HikariDataSource pool = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 4);
    try {
      report(ServiceCorrections.run(JdbcStores.create(pool)));
    } finally {
      TestDatabases.shutdownH2(pool);
    }
  }

  @Test
  void h2PostgresMode() {
    HikariDataSource pool = TestDatabases.h2MemoryPool(TestDatabases.H2_POSTGRES_MODE, 4);
    try {
      report(ServiceCorrections.run(JdbcStores.create(pool)));
    } finally {
      TestDatabases.shutdownH2(pool);
    }
  }

  static void report(String summary) {
    assertEquals(
        "corrections: 3 cases corrected and withdrawn, 8 audit records of the first", summary);
  }
}
