package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * {@link HostileInput} through the case service on PostgreSQL, which refuses or changes some text
 * (U+0000, unpaired surrogates) that Java holds: the library must refuse it before the database
 * sees it.
 */
class PostgresHostileInputProperties {

  private static HikariDataSource pool;
  private static HostileInput postgres;

  private static synchronized HostileInput postgres() {
    if (postgres == null) {
      PostgresServer.Instance server = PostgresServer.get();
      pool = TestDatabases.postgres(server.createDatabase("hostile"), 4);
      postgres = new HostileInput(JdbcStores.create(pool));
    }
    return postgres;
  }

  @AfterContainer
  static void close() {
    if (postgres != null) {
      System.out.println("[reliability] hostile input, PostgreSQL: " + postgres.summary());
      pool.close();
    }
  }

  @Provide
  Arbitrary<HostileInput.Attempt> attempts() {
    return HostileInput.attempts();
  }

  @Property(tries = 150)
  void postgres_onlyLonExceptionsAndExactReadBack(@ForAll("attempts") HostileInput.Attempt a) {
    postgres().attempt(a);
  }
}
