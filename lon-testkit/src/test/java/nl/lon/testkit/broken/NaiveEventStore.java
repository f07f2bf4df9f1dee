package nl.lon.testkit.broken;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.LockSupport;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.IdempotencyKeyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.persistence.store.StreamAppend;

/**
 * A small event store that is correct with every flag on, and broken in exactly one way with one
 * flag off; the kit must find each defect. Streams are immutable snapshots in a concurrent map.
 */
final class NaiveEventStore implements EventStore {

  /** The deliberate defects. */
  enum Defect {
    /** None: a correct store. */
    NONE,
    /** Checks the version, then writes later without holding a lock: lost updates. */
    READ_THEN_WRITE_WITHOUT_LOCK,
    /** Ignores idempotency keys: a repeated request conflicts or writes twice. */
    IGNORES_IDEMPOTENCY_KEY,
    /** Validates and writes event by event: a bad event leaves the ones before it written. */
    WRITES_PARTIAL_BATCHES,
    /** Answers a used key with the earlier result whatever the batch: another request's result. */
    REPLAYS_ANY_BATCH_UNDER_A_KEY,
    /** Skips the argument checks of rule A1: a malformed batch is written. */
    SKIPS_ARGUMENT_CHECKS,
    /** Lets any network append to a stream (rule A3). */
    IGNORES_STREAM_NETWORK,
    /** Appends whatever version the caller expected (rule A4): lost updates. */
    IGNORES_EXPECTED_VERSION,
    /** Counts positions per network, so two networks share positions (rule A6). */
    POSITIONS_PER_NETWORK,
    /** Reads a stream from the start whatever sequence was asked for (rule R2). */
    IGNORES_READ_FROM,
    /** Keeps each stream sorted by event type, so a later append moves earlier events (rule A9). */
    SORTS_STREAM_BY_TYPE,
    /** Returns a mutable copy from a stream read (rule R1). */
    READS_MUTABLE_LISTS,
    /** Reports the number of batches appended as the version (rule R3). */
    VERSION_COUNTS_BATCHES,
    /** Reads the events of every network, whatever network was asked for (rule R4). */
    READS_EVERY_NETWORK,
    /** Lists the streams of every network, whatever network was asked for (rule R5). */
    LISTS_STREAMS_OF_EVERY_NETWORK
  }

  private static final class Stream {
    final NetworkId network;
    final ImmutableList<CaseEvent> events;
    final ImmutableMap<String, AppendResult> keys;

    Stream(
        NetworkId network,
        ImmutableList<CaseEvent> events,
        ImmutableMap<String, AppendResult> keys) {
      this.network = network;
      this.events = events;
      this.keys = keys;
    }

    Stream with(List<CaseEvent> more, Optional<String> key, AppendResult result) {
      ImmutableMap.Builder<String, AppendResult> k =
          ImmutableMap.<String, AppendResult>builder().putAll(keys);
      key.ifPresent(x -> k.put(x, result));
      return new Stream(
          network,
          ImmutableList.<CaseEvent>builder().addAll(events).addAll(more).build(),
          k.buildKeepingLast());
    }
  }

  private final Defect defect;
  private final Object lock = new Object();
  private final ConcurrentMap<CaseId, Stream> streams = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, String> fingerprints = new ConcurrentHashMap<>();
  private final List<StoredEvent> log = new ArrayList<>();
  private long lastPosition;
  private final ConcurrentMap<CaseId, Integer> batches = new ConcurrentHashMap<>();

  NaiveEventStore(Defect defect) {
    this.defect = defect;
  }

