package nl.lon.persistence.jdbc.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values read from the database, kept for a bounded time (tussengeheugen): a look-up within {@code
 * maxAge} of the last read of its key is answered without the database, absence included. A write
 * through the owner calls {@link #invalidate} after its commit; a read that started before such a
 * write never stores its (older) value, so the next look-up after a write reads the database.
 * Changes made around the owner (another process, plain SQL) are seen at most {@code maxAge} later.
 *
 * <p>Thread-safe.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class ValueCache<K, V> {

  /** Above this many keys the cache starts again empty, so it never grows without bound. */
  static final int MAX_KEYS = 100_000;

  private record Entry<V>(Optional<V> value, long loadedAt) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong writes = new AtomicLong();
  private final long maxAgeNanos;
  private final LongSupplier ticker;

  /**
   * A cache whose entries are answered for {@code maxAge} after their read.
   *
   * @param maxAge how long a read value is used; zero keeps nothing
   */
  public ValueCache(Duration maxAge) {
    this(maxAge, System::nanoTime);
  }

  /** For tests: a cache on another clock, in nanoseconds. */
  ValueCache(Duration maxAge, LongSupplier ticker) {
    this.maxAgeNanos = maxAge.toNanos();
    this.ticker = ticker;
  }

  /**
   * The value of a key: the kept one while it is young enough, else the loader's, which is then
   * kept unless a write came in between.
   *
   * @param key the key
   * @param loader reads the database; its exceptions pass through and nothing is kept
   * @return the value, or empty when the database has none
   */
  public Optional<V> get(K key, Supplier<Optional<V>> loader) {
    if (maxAgeNanos <= 0) {
      return loader.get();
    }
    Entry<V> kept = entries.get(key);
    long now = ticker.getAsLong();
    if (kept != null && now - kept.loadedAt() < maxAgeNanos) {
      return kept.value();
    }
    long before = writes.get();
    Optional<V> value = loader.get();
    if (entries.size() >= MAX_KEYS) {
      entries.clear();
    }
    entries.compute(key, (k, old) -> writes.get() == before ? new Entry<>(value, now) : old);
    return value;
  }

  /**
   * Forgets a key after a write to it was committed; reads under way do not keep their value.
   *
   * @param key the key written
   */
  public void invalidate(K key) {
    writes.incrementAndGet();
    entries.remove(key);
  }
}
