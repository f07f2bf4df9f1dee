package nl.lon.service;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.Optional;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.event.EventStore;

/**
 * The case states the service has seen (momentopnamen): each kept with its version and caught up
 * with only the newer events, so a command never replays a long stream. Thread-safe.
 */
final class CaseSnapshots {

  private final EventStore events;
  private final Cache<CaseId, CaseState> cache;

  CaseSnapshots(EventStore events, long maximumSize) {
    this.events = events;
    this.cache = CacheBuilder.newBuilder().maximumSize(maximumSize).build();
  }

  /**
   * The case's state: the cached snapshot caught up with newer events only.
   *
   * @throws UncomputableCaseException when a stored event does not fold or no longer decodes, with
   *     the state before it
   */
  CaseState load(CaseId caseId) {
    CaseState cached = cache.getIfPresent(caseId);
    long stored = events.version(caseId);
    if (cached != null && cached.getVersion() == stored) {
      return cached;
    }
    if (stored == 0) {
      return CaseState.empty(); // no such case (yet): nothing to read
    }
    CaseState state = cached != null && cached.getVersion() < stored ? cached : CaseState.empty();
    try {
      for (CaseEvent e : events.read(caseId, state.getVersion() + 1)) {
        CaseState before = state;
        try {
          state = state.apply(e);
        } catch (RuntimeException failure) {
          throw new UncomputableCaseException(caseId, before, failure);
        }
      }
    } catch (nl.lon.persistence.codec.CodecException unreadable) {
      // an event that no longer decodes: the case is read no further than the last good state
      throw new UncomputableCaseException(caseId, state, unreadable);
    }
    if (state.getVersion() > 0) {
      cache.put(caseId, state);
    }
    return state;
  }

  /**
   * The case's state, as {@link #load}, or the state before the event that does not fold: for an
   * opening, which only asks whether the case id is in use and whose network it is, and for the
   * receipt of a replay, which withholds a state that is not the stored one.
   */
  CaseState loadOrPartial(CaseId caseId) {
    try {
      return load(caseId);
    } catch (UncomputableCaseException e) {
      return e.partial;
    }
  }

  /**
   * The snapshot kept for a case, not checked against the store: a command decided on it is
   * committed with its version as the expected one, so the store's version check finds out when
   * another writer moved the case on.
   */
  Optional<CaseState> kept(CaseId caseId) {
    return Optional.ofNullable(cache.getIfPresent(caseId));
  }

  /** Whether the store holds a newer version of the case than a state. */
  boolean isBehind(CaseId caseId, CaseState state) {
    return events.version(caseId) != state.getVersion();
  }

  /** Keeps the state a command just wrote. */
  void put(CaseId caseId, CaseState state) {
    cache.put(caseId, state);
  }
}
