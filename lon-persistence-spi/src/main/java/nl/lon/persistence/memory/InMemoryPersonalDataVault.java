package nl.lon.persistence.memory;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * A {@link PersonalDataVault} that keeps personal data in memory (kluis in het werkgeheugen).
 *
 * <p>One map per network and client, from case to data, so that an erasure removes every case of
 * the client at once. Erased data are dropped from the map at once; nothing else refers to them.
 *
 * <pre>{@code
 * PersonalDataVault vault = new InMemoryPersonalDataVault();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Thread-safe and linearizable per key.
 *
 * @since 0.1
 */
public final class InMemoryPersonalDataVault implements PersonalDataVault {

  private final ConcurrentMap<Client, ConcurrentMap<CaseId, PersonalData>> data =
      new ConcurrentHashMap<>();

  private record Client(NetworkId network, ClientNumber client) {
    Client {
      if (network == null) {
        throw new InvalidValueException("PersonalDataVault.network");
      }
      if (client == null) {
        throw new InvalidValueException("PersonalDataVault.client");
      }
    }
  }

  /** Creates an empty vault. */
  public InMemoryPersonalDataVault() {}

  @Override
  public void put(
      NetworkId network, ClientNumber client, CaseId caseId, PersonalData personalData) {
    Client key = new Client(network, client);
    checkCase(caseId);
    if (personalData == null) {
      throw new InvalidValueException("PersonalDataVault.data");
    }
    // compute holds the client's bin, so a put never lands in a map an erasure just removed
    data.compute(
        key,
        (k, cases) -> {
          ConcurrentMap<CaseId, PersonalData> next =
              cases == null ? new ConcurrentHashMap<>() : cases;
          next.put(caseId, personalData);
          return next;
        });
  }

  @Override
  public Optional<PersonalData> get(NetworkId network, ClientNumber client, CaseId caseId) {
    Client key = new Client(network, client);
    checkCase(caseId);
    ConcurrentMap<CaseId, PersonalData> cases = data.get(key);
    return cases == null ? Optional.empty() : Optional.ofNullable(cases.get(caseId));
  }

  @Override
  public boolean erase(NetworkId network, ClientNumber client) {
    ConcurrentMap<CaseId, PersonalData> cases = data.remove(new Client(network, client));
    return cases != null && !cases.isEmpty();
  }

  @Override
  public boolean contains(NetworkId network, ClientNumber client, CaseId caseId) {
    return get(network, client, caseId).isPresent();
  }

  private static void checkCase(CaseId caseId) {
    if (caseId == null) {
      throw new InvalidValueException("PersonalDataVault.caseId");
    }
  }

  @Override
  public String toString() {
    int entries = data.values().stream().mapToInt(ConcurrentMap::size).sum();
    return "InMemoryPersonalDataVault{entries=" + entries + "}";
  }
}
