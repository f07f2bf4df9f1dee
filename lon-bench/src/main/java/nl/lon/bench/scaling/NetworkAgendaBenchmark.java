package nl.lon.bench.scaling;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.lon.bench.scenario.Database;
import nl.lon.bench.scenario.NetworkAgendaScenario;
import nl.lon.core.state.CaseState;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The network agenda through the case service over 1,000 and 10,000 stored cases, beside the floor
 * of reading the same events with one raw JDBC query and folding them ({@link
 * NetworkAgendaScenario}). Score: time per agenda; the report divides the service by the floor.
 *
 * <ul>
 *   <li>{@code service}: one long-lived service, as in production (what it has read before may help
 *       it);
 *   <li>{@code freshService}: a service that has read nothing yet, each call (the first agenda
 *       after a start);
 *   <li>{@code floor}: one query, decode, {@code CaseState.replay} per stream.
 * </ul>
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
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class NetworkAgendaBenchmark {

  /** The number of stored cases. */
  @Param({"1000", "10000"})
  public int cases;

  /** The database. */
  @Param({"H2"})
  public Database.Kind database;

  private NetworkAgendaScenario scenario;

  /** Stores the cases. */
  @Setup(Level.Trial)
  public void build() {
    scenario = new NetworkAgendaScenario(database, cases);
  }

  /** Drops the database. */
  @TearDown(Level.Trial)
  public void drop() {
    scenario.close();
  }

  /**
   * The agenda through one long-lived service.
   *
   * @return the agenda
   */
  @Benchmark
  public Agenda service() {
    return scenario.agenda();
  }

  /**
   * The agenda through a service that has read nothing yet.
   *
   * @return the agenda
   */
  @Benchmark
  public Agenda freshService() {
    return NetworkAgendaScenario.agenda(scenario.newService());
  }

  /**
   * The floor: one query, decode and fold.
   *
   * @return the folded states
   */
  @Benchmark
  public List<CaseState> floor() {
    return scenario.floor();
  }
}
