package nl.lon.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.jdbc.internal.Sql;
import nl.lon.persistence.store.VaultChange;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * A {@link PersonalDataVault} on plain JDBC (kluis in een relationele database), for embedded H2
 * 2.3 and PostgreSQL 15 with the schema that {@link JdbcStores#migrate(DataSource)} creates.
 *
 * <p>Fulfils rules V1-V4 of the {@link PersonalDataVault} contract. One row of {@code
 * lon_personal_data} per network, client number and case, one column per attribute (schema version
 * 3; version 2 kept one row per client, and its migration gives each row to the cases opened with
 * it). {@link #put} is an {@code UPDATE}, followed by an {@code INSERT} when no row was there (a
 * concurrent insert of the same key is retried as an update); each statement is atomic on its own,
 * so a concurrent {@link #get} sees the old or the new data, never a mix. {@link #erase} is one
 * {@code DELETE} of the client's rows of every case in the network.
 *
 * <p><b>Erasure and the database (V3).</b> After {@link #erase} the row is gone for every reader of
 * this port. The database may still hold the old bytes for a while outside the table: dead row
 * versions until PostgreSQL's (auto)vacuum, H2's file until its chunks are rewritten, and both
 * databases' write-ahead logs and backups. Operators must therefore keep backups of this table
 * apart (or encrypted with keys they can destroy) and re-apply erasures made after a backup when
 * restoring it; this adapter cannot reach into backups.
 *
 * <pre>{@code
 * PersonalDataVault vault = JdbcStores.create(dataSource).personalDataVault();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/JdbcSnippets.java}.
 *
 * <p>Thread-safe and linearizable per key.
 *
 * @since 0.1
 */
public final class JdbcPersonalDataVault implements PersonalDataVault {

  private static final int MAX_ATTEMPTS = 20;

  private static final String UPDATE =
      "UPDATE lon_personal_data SET full_name = ?, address = ?, residence = ?,"
          + " phone = ?, date_of_birth = ? WHERE network_id = ? AND client_number = ? AND case_id = ?";
  private static final String INSERT =
      "INSERT INTO lon_personal_data (full_name, address, residence, phone,"
          + " date_of_birth, network_id, client_number, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String ERASE =
      "DELETE FROM lon_personal_data WHERE network_id = ? AND client_number = ?";

  private final DataSource dataSource;

  /**
   * Creates the vault on a data source whose schema is migrated (see {@link
   * JdbcStores#migrate(DataSource)}).
   *
   * @param dataSource the data source; the caller owns it and its pool
   * @throws InvalidValueException when the data source is null
   */
  public JdbcPersonalDataVault(DataSource dataSource) {
    if (dataSource == null) {
      throw new InvalidValueException("JdbcPersonalDataVault.dataSource");
    }
    this.dataSource = dataSource;
  }

  @Override
  public void put(
      NetworkId network, ClientNumber client, CaseId caseId, PersonalData personalData) {
    checkKey(network, client, caseId);
    if (personalData == null) {
      throw new InvalidValueException("PersonalDataVault.data");
    }
    try {
      Sql.upsert(
          dataSource,
          UPDATE,
          INSERT,
          ps -> bind(ps, personalData, network, client, caseId),
          MAX_ATTEMPTS);
    } catch (SQLException e) {
      throw failed("storing personal data", e);
    }
  }

  /**
   * Applies a vault change inside the caller's transaction, without committing (the vault part of a
   * unit of work).
   *
   * @return whether the vault held data under the put's case before (for an erasure: whether any
   *     were erased)
   */
  static boolean applyInTransaction(Connection c, VaultChange change) throws SQLException {
    if (change.isErasure()) {
      try (PreparedStatement ps = c.prepareStatement(ERASE)) {
        ps.setString(1, change.network().getValue());
        ps.setString(2, change.client().getValue());
        return ps.executeUpdate() > 0;
      }
    }
    PersonalData data = change.data().get();
    CaseId caseId = change.caseId().get();
    try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
      bind(ps, data, change.network(), change.client(), caseId);
      if (ps.executeUpdate() == 1) {
        return true;
      }
    }
    // a concurrent insert of the same client makes this fail with a unique violation: the whole
    // unit is then rolled back and tried again, and the retry updates
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      bind(ps, data, change.network(), change.client(), caseId);
      ps.executeUpdate();
    }
    return false;
  }

  private static void bind(
      PreparedStatement ps,
      PersonalData data,
      NetworkId network,
      ClientNumber client,
      CaseId caseId)
      throws SQLException {
    int i = 0;
    ps.setString(++i, data.getName());
    ps.setString(++i, data.getAddress());
    ps.setString(++i, data.getResidence());
    if (data.getPhone().isPresent()) {
      ps.setString(++i, data.getPhone().get());
    } else {
      ps.setNull(++i, Types.VARCHAR);
    }
    if (data.getDateOfBirth().isPresent()) {
      ps.setObject(++i, data.getDateOfBirth().get());
    } else {
      ps.setNull(++i, Types.DATE);
    }
    ps.setString(++i, network.getValue());
    ps.setString(++i, client.getValue());
    ps.setString(++i, caseId.getValue());
  }

  @Override
  public Optional<PersonalData> get(NetworkId network, ClientNumber client, CaseId caseId) {
    checkKey(network, client, caseId);
    return onKey(
        network,
        client,
        Optional.of(caseId),
        "SELECT full_name, address, residence, phone, date_of_birth FROM lon_personal_data"
            + " WHERE network_id = ? AND client_number = ? AND case_id = ?",
        "reading personal data",
        ps -> {
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            return Optional.of(
                PersonalData.builder()
                    .name(rs.getString(1))
                    .address(rs.getString(2))
                    .residence(rs.getString(3))
                    .phone(Optional.ofNullable(rs.getString(4)))
                    .dateOfBirth(Optional.ofNullable(rs.getObject(5, LocalDate.class)))
                    .build());
          }
        });
  }

  @Override
  public boolean erase(NetworkId network, ClientNumber client) {
    checkKey(network, client);
    return onKey(
        network,
        client,
        Optional.empty(),
        ERASE,
        "erasing personal data",
        ps -> ps.executeUpdate() > 0);
  }

  @Override
  public boolean contains(NetworkId network, ClientNumber client, CaseId caseId) {
    checkKey(network, client, caseId);
    return onKey(
        network,
        client,
        Optional.of(caseId),
        "SELECT 1 FROM lon_personal_data WHERE network_id = ? AND client_number = ? AND case_id = ?",
        "looking up personal data",
        ps -> {
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
          }
        });
  }

  /** Runs a statement on one key; the work of {@link #onKey}. */
  @FunctionalInterface
  private interface KeyStatement<T> {
    T run(PreparedStatement ps) throws SQLException;
  }

  /**
   * Runs {@code sql}, whose parameters are the network, the client number and, when given, the
   * case, in auto-commit mode; the caller has checked the key.
   */
  private <T> T onKey(
      NetworkId network,
      ClientNumber client,
      Optional<CaseId> caseId,
      String sql,
      String what,
      KeyStatement<T> statement) {
    try (Connection c = Sql.connect(dataSource);
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, network.getValue());
      ps.setString(2, client.getValue());
      if (caseId.isPresent()) {
        ps.setString(3, caseId.get().getValue());
      }
      return statement.run(ps);
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  private static void checkKey(NetworkId network, ClientNumber client) {
    if (network == null) {
      throw new InvalidValueException("PersonalDataVault.network");
    }
    if (client == null) {
      throw new InvalidValueException("PersonalDataVault.client");
    }
  }

  private static void checkKey(NetworkId network, ClientNumber client, CaseId caseId) {
    checkKey(network, client);
    if (caseId == null) {
      throw new InvalidValueException("PersonalDataVault.caseId");
    }
  }

  /**
   * Never names the client and keeps no text of the driver's, whose messages may quote the personal
   * data: messages and stack traces may end up in logs.
   */
  private static JdbcStoreException failed(String what, SQLException e) {
    return JdbcStoreException.of(what, e);
  }

  @Override
  public String toString() {
    return "JdbcPersonalDataVault";
  }
}
