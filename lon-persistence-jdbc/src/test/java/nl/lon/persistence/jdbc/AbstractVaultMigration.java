package nl.lon.persistence.jdbc;

import static nl.lon.persistence.jdbc.TestData.N1;
import static nl.lon.persistence.jdbc.TestData.batch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.store.UnitOfWork;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration V3 on a database written under version 2, whose vault held one row per client: each row
 * goes to the cases opened with it, and to no other case. The subclasses run it on H2 and
 * PostgreSQL.
 */
abstract class AbstractVaultMigration {

  private static final ClientNumber KNOWN = ClientNumber.of("C-known");
  private static final ClientNumber OTHER = ClientNumber.of("C-other");
  private static final ClientNumber UNOPENED = ClientNumber.of("C-unopened");
  private static final CaseId FIRST = CaseId.of("first");
  private static final CaseId SECOND = CaseId.of("second");
  private static final CaseId OTHERS = CaseId.of("others");
  private static final ClientNumber MOVED = ClientNumber.of("C-moved");
  private static final CaseId MOVED_FIRST = CaseId.of("moved-first");
  private static final CaseId MOVED_LATER = CaseId.of("moved-later");
  private static final int NO_DATA = 0;
  private static final int WITH_DATA = 1;
  private static final int REPLAY = 2;

  private DataSource ds;
  private int entries;

  /** A new, empty database. */
  abstract DataSource freshDatabase();

  /** Releases the database of {@link #freshDatabase()}. */
  abstract void release(DataSource dataSource);

  @BeforeEach
  void version2Database() throws SQLException {
    ds = freshDatabase();
    Flyway.configure(JdbcStores.class.getClassLoader())
        .dataSource(ds)
        .locations(JdbcStores.MIGRATIONS)
        .table(JdbcStores.HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .target("2")
        .load()
        .migrate();
    JdbcEventStore events = new JdbcEventStore(ds);
    JdbcAuditLog audit = new JdbcAuditLog(ds);
    for (CaseId c : new CaseId[] {FIRST, SECOND, OTHERS, MOVED_FIRST, MOVED_LATER}) {
      events.append(c, N1, 0, batch(c, 1, 1), Optional.empty());
    }
    audit.append(opening(FIRST, KNOWN, AuditOutcome.ALLOWED, WITH_DATA));
    // a second case under the known client number, opened without personal data
    audit.append(opening(SECOND, KNOWN, AuditOutcome.ALLOWED, NO_DATA));
    audit.append(opening(OTHERS, OTHER, AuditOutcome.ALLOWED, WITH_DATA));
    // an opening with data under the known client number that lost to the other client's case
    audit.append(opening(OTHERS, KNOWN, AuditOutcome.CONFLICT, WITH_DATA));
    // a refused opening of a case that was never stored
    audit.append(opening(CaseId.of("refused"), KNOWN, AuditOutcome.REFUSED, WITH_DATA));
    // a client whose data a later opening replaced, and a replay of the earlier opening after it
    audit.append(opening(MOVED_FIRST, MOVED, AuditOutcome.ALLOWED, WITH_DATA));
    audit.append(opening(MOVED_LATER, MOVED, AuditOutcome.ALLOWED, WITH_DATA));
    audit.append(opening(MOVED_FIRST, MOVED, AuditOutcome.ALLOWED, REPLAY));
    insertVersion2Row(KNOWN, "Known Client");
    insertVersion2Row(OTHER, "Other Client");
    insertVersion2Row(MOVED, "Moved Client, later address");
    insertVersion2Row(UNOPENED, "Unopened Client");
  }

  @AfterEach
  void shutdown() {
    release(ds);
  }

  @Test
  void migrate_givesEachRowToTheCaseThatWroteItOnly() throws SQLException {
    assertEquals(1, JdbcStores.migrate(ds), "V3 runs on a version-2 database");
    JdbcPersonalDataVault vault = JdbcStores.withoutMigration(ds).personalDataVault();

    assertEquals("Known Client", vault.get(N1, KNOWN, FIRST).get().getName());
    assertEquals(
        Optional.empty(),
        vault.get(N1, KNOWN, SECOND),
        "a case opened without personal data must not get another case's");
    assertEquals("Other Client", vault.get(N1, OTHER, OTHERS).get().getName());
    assertEquals(
        Optional.empty(),
        vault.get(N1, KNOWN, OTHERS),
        "a conflicting opening under the client number must not give the case its data");
    assertFalse(vault.contains(N1, KNOWN, CaseId.of("refused")), "a refused opening gets nothing");
    assertEquals(
        "Moved Client, later address",
        vault.get(N1, MOVED, MOVED_LATER).get().getName(),
        "the row belongs to the latest opening that wrote it");
    assertEquals(
        Optional.empty(),
        vault.get(N1, MOVED, MOVED_FIRST),
        "an earlier case whose data were replaced gets nothing, a later replay notwithstanding");
    assertEquals(4, rows(null), "one row per stored row: three cases and the unopened one");
  }

  @Test
  void migrate_keepsARowNoOpeningNamesUntilTheClientsErasure() throws SQLException {
    JdbcStores.migrate(ds);
    JdbcPersonalDataVault vault = JdbcStores.withoutMigration(ds).personalDataVault();

    assertEquals(1, rows(UNOPENED), "a row no opening names is kept, not lost");
    assertFalse(vault.contains(N1, UNOPENED, FIRST), "and read through no case");
    assertTrue(vault.erase(N1, UNOPENED), "the client's erasure reaches it");
    assertEquals(0, rows(UNOPENED));
    assertTrue(vault.erase(N1, KNOWN), "an erasure reaches every case of the client");
    assertEquals(Optional.empty(), vault.get(N1, KNOWN, FIRST));
    assertEquals(0, rows(KNOWN));
    assertEquals("Other Client", vault.get(N1, OTHER, OTHERS).get().getName());
  }

  /**
   * A report-signal record; {@code data} is {@link #NO_DATA}, {@link #WITH_DATA} or {@link
   * #REPLAY}.
   */
  private AuditEntry opening(CaseId caseId, ClientNumber client, AuditOutcome outcome, int data) {
    AuditEntry sample = TestData.entry(++entries, caseId.getValue(), client.getValue(), "n1");
    AuditEntry.Builder b =
        AuditEntry.builder().from(sample).action(AuditAction.CREATE).operation("report-signal");
    if (data != NO_DATA) {
      b.addDataCategories(DataCategory.PERSONAL_DATA);
    }
    if (data == REPLAY) {
      b.putDetails(UnitOfWork.REPLAY_DETAIL, "true");
    }
    if (outcome == AuditOutcome.REFUSED) {
      b.addRuleIds("signal.date-in-future");
    }
    return b.checks(
            AccessChecks.builder()
                .from(sample.getChecks())
                .authorised(outcome != AuditOutcome.DENIED)
                .outcome(outcome)
                .build())
        .build();
  }

  private void insertVersion2Row(ClientNumber client, String name) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO lon_personal_data (network_id, client_number, full_name, address,"
                    + " residence) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, N1.getValue());
      ps.setString(2, client.getValue());
      ps.setString(3, name);
      ps.setString(4, "Straat 1");
      ps.setString(5, "Noord");
      ps.executeUpdate();
    }
  }

  /** The vault rows of a client, or of everyone when null. */
  private int rows(ClientNumber client) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM lon_personal_data"
                    + (client == null ? "" : " WHERE client_number = ?"))) {
      if (client != null) {
        ps.setString(1, client.getValue());
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
