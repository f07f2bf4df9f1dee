package nl.lon.persistence.store;

import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.vault.PersonalData;

/**
 * The vault part of a unit of work: store a client's personal data, or erase them (wijziging in de
 * kluis).
 *
 * <pre>{@code
 * VaultChange put = VaultChange.put(network, client, personalData);
 * VaultChange erase = VaultChange.erase(network, client);
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * @param network the network
 * @param client the client number
 * @param data the data to store, or empty to erase
 * @since 0.2
 */
public record VaultChange(NetworkId network, ClientNumber client, Optional<PersonalData> data) {

  /**
   * Checks that every part is given.
   *
   * @param network the network
   * @param client the client number
   * @param data the data to store, or empty to erase
   * @throws InvalidValueException naming the missing part
   */
  public VaultChange {
    if (network == null) {
      throw new InvalidValueException("VaultChange.network");
    }
    if (client == null) {
      throw new InvalidValueException("VaultChange.client");
    }
    if (data == null) {
      throw new InvalidValueException("VaultChange.data");
    }
  }

  /**
   * Stores a client's personal data, replacing earlier data.
   *
   * @param network the network
   * @param client the client number
   * @param data the data
   * @return the change
   */
  public static VaultChange put(NetworkId network, ClientNumber client, PersonalData data) {
    if (data == null) {
      throw new InvalidValueException("VaultChange.data");
    }
    return new VaultChange(network, client, Optional.of(data));
  }

  /**
   * Erases a client's personal data.
   *
   * @param network the network
   * @param client the client number
   * @return the change
   */
  public static VaultChange erase(NetworkId network, ClientNumber client) {
    return new VaultChange(network, client, Optional.empty());
  }

  /**
   * Whether this change erases.
   *
   * @return true for an erasure
   */
  public boolean isErasure() {
    return data.isEmpty();
  }

  @Override
  public String toString() {
    return "VaultChange[network="
        + network
        + ", client="
        + client
        + ", "
        + (isErasure() ? "erase" : "put")
        + "]";
  }
}
