package nl.lon.service;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.rules.agenda.UncomputableCase;

/**
 * The folded states of every case of a network, kept up to date from the network's positions
 * (netwerkprojectie): each call reads only the events appended since the position it saw last
 * ({@link EventStore#readNetwork}, rule R4), in pages of {@value #PAGE} events, so a read over the
 * whole network costs one query once it has caught up, whatever the number of cases.
 *
 * <p>A case whose events cannot be folded (a corrupt stream) is kept aside as uncomputable, with
 * the failure described as {@link UncomputableCase#from} does, and its later events are skipped;
 * every other case is folded as usual. A page that cannot be read (for example a stored event that
 * no longer decodes) throws, the projection keeps the position of the last page it applied, and the
 * caller falls back to reading case by case.
 *
 * <p>Memory is bounded: the projections of all networks together keep at most the configured number
 * of case states (the snapshot cache size); the least recently used network's projection is dropped
 * first and rebuilt from position 0 when it is needed again. Thread-safe: one network's projection
 * catches up under its own lock, so networks do not wait for each other.
 */
final class NetworkProjections {

  /** The events read per query. */
  static final int PAGE = 10_000;

  private final EventStore events;
  private final Cache<NetworkId, Projection> cache;

  NetworkProjections(EventStore events, long maximumCases) {
    this.events = events;
    this.cache =
        CacheBuilder.newBuilder()
            // one segment: the bound holds for one large network, not a quarter of it
            .concurrencyLevel(1)
            .maximumWeight(maximumCases)
            .weigher((NetworkId n, Projection p) -> p.weight())
            .build();
  }

  /**
   * The network's cases as of now: the states folded and the cases that could not be.
   *
   * @throws RuntimeException when the network's events cannot be read in bulk; read case by case
   */
  View current(NetworkId network) {
    Projection p = cache.asMap().computeIfAbsent(network, Projection::new);
    View v;
    synchronized (p) {
      v = p.catchUp(events);
    }
    // a put weighs the projection again with the cases it holds now
    cache.put(network, p);
    return v;
  }

  /** The cases of one network at one position. */
  static final class View {
    private final ImmutableList<CaseState> states;
    private final ImmutableList<UncomputableCase> uncomputable;

    View(ImmutableList<CaseState> states, ImmutableList<UncomputableCase> uncomputable) {
      this.states = states;
      this.uncomputable = uncomputable;
    }

    /** The folded states, in the order the cases were opened. */
    ImmutableList<CaseState> states() {
      return states;
    }

    /** The cases whose events could not be folded. */
    ImmutableList<UncomputableCase> uncomputable() {
      return uncomputable;
    }
  }

  /** One network's states and the position they reflect. Guarded by its own monitor. */
  private static final class Projection {
    private final NetworkId network;
    private final Map<CaseId, CaseState> states = new LinkedHashMap<>();
    private final Map<CaseId, UncomputableCase> broken = new LinkedHashMap<>();
    private long position;
    private View view;
    private volatile int weight = 1;

    Projection(NetworkId network) {
      this.network = network;
    }

    int weight() {
      return weight;
    }

    View catchUp(EventStore events) {
      List<StoredEvent> page;
      do {
        page = events.readNetwork(network, position, PAGE);
        for (StoredEvent e : page) {
          apply(e.getEvent());
          position = e.getPosition();
        }
        if (!page.isEmpty()) {
          view = null;
        }
      } while (page.size() == PAGE);
      if (view == null) {
        view =
            new View(ImmutableList.copyOf(states.values()), ImmutableList.copyOf(broken.values()));
        weight = Math.max(1, states.size() + broken.size());
      }
      return view;
    }

    private void apply(CaseEvent e) {
      CaseId id = e.getCaseId();
      if (broken.containsKey(id)) {
        return;
      }
      CaseState s = states.get(id);
      try {
        states.put(id, (s == null ? CaseState.empty() : s).apply(e));
      } catch (RuntimeException failure) {
        // one corrupt stream must not take the network's reads down; it is reported instead
        states.remove(id);
        broken.put(id, UncomputableCase.from(id, failure));
      }
    }
  }
}
