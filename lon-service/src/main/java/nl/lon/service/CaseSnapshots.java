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

  /** The case's state: the cached snapshot caught up with newer events only. */
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
    for (CaseEvent e : events.read(caseId, state.getVersion() + 1)) {
      state = state.apply(e);
    }
    if (state.getVersion() > 0) {
      cache.put(caseId, state);
    }
    return state;
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
