package nl.lon.rules.access;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.state.CaseState;

/**
 * A request to see or change a resource, as the access policy judges it (toegangsverzoek).
 *
 * @param resource what is asked for
 * @param actor the professional asking
 * @param actorOrganisation the professional's organisation
 * @param network the network of the resource
 * @param state the case ({@link CaseState#empty()} for a case still to be opened, and for a
 *     network's resource)
 * @param write whether data is changed (else read)
 * @param date the day of the request, for consent in force
 * @param legalBasis the code of a legal basis for sharing without consent, if invoked
 * @param emergencyReason the reason for an emergency override, if invoked
 * @since 0.1
 */
public record AccessRequest(
    AccessResource resource,
    Professional actor,
    PartnerOrganisation actorOrganisation,
    Network network,
    CaseState state,
    boolean write,
    LocalDate date,
    Optional<String> legalBasis,
    Optional<String> emergencyReason) {

  /**
   * Checks for nulls.
   *
   * @param resource what is asked for
   * @param actor the professional asking
   * @param actorOrganisation the professional's organisation
   * @param network the network of the resource
   * @param state the case ({@link CaseState#empty()} for a case still to be opened, and for a
   *     network's resource)
   * @param write whether data is changed (else read)
   * @param date the day of the request, for consent in force
   * @param legalBasis the code of a legal basis for sharing without consent, if invoked
   * @param emergencyReason the reason for an emergency override, if invoked
   */
  public AccessRequest {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorOrganisation, "actorOrganisation");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(emergencyReason, "emergencyReason");
  }

  /**
   * A request to read a case's state or to change it by a command ({@link AccessResource#CASE}).
   *
   * @param actor the professional asking
   * @param actorOrganisation the professional's organisation
   * @param network the case's network
   * @param state the case
   * @param write whether data is changed (else read)
   * @param date the day of the request
   * @param legalBasis the code of a legal basis invoked, if any
   * @param emergencyReason the reason for an emergency override, if invoked
   */
  public AccessRequest(
      Professional actor,
      PartnerOrganisation actorOrganisation,
      Network network,
      CaseState state,
      boolean write,
      LocalDate date,
      Optional<String> legalBasis,
      Optional<String> emergencyReason) {
    this(
        AccessResource.CASE,
        actor,
        actorOrganisation,
        network,
        state,
        write,
        date,
        legalBasis,
        emergencyReason);
  }

  /**
   * A request to read a network's resource (agenda, own agenda, figures).
   *
   * @param resource the resource
   * @param actor the professional asking
   * @param actorOrganisation the professional's organisation
   * @param network the network
   * @param date the day of the request
   * @return the request
   */
  public static AccessRequest ofNetwork(
      AccessResource resource,
      Professional actor,
      PartnerOrganisation actorOrganisation,
      Network network,
      LocalDate date) {
    return new AccessRequest(
        resource,
        actor,
        actorOrganisation,
        network,
        CaseState.empty(),
        false,
        date,
        Optional.empty(),
        Optional.empty());
  }
}
