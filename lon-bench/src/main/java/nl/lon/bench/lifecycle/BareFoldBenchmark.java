package nl.lon.bench.lifecycle;

import java.util.concurrent.TimeUnit;
import nl.lon.bench.scenario.BareFold;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The computation floor: the lifecycle's ten events as plain records, built and folded by a switch,
 * with no rules, store or audit. Score: lifecycles per second.
 *
 * @since 0.1
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class BareFoldBenchmark {

  private long cases;

  /**
   * Builds and folds one case's ten events.
   *
   * @return the closed state
   */
  @Benchmark
  public BareFold.State lifecycle() {
    long n = ++cases;
    return BareFold.run("case-" + n, n);
  }
}
