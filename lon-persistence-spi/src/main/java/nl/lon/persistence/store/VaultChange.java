package nl.lon.persistence.store;

import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.vault.PersonalData;

/**
 * The vault part of a unit of work: store the personal data given with a case, or erase a client's
 * data of every case in the network (wijziging in de kluis).
 *
 * <pre>{@code
 * VaultChange put = VaultChange.put(network, client, caseId, personalData);
 * VaultChange erase = VaultChange.erase(network, client);
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * @param network the network
 * @param client the client number
 * @param caseId the case the data are given with; empty for an erasure, which reaches every case of
 *     the client in the network
 * @param data the data to store, or empty to erase
 * @since 0.2
 */
public record VaultChange(
    NetworkId network, ClientNumber client, Optional<CaseId> caseId, Optional<PersonalData> data) {

  /**
   * Checks that every part is given, and that a put names its case and an erasure none.
   *
   * @param network the network
   * @param client the client number
   * @param caseId the case of a put; empty for an erasure
   * @param data the data to store, or empty to erase
   * @throws InvalidValueException naming the missing or extra part
   */
  public VaultChange {
    if (network == null) {
      throw new InvalidValueException("VaultChange.network");
    }
    if (client == null) {
      throw new InvalidValueException("VaultChange.client");
    }
    if (caseId == null) {
      throw new InvalidValueException("VaultChange.caseId");
    }
    if (data == null) {
      throw new InvalidValueException("VaultChange.data");
    }
    if (caseId.isPresent() != data.isPresent()) {
      throw new InvalidValueException(
          "VaultChange.caseId",
          "case-with-data",
          data.isPresent()
              ? "a put names the case the personal data are given with"
              : "an erasure names no case: it removes the client's data of every case in the"
                  + " network");
    }
  }

  /**
   * Stores the personal data given with a case, replacing earlier data of that case.
   *
   * @param network the network
   * @param client the client number
   * @param caseId the case the data are given with
   * @param data the data
   * @return the change
   * @since 0.3
   */
  public static VaultChange put(
      NetworkId network, ClientNumber client, CaseId caseId, PersonalData data) {
    if (caseId == null) {
      throw new InvalidValueException("VaultChange.caseId");
    }
    if (data == null) {
      throw new InvalidValueException("VaultChange.data");
    }
    return new VaultChange(network, client, Optional.of(caseId), Optional.of(data));
  }

  /**
   * Erases a client's personal data of every case in the network.
   *
   * @param network the network
   * @param client the client number
   * @return the change
   */
  public static VaultChange erase(NetworkId network, ClientNumber client) {
    return new VaultChange(network, client, Optional.empty(), Optional.empty());
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
        + (isErasure() ? "erase" : "put, case=" + caseId.get())
        + "]";
  }
}
