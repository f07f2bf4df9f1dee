package nl.lon.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.testkit.conformance.AuditTampering;
import org.junit.jupiter.api.AfterEach;

/** The tampering matrix on a JDBC database, with kinds only raw SQL can do. */
abstract class AbstractJdbcAuditTamperingMatrix extends AbstractAuditTamperingMatrix {

  private DataSource dataSource;

  /** A fresh, migrated database for one test. */
  abstract DataSource openDatabase();

  /** Releases the database. */
  abstract void closeDatabase(DataSource dataSource);

  @Override
  AuditLog createLog(AuditSeal seal) {
    dataSource = openDatabase();
    return JdbcStores.create(dataSource, seal).auditLog();
  }

  @Override
  AuditTampering tampering(AuditLog log) {
    return new JdbcAuditTampering(dataSource);
  }

  @AfterEach
  void close() {
    if (dataSource != null) {
      closeDatabase(dataSource);
    }
  }

  @Override
  List<Kind> storeKinds() {
    return List.of(
        new Kind(
            "SQL: move a row to another network",
            t ->
                sql(
                    t,
                    "UPDATE lon_audit_records SET network_id = 'matrix-elsewhere' WHERE network_id = ? AND seq_no = 17"),
            false),
        new Kind(
            "SQL: renumber a row's seq_no",
            t ->
                sql(
                    t,
                    "UPDATE lon_audit_records SET seq_no = 1017 WHERE network_id = ? AND seq_no = 17"),
            false),
        new Kind(
            "SQL: move the last row before every other",
            t ->
                sql(
                    t,
                    "UPDATE lon_audit_records SET chain_position = -1 WHERE network_id = ? AND seq_no = 40"),
            false),
        new Kind(
            "SQL: write a malformed hash",
            t ->
                sql(
                    t,
                    "UPDATE lon_audit_records SET record_hash = 'zz' WHERE network_id = ? AND seq_no = 17"),
            false),
        new Kind(
            "SQL: clear an optional column",
            t ->
                sql(
                    t,
                    "UPDATE lon_audit_records SET case_id = NULL WHERE network_id = ? AND seq_no = 17"),
            false),
        new Kind(
            "SQL: write undecodable details",
            t ->
                sql(
                    t,
                    "UPDATE lon_audit_records SET details = 'a=1;a=2' WHERE network_id = ? AND seq_no = 17"),
            false),
        new Kind(
            "SQL: write an unknown outcome",
            t ->
                sql(
                    t,
                    "UPDATE lon_audit_records SET outcome = 'MAYBE' WHERE network_id = ? AND seq_no = 17"),
            false),
        new Kind(
            "SQL: delete the head row, rows kept",
            t -> sql(t, "DELETE FROM lon_audit_heads WHERE network_id = ?"),
            false),
        new Kind(
            "SQL: truncate the rows only",
            t -> sql(t, "DELETE FROM lon_audit_records WHERE network_id = ? AND seq_no > 30"),
            false));
  }

  private void sql(Target t, String statement) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      ps.setString(1, t.network().getValue());
      if (ps.executeUpdate() < 1) {
        throw new IllegalStateException("changed no row: " + statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
