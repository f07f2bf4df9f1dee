package nl.lon.bench.scenario;

import java.util.concurrent.atomic.AtomicLong;
import nl.lon.core.state.CaseState;
import nl.lon.service.CaseService;

/**
 * Runs {@link LifecycleScenario} on new cases, one after another or from several threads at once
 * (each lifecycle on its own case), against one set of {@link CaseStores}.
 *
 * <p>In-memory stores keep everything on the heap, so on the {@link CaseStores.Backend#MEMORY}
 * backend the runner moves to fresh in-memory stores after every {@value #CASES_PER_STORE} cases;
 * that swap is part of the measured time. Thread-safe.
 *
 * @since 0.1
 */
public final class LifecycleRunner implements AutoCloseable {

  /**
   * How many cases a store holds before it is replaced by a fresh one: in memory the runner swaps
   * at once; the benchmarks replace a database at the next iteration.
   */
  public static final int CASES_PER_STORE = 20_000;

  private final CaseStores.Backend backend;
  private final CaseStores stores;
  private final AtomicLong cases = new AtomicLong();
  private volatile CaseService service;

  /**
   * Opens fresh stores on a backend.
   *
   * @param backend where the service keeps its data
   */
  public LifecycleRunner(CaseStores.Backend backend) {
    this.backend = backend;
    this.stores = CaseStores.open(backend, "lifecycle");
    this.service = stores.service();
  }

  /**
   * Runs one lifecycle on a new case.
   *
   * @return the closed case's state
   */
  public CaseState run() {
    long n = cases.incrementAndGet();
    CaseService s = service;
    if (backend == CaseStores.Backend.MEMORY && n % CASES_PER_STORE == 0) {
      s = CaseStores.inMemory().service();
      service = s;
    }
    return LifecycleScenario.run(s, BenchFixtures.caseId("case", n), n);
  }

  /**
   * The lifecycles run so far.
   *
   * @return the count
   */
  public long cases() {
    return cases.get();
  }

  /**
   * The stores the runner started with, for checks.
   *
   * @return the stores
   */
  public CaseStores stores() {
    return stores;
  }

  /** Drops the stores. */
  @Override
  public void close() {
    stores.close();
  }
}
