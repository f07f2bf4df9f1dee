package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.event.EventStore;

/**
 * A child process of {@link PostgresMultiProcessTest}: appends one event to a stream shared with
 * the other processes (reloading and retrying on conflict) and one audit record, N times, then
 * prints {@code DONE <conflicts>}. Arguments: JDBC URL, user, password, label, N.
 */
public final class ContendingWriter {

  static final CaseId SHARED = CaseId.of("shared");

  private ContendingWriter() {}

  /**
   * Runs the appends.
   *
   * @param args URL, user, password, label, count
   */
  public static void main(String[] args) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername(args[1]);
    config.setPassword(args[2]);
    config.setMaximumPoolSize(2);
    String label = args[3];
    int count = Integer.parseInt(args[4]);
    int conflicts = 0;
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcStores stores = JdbcStores.withoutMigration(pool);
      EventStore store = stores.eventStore();
      for (int i = 1; i <= count; i++) {
        String key = label + "-" + i;
        while (true) {
          long v = store.version(SHARED);
          try {
            store.append(
                SHARED,
                CrashWriter.NETWORK,
                v,
                List.of(TestData.event(SHARED, v + 1, key)),
                Optional.of(key));
            break;
          } catch (ConcurrencyConflictException e) {
            conflicts++;
          }
        }
        stores.auditLog().append(CrashWriter.entry(SHARED, key));
      }
    }
    System.out.println("DONE " + conflicts);
    System.out.flush();
  }
}
