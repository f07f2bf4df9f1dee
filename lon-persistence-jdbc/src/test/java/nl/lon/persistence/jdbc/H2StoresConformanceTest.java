package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import nl.lon.persistence.store.Stores;
import nl.lon.testkit.conformance.FaultInjectingDataSource;
import nl.lon.testkit.conformance.StoresConformance;
import org.junit.jupiter.api.AfterAll;

/**
 * The unit-of-work kit (rules U1-U4, U4 by a fault injected at every JDBC statement and commit in
 * turn) against {@link JdbcStores} on H2.
 */
class H2StoresConformanceTest extends StoresConformance {

  private static HikariDataSource pool;

  private static synchronized HikariDataSource database() {
    if (pool == null) {
      pool = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 8);
      JdbcStores.migrate(pool);
    }
    return pool;
  }

  @AfterAll
  static synchronized void closeDatabase() {
    if (pool != null) {
      TestDatabases.shutdownH2(pool);
      pool = null;
    }
  }

  @Override
  protected Stores createStores() {
    return JdbcStores.withoutMigration(database());
  }

  @Override
  protected Optional<Stores> createStoresFailingAt(Stores observer, int step) {
    return Optional.of(JdbcStores.withoutMigration(new FaultInjectingDataSource(database(), step)));
  }
}
