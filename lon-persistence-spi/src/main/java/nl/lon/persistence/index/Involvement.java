package nl.lon.persistence.index;

import java.time.LocalDate;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;

/**
 * A registration in the involvement index: an organisation of a network is involved with a client
 * (betrokkenheid, melding in de verwijsindex).
 *
 * <p>It holds who is involved and since when, nothing else: there is no field for a reason, a
 * concern or any case content, and the client is only their pseudonym. One registration per
 * pseudonym, network and organisation ({@link #hasKeyOf(Involvement)}). Immutable and thread-safe.
 *
 * @param pseudonym the client's pseudonym
 * @param network the network in which the organisation is involved
 * @param organisation the involved partner organisation
 * @param contact the professional to contact about the client
 * @param since the day the organisation first registered its involvement
 * @param lastActive the day the involvement was last registered or refreshed; on or after {@code
 *     since}
 * @since 0.1
 */
public record Involvement(
    ClientPseudonym pseudonym,
    NetworkId network,
    OrganisationId organisation,
    ProfessionalId contact,
    LocalDate since,
    LocalDate lastActive) {

  /**
   * Checks every part.
   *
   * @param pseudonym the client's pseudonym
   * @param network the network
   * @param organisation the involved organisation
   * @param contact the contact professional
   * @param since the day of the first registration
   * @param lastActive the day of the last registration or refresh
   * @throws InvalidValueException naming a missing part, or (rule {@code last-active-before-since})
   *     when the last-active day is before the first
   */
  public Involvement {
    if (pseudonym == null) {
      throw new InvalidValueException("Involvement.pseudonym");
    }
    if (network == null) {
      throw new InvalidValueException("Involvement.network");
    }
    if (organisation == null) {
      throw new InvalidValueException("Involvement.organisation");
    }
    if (contact == null) {
      throw new InvalidValueException("Involvement.contact");
    }
    if (since == null) {
      throw new InvalidValueException("Involvement.since");
    }
    if (lastActive == null) {
      throw new InvalidValueException("Involvement.lastActive");
    }
    if (lastActive.isBefore(since)) {
      throw new InvalidValueException(
          "Involvement.lastActive",
          "last-active-before-since",
          "must be on or after the day of the first registration");
    }
  }

  /**
   * A registration made on one day: first registered and last active that day.
   *
   * @param pseudonym the client's pseudonym
   * @param network the network
   * @param organisation the involved organisation
   * @param contact the contact professional
   * @param on the day
   * @return the registration
   * @throws InvalidValueException naming a missing part
   */
  public static Involvement of(
      ClientPseudonym pseudonym,
      NetworkId network,
      OrganisationId organisation,
      ProfessionalId contact,
      LocalDate on) {
    return new Involvement(pseudonym, network, organisation, contact, on, on);
  }

  /**
   * Whether another registration has this one's key: the same pseudonym, network and organisation.
   *
   * @param other the other registration
   * @return true when both are registrations of the same involvement
   */
  public boolean hasKeyOf(Involvement other) {
    return pseudonym.equals(other.pseudonym)
        && network.equals(other.network)
        && organisation.equals(other.organisation);
  }

  /**
   * This registration registered again (rule I1 of {@link InvolvementIndex}): the first day stays,
   * and the later last-active day of the two is taken with its contact (the repeat's on a tie), so
   * a registration entered late never replaces the current contact.
   *
   * @param repeat a registration with the same key
   * @return the merged registration
   * @throws InvalidValueException when the repeat has another key
   */
  public Involvement registeredAgain(Involvement repeat) {
    if (repeat == null || !hasKeyOf(repeat)) {
      throw new InvalidValueException(
          "Involvement.repeat",
          "same-involvement",
          "must have the same pseudonym, network and organisation");
    }
    LocalDate first = since.isAfter(repeat.since) ? repeat.since : since;
    boolean current = lastActive.isAfter(repeat.lastActive);
    LocalDate last = current ? lastActive : repeat.lastActive;
    return new Involvement(
        pseudonym, network, organisation, current ? contact : repeat.contact, first, last);
  }
}