  @Override
  public AppendResult append(
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      List<CaseEvent> events,
      Optional<String> key) {
    if (defect == Defect.WRITES_PARTIAL_BATCHES) {
      return appendEventByEvent(stream, network, expectedVersion, events, key);
    }
    if (defect != Defect.SKIPS_ARGUMENT_CHECKS) {
      EventStore.checkAppend(stream, network, expectedVersion, events, key);
    }
    Optional<String> usedKey = defect == Defect.IGNORES_IDEMPOTENCY_KEY ? Optional.empty() : key;
    if (defect == Defect.READ_THEN_WRITE_WITHOUT_LOCK) {
      Stream s = streams.get(stream);
      Optional<AppendResult> earlier =
          earlier(stream, s, usedKey, network, expectedVersion, events);
      if (earlier.isPresent()) {
        return earlier.get();
      }
      check(stream, network, expectedVersion, s, usedKey);
      LockSupport.parkNanos(50_000); // the window between the check and the write
      synchronized (lock) {
        return write(stream, network, expectedVersion, s, events, usedKey);
      }
    }
    synchronized (lock) {
      Stream s = streams.get(stream);
      Optional<AppendResult> earlier =
          earlier(stream, s, usedKey, network, expectedVersion, events);
      if (earlier.isPresent()) {
        return earlier.get();
      }
      check(stream, network, expectedVersion, s, usedKey);
      return write(stream, network, expectedVersion, s, events, usedKey);
    }
  }

