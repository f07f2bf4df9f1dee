package nl.lon.service.history;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * One thread that runs an import's writes in the order they are handed over, while the importing
 * thread reads and decides the next cases: the store's work (encoding, statements, commit) overlaps
 * the codec's and the rules'. The hand-over queue is bounded, so memory does not grow with the
 * file. The first write that throws stops the writer: the writes after it are skipped, and the
 * error is thrown to the importing thread at its next hand-over, drain or close.
 */
final class OrderedWriter {

  /** Cases decided but not yet written, at most. */
  static final int CAPACITY = 64;

  private static final Runnable END = () -> {};

  private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Thread thread;
  private volatile RuntimeException failure;

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
        failure = interrupted();
        return;
      }
      if (task == END) {
        return;
      }
      if (failure != null) {
        continue; // after a failed write nothing more is written, so the run stops where it failed
      }
      try {
        task.run();
      } catch (RuntimeException e) {
        failure = e;
      } catch (Error e) {
        failure = new IllegalStateException("the import's writer failed", e);
      }
    }
  }

  /**
   * Hands a write over, after those handed over before.
   *
   * @throws RuntimeException the error of an earlier write, which stopped the writer
   */
  void submit(Runnable write) {
    rethrow();
    put(write);
  }

  /**
   * Waits until every write handed over so far is done (or the writer stopped on one).
   *
   * @throws RuntimeException the error of a write, which stopped the writer
   */
  void drain() {
    CountDownLatch done = new CountDownLatch(1);
    put(done::countDown);
    if (failure == null) {
      await(done);
    }
    rethrow();
  }

  /**
   * Drains and stops the writer thread; the writes' effects are visible to the caller after.
   *
   * @throws RuntimeException the error of a write, which stopped the writer
   */
  void close() {
    try {
      put(END);
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      thread.interrupt();
      throw interrupted();
    }
    rethrow();
  }

  private void put(Runnable task) {
    while (true) {
      if (!thread.isAlive() && task != END) {
        rethrow();
        throw new IllegalStateException("the import's writer has stopped");
      }
      try {
        if (queue.offer(task, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        thread.interrupt();
        throw interrupted();
      }
      if (!thread.isAlive()) {
        if (task == END) {
          return;
        }
        rethrow();
        throw new IllegalStateException("the import's writer has stopped");
      }
    }
  }

  private void await(CountDownLatch done) {
    try {
      while (!done.await(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (!thread.isAlive() || failure != null) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      thread.interrupt();
      throw interrupted();
    }
  }

  private void rethrow() {
    RuntimeException f = failure;
    if (f != null) {
      throw f;
    }
  }

  private static IllegalStateException interrupted() {
    return new IllegalStateException(
        "the import was interrupted; the cases written before are imported, the rest are not");
  }
}
