package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import nl.lon.persistence.memory.InMemoryStores;
import org.junit.jupiter.api.Test;

/**
 * The open race of {@link ServiceOpenRace}, 200 rounds in memory and on H2 (PostgreSQL: {@link
 * PostgresServiceOpenRaceTest}).
 */
class ServiceOpenRaceTest {

  static final int ROUNDS = 200;

  @Test
  void inMemory() throws Exception {
    report("memory", ServiceOpenRace.run(new InMemoryStores(), ROUNDS));
  }

  @Test
  void h2() throws Exception {
    HikariDataSource pool = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 8);
    try {
      report("H2", ServiceOpenRace.run(JdbcStores.create(pool), ROUNDS));
    } finally {
      TestDatabases.shutdownH2(pool);
    }
  }

  static void report(String store, String summary) {
    assertTrue(summary.contains(" 0 silent winners"), summary);
    System.out.println("[reliability] open race on " + store + ": " + summary);
  }
}
