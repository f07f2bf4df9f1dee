package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import nl.lon.persistence.memory.InMemoryInvolvementIndex;
import nl.lon.persistence.memory.InMemoryStores;
import org.junit.jupiter.api.Test;

/**
 * The involvement index of {@link ServiceInvolvementIndex} in memory and on H2 (PostgreSQL: {@link
 * PostgresServiceInvolvementIndexTest}).
 */
class ServiceInvolvementIndexTest {

  @Test
  void inMemory() {
    report(ServiceInvolvementIndex.run(new InMemoryStores(), new InMemoryInvolvementIndex()));
  }

  @Test
  void h2() {
    HikariDataSource pool = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 4);
    try {
      report(ServiceInvolvementIndex.run(JdbcStores.create(pool), new JdbcInvolvementIndex(pool)));
    } finally {
      TestDatabases.shutdownH2(pool);
    }
  }

  @Test
  void h2PostgresMode() {
    HikariDataSource pool = TestDatabases.h2MemoryPool(TestDatabases.H2_POSTGRES_MODE, 4);
    try {
      report(ServiceInvolvementIndex.run(JdbcStores.create(pool), new JdbcInvolvementIndex(pool)));
    } finally {
      TestDatabases.shutdownH2(pool);
    }
  }

  static void report(String summary) {
    assertTrue(summary.startsWith("index: 21 audit records"), summary);
  }
}
