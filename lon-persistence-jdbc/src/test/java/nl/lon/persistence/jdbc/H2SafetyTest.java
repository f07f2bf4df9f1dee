package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 file databases are safe by construction: {@link JdbcStores} refuses one whose write delay is
 * not 0, with a message that says what to add to the URL and why; every other database passes.
 */
class H2SafetyTest {

  private static final String SECRET = "pw-secret-4711";

  @TempDir Path dir;

  private JdbcDataSource h2(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    ds.setPassword(SECRET);
    return ds;
  }

  private String file(String name) {
    return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
  }

  private static void assertRefusal(JdbcStoreException e) {
    String m = e.getMessage();
    assertTrue(m.contains("add ;WRITE_DELAY=0 to the JDBC URL"), m);
    assertTrue(m.contains("killed process loses acknowledged commits"), m);
    assertTrue(m.contains("inconsistent"), m);
    assertTrue(m.contains("500 ms"), m);
    assertFalse(m.contains(SECRET), m);
  }

  private static boolean hasLonTables(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) LIKE 'lon_%'")) {
      rs.next();
      return rs.getInt(1) > 0;
    }
  }

  @Test
  void create_fileDatabaseWithDefaultWriteDelay_refusedWithWhatToAddAndNothingMigrated()
      throws SQLException {
    JdbcDataSource ds = h2(file("default"));

    assertRefusal(assertThrows(JdbcStoreException.class, () -> JdbcStores.create(ds)));
    assertRefusal(assertThrows(JdbcStoreException.class, () -> JdbcStores.withoutMigration(ds)));
    assertFalse(hasLonTables(ds));
  }

  @Test
  void create_fileDatabaseInHomeStyleUrlWithoutFilePrefix_refused() {
    JdbcDataSource ds = h2("jdbc:h2:" + dir.resolve("plain").toAbsolutePath());

    assertRefusal(assertThrows(JdbcStoreException.class, () -> JdbcStores.create(ds)));
  }

  @Test
  void create_fileDatabaseWithWriteDelay0_accepted() {
    JdbcDataSource ds = h2(file("safe") + ";WRITE_DELAY=0");

    JdbcStores stores = JdbcStores.create(ds);
    assertEquals(0, stores.eventStore().version(CaseId.of("c1")));
    assertEquals(0, JdbcStores.withoutMigration(ds).eventStore().version(CaseId.of("c1")));
  }

  @Test
  void create_fileDatabaseInPostgresModeWithWriteDelay0_accepted() {
    JdbcDataSource ds = h2(file("pg-mode") + TestDatabases.H2_POSTGRES_MODE + ";WRITE_DELAY=0");

    assertEquals(0, JdbcStores.create(ds).eventStore().version(CaseId.of("c1")));
  }

  @Test
  void create_fileDatabaseInPostgresModeWithDefaultWriteDelay_refused() {
    JdbcDataSource ds = h2(file("pg-mode-default") + TestDatabases.H2_POSTGRES_MODE);

    assertRefusal(assertThrows(JdbcStoreException.class, () -> JdbcStores.create(ds)));
  }

  @Test
  void create_otherWriteDelay_refused() {
    JdbcDataSource ds = h2(file("slow") + ";WRITE_DELAY=10");

    JdbcStoreException e = assertThrows(JdbcStoreException.class, () -> JdbcStores.create(ds));
    assertTrue(e.getMessage().contains("write delay of 10 ms"), e.getMessage());
  }

  /**
   * Pins why the adapter refuses instead of fixing the setting: H2 2.3 records {@code SET
   * WRITE_DELAY 0} but does not apply it when the database is opened again.
   */
  @Test
  void setWriteDelayStatement_doesNotLastAReopen_soTheDatabaseIsRefusedAgain() throws SQLException {
    JdbcDataSource ds = h2(file("set"));
    try (Connection held = ds.getConnection();
        Statement s = held.createStatement()) {
      s.execute("SET WRITE_DELAY 0");
      JdbcStores.create(ds); // accepted while the database stays open with the delay at 0
    }
    // the last connection closed, so H2 closed the database; opening it again restores 500 ms
    assertRefusal(assertThrows(JdbcStoreException.class, () -> JdbcStores.withoutMigration(ds)));
  }

  @Test
  void create_memoryDatabase_unaffected() {
    JdbcDataSource ds = h2("jdbc:h2:mem:h2-safety-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try {
      assertEquals(0, JdbcStores.create(ds).eventStore().version(CaseId.of("c1")));
      assertEquals(0, JdbcStores.withoutMigration(ds).eventStore().version(CaseId.of("c1")));
    } finally {
      TestDatabases.shutdownH2(ds);
    }
  }

  @Test
  void create_fileDatabaseBehindTcpServer_refusedUnlessWriteDelay0_memoryBehindTcpUnaffected()
      throws SQLException {
    Server server =
        Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
    try {
      String base = "jdbc:h2:tcp://localhost:" + server.getPort() + "/";
      assertRefusal(
          assertThrows(JdbcStoreException.class, () -> JdbcStores.create(h2(base + "./remote"))));
      assertEquals(
          0,
          JdbcStores.create(h2(base + "./remote-safe;WRITE_DELAY=0"))
              .eventStore()
              .version(CaseId.of("c1")));
      JdbcDataSource memory = h2(base + "mem:remote-memory;DB_CLOSE_DELAY=-1");
      assertEquals(0, JdbcStores.create(memory).eventStore().version(CaseId.of("c1")));
      TestDatabases.shutdownH2(memory);
    } finally {
      server.stop();
    }
  }

  @Test
  void create_readOnlyFileDatabase_notRefusedForItsWriteDelay() throws SQLException {
    JdbcDataSource writable = h2(file("ro") + ";WRITE_DELAY=0");
    JdbcStores.create(writable);
    JdbcDataSource readOnly = h2(file("ro") + ";ACCESS_MODE_DATA=r");

    assertEquals(0, JdbcStores.withoutMigration(readOnly).eventStore().version(CaseId.of("c1")));
  }

  @Test
  void withoutMigration_unreachableDatabase_throwsJdbcStoreExceptionWithoutTheDriversMessage() {
    JdbcDataSource ds = h2(file("missing") + ";IFEXISTS=TRUE");

    JdbcStoreException e =
        assertThrows(JdbcStoreException.class, () -> JdbcStores.withoutMigration(ds));
    assertTrue(
        e.getMessage().startsWith("checking the database's settings failed (SQLState"),
        e.getMessage());
    assertFalse(e.getMessage().contains("missing"), e.getMessage());
    assertEquals(Optional.of("90146"), e.getSqlState());
  }

  @Test
  void create_nullDataSource_throwsInvalidValue() {
    assertThrows(InvalidValueException.class, () -> JdbcStores.create(null));
    assertThrows(InvalidValueException.class, () -> JdbcStores.withoutMigration(null));
  }

  @Test
  void refusal_hasNoCause() {
    JdbcStoreException e =
        assertThrows(JdbcStoreException.class, () -> JdbcStores.create(h2(file("nocause"))));
    assertNull(e.getCause());
  }
}
