package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every rule group of {@link EventStoreConformance} shares: the store under test, the fresh
 * networks of the test and the helpers its tests use.
 */
abstract class EventStoreGroup {

  /** Threads racing in each round of the A7 tests. */
  static final int RACE_THREADS = EventStoreConformance.RACE_THREADS;

  /** Rounds of the A7 race. */
  static final int RACE_ROUNDS = EventStoreConformance.RACE_ROUNDS;

  EventStore store;
  String run;
  NetworkId n1;
  NetworkId n2;

  /** The kit this group runs in; its {@code @BeforeEach} has created the store. */
  abstract EventStoreConformance kit();

  @BeforeEach
  final void bindToStoreUnderTest() {
    EventStoreConformance kit = kit();
    store = kit.store;
    run = kit.run;
    n1 = kit.n1;
    n2 = kit.n2;
  }

  Capabilities capabilities() {
    return kit().capabilities();
  }

  // helpers

  CaseId stream(String name) {
    return CaseId.of("kit-" + name + "-" + run);
  }

  static Optional<String> noKey() {
    return Optional.empty();
  }

  AppendResult append(CaseId stream, NetworkId network, long expected, List<CaseEvent> events) {
    return store.append(stream, network, expected, events, noKey());
  }

  List<StoredEvent> readAll(NetworkId network) {
    List<StoredEvent> all = new ArrayList<>();
    long from = 0;
    while (true) {
      List<StoredEvent> page = store.readNetwork(network, from, 500);
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
      from = page.get(page.size() - 1).getPosition();
    }
  }

  /** What a failed append must leave unchanged. */
  final class Snapshot {
    final CaseId stream;
    final NetworkId network;
    final long version;
    final List<CaseEvent> events;
    final Set<CaseId> streams;
    final List<StoredEvent> log;

    Snapshot(CaseId stream, NetworkId network) {
      this.stream = stream;
      this.network = network;
      this.version = store.version(stream);
      this.events = store.read(stream);
      this.streams = store.streams(network);
      this.log = readAll(network);
    }

    void assertUnchanged(String rule, String what) {
      String prefix = rule + ": " + what + " must write nothing, but ";
      assertEquals(version, store.version(stream), prefix + "the stream's version changed");
      assertEquals(events, store.read(stream), prefix + "the stream's events changed");
      assertEquals(streams, store.streams(network), prefix + "the network's streams changed");
      assertEquals(log, readAll(network), prefix + "readNetwork shows new events");
    }
  }

  static void assertConflict(
      String rule, ConcurrencyConflictException e, CaseId stream, long expected, long actual) {
    assertEquals(
        stream.getValue(), e.getStream(), rule + ": the conflict must name the stream appended to");
    assertEquals(
        expected,
        e.getExpectedVersion(),
        rule + ": the conflict must carry the version the caller expected");
    assertEquals(
        actual,
        e.getActualVersion(),
        rule + ": the conflict must carry the version actually stored");
  }

  /** The outcome of one racing append. */
  static final class Attempt {
    final String marker;
    final AppendResult result;
    final ConcurrencyConflictException conflict;
    final RuntimeException other;

    private Attempt(
        String marker,
        AppendResult result,
        ConcurrencyConflictException conflict,
        RuntimeException other) {
      this.marker = marker;
      this.result = result;
      this.conflict = conflict;
      this.other = other;
    }

    static Attempt of(String marker, java.util.function.Supplier<AppendResult> append) {
      try {
        return new Attempt(marker, append.get(), null, null);
      } catch (ConcurrencyConflictException e) {
        return new Attempt(marker, null, e, null);
      } catch (RuntimeException e) {
        return new Attempt(marker, null, null, e);
      }
    }
  }

  static String first(Iterable<String> values) {
    for (String v : values) {
      return v;
    }
    return "(none)";
  }
}
