package nl.lon.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.testkit.conformance.AuditTampering;

/**
 * What an intruder with SQL access does to {@code lon_audit_records} and {@code lon_audit_heads},
 * for the conformance kit and the tampering matrix: replace a row, delete a row, exchange two rows'
 * places in storage, insert a row after the last, set a head; no hash is recomputed here.
 */
final class JdbcAuditTampering implements AuditTampering {

  private final DataSource dataSource;

  JdbcAuditTampering(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void overwrite(AuditRecord record) {
    run(
        c -> {
          long position = position(c, record.getNetwork(), record.getSequence());
          update(
              c,
              "DELETE FROM lon_audit_records WHERE network_id = ? AND chain_position = ?",
              record.getNetwork().getValue(),
              position);
          JdbcAuditLog.insertRow(c, record, position);
        });
  }

  @Override
  public void remove(NetworkId network, long sequence) {
    run(
        c ->
            update(
                c,
                "DELETE FROM lon_audit_records WHERE network_id = ? AND seq_no = ?",
                network.getValue(),
                sequence));
  }

  @Override
  public void swap(NetworkId network, long first, long second) {
    run(
        c -> {
          long a = position(c, network, first);
          long b = position(c, network, second);
          String sql =
              "UPDATE lon_audit_records SET chain_position = ? WHERE network_id = ? AND chain_position = ?";
          long parked = Long.MIN_VALUE + 1;
          update(c, sql, parked, network.getValue(), a);
          update(c, sql, a, network.getValue(), b);
          update(c, sql, b, network.getValue(), parked);
        });
  }

  @Override
  public void insertAfterLast(AuditRecord record) {
    run(
        c -> {
          long last;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT MAX(chain_position) FROM lon_audit_records WHERE network_id = ?")) {
            ps.setString(1, record.getNetwork().getValue());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              last = rs.getLong(1); // 0 when there is no row
            }
          }
          JdbcAuditLog.insertRow(c, record, last + 1);
        });
  }

  @Override
  public void moveHead(NetworkId network, long size, String hash) {
    run(
        c -> {
          if (size == 0 && hash.equals(AuditChain.GENESIS_HASH)) {
            try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM lon_audit_heads WHERE network_id = ?")) {
              ps.setString(1, network.getValue());
              ps.executeUpdate();
            }
            return;
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE lon_audit_heads SET last_seq_no = ?, last_hash = ? WHERE network_id = ?")) {
            ps.setLong(1, size);
            ps.setString(2, hash);
            ps.setString(3, network.getValue());
            if (ps.executeUpdate() == 1) {
              return;
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO lon_audit_heads (network_id, last_seq_no, last_hash) VALUES (?, ?, ?)")) {
            ps.setString(1, network.getValue());
            ps.setLong(2, size);
            ps.setString(3, hash);
            ps.executeUpdate();
          }
        });
  }

  /** The storage place of a network's record with a sequence. */
  private static long position(Connection c, NetworkId network, long sequence) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT chain_position FROM lon_audit_records WHERE network_id = ? AND seq_no = ?")) {
      ps.setString(1, network.getValue());
      ps.setLong(2, sequence);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(
              "no stored record " + sequence + " of network " + network);
        }
        long position = rs.getLong(1);
        if (rs.next()) {
          throw new IllegalStateException("record " + sequence + " is stored twice");
        }
        return position;
      }
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("tampering changed no row: " + sql);
      }
    }
  }

  /** Work on one connection in one transaction. */
  @FunctionalInterface
  private interface Work {
    void run(Connection c) throws SQLException;
  }

  private void run(Work work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
