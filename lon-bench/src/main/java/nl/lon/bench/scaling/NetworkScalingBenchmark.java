package nl.lon.bench.scaling;

import java.util.concurrent.TimeUnit;
import nl.lon.bench.scenario.TwoNetworks;
import nl.lon.core.state.CaseState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Lifecycles on two networks of one in-memory storage, each network with its own audit chain: one
 * thread taking the networks in turn, and two threads, one per network. With no lock over all
 * networks the two threads should reach nearly twice the one thread's lifecycles per second on two
 * CPUs (the ratio table reports the factor). Score: lifecycles per second (all threads together).
 *
 * <p>At the end of every iteration both chains must verify, else the benchmark fails.
 *
 * @since 0.2
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class NetworkScalingBenchmark {

  private TwoNetworks networks;

  /** Which network a thread drives. */
  @State(Scope.Thread)
  public static class Driver {
    private int network;
    private int turn;

    /**
     * Gives the thread its network: the first thread the first network, the second the second.
     *
     * @param thread the thread's parameters
     */
    @Setup(Level.Trial)
    public void network(ThreadParams thread) {
      network = thread.getThreadIndex() % 2;
    }
  }

  /** Opens fresh storage with both networks. */
  @Setup(Level.Iteration)
  public void open() {
    networks = new TwoNetworks();
  }

  /** Checks both audit chains. */
  @TearDown(Level.Iteration)
  public void verify() {
    for (int n = 0; n < 2; n++) {
      if (!networks.verify(n).isOk()) {
        throw new IllegalStateException("the audit chain of network " + n + " is broken");
      }
    }
  }

  /**
   * One thread: a lifecycle on the first network, then one on the second, and so on.
   *
   * @param driver this thread's turn
   * @return the closed case
   */
  @Benchmark
  @Threads(1)
  public CaseState oneThread(Driver driver) {
    driver.turn ^= 1;
    return networks.run(driver.turn);
  }

  /**
   * Two threads, each driving lifecycles on its own network.
   *
   * @param driver this thread's network
   * @return the closed case
   */
  @Benchmark
  @Threads(2)
  public CaseState twoThreads(Driver driver) {
    return networks.run(driver.network);
  }
}
