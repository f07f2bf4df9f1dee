package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.testkit.sample.SampleAuditEntries;
import nl.lon.testkit.sample.SampleEvents;
import nl.lon.testkit.sample.SamplePersonalData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link PersonalDataVault} adapters: one test per rule V1-V4 of the
 * {@link PersonalDataVault} contract (conformiteitstest kluis).
 *
 * <p>Extend it and return a new vault from {@link #createVault()}. Rule V4 (erasure never touches
 * case events or audit records) needs the event store and audit log that share storage with the
 * vault in production; override {@link #eventStoreBesideVault()} and {@link
 * #auditLogBesideVault()} to check it, otherwise it is reported as skipped.
 *
 * <pre>{@code
 * class JdbcVaultConformanceTest extends PersonalDataVaultConformance {
 *   protected PersonalDataVault createVault() { return new JdbcPersonalDataVault(dataSource); }
 *   protected Optional<EventStore> eventStoreBesideVault() { return Optional.of(new JdbcEventStore(dataSource)); }
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Not thread-safe; JUnit creates a new instance for each test.
 *
 * @since 0.1
 */
public abstract class PersonalDataVaultConformance {

  private PersonalDataVault vault;
  private NetworkId n1;
  private NetworkId n2;
  private String run;

  /** Creates the kit; called by JUnit through the adapter's subclass. */
  protected PersonalDataVaultConformance() {}

  /**
   * Creates the vault under test; called once before each test.
   *
   * @return a new vault, or one on fresh storage; never null
   * @since 0.1
   */
  protected abstract PersonalDataVault createVault();

  /**
   * The event store that shares storage with the vault, for rule V4; empty skips that check.
   *
   * @return the store, or empty
   * @since 0.1
   */
  protected Optional<EventStore> eventStoreBesideVault() {
    return Optional.empty();
  }

  /**
   * The audit log that shares storage with the vault, for rule V4; empty leaves the audit log
   * out of that check.
   *
   * @return the log, or empty
   * @since 0.1
   */
  protected Optional<AuditLog> auditLogBesideVault() {
    return Optional.empty();
  }

  /**
   * What the vault supports; override to switch capabilities off.
   *
   * @return {@link Capabilities#full()} unless overridden
   * @since 0.1
   */
  protected Capabilities capabilities() {
    return Capabilities.full();
  }

  /**
   * Releases a vault after a test; does nothing unless overridden.
   *
   * @param vault the vault {@link #createVault()} returned
   * @throws Exception when releasing fails; the test then fails
   * @since 0.1
   */
  protected void release(PersonalDataVault vault) throws Exception {}

  @BeforeEach
  final void createVaultUnderTest() {
    vault = createVault();
    if (vault == null) {
      throw new IllegalStateException("createVault() returned null; return the vault under test");
    }
    run = UUID.randomUUID().toString().substring(0, 8);
    n1 = NetworkId.of("kit-vault-net-1-" + run);
    n2 = NetworkId.of("kit-vault-net-2-" + run);
  }

  @AfterEach
  final void releaseVaultUnderTest() throws Exception {
    if (vault != null) {
      release(vault);
    }
  }

  private ClientNumber client(String name) {
    return ClientNumber.of("C-" + name + "-" + run);
  }

  /**
   * Rules V1 and V2: put stores atomically, get returns what was put last.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("V1 put, V2 get")
  public class PutAndGet {

    /** Creates the group; called by JUnit. */
    public PutAndGet() {}

    /** V1/V2: what is put is got back equal. */
    @Test
    void v1_put_thenGetReturnsTheData() {
      ClientNumber c = client("v1");
      for (int i = 0; i < 2; i++) {
        ClientNumber who = ClientNumber.of(c.getValue() + "-" + i);
        vault.put(n1, who, SamplePersonalData.of(i));
        assertEquals(
            Optional.of(SamplePersonalData.of(i)),
            vault.get(n1, who),
            "V2: get returns the data put" + (i % 2 == 1 ? " (without optional fields)" : ""));
        assertTrue(vault.contains(n1, who), "V2: contains is true after put");
      }
    }

    /** V1: a second put replaces the data. */
    @Test
    void v1_putAgain_replacesTheData() {
      ClientNumber c = client("v1-replace");
      vault.put(n1, c, SamplePersonalData.of(1));
      vault.put(n1, c, SamplePersonalData.of(2));
      assertEquals(
          Optional.of(SamplePersonalData.of(2)), vault.get(n1, c), "V1: put replaces earlier data");
    }

    /** V1: concurrent readers see the old or the new data, never a mix. */
    @Test
    void v1_concurrentPutsAndGets_seeWholeValues() {
      Assumptions.assumeTrue(
          capabilities().supportsConcurrentWriters(), capabilities().concurrentWritersSkip("V1"));
      ClientNumber c = client("v1-race");
      Set<PersonalData> written = new HashSet<>();
      for (int i = 0; i < 40; i++) {
        written.add(SamplePersonalData.of(i));
      }
      vault.put(n1, c, SamplePersonalData.of(0));
      List<Callable<List<String>>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        tasks.add(
            () -> {
              List<String> torn = new ArrayList<>();
              for (int i = 0; i < 200; i++) {
                if (thread < 2) {
                  vault.put(n1, c, SamplePersonalData.of((i * 2 + thread) % 40));
                } else {
                  Optional<PersonalData> got = vault.get(n1, c);
                  if (got.isEmpty() || !written.contains(got.get())) {
                    torn.add(got.isEmpty() ? "empty" : "a mix of two puts");
                  }
                }
              }
              return torn;
            });
      }
      List<List<String>> results;
      try (Race race = new Race(4, "v1")) {
        results = race.all(tasks);
      }
      for (List<String> torn : results) {
        assertTrue(torn.isEmpty(), "V1: a get during puts saw " + (torn.isEmpty() ? "" : torn.get(0)));
      }
    }

    /** V2: an unknown client is empty and not contained. */
    @Test
    void v2_unknownClient_isEmptyAndNotContained() {
      ClientNumber c = client("v2-unknown");
      assertEquals(Optional.empty(), vault.get(n1, c), "V2: get of an unknown client is empty");
      assertFalse(vault.contains(n1, c), "V2: contains of an unknown client is false");
    }

    /** V2: the same client number in two networks names two entries. */
    @Test
    void v2_sameClientNumberInTwoNetworks_areSeparateEntries() {
      Assumptions.assumeTrue(
          capabilities().supportsMultipleNetworks(), capabilities().multipleNetworksSkip("V2"));
      ClientNumber c = client("v2-networks");
      vault.put(n1, c, SamplePersonalData.of(1));
      assertEquals(Optional.empty(), vault.get(n2, c), "V2: entries are keyed by network too");
      vault.put(n2, c, SamplePersonalData.of(2));
      assertEquals(Optional.of(SamplePersonalData.of(1)), vault.get(n1, c), "V2: keyed by network");
      assertEquals(Optional.of(SamplePersonalData.of(2)), vault.get(n2, c), "V2: keyed by network");
      assertTrue(vault.erase(n2, c), "V3: erase in the second network");
      assertEquals(
          Optional.of(SamplePersonalData.of(1)),
          vault.get(n1, c),
          "V3: erasing in one network leaves the other network's entry");
    }
  }

  /**
   * Rules V3 and V4: erasure removes the data and nothing else.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("V3 erase, V4 events untouched")
  public class Erasure {

    /** Creates the group; called by JUnit. */
    public Erasure() {}

    /** V3: erase removes the data and reports true, a second erase reports false. */
    @Test
    void v3_erase_removesTheDataAndReportsWhetherThereWereAny() {
      ClientNumber c = client("v3");
      vault.put(n1, c, SamplePersonalData.of(1));
      assertTrue(vault.erase(n1, c), "V3: erase reports true when data were stored");
      assertEquals(Optional.empty(), vault.get(n1, c), "V3: get is empty after erase");
      assertFalse(vault.contains(n1, c), "V3: contains is false after erase");
      assertFalse(vault.erase(n1, c), "V3: a second erase reports false");
      assertFalse(vault.erase(n1, client("v3-never")), "V3: erasing an unknown client reports false");
    }

    /** V3: a put after an erase stores again. */
    @Test
    void v3_putAfterErase_storesAgain() {
      ClientNumber c = client("v3-again");
      vault.put(n1, c, SamplePersonalData.of(1));
      vault.erase(n1, c);
      vault.put(n1, c, SamplePersonalData.of(4));
      assertEquals(Optional.of(SamplePersonalData.of(4)), vault.get(n1, c), "V3: put after erase");
    }

    /**
     * V4: erasing a client's personal data leaves the case events readable and unchanged, and the
     * audit log intact.
     */
    @Test
    void v4_erasure_leavesEventsAndAuditRecordsIntact() {
      Optional<EventStore> maybeStore = eventStoreBesideVault();
      Assumptions.assumeTrue(
          maybeStore.isPresent(),
          "skipped V4: eventStoreBesideVault() is empty, so the kit cannot check that erasure"
              + " leaves the case events intact");
      EventStore store = maybeStore.get();
      Optional<AuditLog> auditLog = auditLogBesideVault();
      ClientNumber c = client("v4");
      CaseId stream = CaseId.of("kit-v4-" + run);
      List<CaseEvent> events = SampleEvents.all(stream, n1);
      store.append(stream, n1, 0, events, Optional.empty());
      vault.put(n1, c, SamplePersonalData.of(1));
      List<AuditRecord> records = new ArrayList<>();
      auditLog.ifPresent(
          l -> {
            for (int i = 1; i <= 3; i++) {
              records.add(l.append(SampleAuditEntries.entry(i, stream, c, n1)));
            }
          });

      assertTrue(vault.erase(n1, c), "V3: erase reports true when data were stored");

      assertEquals(Optional.empty(), vault.get(n1, c), "V3: get is empty after erase");
      assertEquals(events, store.read(stream), "V4: erasure must leave the case events readable and unchanged");
      assertEquals(events.size(), store.version(stream), "V4: erasure must not change the stream");
      auditLog.ifPresent(
          l -> {
            assertEquals(records, l.readForCase(n1, stream), "V4: erasure must leave the audit records");
            assertTrue(l.verify().isOk(), "V4: the audit chain stays intact after erasure");
          });
    }
  }
}
