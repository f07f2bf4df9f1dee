package nl.lon.bench.lifecycle;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.lon.bench.scenario.Database;
import nl.lon.bench.scenario.LifecycleRunner;
import nl.lon.bench.scenario.RawJdbcScenario;
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
 * The persistence floor: the lifecycle's ten events as JSON text inserted by hand, one transaction
 * per step and all in one transaction, on the same database kinds and settings as the case service.
 * Score: lifecycles (ten rows) per second.
 *
 * <p>A fresh database is created before the first iteration and again at the next iteration once it
 * holds 20,000 cases, as for the case service's stores.
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
public class RawJdbcLifecycleBenchmark {

  /** The database. */
  @Param({"H2"})
  public Database.Kind database;

  private final AtomicLong cases = new AtomicLong();
  private long casesAtOpen;
  private Database db;
  private RawJdbcScenario raw;

  /**
   * Creates a fresh database and its table before the first iteration, and again once it holds
   * 20,000 cases.
   */
  @Setup(Level.Iteration)
  public void open() {
    if (raw != null && cases.get() - casesAtOpen < LifecycleRunner.CASES_PER_STORE) {
      return;
    }
    close();
    casesAtOpen = cases.get();
    db = Database.create(database, "raw");
    raw = new RawJdbcScenario(db);
  }

  /** Drops the database. */
  @TearDown(Level.Trial)
  public void close() {
    if (raw != null) {
      db.close();
      raw = null;
    }
  }

  /**
   * Ten inserts, each in its own transaction on a pooled connection.
   *
   * @return the rows inserted
   */
  @Benchmark
  public int onePerStep() {
    return raw.onePerStep("case-" + cases.incrementAndGet());
  }

  /**
   * Ten inserts in one transaction, as one batch.
   *
   * @return the rows inserted
   */
  @Benchmark
  public int allInOne() {
    return raw.allInOne("case-" + cases.incrementAndGet());
  }
}
