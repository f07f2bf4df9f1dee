package nl.lon.testkit.conformance;

import java.util.UUID;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.event.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The conformance kit for {@link EventStore} adapters: one test per rule A1-A9 and R1-R5 of the
 * {@link EventStore} contract, grouped by rule (conformiteitstest gebeurtenissenopslag).
 *
 * <p>Extend it in your adapter's tests and return a new store from {@link #createStore()}; JUnit
 * runs every nested group against it. Test names start with the rule they check, so a failure such
 * as {@code a4_staleExpectedVersion_isRefusedWithBothVersionsAndWritesNothing} points to the
 * paragraph of the contract to read, and every assertion message starts with the rule id.
 *
 * <pre>{@code
 * class JdbcEventStoreConformanceTest extends EventStoreConformance {
 *   @Override
 *   protected EventStore createStore() {
 *     return new JdbcEventStore(dataSource);
 *   }
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Each test uses networks and cases with fresh random ids, so a store that keeps data of earlier
 * tests still passes; positions need not start at 1. Switch off what the adapter does not support
 * with {@link #capabilities()}: the tests that need it are then reported as skipped. The
 * concurrency tests run 16 threads for 100 rounds and take about a second against a fast store.
 * Rule A8 (behaviour on I/O errors) cannot be provoked through the port and is not checked.
 *
 * <p>Not thread-safe; JUnit creates a new instance for each test.
 *
 * @since 0.1
 */
public abstract class EventStoreConformance {

  /** Threads racing in each round of the A7 tests. */
  static final int RACE_THREADS = 16;

  /** Rounds of the A7 race. */
  static final int RACE_ROUNDS = 100;

  EventStore store;
  String run;
  NetworkId n1;
  NetworkId n2;

  /** Creates the kit; called by JUnit through the adapter's subclass. */
  protected EventStoreConformance() {}

  /**
   * Creates the store under test; called once before each test.
   *
   * @return a new store, or a store on fresh storage; never null
   * @since 0.1
   */
  protected abstract EventStore createStore();

  /**
   * What the store supports; override to switch capabilities off.
   *
   * @return {@link Capabilities#full()} unless overridden
   * @since 0.1
   */
  protected Capabilities capabilities() {
    return Capabilities.full();
  }

  /**
   * Releases a store after a test, for example its connection pool; does nothing unless overridden.
   *
   * @param store the store {@link #createStore()} returned
   * @throws Exception when releasing fails; the test then fails
   * @since 0.1
   */
  protected void release(EventStore store) throws Exception {}

  @BeforeEach
  final void createStoreUnderTest() {
    store = createStore();
    if (store == null) {
      throw new IllegalStateException("createStore() returned null; return the store under test");
    }
    run = UUID.randomUUID().toString().substring(0, 8);
    n1 = NetworkId.of("kit-net-1-" + run);
    n2 = NetworkId.of("kit-net-2-" + run);
  }

  @AfterEach
  final void releaseStoreUnderTest() throws Exception {
    if (store != null) {
      release(store);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Rule A1: arguments are checked before the store's state is read, and a malformed append writes
   * nothing.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("A1 arguments")
  public class Arguments extends EventStoreArgumentRules {

    /** Creates the group; called by JUnit. */
    public Arguments() {}

    @Override
    EventStoreConformance kit() {
      return EventStoreConformance.this;
    }
  }

  /**
   * Rule A2: a repeated append with the same idempotency key and batch returns the earlier result
   * and writes nothing; the same key with another batch is refused.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("A2 idempotency")
  public class Idempotency extends IdempotencyRules {

    /** Creates the group; called by JUnit. */
    public Idempotency() {}

    @Override
    EventStoreConformance kit() {
      return EventStoreConformance.this;
    }
  }

  /**
   * Rule A3: a stream belongs to the network of its first append.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("A3 stream network")
  public class StreamNetwork extends StreamNetworkRules {

    /** Creates the group; called by JUnit. */
    public StreamNetwork() {}

    @Override
    EventStoreConformance kit() {
      return EventStoreConformance.this;
    }
  }

  /**
   * Rule A4: optimistic concurrency; an append at another version than the stream's is refused with
   * both versions.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("A4 optimistic concurrency")
  public class OptimisticConcurrency extends OptimisticConcurrencyRules {

    /** Creates the group; called by JUnit. */
    public OptimisticConcurrency() {}

    @Override
    EventStoreConformance kit() {
      return EventStoreConformance.this;
    }
  }

  /**
   * Rule A5: the batch is written whole, or not at all, and reads back unchanged and versioned.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("A5 atomic write")
  public class AtomicWrite extends AtomicWriteRules {

    /** Creates the group; called by JUnit. */
    public AtomicWrite() {}

    @Override
    EventStoreConformance kit() {
      return EventStoreConformance.this;
    }
  }

  /**
   * Rule A6: positions strictly increase across all appends, in batch order.
   *
   * @since 0.2
   */
  @Nested
  @DisplayName("A6 positions")
  public class Positions extends PositionRules {

    /** Creates the group; called by JUnit. */
    public Positions() {}

    @Override
    EventStoreConformance kit() {
      return EventStoreConformance.this;
    }
  }

  /**
   * Rule A9: events once written are never changed, reordered or removed.
   *
   * @since 0.2
   */
  @Nested
  @DisplayName("A9 immutability")
  public class Immutability extends ImmutabilityRules {

    /** Creates the group; called by JUnit. */
    public Immutability() {}

    @Override
    EventStoreConformance kit() {
      return EventStoreConformance.this;
    }
  }

  /**
   * Rule A7: appends are linearizable; of racing appends at one version exactly one wins and no
   * update is ever lost.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("A7 linearizability")
  public class Linearizability extends ConcurrencyRules {

    /** Creates the group; called by JUnit. */
    public Linearizability() {}

    @Override
    EventStoreConformance kit() {
      return EventStoreConformance.this;
    }
  }

  /**
   * Rules R1-R5: reads return consistent, ordered, immutable snapshots.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("R1-R5 reads")
  public class Reads extends ReadRules {

    /** Creates the group; called by JUnit. */
    public Reads() {}

    @Override
    EventStoreConformance kit() {
      return EventStoreConformance.this;
    }
  }

  /**
   * The rules this kit cannot check, reported as skips with the reason (see {@link KitRule}).
   *
   * @since 0.2
   */
  @Nested
  @DisplayName("untested rules")
  public class Untested extends EventStoreUntestedRules {

    /** Creates the group; called by JUnit. */
    public Untested() {}

    @Override
    EventStoreConformance kit() {
      return EventStoreConformance.this;
    }
  }
}
