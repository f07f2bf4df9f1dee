package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.vault.PersonalData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL: no stored value in any exception message or cause of the vault, even where the
 * driver's own message quotes it; and {@link JdbcStores} does not apply the H2 check to PostgreSQL.
 * Each test has a database of its own, configured as a server that quotes bind parameters in error
 * messages ({@code log_parameter_max_length_on_error = -1}, PostgreSQL 13+).
 */
@ExtendWith(PostgresServer.class)
class PostgresRedactionTest {

  private static final String MARKER = "Jansen-MARKER-8133";

  private HikariDataSource pool;

  private JdbcStores open(String... ddl) throws SQLException {
    String database = PostgresServer.get().createDatabase("redaction");
    try (HikariDataSource admin = TestDatabases.postgres(database, 2)) {
      JdbcStores.migrate(admin);
      try (Connection c = admin.getConnection();
          Statement s = c.createStatement()) {
        s.execute("ALTER DATABASE \"" + database + "\" SET log_parameter_max_length_on_error = -1");
        for (String statement : ddl) {
          s.execute(statement);
        }
      }
    }
    pool = TestDatabases.postgres(database, 2);
    return JdbcStores.create(pool);
  }

  @AfterEach
  void close() {
    if (pool != null) {
      pool.close();
    }
  }

  private static PersonalData data(String name, String residence) {
    return PersonalData.builder()
        .name(name)
        .address(MARKER + " street 1")
        .residence(residence)
        .build();
  }

  /** The same row through plain JDBC: what the driver says about it. */
  private SQLException rawInsert(PersonalData data) {
    try (Connection c = pool.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO lon_personal_data (full_name, address, residence, network_id,"
                    + " client_number, case_id) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, data.getName());
      ps.setString(2, data.getAddress());
      ps.setString(3, data.getResidence());
      ps.setString(4, "n1");
      ps.setString(5, "C-raw");
      ps.setString(6, "c-raw");
      ps.executeUpdate();
      throw new AssertionError("PostgreSQL accepted the row");
    } catch (SQLException e) {
      return e;
    }
  }

  private JdbcStoreException put(JdbcStores stores, PersonalData data) {
    return assertThrows(
        JdbcStoreException.class,
        () ->
            stores
                .personalDataVault()
                .put(NetworkId.of("n1"), ClientNumber.of("C1"), CaseId.of("c1"), data));
  }

  @Test
  void create_postgres_notRefusedByTheH2Check() throws SQLException {
    JdbcStores stores = open();
    assertEquals(0, stores.eventStore().version(CaseId.of("c1")));
    assertEquals(0, JdbcStores.withoutMigration(pool).eventStore().version(CaseId.of("c1")));
  }

  @Test
  void put_overLongValue_driverQuotesItJdbcStoreExceptionDoesNot() throws SQLException {
    // a column narrower than PersonalData allows, so the over-long value reaches PostgreSQL
    JdbcStores stores =
        open("ALTER TABLE lon_personal_data ALTER COLUMN residence TYPE VARCHAR(10)");
    PersonalData data = data("Piet", MARKER + "dorp");
    SQLException raw = rawInsert(data);
    assertTrue(Redaction.everything(raw).contains(MARKER), "the driver quotes the value: " + raw);

    JdbcStoreException e = put(stores, data);

    Redaction.assertNoMarker(e, MARKER);
    assertEquals(Optional.of("22001"), e.getSqlState());
    assertTrue(
        e.getMessage()
            .startsWith(
                "storing personal data failed (SQLState 22001, vendor code 0,"
                    + " org.postgresql.util.PSQLException"),
        e.getMessage());
  }

  @Test
  void put_failingRowOfACheckConstraint_driverQuotesTheRowJdbcStoreExceptionDoesNot()
      throws SQLException {
    JdbcStores stores =
        open(
            "ALTER TABLE lon_personal_data ADD CONSTRAINT test_no_marker CHECK (full_name NOT LIKE '%MARKER%')");
    PersonalData data = data(MARKER, "Assen");
    SQLException raw = rawInsert(data);
    assertTrue(
        Redaction.everything(raw).contains("Failing row contains"),
        "the driver quotes the row: " + raw);
    assertTrue(Redaction.everything(raw).contains(MARKER), "the driver quotes the row: " + raw);

    JdbcStoreException e = put(stores, data);

    Redaction.assertNoMarker(e, MARKER);
    assertEquals(Optional.of("23514"), e.getSqlState());
  }

  @Test
  void valueWithNul_isRefusedBeforePostgresSeesIt_withoutTheValue() {
    // PostgreSQL text cannot hold U+0000; the library refuses it at the door instead of sending it
    nl.lon.core.error.InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            nl.lon.core.error.InvalidValueException.class,
            () -> data(MARKER + "\u0000" + MARKER, MARKER + "dorp"));
    assertEquals("PersonalData.name", e.getField());
    Redaction.assertNoMarker(e, MARKER);
  }
}
