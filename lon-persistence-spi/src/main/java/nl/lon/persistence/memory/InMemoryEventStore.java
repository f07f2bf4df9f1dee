package nl.lon.persistence.memory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
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
 * <p>Each network has a read-write lock of its own, which guards its streams and its log: appends
 * to one network are serialised, which makes them linearizable, while appends to two networks run
 * in parallel; reads run in parallel and copy what they return. Positions come from one counter for
 * the whole store, taken under the network's lock, so they are unique, increase in commit order
 * within a network (R4) and each is greater than every position given before (A6). Fulfils every
 * rule of the {@link EventStore} contract.
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

  private final ConcurrentMap<CaseId, Stream> streams = new ConcurrentHashMap<>();
  private final ConcurrentMap<NetworkId, Part> networks = new ConcurrentHashMap<>();
  private final AtomicLong lastPosition = new AtomicLong();

  /** One network's part of the store: its lock, its log in position order and its streams. */
  private static final class Part {
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final List<StoredEvent> log = new ArrayList<>();
    final Set<CaseId> streams = new LinkedHashSet<>();
  }

  /**
   * One stream. Its events change only under its network's write lock; its size and keys may also
   * be read without that lock by an append to another network, which is then refused.
   */
  private static final class Stream {
    final NetworkId network;
    final List<CaseEvent> events = new ArrayList<>();
    final Map<String, KeyedResult> keys = new ConcurrentHashMap<>();
    volatile int size;

    Stream(NetworkId network) {
      this.network = network;
    }
  }

  /**
   * The lock that serialises appends to a network's streams; the in-memory unit of work holds it
   * across a commit to that network.
   */
  Lock writeLock(NetworkId network) {
    return part(network).lock.writeLock();
  }

  private Part part(NetworkId network) {
    return networks.computeIfAbsent(network, n -> new Part());
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
    Lock lock = writeLock(network);
    lock.lock();
    try {
      return appendLocked(append);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Rules A2-A6 for an append whose arguments are checked; the caller holds {@link
   * #writeLock(NetworkId)} of the append's network. Throws before it changes anything, so a unit of
   * work that calls it first stays all or nothing.
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
          throw new IdempotencyKeyConflictException(stream.getValue(), expectedVersion, s.size);
        }
        return earlier.result.asDuplicate();
      }
    }
    EventStore.checkStream(
        stream,
        network,
        expectedVersion,
        s == null ? Optional.empty() : Optional.of(s.network),
        s == null ? 0 : s.size);
    Part part = part(network);
    if (s == null) {
      Stream created = new Stream(network);
      s = streams.putIfAbsent(stream, created);
      if (s != null) {
        // another network's append created the stream meanwhile: it came first
        EventStore.checkStream(stream, network, expectedVersion, Optional.of(s.network), s.size);
        throw new IllegalStateException("a new stream was created twice in one network");
      }
      s = created;
      part.streams.add(stream);
    }
    List<Long> positions = new ArrayList<>(batch.size());
    for (CaseEvent e : batch) {
      long position = lastPosition.incrementAndGet();
      positions.add(position);
      part.log.add(StoredEvent.of(position, network, e));
    }
    s.events.addAll(batch);
    s.size = s.events.size();
    AppendResult result = AppendResult.of(stream, network, expectedVersion + 1, positions);
    if (fingerprint != null) {
      s.keys.put(idempotencyKey.get(), new KeyedResult(result, fingerprint));
    }
    return result;
  }

  /** Runs a read under the read lock of the stream's network; empty when the stream is unknown. */
  private <T> T withStream(CaseId stream, T absent, Function<Stream, T> f) {
    Stream s = streams.get(stream);
    if (s == null) {
      return absent;
    }
    Lock lock = part(s.network).lock.readLock();
    lock.lock();
    try {
      return f.apply(s);
    } finally {
      lock.unlock();
    }
  }

  /** Runs a read under the read lock of a network; empty when the network has no stream. */
  private <T> T withNetwork(NetworkId network, T absent, Function<Part, T> f) {
    Part p = networks.get(network);
    if (p == null) {
      return absent;
    }
    Lock lock = p.lock.readLock();
    lock.lock();
    try {
      return f.apply(p);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<CaseEvent> read(CaseId stream) {
    return read(stream, 1);
  }

  @Override
  public List<CaseEvent> read(CaseId stream, long fromSequenceInclusive) {
    EventStore.checkRead(fromSequenceInclusive);
    return withStream(
        stream,
        ImmutableList.of(),
        s ->
            fromSequenceInclusive > s.events.size()
                ? ImmutableList.of()
                : ImmutableList.copyOf(
                    s.events.subList((int) (fromSequenceInclusive - 1), s.events.size())));
  }

  @Override
  public long version(CaseId stream) {
    return withStream(stream, 0L, s -> (long) s.events.size());
  }

  @Override
  public List<StoredEvent> readNetwork(
      NetworkId network, long fromPositionExclusive, int maxCount) {
    EventStore.checkReadNetwork(fromPositionExclusive, maxCount);
    return withNetwork(
        network,
        ImmutableList.of(),
        p -> {
          int from = firstAbove(p.log, fromPositionExclusive);
          int to = (int) Math.min(p.log.size(), (long) from + maxCount);
          return ImmutableList.copyOf(p.log.subList(from, to));
        });
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
    return withNetwork(network, ImmutableSet.of(), p -> ImmutableSet.copyOf(p.streams));
  }
}
