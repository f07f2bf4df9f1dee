package nl.lon.testkit.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs tasks on a fixed set of threads, released together by a barrier, with time limits. */
final class Race implements AutoCloseable {

  private static final long TIMEOUT_SECONDS = 30;

  private final int threads;
  private final ExecutorService pool;

  Race(int threads, String name) {
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "lon-testkit-" + name + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Runs one task per thread, all released at the same instant, and returns their results in task
   * order; a task that throws fails the test.
   */
  <T> List<T> all(List<Callable<T>> tasks) {
    if (tasks.size() != threads) {
      throw new IllegalArgumentException("give one task per thread: " + threads);
    }
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return task.call();
              }));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(get(f));
    }
    return results;
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a racing thread", e);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "a racing thread did not finish within " + TIMEOUT_SECONDS + " s: deadlock or livelock?",
          e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BrokenBarrierException
          || e.getCause() instanceof TimeoutException) {
        throw new AssertionError("the racing threads could not be started together", e.getCause());
      }
      if (e.getCause() instanceof AssertionError) {
        throw (AssertionError) e.getCause();
      }
      throw new AssertionError(
          "a racing thread failed unexpectedly: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
