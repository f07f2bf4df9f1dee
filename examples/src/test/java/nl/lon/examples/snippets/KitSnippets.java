package nl.lon.examples.snippets;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.jdbc.JdbcAuditLog;
import nl.lon.persistence.jdbc.JdbcDirectory;
import nl.lon.persistence.jdbc.JdbcEventStore;
import nl.lon.persistence.jdbc.JdbcPersonalDataVault;
import nl.lon.persistence.jdbc.JdbcStores;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.testkit.arbitraries.CaseHistories;
import nl.lon.testkit.conformance.AuditLogConformance;
import nl.lon.testkit.conformance.AuditTampering;
import nl.lon.testkit.conformance.Capabilities;
import nl.lon.testkit.conformance.DirectoryConformance;
import nl.lon.testkit.conformance.EventStoreConformance;
import nl.lon.testkit.conformance.FaultInjectingDataSource;
import nl.lon.testkit.conformance.PersistenceConformanceKit;
import nl.lon.testkit.conformance.PersonalDataVaultConformance;
import nl.lon.testkit.conformance.StoresConformance;
import nl.lon.testkit.sample.SampleAuditEntries;
import nl.lon.testkit.sample.SampleDirectory;
import nl.lon.testkit.sample.SampleEvents;
import nl.lon.testkit.sample.SamplePersonalData;
import nl.lon.testkit.scenario.ScenarioRunner;
import nl.lon.testkit.time.TestClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The Javadoc examples of {@code lon-testkit}, each verbatim inside compiling code; {@code
 * JavadocExamplesTest} checks that every example is here, {@code KitSnippetsProperties} runs the
 * property examples.
 *
 * <p>The conformance examples are inner (non-static) classes, so that they can use this holder's
 * {@link #db}, {@link #dataSource} and {@link #freshDataSource()}. Neither Surefire (it skips
 * nested classes, {@code **}{@code /*$*}) nor JUnit (inner classes run only with {@code @Nested})
 * runs them; {@code VendorAdapterConformanceTest} runs the kit for real.
 */
final class KitSnippets {

  private final Databases db = new Databases();
  private final DataSource dataSource = db.fresh();

  private DataSource freshDataSource() {
    return db.fresh();
  }

  // TestClock
  static CaseService testClock(Stores stores, NetworkId network, MethodologyProfile profile) {
    TestClock clock = TestClock.at(LocalDate.of(2026, 3, 2)); // 09:00 Europe/Amsterdam
    CaseService service =
        CaseService.builder().stores(stores).profile(network, profile).clock(clock).build();
    clock.advanceDays(14); // two weeks later
    return service;
  }

  // AuditLogConformance
  class JdbcAuditLogConformanceTest extends AuditLogConformance {
    protected AuditLog createLog() {
      return new JdbcAuditLog(freshDataSource());
    }

    protected AuditLog createKeyedLog(AuditSeal seal) {
      return new JdbcAuditLog(freshDataSource(), seal);
    }

    protected AuditTampering tampering(AuditLog log) {
      return new JdbcAuditTampering(dataSource);
    }
  }

  // AuditTampering
  class TamperingExample extends AuditLogConformance {
    private final Jdbc jdbc = new Jdbc(dataSource);

    @Override
    protected AuditTampering tampering(AuditLog log) {
      return new AuditTampering() {
        public void overwrite(AuditRecord r) {
          // replace the stored row of r's network and sequence by r, facts and hashes as given
        }

        public void remove(NetworkId n, long seq) {
          jdbc.update("delete from audit where network = ? and seq = ?", n, seq);
        }

        public void swap(NetworkId n, long a, long b) {
          // exchange the two rows' storage order
        }

        public void insertAfterLast(AuditRecord r) {
          // insert a row after the network's last
        }

        public void moveHead(NetworkId n, long size, String hash) {
          jdbc.update("update head set size = ?, hash = ? where network = ?", size, hash, n);
        }
      };
    }

    @Override
    protected AuditLog createLog() {
      return new JdbcAuditLog(dataSource);
    }
  }

  // Capabilities
  class CapabilitiesExample extends EventStoreConformance {
    @Override
    protected Capabilities capabilities() {
      return Capabilities.full().withoutConcurrentWriters("SQLite file store: one writer process");
    }

    @Override
    protected EventStore createStore() {
      return new JdbcEventStore(freshDataSource());
    }
  }

  // DirectoryConformance
  class JdbcDirectoryConformanceTest extends DirectoryConformance {
    protected Directory createDirectory() {
      return new JdbcDirectory(freshDataSource());
    }
  }

  // EventStoreConformance
  class JdbcEventStoreConformanceTest extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new JdbcEventStore(dataSource);
    }
  }

  /** {@link FaultInjectingDataSource}. */
  Stores failing() {
    Stores failing = JdbcStores.withoutMigration(new FaultInjectingDataSource(dataSource, 3));
    return failing;
  }

  // PersistenceConformanceKit
  class JdbcPersistenceConformanceTest extends PersistenceConformanceKit {
    protected EventStore createEventStore() {
      return new JdbcEventStore(db.fresh());
    }

    protected AuditLog createAuditLog() {
      return new JdbcAuditLog(db.fresh());
    }

    protected AuditLog createAuditLog(AuditSeal seal) {
      return new JdbcAuditLog(db.fresh(), seal);
    }

    protected AuditTampering tampering(AuditLog log) {
      return new JdbcAuditTampering(db.current());
    }

    protected PersonalDataVault createVault() {
      return new JdbcPersonalDataVault(db.current());
    }

    protected Directory createDirectory() {
      return new JdbcDirectory(db.fresh());
    }

    protected Capabilities capabilities() {
      return Capabilities.full();
    }
  }

  // PersonalDataVaultConformance
  class JdbcVaultConformanceTest extends PersonalDataVaultConformance {
    protected PersonalDataVault createVault() {
      return new JdbcPersonalDataVault(dataSource);
    }

    protected Optional<EventStore> eventStoreBesideVault() {
      return Optional.of(new JdbcEventStore(dataSource));
    }
  }

  // StoresConformance
  class JdbcStoresConformanceTest extends StoresConformance {
    protected Stores createStores() {
      return JdbcStores.create(db.fresh());
    }

    protected Optional<Stores> createStoresFailingAt(Stores observer, int step) {
      return Optional.of(
          JdbcStores.withoutMigration(new FaultInjectingDataSource(db.current(), step)));
    }
  }

  /** {@link nl.lon.testkit.scenario.ScenarioRunner}: a vendor's own scenario files. */
  static class VendorScenarios {
    @TestFactory
    Stream<DynamicNode> scenarios() {
      return ScenarioRunner.directory(Path.of("src/test/scenarios"));
    }
  }

  /** {@link nl.lon.testkit.arbitraries.CaseHistoryArbitrary}. */
  static Arbitrary<List<CaseEvent>> longer() {
    Arbitrary<List<CaseEvent>> longer =
        CaseHistories.histories(MethodologyProfile.rotterdam())
            .ofMaxCommands(100)
            .startingOn(LocalDate.of(2026, 1, 5));
    return longer;
  }

  /** {@link SampleAuditEntries}. */
  static AuditRecord sampleAuditEntry(AuditLog auditLog) {
    AuditRecord r = auditLog.append(SampleAuditEntries.entry(1));
    return r;
  }

  /** {@link SampleDirectory}. */
  static void sampleDirectory(Directory directory) {
    directory.put(SampleDirectory.network("n-1", "Noord"));
    directory.put(SampleDirectory.professional("p-1", "ggd", "n-1", ProfessionalRole.CORE_MEMBER));
  }

  /** {@link SampleEvents}. */
  static List<CaseEvent> sampleEvents(EventStore store, CaseId caseId, NetworkId network) {
    List<CaseEvent> all = SampleEvents.all(CaseId.of("c-1"), NetworkId.of("n-1")); // 25 events
    store.append(caseId, network, 0, all, Optional.empty());
    return all;
  }

  /** {@link SamplePersonalData}. */
  static void samplePersonalData(
      PersonalDataVault vault, NetworkId network, ClientNumber client, CaseId caseId) {
    vault.put(network, client, caseId, SamplePersonalData.of(1));
  }

  /** Fresh H2 in-memory databases; {@link #current()} is the last one made. */
  static final class Databases {
    private DataSource current;

    DataSource fresh() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:snippets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      JdbcStores.migrate(h2);
      current = h2;
      return h2;
    }

    DataSource current() {
      return current;
    }
  }

  /** The few lines of JDBC the tampering example needs. */
  static final class Jdbc {
    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    void update(String sql, Object... args) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setObject(i + 1, args[i] instanceof NetworkId n ? n.getValue() : args[i]);
        }
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Stands for the adapter's own tampering, written as in {@link AuditTampering}'s example (the
   * JDBC adapter's is in its test sources); here it tampers with a copy.
   */
  static final class JdbcAuditTampering implements AuditTampering {
    private final AuditTampering copy;

    JdbcAuditTampering(DataSource dataSource) {
      this.copy = AuditTampering.onCopy(new JdbcAuditLog(dataSource));
    }

    @Override
    public void overwrite(AuditRecord record) {
      copy.overwrite(record);
    }

    @Override
    public void remove(NetworkId network, long sequence) {
      copy.remove(network, sequence);
    }

    @Override
    public void swap(NetworkId network, long first, long second) {
      copy.swap(network, first, second);
    }

    @Override
    public void insertAfterLast(AuditRecord record) {
      copy.insertAfterLast(record);
    }

    @Override
    public void moveHead(NetworkId network, long size, String hash) {
      copy.moveHead(network, size, hash);
    }

    @Override
    public boolean changesStorage() {
      return copy.changesStorage();
    }

    @Override
    public AuditLogVerification verify(AuditLog log) {
      return copy.verify(log);
    }

    @Override
    public AuditVerification verify(AuditLog log, NetworkId network) {
      return copy.verify(log, network);
    }

    @Override
    public AuditVerification verify(AuditLog log, AuditCheckpoint checkpoint) {
      return copy.verify(log, checkpoint);
    }
  }
}
