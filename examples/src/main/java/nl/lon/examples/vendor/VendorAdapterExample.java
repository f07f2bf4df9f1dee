package nl.lon.examples.vendor;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.List;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.jdbc.JdbcStores;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;

/**
 * Vendor adapter example: wire the JDBC adapter to the vendor's own {@code DataSource} and build
 * the case service on it.
 *
 * <p>The vendor owns the pool (here HikariCP) and the database; the adapter borrows one connection
 * per call and runs its Flyway migrations in its own history table ({@code lon_schema_history}),
 * next to the vendor's tables. Pass a JDBC URL (and user, password) for PostgreSQL; without
 * arguments an embedded H2 file database is used. For H2 file mode use {@code WRITE_DELAY=0} so an
 * acknowledged append survives a killed process. The conformance kit is run against this wiring by
 * {@code VendorAdapterConformanceTest} in this module's tests.
 *
 * @since 0.1
 */
public final class VendorAdapterExample {

  private VendorAdapterExample() {}

  /**
   * Builds the vendor's pool.
   *
   * @param url the JDBC URL
   * @param user the user, may be empty
   * @param password the password, may be empty
   * @return the pool
   */
  public static HikariDataSource vendorDataSource(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(8);
    config.setPoolName("vendor-pool");
    return new HikariDataSource(config);
  }

  /**
   * Builds the case service on the vendor's data source.
   *
   * @param dataSource the vendor's data source
   * @param network the network served
   * @param profile its methodology profile
   * @param clock the clock
   * @return the service
   */
  public static CaseService caseService(
      javax.sql.DataSource dataSource, NetworkId network, MethodologyProfile profile, Clock clock) {
    return CaseService.builder()
        .stores(JdbcStores.create(dataSource))
        .profile(network, profile)
        .clock(clock)
        .build();
  }

  /**
   * Runs the example: migrates the vendor's database and reports what is there.
   *
   * @param args optional: JDBC URL, user, password
   */
  public static void main(String[] args) {
    List<String> a = List.of(args);
    String url = a.size() > 0 ? a.get(0) : "jdbc:h2:file:./target/vendor-db/lon;WRITE_DELAY=0";
    try (HikariDataSource ds =
        vendorDataSource(url, a.size() > 1 ? a.get(1) : "", a.size() > 2 ? a.get(2) : "")) {
      JdbcStores stores = JdbcStores.create(ds);
      System.out.println(
          "LON schema ready on "
              + url
              + "; networks known: "
              + stores.directory().networks().size()
              + "; audit records: "
              + stores.auditLog().verify().getRecordsChecked()
              + "; chain "
              + (stores.auditLog().verify().isOk() ? "ok" : "BROKEN"));
    }
  }
}
