package nl.lon.bench.scaling;

import java.util.concurrent.TimeUnit;
import nl.lon.bench.scenario.AppendScenario;
import nl.lon.bench.scenario.CaseStores;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one more command through the case service on a case of 10 versus 10,000 events:
 * should not grow with the stream, since the service keeps a snapshot per case. Score: time per
 * command.
 *
 * <p>Preparing the cases is not measured ({@link AppendScenario}); every iteration starts on fresh
 * stores.
 *
 * @since 0.1
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class AppendScalingBenchmark {

  /** Where the case service keeps its data. */
  @Param({"MEMORY", "H2"})
  public CaseStores.Backend backend;

  /** The stream length before the measured command. */
  @Param({"10", "10000"})
  public int length;

  private AppendScenario scenario;

  /** Opens fresh stores with the first prepared case. */
  @Setup(Level.Iteration)
  public void open() {
    scenario = new AppendScenario(backend, length);
  }

  /** Replaces the case when it took its share of appends (not measured). */
  @Setup(Level.Invocation)
  public void next() {
    scenario.next();
  }

  /** Drops the stores. */
  @TearDown(Level.Iteration)
  public void close() {
    scenario.close();
  }

  /**
   * One more {@code AddInformation} on the prepared case.
   *
   * @return the state after it
   */
  @Benchmark
  public CaseState append() {
    return scenario.append();
  }
}
