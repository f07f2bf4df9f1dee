package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.lon.persistence.index.InvolvementIndex;
import nl.lon.testkit.conformance.InvolvementIndexConformance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The involvement-index kit (rules I1-I4) against the JDBC adapter on H2 2.3 in memory, and rule I5
 * on its table's columns. One database for the class, emptied before each test.
 */
class H2InvolvementIndexConformanceTest extends InvolvementIndexConformance {

  private static HikariDataSource pool;

  static DataSource emptied(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM lon_involvements");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ds;
  }

  private static synchronized DataSource database() {
    if (pool == null) {
      pool = TestDatabases.h2MemoryPool(TestDatabases.H2_DEFAULT, 4);
      JdbcStores.migrate(pool);
    }
    return pool;
  }

  @AfterAll
  static void closeDatabase() {
    if (pool != null) {
      TestDatabases.shutdownH2(pool);
      pool = null;
    }
  }

  @Override
  protected InvolvementIndex createIndex() {
    return new JdbcInvolvementIndex(emptied(database()));
  }

  @Test
  void i5_table_holdsTheSixPartsOnly() throws SQLException {
    InvolvementIndexColumns.check(database());
  }
}
