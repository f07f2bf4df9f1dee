package nl.lon.persistence.jdbc;

import static nl.lon.persistence.jdbc.TestData.N1;
import static nl.lon.persistence.jdbc.TestData.batch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import nl.lon.core.id.CaseId;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Flyway migration in situations an application brings: its own tables, a reopened file. */
class H2MigrationTest {

  @TempDir Path dir;

  @Test
  void migrate_schemaWithTheApplicationsOwnTables_baselinesAndStillCreatesLonTables()
      throws SQLException {
    JdbcDataSource ds = TestDatabases.h2Memory(TestDatabases.H2_DEFAULT);
    try {
      execute(ds, "CREATE TABLE app_clients (id INTEGER PRIMARY KEY, label VARCHAR(20))");
      execute(ds, "INSERT INTO app_clients VALUES (1, 'keep me')");
      assertEquals(3, JdbcStores.migrate(ds), "V1 to V3 run after the baseline at version 0");
      assertEquals(0, JdbcStores.migrate(ds));
      assertEquals("keep me", single(ds, "SELECT label FROM app_clients WHERE id = 1"));
      assertEquals(
          "1",
          single(
              ds,
              "SELECT \"version\" FROM \"lon_schema_history\" WHERE \"success\""
                  + " AND \"version\" = '1'"));
    } finally {
      TestDatabases.shutdownH2(ds);
    }
  }

  @Test
  void fileDatabase_reopened_keepsEverything() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("lon").toAbsolutePath() + ";WRITE_DELAY=0");
    ds.setUser("sa");
    CaseId c = CaseId.of("c1");
    JdbcStores.create(ds).eventStore().append(c, N1, 0, batch(c, 1, 3), Optional.of("k"));
    JdbcStores.create(ds).auditLog().append(TestData.entry(1, "c1", "C1", "n1"));
    // no connection is kept open: H2 closed the file after each call, so this reopens it
    JdbcStores again = JdbcStores.create(ds);
    assertEquals(batch(c, 1, 3), again.eventStore().read(c));
    assertTrue(again.auditLog().verify().isOk());
    assertTrue(again.eventStore().append(c, N1, 0, batch(c, 1, 3), Optional.of("k")).isDuplicate());
  }

  @Test
  void migrate_unreachableDatabase_throwsJdbcStoreException() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("missing").toAbsolutePath() + ";IFEXISTS=TRUE");
    assertThrows(JdbcStoreException.class, () -> JdbcStores.create(ds));
    assertThrows(
        JdbcStoreException.class,
        () -> JdbcStores.withoutMigration(ds).eventStore().version(CaseId.of("c1")));
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String single(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    }
  }
}
