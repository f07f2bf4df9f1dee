package nl.lon.testkit.conformance;

import java.util.Optional;
import java.util.UUID;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The conformance kit for {@link Stores#commit(UnitOfWork)}, rules U1-U4 (conformiteitstest
 * werkeenheid): a command's events, audit record and vault change are written together or not at
 * all.
 *
 * <pre>{@code
 * class JdbcStoresConformanceTest extends StoresConformance {
 *   protected Stores createStores() { return JdbcStores.create(db.fresh()); }
 *   protected Optional<Stores> createStoresFailingAt(Stores observer, int step) {
 *     return Optional.of(JdbcStores.withoutMigration(new FaultInjectingDataSource(db.current(), step)));
 *   }
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Rule U5 (durability across a crash of the process) cannot be checked from inside one JVM; an
 * adapter proves it with a crash test that kills the writing process (the JDBC reference adapter's
 * crash cycles do). Rule U4 is checked by fault injection: the adapter gives stores on the same
 * storage whose {@code step}-th storage operation fails, and the kit checks that each failed commit
 * left nothing visible and that the first commit without a fault left everything. An adapter that
 * cannot inject faults leaves {@link #createStoresFailingAt} as it is; U4 is then reported as
 * skipped with that reason.
 *
 * <p>Not thread-safe; JUnit creates a new instance for each test.
 *
 * @since 0.2
 */
public abstract class StoresConformance {

  /** The most faults the U4 rule injects before it expects a commit to pass. */
  public static final int MAX_FAULT_STEPS = 80;

  Stores stores;
  String run;
  NetworkId network;
  NetworkId otherNetwork;

  /** Creates the kit; called by JUnit through the adapter's subclass. */
  protected StoresConformance() {}

  /**
   * Creates the stores under test; called once before each test.
   *
   * @return stores on fresh or isolated storage; never null
   * @since 0.2
   */
  protected abstract Stores createStores();

  /**
   * Stores on the same storage as {@code observer} whose {@code step}-th storage operation (a
   * statement, a commit, a file write: the adapter decides what counts) fails with an exception,
   * for rule U4. Empty unless overridden: the kit then skips U4.
   *
   * @param observer the stores {@link #createStores()} returned for this test
   * @param step which operation fails, 1 or more
   * @return the failing stores, or empty when the adapter cannot inject faults
   * @since 0.2
   */
  protected Optional<Stores> createStoresFailingAt(Stores observer, int step) {
    return Optional.empty();
  }

  /**
   * Releases stores after a test; does nothing unless overridden.
   *
   * @param stores the stores {@link #createStores()} returned
   * @throws Exception when releasing fails
   * @since 0.2
   */
  protected void release(Stores stores) throws Exception {}

  @BeforeEach
  final void createStoresUnderTest() {
    stores = createStores();
    if (stores == null) {
      throw new IllegalStateException("createStores() returned null; return the stores under test");
    }
    run = UUID.randomUUID().toString().substring(0, 8);
    network = NetworkId.of("kit-uow-" + run);
    otherNetwork = NetworkId.of("kit-uow-other-" + run);
  }

  @AfterEach
  final void releaseStoresUnderTest() throws Exception {
    if (stores != null) {
      release(stores);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Rule U1: a commit makes the events, the audit record and the vault change visible together.
   *
   * @since 0.2
   */
  @Nested
  @DisplayName("U1 all or nothing")
  public class AllOrNothing extends UnitOfWorkRules {

    /** Creates the group; called by JUnit. */
    public AllOrNothing() {}

    @Override
    StoresConformance kit() {
      return StoresConformance.this;
    }
  }

  /**
   * Rule U2: a refused append writes nothing, not even the audit record.
   *
   * @since 0.2
   */
  @Nested
  @DisplayName("U2 refusal writes nothing")
  public class Refusal extends UnitOfWorkRefusalRules {

    /** Creates the group; called by JUnit. */
    public Refusal() {}

    @Override
    StoresConformance kit() {
      return StoresConformance.this;
    }
  }

  /**
   * Rule U3: an idempotency key answers a repeat of the same batch, and refuses another batch.
   *
   * @since 0.2
   */
  @Nested
  @DisplayName("U3 idempotency")
  public class Idempotency extends UnitOfWorkIdempotencyRules {

    /** Creates the group; called by JUnit. */
    public Idempotency() {}

    @Override
    StoresConformance kit() {
      return StoresConformance.this;
    }
  }

  /**
   * Rule U4: a commit that fails at any step leaves nothing; checked by fault injection.
   *
   * @since 0.2
   */
  @Nested
  @DisplayName("U4 failure at any step")
  public class Failure extends UnitOfWorkFailureRules {

    /** Creates the group; called by JUnit. */
    public Failure() {}

    @Override
    StoresConformance kit() {
      return StoresConformance.this;
    }
  }

  /**
   * The rules this kit cannot check, reported as skips with the reason (see {@link KitRule}).
   *
   * @since 0.2
   */
  @Nested
  @DisplayName("untested rules")
  public class Untested extends UnitOfWorkUntestedRules {

    /** Creates the group; called by JUnit. */
    public Untested() {}

    @Override
    StoresConformance kit() {
      return StoresConformance.this;
    }
  }
}
