package nl.lon.persistence.vault;

import java.util.Optional;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;

/**
 * The port to the store of clients' personal data, kept apart from case events so they can be
 * erased (kluis voor persoonsgegevens).
 *
 * <p>Entries are keyed by network and client number: the same client number in two networks names
 * two separate entries. The vault makes no access decisions and writes no audit records; the case
 * service checks access and audits every read, write and erasure before it calls the vault.
 *
 * <pre>{@code
 * vault.put(network, client, personalData);
 * Optional<PersonalData> p = vault.get(network, client);
 * boolean erased = vault.erase(network, client); // right to erasure
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <h2>Contract</h2>
 *
 * <ol>
 *   <li><b>V1.</b> {@link #put} stores the data, replacing any earlier data for the key; it is
 *       atomic: a concurrent {@link #get} sees the old or the new data, never a mix.
 *   <li><b>V2.</b> {@link #get} returns the data last put for the key, or empty.
 *   <li><b>V3.</b> {@link #erase} removes the data and returns whether there were any; after it
 *       returns, {@link #get} is empty and {@link #contains} false until the next {@link #put}. An
 *       adapter must not keep erased values where this port or a backup restore can bring them
 *       back.
 *   <li><b>V4.</b> Case events and audit records are never touched by the vault.
 * </ol>
 *
 * <p>Implementations are thread-safe and linearizable per key. No method accepts or returns null.
 *
 * @since 0.1
 */
public interface PersonalDataVault {

  /**
   * Stores the personal data of a client, replacing earlier data.
   *
   * @param network the network
   * @param client the client number
   * @param data the personal data
   */
  void put(NetworkId network, ClientNumber client, PersonalData data);

  /**
   * Gets the personal data of a client.
   *
   * @param network the network
   * @param client the client number
   * @return the data, or empty when none are stored or they were erased
   */
  Optional<PersonalData> get(NetworkId network, ClientNumber client);

  /**
   * Erases the personal data of a client (recht op vergetelheid).
   *
   * @param network the network
   * @param client the client number
   * @return true when data were stored and are now erased, false when there were none
   */
  boolean erase(NetworkId network, ClientNumber client);

  /**
   * Whether personal data of a client are stored.
   *
   * @param network the network
   * @param client the client number
   * @return true when {@link #get} would return data
   */
  boolean contains(NetworkId network, ClientNumber client);
}
