package nl.lon.examples.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.jdbc.JdbcStores;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * The stores the demo runs on: the JDBC adapter on an embedded in-memory H2 database, through a
 * HikariCP pool (the pool belongs to the application, not to the adapter).
 *
 * @since 0.1
 */
final class DemoStores implements AutoCloseable {
  private static final String URL = "jdbc:h2:mem:lon-demo;DB_CLOSE_DELAY=-1";
  private final HikariDataSource dataSource;
  private final JdbcStores stores;

  private DemoStores(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.stores = JdbcStores.create(dataSource);
  }

  static DemoStores open() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(URL);
    config.setMaximumPoolSize(4);
    config.setPoolName("lon-demo");
    return new DemoStores(new HikariDataSource(config));
  }

  EventStore events() {
    return stores.eventStore();
  }

  AuditLog audit() {
    return stores.auditLog();
  }

  PersonalDataVault vault() {
    return stores.personalDataVault();
  }

  Directory directory() {
    return stores.directory();
  }

  String description() {
    return "embedded H2 (" + URL + ") through the JDBC adapter";
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
