package nl.lon.examples.vendor;

import java.util.UUID;
import javax.sql.DataSource;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.jdbc.JdbcStores;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.testkit.conformance.AuditTampering;
import nl.lon.testkit.conformance.PersistenceConformanceKit;
import org.h2.jdbcx.JdbcDataSource;

/**
 * How a vendor runs the conformance kit against their adapter: extend one class and say how to
 * create each port. Here the ports are the JDBC adapter on the vendor's own data source (an H2
 * database per test; on PostgreSQL pass its data source instead).
 */
class VendorAdapterConformanceTest extends PersistenceConformanceKit {

  private JdbcDataSource vendorDataSource;
  private JdbcStores stores;

  private JdbcStores stores() {
    if (stores == null) {
      vendorDataSource = new JdbcDataSource();
      vendorDataSource.setURL("jdbc:h2:mem:vendor-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      stores = JdbcStores.create((DataSource) vendorDataSource);
    }
    return stores;
  }

  @Override
  protected EventStore createEventStore() {
    return stores().eventStore();
  }

  @Override
  protected AuditLog createAuditLog() {
    return stores().auditLog();
  }

  @Override
  protected AuditLog createAuditLog(AuditSeal seal) {
    stores();
    return JdbcStores.create(vendorDataSource, seal).auditLog();
  }

  @Override
  protected AuditTampering tampering(AuditLog log) {
    return AuditTampering.onCopy(log);
  }

  @Override
  protected PersonalDataVault createVault() {
    return stores().personalDataVault();
  }

  @Override
  protected Directory createDirectory() {
    return stores().directory();
  }
}
