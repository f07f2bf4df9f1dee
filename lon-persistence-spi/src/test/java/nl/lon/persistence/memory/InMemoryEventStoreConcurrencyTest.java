package nl.lon.persistence.memory;

import static nl.lon.core.testing.CaseFixtures.storeEvents;
import static nl.lon.core.testing.Cast.NETWORK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class InMemoryEventStoreConcurrencyTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 100;
  private static final CaseId STREAM = CaseId.of("contended");

  @Test
  @Timeout(60)
  void append_16ThreadsRacingOnOneStream_exactlyOneWinnerPerRound() throws Exception {
    EventStore store = new InMemoryEventStore();
    AtomicIntegerArray winners = new AtomicIntegerArray(ROUNDS);
    AtomicIntegerArray losers = new AtomicIntegerArray(ROUNDS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < ROUNDS; round++) {
                    // every thread has finished the previous round before any starts this one
                    start.await(30, TimeUnit.SECONDS);
                    List<CaseEvent> events = storeEvents(STREAM, round + 1, 1);
                    try {
                      store.append(STREAM, NETWORK, round, events, Optional.empty());
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
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (int round = 0; round < ROUNDS; round++) {
      assertEquals(1, winners.get(round), "winners in round " + round);
      assertEquals(THREADS - 1, losers.get(round), "losers in round " + round);
    }
    assertEquals(ROUNDS, store.version(STREAM));
    assertEquals(storeEvents(STREAM, 1, ROUNDS), store.read(STREAM));
    List<StoredEvent> feed = store.readNetwork(NETWORK, 0, 1000);
    assertEquals(ROUNDS, feed.size());
  }

  @Test
  @Timeout(60)
  void append_manyStreamsInParallel_noEventLostAndPositionsUnique() throws Exception {
    EventStore store = new InMemoryEventStore();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        CaseId stream = CaseId.of("s" + t);
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < ROUNDS; i++) {
                    store.append(stream, NETWORK, i, storeEvents(stream, i + 1, 1), Optional.empty());
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<StoredEvent> feed = store.readNetwork(NETWORK, 0, THREADS * ROUNDS + 1);
    assertEquals(THREADS * ROUNDS, feed.size());
    for (int i = 1; i < feed.size(); i++) {
      assertEquals(true, feed.get(i).getPosition() > feed.get(i - 1).getPosition());
    }
    for (int t = 0; t < THREADS; t++) {
      assertEquals(ROUNDS, store.version(CaseId.of("s" + t)));
    }
  }
}
