package nl.lon.persistence.jdbc;

import static nl.lon.persistence.jdbc.TestData.N1;
import static nl.lon.persistence.jdbc.TestData.batch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import javax.sql.DataSource;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Racing appends on many connections, run against each database by a subclass. */
abstract class AbstractConcurrency {

  static final int THREADS = 16;
  static final int ROUNDS = 100;
  private static final CaseId STREAM = CaseId.of("contended");

  /** A pool of at least {@link #THREADS} connections on an empty database. */
  abstract DataSource openDatabase();

  abstract void closeDatabase(DataSource dataSource);

  /**
   * How many losing appends must at least have been refused by a unique constraint (their read came
   * before the winner's commit). On PostgreSQL a large share is; embedded H2 commits so fast that
   * few losers read before it, so there the count is only reported.
   */
  long minimumUniqueViolations() {
    return 0;
  }

  private DataSource pool;
  private CountingDataSource counting;
  private EventStore store;

  @BeforeEach
  void open() {
    pool = openDatabase();
    JdbcStores.migrate(pool);
    counting = new CountingDataSource(pool);
    store = new JdbcEventStore(counting);
  }

  @AfterEach
  void close() {
    closeDatabase(pool);
  }

  @Test
  @Timeout(150)
  void append_16ThreadsRacingOnOneStream_exactlyOneWinnerPerRound() throws Exception {
    AtomicIntegerArray winners = new AtomicIntegerArray(ROUNDS);
    AtomicIntegerArray losers = new AtomicIntegerArray(ROUNDS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        // one adapter per thread: nothing is shared but the database
        EventStore own = new JdbcEventStore(counting);
        futures.add(
            threads.submit(
                () -> {
                  for (int round = 0; round < ROUNDS; round++) {
                    start.await(60, TimeUnit.SECONDS);
                    List<CaseEvent> events = batch(STREAM, round + 1, 1);
                    try {
                      own.append(STREAM, N1, round, events, Optional.empty());
                      winners.incrementAndGet(round);
                    } catch (ConcurrencyConflictException e) {
                      assertEquals(round, e.getExpectedVersion());
                      assertEquals(round + 1, e.getActualVersion());
                      losers.incrementAndGet(round);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get(150, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    for (int round = 0; round < ROUNDS; round++) {
      assertEquals(1, winners.get(round), "winners in round " + round);
      assertEquals(THREADS - 1, losers.get(round), "losers in round " + round);
    }
    assertEquals(ROUNDS, store.version(STREAM));
    assertEquals(batch(STREAM, 1, ROUNDS), store.read(STREAM));
    List<StoredEvent> feed = store.readNetwork(N1, 0, 1000);
    assertEquals(ROUNDS, feed.size());
    for (int i = 0; i < feed.size(); i++) {
      assertEquals(i + 1, feed.get(i).getPosition(), "positions are gap-free");
    }
    // Losers whose read came before the winner's commit were refused by the database itself.
    System.out.println(
        getClass().getSimpleName()
            + ": "
            + counting.uniqueViolations()
            + " of "
            + ROUNDS * (THREADS - 1)
            + " losing appends were refused by a unique constraint");
    assertTrue(
        counting.uniqueViolations() >= minimumUniqueViolations(),
        "the unique constraint refused some losers");
  }

  @Test
  @Timeout(150)
  void append_sameKeyRacing_oneWriteAndTheRestDuplicates() throws Exception {
    int rounds = 30;
    AtomicIntegerArray fresh = new AtomicIntegerArray(rounds);
    AtomicIntegerArray duplicates = new AtomicIntegerArray(rounds);
    List<List<AppendResult>> results = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      results.add(java.util.Collections.synchronizedList(new ArrayList<>()));
    }
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        EventStore own = new JdbcEventStore(counting);
        futures.add(
            threads.submit(
                () -> {
                  for (int round = 0; round < rounds; round++) {
                    start.await(60, TimeUnit.SECONDS);
                    AppendResult r =
                        own.append(
                            STREAM,
                            N1,
                            round,
                            batch(STREAM, round + 1, 2).subList(0, 1),
                            Optional.of("command-" + round));
                    results.get(round).add(r);
                    (r.isDuplicate() ? duplicates : fresh).incrementAndGet(round);
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get(150, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    for (int round = 0; round < rounds; round++) {
      assertEquals(1, fresh.get(round), "fresh results in round " + round);
      assertEquals(THREADS - 1, duplicates.get(round), "duplicates in round " + round);
      AppendResult winner =
          results.get(round).stream().filter(r -> !r.isDuplicate()).findFirst().orElseThrow();
      for (AppendResult r : results.get(round)) {
        assertEquals(winner.asDuplicate(), r.asDuplicate());
      }
    }
    assertEquals(rounds, store.version(STREAM));
  }

  @Test
  @Timeout(150)
  void append_manyStreamsInParallel_followerMissesNothing() throws Exception {
    int perStream = 40;
    AtomicBoolean writing = new AtomicBoolean(true);
    List<StoredEvent> followed = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS + 1);
    try {
      // a projection that follows the network while it is written (rule R4)
      Future<?> follower =
          threads.submit(
              () -> {
                long last = 0;
                while (true) {
                  boolean more = writing.get();
                  List<StoredEvent> page = store.readNetwork(N1, last, 37);
                  for (StoredEvent e : page) {
                    followed.add(e);
                    last = e.getPosition();
                  }
                  if (page.isEmpty() && !more) {
                    return null;
                  }
                }
              });
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        CaseId stream = CaseId.of("s" + t);
        EventStore own = new JdbcEventStore(counting);
        writers.add(
            threads.submit(
                () -> {
                  long version = 0;
                  while (version < perStream) {
                    int n = (int) Math.min(1 + (version % 3), perStream - version);
                    AppendResult r =
                        own.append(
                            stream, N1, version, batch(stream, version + 1, n), Optional.empty());
                    version = r.getLastSequence();
                  }
                  return null;
                }));
      }
      for (Future<?> f : writers) {
        f.get(150, TimeUnit.SECONDS);
      }
      writing.set(false);
      follower.get(150, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
    List<StoredEvent> all = store.readNetwork(N1, 0, THREADS * perStream + 1);
    assertEquals(THREADS * perStream, all.size());
    assertEquals(all, followed, "the follower saw every event once, in position order");
    for (int t = 0; t < THREADS; t++) {
      assertEquals(perStream, store.version(CaseId.of("s" + t)));
    }
  }
}
