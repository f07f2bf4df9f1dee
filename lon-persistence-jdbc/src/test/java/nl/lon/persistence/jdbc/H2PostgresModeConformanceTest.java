package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.testkit.conformance.AuditTampering;
import nl.lon.testkit.conformance.PersistenceConformanceKit;
import org.junit.jupiter.api.AfterAll;

/**
 * The conformance kit (every rule of every port, every capability on) against the JDBC adapters on
 * an H2 2.3 in-memory database in H2's PostgreSQL compatibility mode ({@link
 * TestDatabases#H2_POSTGRES_MODE}): the same schema passes there too. One database for the class,
 * emptied when a test asks for its first port; all ports of one test share it (rule V4).
 */
class H2PostgresModeConformanceTest extends PersistenceConformanceKit {

  private static HikariDataSource pool;

  private boolean emptied;

  private DataSource database() {
    synchronized (H2PostgresModeConformanceTest.class) {
      if (pool == null) {
        pool = TestDatabases.h2MemoryPool(TestDatabases.H2_POSTGRES_MODE, 24);
        JdbcStores.migrate(pool);
      }
    }
    if (!emptied) {
      TestDatabases.truncate(pool);
      emptied = true;
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
  protected EventStore createEventStore() {
    return new JdbcEventStore(database());
  }

  @Override
  protected AuditLog createAuditLog() {
    return new JdbcAuditLog(database());
  }

  @Override
  protected AuditLog createAuditLog(AuditSeal seal) {
    return new JdbcAuditLog(database(), seal);
  }

  @Override
  protected AuditTampering tampering(AuditLog log) {
    return new JdbcAuditTampering(database());
  }

  @Override
  protected PersonalDataVault createVault() {
    return new JdbcPersonalDataVault(database());
  }

  @Override
  protected Directory createDirectory() {
    return new JdbcDirectory(database());
  }
}
