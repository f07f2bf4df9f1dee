package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule A7: appends are linearizable; of racing appends at one version exactly one wins and no
 * update is ever lost.
 */
abstract class ConcurrencyRules extends EventStoreGroup {

  @BeforeEach
  void needsConcurrentWriters() {
    Assumptions.assumeTrue(
        capabilities().supportsConcurrentWriters(), capabilities().concurrentWritersSkip("A7"));
  }

  /**
   * A7: in each of 100 rounds, 16 threads append at the same expected version; exactly one wins and
   * every other gets {@link ConcurrencyConflictException}.
   */
  @Test
  void a7_stochastic_racingAppendersAtOneVersion_exactlyOneWinsEachRound() {
    CaseId s = stream("a7-race");
    List<String> winners = new ArrayList<>();
    try (Race race = new Race(RACE_THREADS, "a7")) {
      for (int round = 0; round < RACE_ROUNDS; round++) {
        long v = round;
        List<Callable<Attempt>> tasks = new ArrayList<>();
        for (int t = 0; t < RACE_THREADS; t++) {
          String marker = "round-" + round + "-thread-" + t;
          tasks.add(
              () ->
                  Attempt.of(
                      marker,
                      () -> append(s, n1, v, List.of(SampleEvents.marked(s, v + 1, marker)))));
        }
        List<Attempt> attempts = race.all(tasks);
        List<Attempt> won = new ArrayList<>();
        for (Attempt a : attempts) {
          if (a.other != null) {
            throw new AssertionError(
                "A7: round "
                    + round
                    + ": an append failed with "
                    + a.other
                    + " instead of winning or failing with ConcurrencyConflictException",
                a.other);
          }
          if (a.result != null) {
            won.add(a);
          }
        }
        assertEquals(
            1,
            won.size(),
            "A7: round "
                + round
                + ": "
                + won.size()
                + " of "
                + RACE_THREADS
                + " concurrent appends at expected version "
                + v
                + " succeeded; exactly one may win and every other must fail with"
                + " ConcurrencyConflictException (a lost or duplicated update)");
        for (Attempt a : attempts) {
          if (a.conflict != null) {
            assertEquals(
                v,
                a.conflict.getExpectedVersion(),
                "A7: round " + round + ": the conflict carries the expected version");
            assertTrue(
                a.conflict.getActualVersion() > v,
                "A7: round "
                    + round
                    + ": a loser's conflict must carry the winner's version,"
                    + " above "
                    + v
                    + ", was "
                    + a.conflict.getActualVersion());
          }
        }
        assertEquals(v + 1, won.get(0).result.getLastSequence(), "A7: the winner's new version");
        assertEquals(
            v + 1,
            store.version(s),
            "A7: round " + round + ": after one winning append the version must be " + (v + 1));
        winners.add(won.get(0).marker);
      }
    }
    List<CaseEvent> events = store.read(s);
    List<String> markers = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      assertEquals(i + 1, events.get(i).getSequence(), "A7/R1: contiguous sequences");
      markers.add(SampleEvents.markerOf(events.get(i)));
    }
    assertEquals(
        winners,
        markers,
        "A7: the stream must hold exactly the winning event of each round, once, in order");
  }

  /**
   * A7: 16 threads each append 25 events, reloading and retrying after each conflict; every
   * successful append is in the stream exactly once (no lost update).
   */
  @Test
  void a7_stochastic_retryingAppenders_loseNoUpdate() {
    CaseId s = stream("a7-retry");
    int perThread = 25;
    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int t = 0; t < RACE_THREADS; t++) {
      int thread = t;
      tasks.add(
          () -> {
            List<String> written = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              String marker = "thread-" + thread + "-event-" + i;
              for (int attempt = 0; ; attempt++) {
                if (attempt > 10_000) {
                  throw new AssertionError("A7: 10000 retries without success: livelock?");
                }
                long v = store.version(s);
                try {
                  append(s, n1, v, List.of(SampleEvents.marked(s, v + 1, marker)));
                  written.add(marker);
                  break;
                } catch (ConcurrencyConflictException e) {
                  Thread.onSpinWait();
                }
              }
            }
            return written;
          });
    }
    List<List<String>> results;
    try (Race race = new Race(RACE_THREADS, "a7-retry")) {
      results = race.all(tasks);
    }
    Set<String> acknowledged = new HashSet<>();
    results.forEach(acknowledged::addAll);
    List<CaseEvent> events = store.read(s);
    Map<String, Integer> stored = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      stored.merge(SampleEvents.markerOf(events.get(i)), 1, Integer::sum);
    }
    Set<String> lost = new HashSet<>(acknowledged);
    lost.removeAll(stored.keySet());
    assertTrue(
        lost.isEmpty(),
        "A7: "
            + lost.size()
            + " of "
            + acknowledged.size()
            + " acknowledged appends are missing from the stream (lost updates), for example "
            + first(lost));
    stored.forEach(
        (marker, count) ->
            assertEquals(1, count, "A7: event " + marker + " is stored " + count + " times"));
    assertEquals(
        acknowledged.size(),
        events.size(),
        "A7: the stream must hold exactly the acknowledged appends");
    for (int i = 0; i < events.size(); i++) {
      assertEquals(
          i + 1,
          events.get(i).getSequence(),
          "A7: the stream holds two events with one sequence (two appends won at one version)");
    }
    assertEquals(events.size(), store.version(s), "A7/R3: the version is the number of events");
  }

  /** A7: appends to different streams do not conflict, and all get distinct rising positions. */
  @Test
  void a7_stochastic_appendsToDifferentStreams_doNotConflict() {
    int perThread = 25;
    List<Callable<List<AppendResult>>> tasks = new ArrayList<>();
    for (int t = 0; t < RACE_THREADS; t++) {
      CaseId s = stream("a7-own-" + t);
      tasks.add(
          () -> {
            List<AppendResult> results = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              long v = i * 2L;
              results.add(append(s, n1, v, SampleEvents.batch(s, v + 1, 2)));
            }
            return results;
          });
    }
    List<List<AppendResult>> results;
    try (Race race = new Race(RACE_THREADS, "a7-streams")) {
      results = race.all(tasks);
    }
    Set<Long> positions = new HashSet<>();
    for (List<AppendResult> perStream : results) {
      long previous = 0;
      for (AppendResult r : perStream) {
        for (long p : r.getPositions()) {
          assertTrue(p > previous, "A6: positions of one stream rise in append order");
          assertTrue(positions.add(p), "A6: position " + p + " was given twice");
          previous = p;
        }
      }
    }
    List<StoredEvent> log = readAll(n1);
    assertEquals(
        RACE_THREADS * perThread * 2,
        log.size(),
        "A7/R4: readNetwork must show every event of every stream");
    assertEquals(RACE_THREADS, store.streams(n1).size(), "R5: every stream is listed");
  }

  /**
   * R4: a follower that reads the network from its last position while others append misses no
   * event and sees no event twice.
   */
  @Test
  void r4_stochastic_followerDuringConcurrentAppends_missesNoEvent() {
    int writers = RACE_THREADS - 1;
    int perWriter = 30;
    AtomicInteger finished = new AtomicInteger();
    List<Callable<List<StoredEvent>>> tasks = new ArrayList<>();
    for (int t = 0; t < writers; t++) {
      CaseId s = stream("r4-follow-" + t);
      tasks.add(
          () -> {
            try {
              for (int i = 0; i < perWriter; i++) {
                append(s, n1, i, SampleEvents.batch(s, i + 1, 1));
              }
            } finally {
              finished.incrementAndGet();
            }
            return List.of();
          });
    }
    tasks.add(
        () -> {
          List<StoredEvent> seen = new ArrayList<>();
          long last = 0;
          while (true) {
            boolean writersDone = finished.get() == writers;
            List<StoredEvent> page = store.readNetwork(n1, last, 7);
            seen.addAll(page);
            if (!page.isEmpty()) {
              last = page.get(page.size() - 1).getPosition();
            } else if (writersDone) {
              return seen;
            }
          }
        });
    List<List<StoredEvent>> results;
    try (Race race = new Race(tasks.size(), "r4-follow")) {
      results = race.all(tasks);
    }
    List<StoredEvent> followed = results.get(results.size() - 1);
    assertEquals(
        readAll(n1),
        followed,
        "R4: a follower resuming from the last position it saw must see exactly the events a"
            + " later full read shows; it missed or repeated events (positions became visible"
            + " out of order)");
  }
}
