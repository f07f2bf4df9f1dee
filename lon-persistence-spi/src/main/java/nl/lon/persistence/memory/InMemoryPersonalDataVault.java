package nl.lon.persistence.memory;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * A {@link PersonalDataVault} that keeps personal data in memory (kluis in het werkgeheugen).
 *
 * <p>Erased data are dropped from the map at once; nothing else refers to them.
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

  private final ConcurrentMap<Key, PersonalData> data = new ConcurrentHashMap<>();

  private record Key(NetworkId network, ClientNumber client) {
    Key {
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
  public void put(NetworkId network, ClientNumber client, PersonalData personalData) {
    if (personalData == null) {
      throw new InvalidValueException("PersonalDataVault.data");
    }
    data.put(new Key(network, client), personalData);
  }

  @Override
  public Optional<PersonalData> get(NetworkId network, ClientNumber client) {
    return Optional.ofNullable(data.get(new Key(network, client)));
  }

  @Override
  public boolean erase(NetworkId network, ClientNumber client) {
    return data.remove(new Key(network, client)) != null;
  }

  @Override
  public boolean contains(NetworkId network, ClientNumber client) {
    return data.containsKey(new Key(network, client));
  }

  @Override
  public String toString() {
    return "InMemoryPersonalDataVault{entries=" + data.size() + "}";
  }
}
