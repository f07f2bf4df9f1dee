package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.Optional;
import nl.lon.persistence.jdbc.internal.DirectoryJson;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** No stored value in a {@link JdbcStoreException}: not in its message, not in any cause. */
class JdbcStoreExceptionTest {

  private static final String MARKER = "Jansen-MARKER-8133";

  /** A marker the JSON parser quotes whole as an unrecognised token. */
  private static final String TOKEN = "JansenMarker8133";

  /**
   * A driver error quoting a row, with a cause, a next exception and a suppressed one, each quoting
   * it too.
   */
  private static SQLException quotingDriverError() {
    SQLException e =
        new SQLIntegrityConstraintViolationException(
            "new row violates check constraint; Failing row contains (n1, C1, " + MARKER + ")",
            "23514",
            4711,
            new IOException("while sending " + MARKER));
    e.setNextException(new SQLException("next: value " + MARKER, "22001", 7));
    e.addSuppressed(new SQLException("rollback failed for " + MARKER, "08006"));
    return e;
  }

  @Test
  void of_driverErrorQuotingARow_noMarkerInMessageOrAnyCause() {
    JdbcStoreException e = JdbcStoreException.of("storing personal data", quotingDriverError());

    Redaction.assertNoMarker(e, MARKER);
  }

  @Test
  void of_driverError_keepsSqlStateVendorCodeAndClassNames() {
    SQLException original = quotingDriverError();

    JdbcStoreException e = JdbcStoreException.of("storing personal data", original);

    assertEquals(
        "storing personal data failed (SQLState 23514, vendor code 4711,"
            + " java.sql.SQLIntegrityConstraintViolationException caused by java.io.IOException)",
        e.getMessage());
    assertEquals(Optional.of("23514"), e.getSqlState());
    SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
    assertEquals("23514", cause.getSQLState());
    assertEquals(4711, cause.getErrorCode());
    assertTrue(
        cause.getMessage().contains("java.sql.SQLIntegrityConstraintViolationException"),
        cause.getMessage());
    assertArrayEquals(original.getStackTrace(), cause.getStackTrace());
    assertTrue(
        cause.getCause().getMessage().contains("java.io.IOException"),
        cause.getCause().getMessage());
    assertEquals("22001", cause.getNextException().getSQLState());
    assertEquals(7, cause.getNextException().getErrorCode());
    assertEquals("08006", ((SQLException) cause.getSuppressed()[0]).getSQLState());
  }

  @Test
  void of_cyclicChain_terminates() {
    SQLException a = new SQLException("a " + MARKER, "40001");
    SQLException b = new SQLException("b " + MARKER, "40001", a);
    a.setNextException(b);

    Redaction.assertNoMarker(JdbcStoreException.of("appending", a), MARKER);
  }

  @Test
  void migrate_flywayMessageQuotingTheHistory_noMarkerInMessageOrAnyCause() throws SQLException {
    JdbcDataSource ds = TestDatabases.h2Memory(TestDatabases.H2_DEFAULT);
    try {
      JdbcStores.migrate(ds);
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "UPDATE \"lon_schema_history\" SET \"description\" = '"
                + MARKER
                + "' WHERE \"version\" = '1'");
      }
      FlywayException raw =
          assertThrows(
              FlywayException.class,
              () ->
                  Flyway.configure()
                      .dataSource(ds)
                      .locations(JdbcStores.MIGRATIONS)
                      .table(JdbcStores.HISTORY_TABLE)
                      .load()
                      .migrate());
      assertTrue(Redaction.everything(raw).contains(MARKER), "Flyway quotes the history: " + raw);

      JdbcStoreException e = assertThrows(JdbcStoreException.class, () -> JdbcStores.migrate(ds));

      Redaction.assertNoMarker(e, MARKER);
      assertTrue(
          e.getMessage().startsWith("migrating the LON schema failed (Flyway error"),
          e.getMessage());
      assertTrue(e.getMessage().contains(raw.getClass().getName()), e.getMessage());
    } finally {
      TestDatabases.shutdownH2(ds);
    }
  }

  @Test
  void directory_storedEntryThatCannotBeRead_noMarkerInMessageOrAnyCause() throws SQLException {
    JdbcDataSource ds = TestDatabases.h2Memory(TestDatabases.H2_DEFAULT);
    try {
      JdbcStores stores = JdbcStores.create(ds);
      String document = "{\"name\": " + TOKEN + "}";
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO lon_directory_networks (network_id, document) VALUES ('n1', '"
                + document
                + "')");
      }
      RuntimeException raw =
          assertThrows(RuntimeException.class, () -> DirectoryJson.network(document));
      assertTrue(
          Redaction.everything(raw).contains(TOKEN), "the mapper quotes the document: " + raw);

      JdbcStoreException e =
          assertThrows(JdbcStoreException.class, () -> stores.directory().networks());

      Redaction.assertNoMarker(e, TOKEN);
      assertTrue(
          e.getMessage().startsWith("reading the directory failed: a stored entry cannot be read"),
          e.getMessage());
    } finally {
      TestDatabases.shutdownH2(ds);
    }
  }
}
