package nl.lon.persistence.memory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import nl.lon.core.error.IdempotencyKeyConflictException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.persistence.store.StreamAppend;

/**
 * An {@link EventStore} that keeps every stream in memory (gebeurtenissenopslag in het
 * werkgeheugen).
 *
 * <p>One read-write lock guards the whole store: appends are serialised, which makes them
 * linearizable and gives global positions (1, 2, 3, ... across all networks) in commit order; reads
 * run in parallel and copy what they return. Fulfils every rule of the {@link EventStore} contract.
 *
 * <pre>{@code
 * EventStore store = new InMemoryEventStore();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryEventStore implements EventStore {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<CaseId, Stream> streams = new HashMap<>();
  private final Map<NetworkId, List<StoredEvent>> networkLogs = new HashMap<>();
  private final Map<NetworkId, Set<CaseId>> networkStreams = new HashMap<>();
  private long lastPosition;

  private static final class Stream {
    final NetworkId network;
    final List<CaseEvent> events = new ArrayList<>();
    final Map<String, KeyedResult> keys = new HashMap<>();

    Stream(NetworkId network) {
      this.network = network;
    }
  }

  /** The lock that serialises appends; the in-memory unit of work holds it across a commit. */
  Lock writeLock() {
    return lock.writeLock();
  }

  /** The result of a keyed append and the fingerprint of its batch. */
  private record KeyedResult(AppendResult result, String fingerprint) {}

  /** Creates an empty store. */
  public InMemoryEventStore() {}

  @Override
  public AppendResult append(
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      List<CaseEvent> events,
      Optional<String> idempotencyKey) {
    StreamAppend append =
        new StreamAppend(stream, network, expectedVersion, events, idempotencyKey);
    lock.writeLock().lock();
    try {
      return appendLocked(append);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Rules A2-A6 for an append whose arguments are checked; the caller holds {@link #writeLock()}.
   * Throws before it changes anything, so a unit of work that calls it first stays all or nothing.
   */
  AppendResult appendLocked(StreamAppend append) {
    CaseId stream = append.stream();
    NetworkId network = append.network();
    long expectedVersion = append.expectedVersion();
    List<CaseEvent> batch = append.events();
    Optional<String> idempotencyKey = append.idempotencyKey();
    Stream s = streams.get(stream);
    String fingerprint = idempotencyKey.isPresent() ? append.fingerprint() : null;
    if (s != null && idempotencyKey.isPresent()) {
      KeyedResult earlier = s.keys.get(idempotencyKey.get());
      if (earlier != null) {
        if (!earlier.fingerprint.equals(fingerprint)) {
          throw new IdempotencyKeyConflictException(
              stream.getValue(), expectedVersion, s.events.size());
        }
        return earlier.result.asDuplicate();
      }
    }
    EventStore.checkStream(
        stream,
        network,
        expectedVersion,
        s == null ? Optional.empty() : Optional.of(s.network),
        s == null ? 0 : s.events.size());
    if (s == null) {
      s = new Stream(network);
      streams.put(stream, s);
      networkStreams.computeIfAbsent(network, n -> new LinkedHashSet<>()).add(stream);
    }
    List<StoredEvent> log = networkLogs.computeIfAbsent(network, n -> new ArrayList<>());
    List<Long> positions = new ArrayList<>(batch.size());
    for (CaseEvent e : batch) {
      long position = ++lastPosition;
      positions.add(position);
      log.add(StoredEvent.of(position, network, e));
    }
    s.events.addAll(batch);
    AppendResult result = AppendResult.of(stream, network, expectedVersion + 1, positions);
    if (fingerprint != null) {
      s.keys.put(idempotencyKey.get(), new KeyedResult(result, fingerprint));
    }
    return result;
  }

  @Override
  public List<CaseEvent> read(CaseId stream) {
    return read(stream, 1);
  }

  @Override
  public List<CaseEvent> read(CaseId stream, long fromSequenceInclusive) {
    EventStore.checkRead(fromSequenceInclusive);
    lock.readLock().lock();
    try {
      Stream s = streams.get(stream);
      if (s == null || fromSequenceInclusive > s.events.size()) {
        return ImmutableList.of();
      }
      return ImmutableList.copyOf(
          s.events.subList((int) (fromSequenceInclusive - 1), s.events.size()));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public long version(CaseId stream) {
    lock.readLock().lock();
    try {
      Stream s = streams.get(stream);
      return s == null ? 0 : s.events.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<StoredEvent> readNetwork(
      NetworkId network, long fromPositionExclusive, int maxCount) {
    EventStore.checkReadNetwork(fromPositionExclusive, maxCount);
    lock.readLock().lock();
    try {
      List<StoredEvent> log = networkLogs.get(network);
      if (log == null) {
        return ImmutableList.of();
      }
      int from = firstAbove(log, fromPositionExclusive);
      int to = (int) Math.min(log.size(), (long) from + maxCount);
      return ImmutableList.copyOf(log.subList(from, to));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The index of the first event with a position above {@code position}. */
  private static int firstAbove(List<StoredEvent> log, long position) {
    int low = 0;
    int high = log.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (log.get(mid).getPosition() <= position) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  @Override
  public Set<CaseId> streams(NetworkId network) {
    lock.readLock().lock();
    try {
      Set<CaseId> ids = networkStreams.get(network);
      return ids == null ? ImmutableSet.of() : ImmutableSet.copyOf(ids);
    } finally {
      lock.readLock().unlock();
    }
  }
}
