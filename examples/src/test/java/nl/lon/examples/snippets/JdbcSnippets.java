package nl.lon.examples.snippets;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.jdbc.JdbcAuditLog;
import nl.lon.persistence.jdbc.JdbcStoreException;
import nl.lon.persistence.jdbc.JdbcStores;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * The Javadoc examples of {@code lon-persistence-jdbc}, each verbatim inside compiling code; {@code
 * JavadocExamplesTest} checks that every example is here.
 */
final class JdbcSnippets {

  private JdbcSnippets() {}

  /** {@link JdbcAuditLog}. */
  static List<AuditLog> auditLogs(DataSource dataSource, byte[] key) {
    AuditLog log = JdbcStores.create(dataSource).auditLog();
    AuditLog keyed = new JdbcAuditLog(dataSource, AuditSeal.hmacSha256(key));
    return List.of(log, keyed);
  }

  /** {@link nl.lon.persistence.jdbc.JdbcDirectory}. */
  static Directory directory(DataSource dataSource) {
    Directory directory = JdbcStores.create(dataSource).directory();
    return directory;
  }

  /** {@link nl.lon.persistence.jdbc.JdbcEventStore}. */
  static EventStore eventStore(DataSource dataSource) {
    EventStore store = JdbcStores.create(dataSource).eventStore();
    return store;
  }

  /** {@link nl.lon.persistence.jdbc.JdbcPersonalDataVault}. */
  static PersonalDataVault vault(DataSource dataSource) {
    PersonalDataVault vault = JdbcStores.create(dataSource).personalDataVault();
    return vault;
  }

  /** {@link JdbcStoreException}. */
  static void append(DataSource dataSource, CaseId caseId) {
    try (Connection c = dataSource.getConnection()) {
      // insert the stream's rows
    } catch (SQLException e) {
      throw JdbcStoreException.of("appending to stream " + caseId, e); // ids only, never values
    }
  }

  /** {@link JdbcStores}. */
  static List<Object> stores(HikariConfig config) {
    DataSource ds = new HikariDataSource(config); // the caller's pool, for example HikariCP
    JdbcStores stores = JdbcStores.create(ds); // migrates the schema, then builds the adapters
    EventStore events = stores.eventStore();
    AuditLog audit = stores.auditLog();
    PersonalDataVault vault = stores.personalDataVault();
    Directory directory = stores.directory();
    return List.of(events, audit, vault, directory);
  }
}
