package nl.lon.bench.scenario;

import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.id.CaseId;
import nl.lon.core.network.Professional;
import nl.lon.service.CaseService;

/**
 * Several threads appending to the same case through one {@link CaseService}: each attempt is one
 * {@code AddInformation}; an attempt that loses the race fails with {@link
 * ConcurrencyConflictException} and writes nothing (a caller would reload and retry; here it is
 * counted). {@link #verify()} checks that no event was lost: the stream's version grew by exactly
 * the number of successful attempts.
 *
 * <p>The case is opened through the service up to the adopted plan; half the threads act as the
 * network director, half as the trajectory director. Thread-safe.
 *
 * @since 0.1
 */
public final class ContentionScenario implements AutoCloseable {

  private final CaseStores stores;
  private final CaseService service;
  private final CaseId caseId;
  private final long startVersion;
  private final LongAdder appended = new LongAdder();
  private final LongAdder conflicts = new LongAdder();

  /**
   * Opens fresh stores and the shared case.
   *
   * @param backend where the service keeps its data
   */
  public ContentionScenario(CaseStores.Backend backend) {
    this.stores = CaseStores.open(backend, "contention");
    this.service = stores.service();
    this.caseId = BenchFixtures.caseId("contended", 1);
    var nd = BenchFixtures.NETWORK_DIRECTOR.getId();
    var td = BenchFixtures.TRAJECTORY_DIRECTOR.getId();
    service.reportSignal(
        nd, BenchFixtures.REGISTER, BenchFixtures.signal(caseId, 1), Optional.empty());
    service.judgeReport(nd, BenchFixtures.DIRECT, caseId, BenchFixtures.JUDGE);
    service.decideCoordination(nd, BenchFixtures.DIRECT, caseId, BenchFixtures.COORDINATE);
    service.appointTrajectoryDirector(nd, BenchFixtures.DIRECT, caseId, BenchFixtures.APPOINT);
    service.recordScan(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.SCAN);
    service.formIntegralPicture(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.PICTURE);
    this.startVersion =
        service.adoptPlan(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.PLAN).getVersion();
  }

  /**
   * The actor of a thread: the network director for even, the trajectory director for odd indexes.
   *
   * @param thread the thread's index
   * @return the actor
   */
  public static Professional actor(int thread) {
    return thread % 2 == 0 ? BenchFixtures.NETWORK_DIRECTOR : BenchFixtures.TRAJECTORY_DIRECTOR;
  }

  /**
   * One attempt to append to the shared case.
   *
   * @param actor who appends
   * @return true when appended, false on a concurrency conflict
   */
  public boolean attempt(Professional actor) {
    try {
      service.addInformation(
          actor.getId(),
          actor.equals(BenchFixtures.NETWORK_DIRECTOR)
              ? BenchFixtures.DIRECT
              : BenchFixtures.TRAJECTORY,
          caseId,
          BenchFixtures.ADD_INFORMATION);
      appended.increment();
      return true;
    } catch (ConcurrencyConflictException e) {
      conflicts.increment();
      return false;
    }
  }

  /**
   * The stores the scenario runs on, for checks.
   *
   * @return the stores
   */
  public CaseStores stores() {
    return stores;
  }

  /**
   * The contended case.
   *
   * @return its id
   */
  public CaseId caseId() {
    return caseId;
  }

  /**
   * The successful attempts so far.
   *
   * @return the count
   */
  public long appended() {
    return appended.sum();
  }

  /**
   * The conflicts so far.
   *
   * @return the count
   */
  public long conflicts() {
    return conflicts.sum();
  }

  /**
   * Checks that no event was lost: the version is the start version plus the successful attempts.
   *
   * @return the stored version
   * @throws IllegalStateException when an event is missing or extra
   */
  public long verify() {
    long version = stores.events().version(caseId);
    long expected = startVersion + appended.sum();
    if (version != expected) {
      throw new IllegalStateException(
          "lost update on "
              + caseId
              + ": version "
              + version
              + ", expected "
              + expected
              + " ("
              + appended.sum()
              + " appended, "
              + conflicts.sum()
              + " conflicts)");
    }
    return version;
  }

  /** Drops the stores. */
  @Override
  public void close() {
    stores.close();
  }
}
