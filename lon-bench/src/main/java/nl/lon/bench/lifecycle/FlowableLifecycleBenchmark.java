package nl.lon.bench.lifecycle;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.lon.bench.scenario.Database;
import nl.lon.bench.scenario.FlowableScenario;
import nl.lon.bench.scenario.LifecycleRunner;
import org.flowable.common.engine.impl.history.HistoryLevel;
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
 * The same lifecycle on Flowable 7 (nine sequential user tasks), on the same database kinds and
 * settings as the case service: with Flowable's default history (audit) and with history off.
 * Score: lifecycles per second.
 *
 * <p>A fresh engine on a fresh database is built before the first iteration and again at the next
 * iteration once the database holds 20,000 instances, as for the case service's stores (not
 * measured). Flowable reaches steady speed only after about 90 s; its warm-up of 9 × 10 s covers
 * that (the other lifecycle contenders reach theirs within 30 s). The measurement is 10 × 2 s:
 * more, shorter iterations give a narrower 99.9% interval for the same time.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 9, time = 10)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class FlowableLifecycleBenchmark {

  /** The database. */
  @Param({"H2"})
  public Database.Kind database;

  /** Flowable's history level: AUDIT (the default) or NONE. */
  @Param({"AUDIT", "NONE"})
  public String history;

  private final AtomicLong cases = new AtomicLong();
  private long casesAtOpen;
  private Database db;
  private FlowableScenario flowable;

  /**
   * Builds an engine on a fresh database before the first iteration, and again once the database
   * holds 20,000 process instances.
   */
  @Setup(Level.Iteration)
  public void open() {
    if (flowable != null && cases.get() - casesAtOpen < LifecycleRunner.CASES_PER_STORE) {
      return;
    }
    close();
    casesAtOpen = cases.get();
    db = Database.create(database, "flowable");
    flowable = new FlowableScenario(db, HistoryLevel.valueOf(history));
  }

  /** Closes the engine and drops the database. */
  @TearDown(Level.Trial)
  public void close() {
    if (flowable != null) {
      flowable.close();
      db.close();
      flowable = null;
    }
  }

  /**
   * One process instance, started and completed task by task.
   *
   * @return the tasks completed
   */
  @Benchmark
  public int lifecycle() {
    long n = cases.incrementAndGet();
    return flowable.run("case-" + n, n);
  }

  /**
   * The same, four threads at once on distinct instances.
   *
   * @return the tasks completed
   */
  @Benchmark
  @Threads(4)
  public int lifecycle4Threads() {
    long n = cases.incrementAndGet();
    return flowable.run("case-" + n, n);
  }
}
