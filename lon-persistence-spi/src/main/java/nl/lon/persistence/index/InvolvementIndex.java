package nl.lon.persistence.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;

/**
 * The port to the involvement index: which organisations, in which networks, are involved with a
 * client (verwijsindex).
 *
 * <p>The involvement service registers an organisation's involvement under the client's {@link
 * ClientPseudonym}, looks up the other registrations of the same pseudonym as {@link Match}es, and
 * withdraws or expires registrations. Access and audit are the service's; the port stores.
 *
 * <h2>Contract</h2>
 *
 * <ol>
 *   <li><b>I1 idempotent registration.</b> There is at most one registration per pseudonym, network
 *       and organisation. {@link #register} of a key already registered stores no second
 *       registration: it keeps the earlier first day, takes the later last-active day with its
 *       contact (the new registration's on a tie; {@link Involvement#registeredAgain}), and returns
 *       what is stored. Each registration is atomic.
 *   <li><b>I2 symmetric matches.</b> {@link #matches} for a registered caller returns one match per
 *       other registration of the same pseudonym, in any network, with that registration's network,
 *       organisation, contact and first day; never the caller's own; ordered by network, then
 *       organisation ({@link nl.lon.core.id.Identifier#compareTo}). For a caller without a
 *       registration it returns nothing. So when A's look-up finds B, B's look-up finds A.
 *   <li><b>I3 expiry.</b> {@link #expire} removes exactly the registrations of the given network
 *       whose last-active day is before the given day, and returns how many; registrations of other
 *       networks and later-active ones stay. An expired registration is no longer matched, and its
 *       organisation is no longer registered.
 *   <li><b>I4 withdrawal.</b> {@link #withdraw} removes the one registration of its key and says
 *       whether there was one; the other registrations stay and no longer match it.
 *   <li><b>I5 no content.</b> The index stores the six parts of an {@link Involvement} and nothing
 *       else: no reason, no concern, no case content, no citizen service number.
 * </ol>
 *
 * <p>Implementations are thread-safe. No method accepts or returns null.
 *
 * @since 0.1
 */
public interface InvolvementIndex {

  /**
   * Registers an organisation's involvement with a client, or refreshes an existing registration
   * (rule I1).
   *
   * @param involvement the registration
   * @return the registration as stored
   * @throws InvalidValueException when the registration is null
   */
  Involvement register(Involvement involvement);

  /**
   * The registration of an organisation in a network for a client.
   *
   * @param pseudonym the client's pseudonym
   * @param network the network
   * @param organisation the organisation
   * @return the registration, or empty
   * @throws InvalidValueException when an argument is null
   */
  Optional<Involvement> registration(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation);

  /**
   * The other registrations of a client, as the registered caller sees them (rule I2).
   *
   * @param pseudonym the client's pseudonym
   * @param network the caller's network
   * @param organisation the caller's organisation
   * @return an immutable list ordered by network, then organisation; empty when the caller has no
   *     registration for the pseudonym
   * @throws InvalidValueException when an argument is null
   */
  List<Match> matches(ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation);

  /**
   * Withdraws an organisation's registration (rule I4).
   *
   * @param pseudonym the client's pseudonym
   * @param network the network
   * @param organisation the organisation
   * @return whether there was a registration
   * @throws InvalidValueException when an argument is null
   */
  boolean withdraw(ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation);

  /**
   * Removes a network's registrations that were last active before a day (rule I3).
   *
   * @param network the network
   * @param lastActiveBefore the first day a registration must have been active on to stay
   * @return how many registrations were removed
   * @throws InvalidValueException when an argument is null
   */
  int expire(NetworkId network, LocalDate lastActiveBefore);
}
