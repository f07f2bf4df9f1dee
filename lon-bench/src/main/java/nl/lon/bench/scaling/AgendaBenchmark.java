package nl.lon.bench.scaling;

import java.util.concurrent.TimeUnit;
import nl.lon.bench.scenario.AgendaScenario;
import nl.lon.rules.agenda.Agenda;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A network's agenda over 1,000, 10,000 and 100,000 open cases, from pre-built case states. Score:
 * time per agenda; the report divides by the number of cases.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class AgendaBenchmark {

  /** The number of open cases. */
  @Param({"1000", "10000", "100000"})
  public int cases;

  private AgendaScenario scenario;

  /** Builds the case states. */
  @Setup(Level.Trial)
  public void build() {
    scenario = new AgendaScenario(cases);
  }

  /**
   * The agenda of all cases.
   *
   * @return the agenda
   */
  @Benchmark
  public Agenda agenda() {
    return scenario.run();
  }
}
