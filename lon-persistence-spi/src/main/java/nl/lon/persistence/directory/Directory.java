package nl.lon.persistence.directory;

import java.util.List;
import java.util.Optional;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;

/**
 * The port to the register of networks, partner organisations and professionals (register).
 *
 * <p>The case service asks it who an actor is, which organisation they work for and which roles
 * they hold before it checks access.
 *
 * <pre>{@code
 * directory.put(network);
 * directory.put(professional);
 * Optional<Professional> p = directory.professional(ProfessionalId.of("p-jansen"));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <h2>Contract</h2>
 *
 * <ol>
 *   <li><b>D1.</b> Each {@code put} stores the value under its id, replacing an earlier value with
 *       the same id; it is atomic per value.
 *   <li><b>D2.</b> Lookups return the value last put under the id, or empty.
 *   <li><b>D3.</b> Lists are immutable snapshots ordered by id ({@link
 *       nl.lon.core.id.Identifier#compareTo}).
 *   <li><b>D4.</b> The directory does not check references between values (for example that a
 *       professional's organisation exists); that is for the caller.
 * </ol>
 *
 * <p>Implementations are thread-safe. No method accepts or returns null.
 *
 * @since 0.1
 */
public interface Directory {

  /**
   * Stores a network, replacing one with the same id.
   *
   * @param network the network
   */
  void put(Network network);

  /**
   * Stores a partner organisation, replacing one with the same id.
   *
   * @param organisation the organisation
   */
  void put(PartnerOrganisation organisation);

  /**
   * Stores a professional, replacing one with the same id.
   *
   * @param professional the professional
   */
  void put(Professional professional);

  /**
   * Gets a network.
   *
   * @param id the network's id
   * @return the network, or empty
   */
  Optional<Network> network(NetworkId id);

  /**
   * Lists all networks.
   *
   * @return an immutable list ordered by id
   */
  List<Network> networks();

  /**
   * Gets a partner organisation.
   *
   * @param id the organisation's id
   * @return the organisation, or empty
   */
  Optional<PartnerOrganisation> organisation(OrganisationId id);

  /**
   * Gets a professional.
   *
   * @param id the professional's id
   * @return the professional, or empty
   */
  Optional<Professional> professional(ProfessionalId id);

  /**
   * Lists the professionals acting in a network.
   *
   * @param network the network
   * @return an immutable list ordered by id; empty for an unknown network
   */
  List<Professional> professionals(NetworkId network);
}
