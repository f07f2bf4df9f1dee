package nl.lon.testkit.broken;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * A personal-data vault with one deliberate defect, over a map; without a defect it is a correct
 * (if simple) vault. Its {@link #eventStore()} shares its storage, as a production adapter's would.
 */
final class BrokenVault implements PersonalDataVault {

  /** The deliberate defects. */
  enum Defect {
    /** No defect: a correct vault. */
    NONE,
    /** A put keeps the data stored earlier instead of replacing it (rule V1). */
    PUT_KEEPS_EARLIER_DATA,
    /** Entries are keyed by client number only, so two networks share one entry (rule V2). */
    KEYED_BY_CLIENT_ONLY,
    /** An erasure reports success and keeps the data (rule V3). */
    ERASE_KEEPS_DATA,
    /** An erasure also removes the case streams of the client's network (rule V4). */
    ERASE_CASCADES_INTO_EVENTS
  }

  private final Defect defect;
  private final Map<String, PersonalData> entries = new ConcurrentHashMap<>();
  private final ForgettingEventStore events = new ForgettingEventStore();

  BrokenVault(Defect defect) {
    this.defect = defect;
  }

  /** The event store on the vault's storage. */
  EventStore eventStore() {
    return events;
  }

  private String key(NetworkId network, ClientNumber client) {
    return defect == Defect.KEYED_BY_CLIENT_ONLY
        ? client.getValue()
        : network.getValue() + "\u0000" + client.getValue();
  }

  @Override
  public void put(NetworkId network, ClientNumber client, PersonalData data) {
    if (defect == Defect.PUT_KEEPS_EARLIER_DATA) {
      entries.putIfAbsent(key(network, client), data);
    } else {
      entries.put(key(network, client), data);
    }
  }

  @Override
  public Optional<PersonalData> get(NetworkId network, ClientNumber client) {
    return Optional.ofNullable(entries.get(key(network, client)));
  }

  @Override
  public boolean erase(NetworkId network, ClientNumber client) {
    if (defect == Defect.ERASE_KEEPS_DATA) {
      return entries.containsKey(key(network, client));
    }
    if (defect == Defect.ERASE_CASCADES_INTO_EVENTS) {
      events.forget(events.streams(network));
    }
    return entries.remove(key(network, client)) != null;
  }

  @Override
  public boolean contains(NetworkId network, ClientNumber client) {
    return entries.containsKey(key(network, client));
  }

  /** The in-memory event store, with streams the vault made it forget. */
  private static final class ForgettingEventStore implements EventStore {
    private final InMemoryEventStore store = new InMemoryEventStore();
    private final Set<CaseId> forgotten = ConcurrentHashMap.newKeySet();

    void forget(Set<CaseId> streams) {
      forgotten.addAll(streams);
    }

    @Override
    public AppendResult append(
        CaseId stream,
        NetworkId network,
        long expectedVersion,
        List<CaseEvent> batch,
        Optional<String> idempotencyKey) {
      return store.append(stream, network, expectedVersion, batch, idempotencyKey);
    }

    @Override
    public List<CaseEvent> read(CaseId stream) {
      return forgotten.contains(stream) ? List.of() : store.read(stream);
    }

    @Override
    public List<CaseEvent> read(CaseId stream, long fromSequenceInclusive) {
      return forgotten.contains(stream) ? List.of() : store.read(stream, fromSequenceInclusive);
    }

    @Override
    public long version(CaseId stream) {
      return forgotten.contains(stream) ? 0 : store.version(stream);
    }

    @Override
    public List<StoredEvent> readNetwork(
        NetworkId network, long fromPositionExclusive, int maxCount) {
      return store.readNetwork(network, fromPositionExclusive, maxCount);
    }

    @Override
    public Set<CaseId> streams(NetworkId network) {
      return store.streams(network);
    }
  }
}
