package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.testkit.sample.SampleAuditEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The conformance kit for {@link AuditLog} adapters: tests for rules L1-L4 and L7-L9 of the {@link
 * AuditLog} contract, grouped by rule and named after it (conformiteitstest logging).
 *
 * <p>Extend it, return a new, empty log sealed with {@link AuditSeal#sha256()} from {@link
 * #createLog()}, one sealed with a given key from {@link #createKeyedLog(AuditSeal)}, and a way to
 * tamper with a log's storage from {@link #tampering(AuditLog)}; the kit then checks that each
 * network's hash chain is built as {@link AuditChain#link} builds it, that chains are independent
 * and stay intact under many (and concurrent) appends, that {@link AuditLog#verify(NetworkId)}
 * checks every stored row against the head and finds altered, removed, reordered and duplicated
 * records and rows beyond the head, that {@link AuditLog#verify(AuditCheckpoint)} finds a
 * truncation, a wipe and a rewrite with recomputed hashes, and that a keyed log finds such a
 * rewrite even without a checkpoint.
 *
 * <pre>{@code
 * class JdbcAuditLogConformanceTest extends AuditLogConformance {
 *   protected AuditLog createLog() { return new JdbcAuditLog(freshDataSource()); }
 *   protected AuditLog createKeyedLog(AuditSeal seal) { return new JdbcAuditLog(freshDataSource(), seal); }
 *   protected AuditTampering tampering(AuditLog log) { return new JdbcAuditTampering(dataSource); }
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Rules L5 (retention) and L6 (no personal data) concern operation and content and are not
 * checked here; that appends to two networks do not wait on each other (L7) cannot be seen from
 * outside and is checked only as far as both chains stay intact under concurrent appends. Not
 * thread-safe; JUnit creates a new instance for each test.
 *
 * @since 0.1
 */
public abstract class AuditLogConformance {

  /** Threads appending at once in the L1 concurrency test. */
  static final int APPEND_THREADS = 8;

  /** The network of the sample entries, whose chain most tests use. */
  static final NetworkId NETWORK = SampleAuditEntries.NETWORK;

  /** A second network. */
  static final NetworkId OTHER = NetworkId.of("kit-audit-other-network");

  /** The key of the keyed log in the L9 tests: 32 bytes, 0x4c ('L') each. */
  static final byte[] KEY =
      "LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  AuditLog log;
  final List<AuditLog> alsoCreated = new ArrayList<>();

  /** Creates the kit; called by JUnit through the adapter's subclass. */
  protected AuditLogConformance() {}

  /**
   * Creates the log under test; called once before each test.
   *
   * @return a new, empty log sealed with {@link AuditSeal#sha256()}; never null
   * @since 0.1
   */
  protected abstract AuditLog createLog();

  /**
   * Creates a log sealed with a keyed seal, for rule L9; called at most once per test, after {@link
   * #createLog()}, and released like it. Override it, or switch the capability off with {@link
   * Capabilities#withoutKeyedSeal(String)}.
   *
   * @param seal the keyed seal, {@link AuditSeal#hmacSha256(byte[])}
   * @return a new, empty log with that seal, on empty storage; never null
   * @since 0.1
   */
  protected AuditLog createKeyedLog(AuditSeal seal) {
    throw new UnsupportedOperationException(
        "L9: override createKeyedLog(AuditSeal) to return a log sealed with the given seal, or"
            + " switch the capability off with Capabilities.withoutKeyedSeal(reason)");
  }

  /**
   * A way to tamper with what a log created by {@link #createLog()} or {@link
   * #createKeyedLog(AuditSeal)} has stored; called after the records were appended.
   *
   * @param log the log to tamper with
   * @return tampering on the log's storage, or {@link AuditTampering#onCopy(AuditLog)}
   * @since 0.1
   */
  protected abstract AuditTampering tampering(AuditLog log);

  /**
   * What the log supports; override to switch capabilities off.
   *
   * @return {@link Capabilities#full()} unless overridden
   * @since 0.1
   */
  protected Capabilities capabilities() {
    return Capabilities.full();
  }

  /**
   * Releases a log after a test; does nothing unless overridden.
   *
   * @param log the log {@link #createLog()} or {@link #createKeyedLog(AuditSeal)} returned
   * @throws Exception when releasing fails; the test then fails
   * @since 0.1
   */
  protected void release(AuditLog log) throws Exception {}

  @BeforeEach
  final void createLogUnderTest() {
    log = createLog();
    if (log == null) {
      throw new IllegalStateException("createLog() returned null; return the log under test");
    }
    assertEquals(
        Set.of(),
        log.networks(),
        "createLog() must return an empty log: the kit counts from sequence 1");
    assertEquals(
        0,
        log.size(NETWORK),
        "createLog() must return an empty log: the kit counts from sequence 1");
  }

  @AfterEach
  final void releaseLogUnderTest() throws Exception {
    for (AuditLog other : alsoCreated) {
      release(other);
    }
    if (log != null) {
      release(log);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Rule L1: each append gets the next sequence of its network's chain and is sealed into it.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L1 append")
  public class Append extends AuditAppendRules {

    /** Creates the group; called by JUnit. */
    public Append() {}

    @Override
    AuditLogConformance kit() {
      return AuditLogConformance.this;
    }
  }

  /**
   * Rules L2 and L3: records never change; reads are ordered, filtered and immutable.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L2 append-only, L3 reads")
  public class Reads extends AuditReadRules {

    /** Creates the group; called by JUnit. */
    public Reads() {}

    @Override
    AuditLogConformance kit() {
      return AuditLogConformance.this;
    }
  }

  /**
   * Rule L4: verify checks every stored record of a chain against its head and finds every altered,
   * removed, reordered or duplicated record and every row beyond the head.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L4 verify")
  public class Verification extends AuditVerificationRules {

    /** Creates the group; called by JUnit. */
    public Verification() {}

    @Override
    AuditLogConformance kit() {
      return AuditLogConformance.this;
    }
  }

  /**
   * Rule L7: each network has a chain of its own.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L7 a chain per network")
  public class ChainPerNetwork extends AuditChainRules {

    /** Creates the group; called by JUnit. */
    public ChainPerNetwork() {}

    @Override
    AuditLogConformance kit() {
      return AuditLogConformance.this;
    }
  }

  /**
   * Rule L8: a checkpoint taken earlier finds a truncation, a wipe and a rewrite with recomputed
   * hashes.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L8 checkpoints")
  public class Checkpoints extends AuditCheckpointRules {

    /** Creates the group; called by JUnit. */
    public Checkpoints() {}

    @Override
    AuditLogConformance kit() {
      return AuditLogConformance.this;
    }
  }

  /**
   * Rule L9: a log with a keyed seal finds a rewrite with recomputed SHA-256 hashes without a
   * checkpoint.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L9 keyed seal")
  public class KeyedSeal extends AuditKeyedSealRules {

    /** Creates the group; called by JUnit. */
    public KeyedSeal() {}

    @Override
    AuditLogConformance kit() {
      return AuditLogConformance.this;
    }
  }

  /**
   * The rules this kit cannot check, reported as skips with the reason (see {@link KitRule}).
   *
   * @since 0.2
   */
  @Nested
  @DisplayName("untested rules")
  public class Untested extends AuditLogUntestedRules {

    /** Creates the group; called by JUnit. */
    public Untested() {}

    @Override
    AuditLogConformance kit() {
      return AuditLogConformance.this;
    }
  }
}
