package nl.lon.testkit.conformance;

import java.util.Optional;
import java.util.UUID;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.vault.PersonalDataVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The conformance kit for {@link PersonalDataVault} adapters: one test per rule V1-V4 of the {@link
 * PersonalDataVault} contract (conformiteitstest kluis).
 *
 * <p>Extend it and return a new vault from {@link #createVault()}. Rule V4 (erasure never touches
 * case events or audit records) needs the event store and audit log that share storage with the
 * vault in production; override {@link #eventStoreBesideVault()} and {@link #auditLogBesideVault()}
 * to check it, otherwise it is reported as skipped.
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

  PersonalDataVault vault;
  NetworkId n1;
  NetworkId n2;
  String run;

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
   * The audit log that shares storage with the vault, for rule V4; empty leaves the audit log out
   * of that check.
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

  /**
   * Rules V1 and V2: put stores atomically, get returns what was put last.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("V1 put, V2 get")
  public class PutAndGet extends VaultRules {

    /** Creates the group; called by JUnit. */
    public PutAndGet() {}

    @Override
    PersonalDataVaultConformance kit() {
      return PersonalDataVaultConformance.this;
    }
  }

  /**
   * Rules V3 and V4: erasure removes the data and nothing else.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("V3 erase, V4 events untouched")
  public class Erasure extends VaultErasureRules {

    /** Creates the group; called by JUnit. */
    public Erasure() {}

    @Override
    PersonalDataVaultConformance kit() {
      return PersonalDataVaultConformance.this;
    }
  }
}
