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
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conformance kit (every rule of every port, every capability on) against the JDBC adapters on
 * PostgreSQL (the throwaway server of {@link PostgresServer}). One database for the class, emptied
 * when a test asks for its first port; all ports of one test share it, as in production (rule V4).
 */
@ExtendWith(PostgresServer.class)
class PostgresConformanceTest extends PersistenceConformanceKit {

  private static HikariDataSource pool;

  private boolean emptied;

  private DataSource database() {
    synchronized (PostgresConformanceTest.class) {
      if (pool == null) {
        pool = TestDatabases.postgres(PostgresServer.get().createDatabase("conformance"), 24);
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
      pool.close();
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