  private AppendResult appendEventByEvent(
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      List<CaseEvent> events,
      Optional<String> key) {
    if (events == null || events.isEmpty()) {
      throw new InvalidValueException(
          "EventStore.events", "not-empty", "append at least one event");
    }
    if (expectedVersion < 0) {
      throw new InvalidValueException(
          "EventStore.expectedVersion", "not-negative", "must be 0 or more");
    }
    synchronized (lock) {
      Stream s = streams.get(stream);
      Optional<AppendResult> earlier = earlier(stream, s, key, network, expectedVersion, events);
      if (earlier.isPresent()) {
        return earlier.get();
      }
      check(stream, network, expectedVersion, s, key);
      List<Long> positions = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        // the defect: each event is checked just before it is written
        EventStore.checkAppend(stream, network, expectedVersion + i, List.of(events.get(i)), key);
        AppendResult one =
            write(
                stream,
                network,
                expectedVersion + i,
                streams.get(stream),
                List.of(events.get(i)),
                Optional.empty());
        positions.addAll(one.getPositions());
      }
      AppendResult result = AppendResult.of(stream, network, expectedVersion + 1, positions);
      key.ifPresent(k -> streams.put(stream, streams.get(stream).with(List.of(), key, result)));
      remember(stream, key, network, expectedVersion, events);
      return result;
    }
  }

  private Optional<AppendResult> earlier(
      CaseId stream,
      Stream s,
      Optional<String> key,
      NetworkId network,
      long expectedVersion,
      List<CaseEvent> events) {
    if (s == null || key.isEmpty()) {
      return Optional.empty();
    }
    AppendResult earlier = s.keys.get(key.get());
    if (earlier == null) {
      return Optional.empty();
    }
    String now = StreamAppend.fingerprint(network, events);
    if (defect != Defect.REPLAYS_ANY_BATCH_UNDER_A_KEY
        && !now.equals(fingerprints.get(stream + "\u0000" + key.get()))) {
      throw new IdempotencyKeyConflictException(
          stream.getValue(), expectedVersion, s.events.size());
    }
    return Optional.of(earlier.asDuplicate());
  }

  private void remember(
      CaseId stream,
      Optional<String> key,
      NetworkId network,
      long expectedVersion,
      List<CaseEvent> events) {
    key.ifPresent(
        k -> fingerprints.put(stream + "\u0000" + k, StreamAppend.fingerprint(network, events)));
  }

  private void check(
      CaseId stream, NetworkId network, long expectedVersion, Stream s, Optional<String> key) {
    if (s != null && !s.network.equals(network) && defect != Defect.IGNORES_STREAM_NETWORK) {
      throw new InvalidValueException(
          "EventStore.network",
          "stream-network",
          "case " + stream + " belongs to network " + s.network);
    }
    if (defect == Defect.IGNORES_EXPECTED_VERSION) {
      return;
    }
    long actual = s == null ? 0 : s.events.size();
    if (actual != expectedVersion) {
      throw new ConcurrencyConflictException(stream.getValue(), expectedVersion, actual);
    }
  }

  /** Writes a batch on top of the stream as read; the caller holds the lock. */
  private AppendResult write(
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      Stream read,
      List<CaseEvent> events,
      Optional<String> key) {
    List<Long> positions = new ArrayList<>();
    for (CaseEvent e : events) {
      long p =
          defect == Defect.POSITIONS_PER_NETWORK
              ? 1 + log.stream().filter(x -> x.getNetwork().equals(network)).count()
              : ++lastPosition;
      positions.add(p);
      log.add(StoredEvent.of(p, network, e));
    }
    long first = read == null ? 1 : read.events.size() + 1;
    AppendResult result =
        defect == Defect.IGNORES_EXPECTED_VERSION || defect == Defect.SKIPS_ARGUMENT_CHECKS
            ? AppendResult.of(stream, network, first, positions)
            : AppendResult.of(stream, network, expectedVersion + 1, positions);
    Stream base = read == null ? new Stream(network, ImmutableList.of(), ImmutableMap.of()) : read;
    Stream written = base.with(events, key, result);
    if (defect == Defect.SORTS_STREAM_BY_TYPE && read != null) {
      List<CaseEvent> sorted = new ArrayList<>(written.events);
      sorted.sort(java.util.Comparator.comparing(CaseEvent::getType));
      written = new Stream(network, ImmutableList.copyOf(sorted), written.keys);
    }
    streams.put(stream, written);
    batches.merge(stream, 1, Integer::sum);
    remember(stream, key, network, expectedVersion, events);
    return result;
  }

  @Override
  public List<CaseEvent> read(CaseId stream) {
    return read(stream, 1);
  }

  @Override
  public List<CaseEvent> read(CaseId stream, long fromSequenceInclusive) {
    if (fromSequenceInclusive < 1) {
      throw new InvalidValueException(
          "EventStore.fromSequenceInclusive", "range-1-", "must be 1 or more");
    }
    Stream s = streams.get(stream);
    long from = defect == Defect.IGNORES_READ_FROM ? 1 : fromSequenceInclusive;
    if (s == null || from > s.events.size()) {
      return ImmutableList.of();
    }
    List<CaseEvent> events = s.events.subList((int) from - 1, s.events.size());
    return defect == Defect.READS_MUTABLE_LISTS ? new ArrayList<>(events) : events;
  }

  @Override
  public long version(CaseId stream) {
    if (defect == Defect.VERSION_COUNTS_BATCHES) {
      return batches.getOrDefault(stream, 0);
    }
    Stream s = streams.get(stream);
    return s == null ? 0 : s.events.size();
  }

  @Override
  public List<StoredEvent> readNetwork(
      NetworkId network, long fromPositionExclusive, int maxCount) {
    if (fromPositionExclusive < 0 || maxCount < 1) {
      throw new InvalidValueException("EventStore.readNetwork", "range", "bad arguments");
    }
    synchronized (lock) {
      List<StoredEvent> page = new ArrayList<>();
      for (StoredEvent e : log) {
        boolean inNetwork = defect == Defect.READS_EVERY_NETWORK || e.getNetwork().equals(network);
        if (inNetwork && e.getPosition() > fromPositionExclusive) {
          page.add(e);
          if (page.size() == maxCount) {
            break;
          }
        }
      }
      return ImmutableList.copyOf(page);
    }
  }

  @Override
  public Set<CaseId> streams(NetworkId network) {
    ImmutableSet.Builder<CaseId> ids = ImmutableSet.builder();
    for (Map.Entry<CaseId, Stream> e : streams.entrySet()) {
      boolean inNetwork =
          defect == Defect.LISTS_STREAMS_OF_EVERY_NETWORK || e.getValue().network.equals(network);
      if (inNetwork && !e.getValue().events.isEmpty()) {
        ids.add(e.getKey());
      }
    }
    return ids.build();
  }
}
