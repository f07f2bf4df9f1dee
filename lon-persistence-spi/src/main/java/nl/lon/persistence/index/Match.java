package nl.lon.persistence.index;

import java.time.LocalDate;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;

/**
 * Another registration of the same client, as the one who looks it up sees it (match, wie is er nog
 * meer betrokken).
 *
 * <p>Only who to contact and since when: the other side's network, organisation, contact
 * professional and first day. Never a reason, never case content, never the other side's
 * last-active day. Immutable and thread-safe.
 *
 * @param network the other registration's network
 * @param organisation the other involved organisation
 * @param contact the professional to contact there
 * @param since the day the other organisation registered its involvement
 * @since 0.1
 */
public record Match(
    NetworkId network, OrganisationId organisation, ProfessionalId contact, LocalDate since) {

  /**
   * Checks every part.
   *
   * @param network the other registration's network
   * @param organisation the other involved organisation
   * @param contact the professional to contact there
   * @param since the day the other organisation registered its involvement
   * @throws InvalidValueException naming a missing part
   */
  public Match {
    if (network == null) {
      throw new InvalidValueException("Match.network");
    }
    if (organisation == null) {
      throw new InvalidValueException("Match.organisation");
    }
    if (contact == null) {
      throw new InvalidValueException("Match.contact");
    }
    if (since == null) {
      throw new InvalidValueException("Match.since");
    }
  }

  /**
   * The match another registration gives.
   *
   * @param other the other registration
   * @return what the one looking up may see of it
   * @throws InvalidValueException when the registration is null
   */
  public static Match of(Involvement other) {
    if (other == null) {
      throw new InvalidValueException("Match.other");
    }
    return new Match(other.network(), other.organisation(), other.contact(), other.since());
  }

  /**
   * Whether the match is in another network than a given one: a client known elsewhere, for whom a
   * handover may be proposed.
   *
   * @param own the network of the one looking up
   * @return true when the match is in another network
   */
  public boolean isInOtherNetworkThan(NetworkId own) {
    return !network.equals(own);
  }
}
