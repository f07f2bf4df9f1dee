package nl.lon.bench.scaling;

import java.util.concurrent.TimeUnit;
import nl.lon.bench.scenario.CaseStores;
import nl.lon.bench.scenario.ContentionScenario;
import nl.lon.core.network.Professional;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.ThreadParams;

/**
 * The case service under contention: four threads appending to the same case. Score: attempts per
 * second; the secondary results {@code appended} and {@code conflicts} split them into successful
 * appends and concurrency conflicts. At the end of every iteration the case's version must equal
 * its start version plus the successful appends (no lost event), else the benchmark fails.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ContentionBenchmark {

  /** Where the case service keeps its data. */
  @Param({"MEMORY", "H2"})
  public CaseStores.Backend backend;

  private ContentionScenario scenario;

  /** Per-thread counts of successful appends and conflicts, reported as rates. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Outcomes {
    /** Successful appends. */
    public long appended;

    /** Attempts that lost the race. */
    public long conflicts;

    private Professional actor;

    /**
     * Picks this thread's actor.
     *
     * @param thread the thread's parameters
     */
    @Setup(Level.Trial)
    public void actor(ThreadParams thread) {
      actor = ContentionScenario.actor(thread.getThreadIndex());
    }

    /** Resets the counts. */
    @Setup(Level.Iteration)
    public void reset() {
      appended = 0;
      conflicts = 0;
    }
  }

  /** Opens fresh stores with the shared case. */
  @Setup(Level.Iteration)
  public void open() {
    scenario = new ContentionScenario(backend);
  }

  /** Checks that no event was lost, then drops the stores. */
  @TearDown(Level.Iteration)
  public void verify() {
    try {
      scenario.verify();
    } finally {
      scenario.close();
    }
  }

  /**
   * One attempt to append to the shared case.
   *
   * @param outcomes this thread's counts
   * @return whether it appended
   */
  @Benchmark
  @Threads(4)
  public boolean append(Outcomes outcomes) {
    boolean ok = scenario.attempt(outcomes.actor);
    if (ok) {
      outcomes.appended++;
    } else {
      outcomes.conflicts++;
    }
    return ok;
  }
}
