package nl.lon.bench.lifecycle;

import java.util.concurrent.TimeUnit;
import nl.lon.bench.scenario.CaseStores;
import nl.lon.bench.scenario.LifecycleRunner;
import nl.lon.core.state.CaseState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full case lifecycles (ten commands, signal to closure) through the public case service, with
 * access checks and audit records, on the in-memory stores, on the JDBC adapter over embedded H2
 * and over PostgreSQL; one thread, and four threads on distinct cases. Score: lifecycles per second
 * (all threads together).
 *
 * <p>No store holds more than 20,000 cases plus one iteration's worth: the in-memory stores are
 * swapped for fresh ones every 20,000 cases (inside the measurement, {@link LifecycleRunner}), a
 * database is replaced by a fresh one at the next iteration once it holds 20,000 cases. Warm-up 5 ×
 * 6 s (Flowable gets 9 × 10 s, its steady state comes later), measurement 10 × 2 s: with few
 * iterations JMH's 99.9% interval is wide by statistics alone (Student's t for 2 iterations is
 * 637), so the measurement takes more, shorter iterations.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 6)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class CaseLifecycleBenchmark {

  /** Where the case service keeps its data. */
  @Param({"MEMORY", "H2"})
  public CaseStores.Backend backend;

  private LifecycleRunner runner;

  /** Opens fresh stores before the first iteration, and again once they hold 20,000 cases. */
  @Setup(Level.Iteration)
  public void open() {
    if (runner != null && runner.cases() < LifecycleRunner.CASES_PER_STORE) {
      return;
    }
    close();
    runner = new LifecycleRunner(backend);
  }

  /** Drops the stores. */
  @TearDown(Level.Trial)
  public void close() {
    if (runner != null) {
      runner.close();
      runner = null;
    }
  }

  /**
   * One lifecycle on a new case, one thread.
   *
   * @return the closed case
   */
  @Benchmark
  public CaseState lifecycle() {
    return runner.run();
  }

  /**
   * One lifecycle on a new case, four threads at once on distinct cases.
   *
   * @return the closed case
   */
  @Benchmark
  @Threads(4)
  public CaseState lifecycle4Threads() {
    return runner.run();
  }
}
