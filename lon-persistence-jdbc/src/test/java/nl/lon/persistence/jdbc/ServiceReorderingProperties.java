package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.persistence.store.Stores;

/**
 * {@link ServiceReordering} in memory and on H2 (PostgreSQL: {@link
 * PostgresServiceReorderingProperties}); on H2 two databases for the class, emptied before each
 * try.
 */
class ServiceReorderingProperties {

  private static HikariDataSource onTime;
  private static HikariDataSource late;

  private static synchronized void openH2() {
    if (onTime == null) {
      onTime = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 4);
      late = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 4);
      JdbcStores.migrate(onTime);
      JdbcStores.migrate(late);
    }
  }

  /** An emptied database, with new adapters (and so no directory cache of an earlier try). */
  static Stores emptied(HikariDataSource pool) {
    TestDatabases.truncate(pool);
    return JdbcStores.withoutMigration(pool);
  }

  @AfterContainer
  static void close() {
    if (onTime != null) {
      TestDatabases.shutdownH2(onTime);
      TestDatabases.shutdownH2(late);
    }
  }

  @Provide
  Arbitrary<ServiceReordering.Plan> plans() {
    return ServiceReordering.plans(16);
  }

  @Property(tries = 30)
  void inMemory_actsEnteredLateInAnyOrder_sameStatesAgendaAndFigures(
      @ForAll("plans") ServiceReordering.Plan plan) {
    ServiceReordering.check(plan, new InMemoryStores(), new InMemoryStores());
  }

  @Property(tries = 20)
  void h2_actsEnteredLateInAnyOrder_sameStatesAgendaAndFigures(
      @ForAll("plans") ServiceReordering.Plan plan) {
    openH2();
    ServiceReordering.check(plan, emptied(onTime), emptied(late));
  }
}
