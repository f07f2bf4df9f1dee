package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.lon.persistence.index.InvolvementIndex;
import nl.lon.testkit.conformance.InvolvementIndexConformance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The involvement-index kit (rules I1-I4) against the JDBC adapter on PostgreSQL, and rule I5 on
 * its table's columns. One database for the class, emptied before each test.
 */
@ExtendWith(PostgresServer.class)
class PostgresInvolvementIndexConformanceTest extends InvolvementIndexConformance {

  private static HikariDataSource pool;

  private static synchronized DataSource database() {
    if (pool == null) {
      pool = TestDatabases.postgres(PostgresServer.get().createDatabase("involvement_kit"), 4);
      JdbcStores.migrate(pool);
    }
    return pool;
  }

  @AfterAll
  static void closeDatabase() {
    if (pool != null) {
      pool.close();
      pool = null;
    }
  }

  @Override
  protected InvolvementIndex createIndex() {
    return new JdbcInvolvementIndex(H2InvolvementIndexConformanceTest.emptied(database()));
  }

  @Test
  void i5_table_holdsTheSixPartsOnly() throws SQLException {
    InvolvementIndexColumns.check(database());
  }
}
