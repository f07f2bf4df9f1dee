package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.store.StreamAppend;
import nl.lon.persistence.store.UnitOfWork;

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
            // the events and their audit record in one unit, as the case service writes them
            stores.commit(
                new UnitOfWork(
                    Optional.of(
                        new StreamAppend(
                            SHARED,
                            NETWORK,
                            v,
                            List.of(TestData.event(SHARED, v + 1, key)),
                            Optional.of(key))),
                    entry(SHARED, key),
                    Optional.empty()));
            break;
          } catch (ConcurrencyConflictException e) {
            conflicts++;
          }
        }
      }
    }
    System.out.println("DONE " + conflicts);
    System.out.flush();
  }

  static final NetworkId NETWORK = NetworkId.of("crash-net");

  static AuditEntry entry(CaseId stream, String batchId) {
    return AuditEntry.builder()
        .eventId(UUID.randomUUID().toString())
        .occurredAt(Instant.now())
        .actor(ProfessionalId.of("p-writer"))
        .actorOrganisation(OrganisationId.of("ggd"))
        .onBehalfOf("TRAJECTORY_DIRECTOR")
        .client(ClientNumber.of("C-" + stream.getValue()))
        .caseId(stream)
        .network(NETWORK)
        .action(AuditAction.UPDATE)
        .operation("append")
        .addDataCategories(DataCategory.CASE_EVENTS)
        .purpose("batch " + batchId)
        .checks(
            AccessChecks.builder()
                .authorised(true)
                .relationshipToCase(true)
                .consentOrLegalBasis(true)
                .emergencyOverride(false)
                .outcome(AuditOutcome.ALLOWED)
                .build())
        .build();
  }
}
