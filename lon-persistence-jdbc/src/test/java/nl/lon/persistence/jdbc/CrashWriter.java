package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.event.AppendResult;

/**
 * The child process of the crash-safety tests: appends batches of 1-3 events to a handful of
 * streams, each followed by an audit record, as fast as it can, until it is killed. After each
 * commit it prints {@code ACK <stream> <lastSequence> <auditSequence> <batchId>} and flushes.
 *
 * <p>Each event's reason reads {@code batch=<batchId>;part=<i>/<n>}, so the parent can check that
 * every batch is whole. Arguments: JDBC URL, user, password, a label unique per run.
 */
public final class CrashWriter {

  static final NetworkId NETWORK = NetworkId.of("crash-net");
  static final int STREAMS = 5;

  private CrashWriter() {}

  /**
   * Runs until killed.
   *
   * @param args URL, user, password, label
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername(args[1]);
    config.setPassword(args[2]);
    config.setMaximumPoolSize(2);
    String label = args[3];
    HikariDataSource pool = new HikariDataSource(config);
    // the parent migrated the schema before the first writer started
    JdbcStores stores = JdbcStores.withoutMigration(pool);
    long[] versions = new long[STREAMS];
    for (int s = 0; s < STREAMS; s++) {
      versions[s] = stores.eventStore().version(stream(s));
    }
    out.println("READY");
    out.flush();
    Random random = new Random();
    for (long n = 1; ; n++) {
      int s = random.nextInt(STREAMS);
      CaseId stream = stream(s);
      int count = 1 + random.nextInt(3);
      String batchId = label + "-" + n;
      List<CaseEvent> events = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        events.add(
            TestData.event(
                stream, versions[s] + i, "batch=" + batchId + ";part=" + i + "/" + count));
      }
      AppendResult r =
          stores.eventStore().append(stream, NETWORK, versions[s], events, Optional.of(batchId));
      AuditRecord a = stores.auditLog().append(entry(stream, batchId));
      versions[s] = r.getLastSequence();
      out.println("ACK " + stream + " " + r.getLastSequence() + " " + a.getSequence() + " " + batchId);
      out.flush();
    }
  }

  static CaseId stream(int s) {
    return CaseId.of("crash-" + s);
  }

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
