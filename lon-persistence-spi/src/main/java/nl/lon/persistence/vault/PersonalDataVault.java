package nl.lon.persistence.vault;

import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;

/**
 * The port to the store of clients' personal data, kept apart from case events so they can be
 * erased (kluis voor persoonsgegevens).
 *
 * <p>Entries are keyed by network, client number and case: the data given with one case are read
 * through that case only. A second case opened under a known client number, by whoever may open
 * cases, therefore neither shows nor replaces what the first case holds; each network's privacy
 * protocol (privacyprotocol, seeds/004 l.1260) decides who reads a case, and so who reads the data
 * given with it. The same client number in two networks names separate entries. Erasure is per
 * client (recht op vergetelheid): it removes the client's data of every case in the network. The
 * vault makes no access decisions and writes no audit records; the case service checks access and
 * audits every read, write and erasure before it calls the vault.
 *
 * <pre>{@code
 * vault.put(network, client, caseId, personalData);
 * Optional<PersonalData> p = vault.get(network, client, caseId);
 * boolean erased = vault.erase(network, client); // right to erasure, every case of the client
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <h2>Contract</h2>
 *
 * <ol>
 *   <li><b>V1.</b> {@link #put} stores the data under its key (network, client, case), replacing
 *       any earlier data under that key and no other; it is atomic: a concurrent {@link #get} sees
 *       the old or the new data, never a mix.
 *   <li><b>V2.</b> {@link #get} returns the data last put under the key, or empty. Data put for
 *       another case of the same client, or for the same client and case in another network, are
 *       never returned.
 *   <li><b>V3.</b> {@link #erase} removes the client's data of every case in the network and
 *       returns whether there were any; after it returns, {@link #get} is empty and {@link
 *       #contains} false for every case of that client in that network until the next {@link #put}.
 *       Other networks' entries stay. An adapter must not keep erased values where this port or a
 *       backup restore can bring them back.
 *   <li><b>V4.</b> Case events and audit records are never touched by the vault.
 * </ol>
 *
 * <p>Implementations are thread-safe and linearizable per key. No method accepts or returns null.
 *
 * @since 0.1
 */
public interface PersonalDataVault {

  /**
   * Stores the personal data given with a case, replacing earlier data of that case.
   *
   * @param network the network
   * @param client the client number
   * @param caseId the case the data were given with
   * @param data the personal data
   * @since 0.3
   */
  void put(NetworkId network, ClientNumber client, CaseId caseId, PersonalData data);

  /**
   * Gets the personal data given with a case.
   *
   * @param network the network
   * @param client the client number
   * @param caseId the case
   * @return the data, or empty when none are stored for that case or they were erased
   * @since 0.3
   */
  Optional<PersonalData> get(NetworkId network, ClientNumber client, CaseId caseId);

  /**
   * Erases the personal data of a client in a network, of every case (recht op vergetelheid).
   *
   * @param network the network
   * @param client the client number
   * @return true when data were stored and are now erased, false when there were none
   */
  boolean erase(NetworkId network, ClientNumber client);

  /**
   * Whether personal data given with a case are stored.
   *
   * @param network the network
   * @param client the client number
   * @param caseId the case
   * @return true when {@link #get} would return data
   * @since 0.3
   */
  boolean contains(NetworkId network, ClientNumber client, CaseId caseId);
}
