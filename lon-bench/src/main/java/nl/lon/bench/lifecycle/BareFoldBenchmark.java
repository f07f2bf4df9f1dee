package nl.lon.bench.lifecycle;

import java.util.concurrent.TimeUnit;
import nl.lon.bench.scenario.AuditFloor;
import nl.lon.bench.scenario.BareFold;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The computation floor: the lifecycle's ten events as plain records, built and folded by a switch,
 * with no rules, store or audit; and the same plus the SHA-256 of the ten audit records the case
 * service writes for the lifecycle ({@link AuditFloor}), the floor of a hash-chained audit trail.
 * Score: lifecycles per second.
 *
 * @since 0.1
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 6)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class BareFoldBenchmark {

  private long cases;
  private AuditFloor audit;

  /** Takes the canonical audit texts of one lifecycle through the case service. */
  @Setup
  public void capture() {
    audit = new AuditFloor(AuditFloor.capture());
  }

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

  /**
   * Builds and folds one case's ten events and seals its ten audit records: the floor with audit.
   *
   * @return the closed state
   */
  @Benchmark
  public BareFold.State lifecycleWithAudit() {
    long n = ++cases;
    return audit.run("case-" + n, n);
  }
}
