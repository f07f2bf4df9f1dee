package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.jdbc.internal.DirectoryJson;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory's cache: puts through it are seen at once, changes around it after the age. */
class JdbcDirectoryCacheTest {

  private JdbcDataSource ds;

  @BeforeEach
  void open() {
    ds = TestDatabases.h2Memory(TestDatabases.H2_DEFAULT);
    JdbcStores.migrate(ds);
  }

  @AfterEach
  void close() {
    TestDatabases.shutdownH2(ds);
  }

  private void renameByHand(NetworkId id, String name) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE lon_directory_networks SET document = '"
              + DirectoryJson.write(TestData.network(id, name))
              + "' WHERE network_id = '"
              + id.getValue()
              + "'");
    }
  }

  @Test
  void aPutThroughTheDirectoryIsSeenByTheNextLookUp() {
    JdbcDirectory directory = new JdbcDirectory(ds, Duration.ofHours(1));
    assertEquals(Optional.empty(), directory.network(TestData.N1), "absence is kept too");
    directory.put(TestData.network(TestData.N1, "Noord"));
    assertEquals("Noord", directory.network(TestData.N1).get().getName());
    directory.put(TestData.network(TestData.N1, "Zuid"));
    assertEquals("Zuid", directory.network(TestData.N1).get().getName());
  }

  @Test
  void aChangeAroundTheDirectoryIsSeenOnlyAfterTheMaximumAge() throws SQLException {
    JdbcDirectory cached = new JdbcDirectory(ds, Duration.ofHours(1));
    JdbcDirectory uncached = new JdbcDirectory(ds, Duration.ZERO);
    cached.put(TestData.network(TestData.N1, "Noord"));
    assertEquals("Noord", cached.network(TestData.N1).get().getName());
    renameByHand(TestData.N1, "Zuid");
    assertEquals("Noord", cached.network(TestData.N1).get().getName(), "kept for the age");
    assertEquals("Zuid", uncached.network(TestData.N1).get().getName(), "no cache at age zero");
    assertEquals("Zuid", cached.networks().get(0).getName(), "lists always read the database");
  }

  @Test
  void refusesANegativeOrMissingAge() {
    assertEquals(
        "JdbcDirectory.maxAge",
        assertThrows(
                InvalidValueException.class, () -> new JdbcDirectory(ds, Duration.ofSeconds(-1)))
            .getField());
    assertThrows(InvalidValueException.class, () -> new JdbcDirectory(ds, null));
  }
}
