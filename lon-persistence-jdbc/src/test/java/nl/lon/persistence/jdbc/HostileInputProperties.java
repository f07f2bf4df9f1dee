package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.lon.persistence.memory.InMemoryStores;

/**
 * {@link HostileInput} through the case service in memory and on H2 (PostgreSQL: {@link
 * PostgresHostileInputProperties}).
 */
class HostileInputProperties {

  private static final HostileInput MEMORY = new HostileInput(new InMemoryStores());
  private static HikariDataSource h2Pool;
  private static HostileInput h2;

  private static synchronized HostileInput h2() {
    if (h2 == null) {
      h2Pool = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 4);
      h2 = new HostileInput(JdbcStores.create(h2Pool));
    }
    return h2;
  }

  @AfterContainer
  static void close() {
    System.out.println("[reliability] hostile input, memory: " + MEMORY.summary());
    if (h2 != null) {
      System.out.println("[reliability] hostile input, H2: " + h2.summary());
      TestDatabases.shutdownH2(h2Pool);
    }
  }

  @Provide
  Arbitrary<HostileInput.Attempt> attempts() {
    return HostileInput.attempts();
  }

  @Property(tries = 300)
  void inMemory_onlyLonExceptionsAndExactReadBack(@ForAll("attempts") HostileInput.Attempt a) {
    MEMORY.attempt(a);
  }

  @Property(tries = 200)
  void h2_onlyLonExceptionsAndExactReadBack(@ForAll("attempts") HostileInput.Attempt a) {
    h2().attempt(a);
  }
}
