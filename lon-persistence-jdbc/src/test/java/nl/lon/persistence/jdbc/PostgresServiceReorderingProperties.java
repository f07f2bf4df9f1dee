package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * {@link ServiceReordering} on PostgreSQL: two databases for the class, emptied before each try;
 * fewer tries and acts than in memory, as every act is a transaction of the server.
 */
class PostgresServiceReorderingProperties {

  private static HikariDataSource onTime;
  private static HikariDataSource late;

  private static synchronized void openPostgres() {
    if (onTime == null) {
      PostgresServer.Instance server = PostgresServer.get();
      onTime = TestDatabases.postgres(server.createDatabase("reorder_on_time"), 4);
      late = TestDatabases.postgres(server.createDatabase("reorder_late"), 4);
      JdbcStores.migrate(onTime);
      JdbcStores.migrate(late);
    }
  }

  @AfterContainer
  static void close() {
    if (onTime != null) {
      onTime.close();
      late.close();
    }
  }

  @Provide
  Arbitrary<ServiceReordering.Plan> plans() {
    return ServiceReordering.plans(12);
  }

  @Property(tries = 12)
  void postgres_actsEnteredLateInAnyOrder_sameStatesAgendaAndFigures(
      @ForAll("plans") ServiceReordering.Plan plan) {
    openPostgres();
    ServiceReordering.check(
        plan,
        ServiceReorderingProperties.emptied(onTime),
        ServiceReorderingProperties.emptied(late));
  }
}
