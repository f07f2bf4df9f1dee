package nl.lon.service.history;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One thread that runs an import's writes in the order they are handed over, while the importing
 * thread reads and decides the next cases: the store's work (encoding, statements, commit) overlaps
 * the codec's and the rules'. The hand-over queue is bounded, so memory does not grow with the
 * file.
 *
 * <p>The first write that throws (anything: a runtime exception, an error, or a checked exception a
 * store throws undeclared) stops the writer: the writes after it are skipped, and the throwable is
 * thrown to the importing thread at its next hand-over, drain or close, an error or runtime
 * exception as it is, a checked one wrapped. Neither thread gives up on an interrupt, as the
 * importer did before it had a writer (a store's blocking I/O does not heed one either): the
 * importing thread waits for its writes and keeps its interrupt flag for the caller to see, so that
 * nothing is written after the call returns.
 */
final class OrderedWriter {

  /** Cases decided but not yet written, at most. */
  static final int CAPACITY = 64;

  private static final Runnable END = () -> {};

  private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Thread thread;
  private volatile Throwable failure;

  OrderedWriter(String name) {
    thread = new Thread(this::loop, name);
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (true) {
      Runnable task;
      try {
        task = queue.take();
      } catch (InterruptedException e) {
        continue; // only END ends the writer, so that the importing thread's join returns
      }
      if (task == END) {
        return;
      }
      if (failure != null) {
        continue; // after a failed write nothing more is written, so the run stops where it failed
      }
      try {
        task.run();
      } catch (Throwable e) { // whatever stops a write stops the run, and reaches the caller
        failure = e;
      }
    }
  }

  /**
   * Hands a write over, after those handed over before.
   *
   * @throws RuntimeException the failure of an earlier write, which stopped the writer
   * @throws Error the failure of an earlier write, which stopped the writer
   */
  void submit(Runnable write) {
    rethrow();
    put(write);
  }

  /**
   * Waits until every write handed over so far is done (or the writer stopped on one).
   *
   * @throws RuntimeException the failure of a write, which stopped the writer
   * @throws Error the failure of a write, which stopped the writer
   */
  void drain() {
    CountDownLatch done = new CountDownLatch(1);
    put(done::countDown);
    boolean interrupted = false;
    while (failure == null) {
      try {
        if (done.await(50, TimeUnit.MILLISECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    rethrow();
  }

  /**
   * Lets the writer finish what was handed over and ends its thread; the writes' effects are
   * visible to the caller after. Closing a closed writer does nothing more than rethrow.
   *
   * @throws RuntimeException the failure of a write, which stopped the writer
   * @throws Error the failure of a write, which stopped the writer
   */
  void close() {
    if (thread.isAlive()) {
      put(END);
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    rethrow();
  }

  /** Queues a task, waiting for room; an interrupt does not stop the wait but is kept. */
  private void put(Runnable task) {
    boolean interrupted = false;
    try {
      while (true) {
        if (!thread.isAlive()) {
          rethrow();
          throw new IllegalStateException("the import's writer has ended");
        }
        try {
          if (queue.offer(task, 50, TimeUnit.MILLISECONDS)) {
            return;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void rethrow() {
    Throwable f = failure;
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error e) {
      throw e;
    }
    if (f != null) {
      throw new IllegalStateException(
          "writing the import failed with " + f.getClass().getName() + " (a checked exception)", f);
    }
  }
}
