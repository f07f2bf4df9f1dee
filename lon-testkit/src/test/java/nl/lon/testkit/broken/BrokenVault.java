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
    /** Entries are keyed by client number and case only, so two networks share one entry (V2). */
    KEYED_BY_CLIENT_ONLY,
    /** Entries are keyed by network and client, so two cases of a client share one entry (V2). */
    KEYED_BY_CLIENT_NOT_CASE,
    /** An erasure reports success and keeps the data (rule V3). */
    ERASE_KEEPS_DATA,
    /** An erasure removes only the case put last for the client (rule V3). */
    ERASE_LAST_CASE_ONLY,
    /** An erasure also removes the case streams of the client's network (rule V4). */
    ERASE_CASCADES_INTO_EVENTS
  }

  private final Defect defect;
  private final Map<String, PersonalData> entries = new ConcurrentHashMap<>();
  private final Map<String, String> lastPut = new ConcurrentHashMap<>();
  private final ForgettingEventStore events = new ForgettingEventStore();

  BrokenVault(Defect defect) {
    this.defect = defect;
  }

  /** The event store on the vault's storage. */
  EventStore eventStore() {
    return events;
  }

  /** The client's part of a key: every entry of the client starts with it. */
  private String clientKey(NetworkId network, ClientNumber client) {
    return defect == Defect.KEYED_BY_CLIENT_ONLY
        ? client.getValue() + "\u0000"
        : network.getValue() + "\u0000" + client.getValue() + "\u0000";
  }

  private String key(NetworkId network, ClientNumber client, CaseId caseId) {
    return clientKey(network, client)
        + (defect == Defect.KEYED_BY_CLIENT_NOT_CASE ? "" : caseId.getValue());
  }

  @Override
  public void put(NetworkId network, ClientNumber client, CaseId caseId, PersonalData data) {
    String key = key(network, client, caseId);
    lastPut.put(clientKey(network, client), key);
    if (defect == Defect.PUT_KEEPS_EARLIER_DATA) {
      entries.putIfAbsent(key, data);
    } else {
      entries.put(key, data);
    }
  }

  @Override
  public Optional<PersonalData> get(NetworkId network, ClientNumber client, CaseId caseId) {
    return Optional.ofNullable(entries.get(key(network, client, caseId)));
  }

  @Override
  public boolean erase(NetworkId network, ClientNumber client) {
    String prefix = clientKey(network, client);
    if (defect == Defect.ERASE_KEEPS_DATA) {
      return entries.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }
    if (defect == Defect.ERASE_CASCADES_INTO_EVENTS) {
      events.forget(events.streams(network));
    }
    if (defect == Defect.ERASE_LAST_CASE_ONLY) {
      String last = lastPut.remove(prefix);
      return last != null && entries.remove(last) != null;
    }
    boolean any = false;
    for (String k : entries.keySet()) {
      if (k.startsWith(prefix)) {
        any |= entries.remove(k) != null;
      }
    }
    return any;
  }

  @Override
  public boolean contains(NetworkId network, ClientNumber client, CaseId caseId) {
    return entries.containsKey(key(network, client, caseId));
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
