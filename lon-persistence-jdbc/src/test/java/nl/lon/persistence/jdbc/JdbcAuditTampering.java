package nl.lon.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.testkit.conformance.AuditTampering;

/**
 * What an intruder with SQL access does to {@code lon_audit_records}, for the conformance kit's
 * rule L4: change a fact, delete a row, exchange two rows' places in storage; no hash is
 * recomputed.
 */
final class JdbcAuditTampering implements AuditTampering {

  private final DataSource dataSource;

  JdbcAuditTampering(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void alter(long sequence) {
    AuditRecord record = new JdbcAuditLog(dataSource).read(sequence, 1).get(0);
    if (record.getSequence() != sequence) {
      throw new IllegalStateException("storage was already moved around at " + sequence);
    }
    update(
        "UPDATE lon_audit_records SET purpose = ? WHERE seq_no = ?",
        AuditTampering.altered(record).getPurpose(),
        sequence);
  }

  @Override
  public void remove(long sequence) {
    update("DELETE FROM lon_audit_records WHERE seq_no = ?", sequence);
  }

  @Override
  public void swap(long first, long second) {
    long parked = -first - 1_000_000;
    update("UPDATE lon_audit_records SET chain_position = ? WHERE seq_no = ?", parked, first);
    update(
        "UPDATE lon_audit_records SET chain_position = ? WHERE seq_no = ?", first, second);
    update("UPDATE lon_audit_records SET chain_position = ? WHERE seq_no = ?", second, first);
  }

  private void update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("tampering changed no row: " + sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
