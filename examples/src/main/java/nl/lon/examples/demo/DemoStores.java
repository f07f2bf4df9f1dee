package nl.lon.examples.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.jdbc.JdbcStores;
import nl.lon.persistence.store.Stores;

/**
 * The stores the demo runs on: the JDBC adapter on an embedded in-memory H2 database, through a
 * HikariCP pool (the pool belongs to the application, not to the adapter).
 *
 * @since 0.1
 */
final class DemoStores implements AutoCloseable {
  private final String url;
  private final HikariDataSource dataSource;
  private final JdbcStores stores;

  private DemoStores(String url, HikariDataSource dataSource) {
    this.url = url;
    this.dataSource = dataSource;
    this.stores = JdbcStores.create(dataSource);
  }

  static DemoStores open() {
    // a database of its own per run, so that a second run in the same JVM starts empty
    String url = "jdbc:h2:mem:lon-demo-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    config.setPoolName("lon-demo");
    return new DemoStores(url, new HikariDataSource(config));
  }

  Stores stores() {
    return stores;
  }

  AuditLog audit() {
    return stores.auditLog();
  }

  /**
   * The involvement index on the same database (its table is part of the migrated schema).
   *
   * @return the index
   */
  nl.lon.persistence.index.InvolvementIndex involvementIndex() {
    return new nl.lon.persistence.jdbc.JdbcInvolvementIndex(dataSource);
  }

  String description() {
    return "embedded H2 (" + url + ") through the JDBC adapter";
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
