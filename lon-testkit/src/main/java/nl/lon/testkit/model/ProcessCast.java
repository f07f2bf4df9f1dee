package nl.lon.testkit.model;

import java.util.List;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;

/**
 * The network and the professionals of the {@link ProcessModel} (de cast van het model): a network
 * director of the municipality, a trajectory director of the GGD who may get appointed, and a core
 * member of the housing corporation.
 *
 * <p>The three organisations are the network's core team, so coercion measures executed by a
 * municipality, a GGD or a housing corporation can be recorded. {@link
 * nl.lon.testkit.arbitraries.CaseHistories} names the same values. Immutable.
 *
 * @since 0.3
 */
public final class ProcessCast {

  /** The network every modelled case belongs to. */
  public static final NetworkId NETWORK_ID = NetworkId.of("lon-testkit-network");

  /** The municipality the network director works for. */
  public static final PartnerOrganisation MUNICIPALITY =
      PartnerOrganisation.builder()
          .id(OrganisationId.of("lon-testkit-gemeente"))
          .name("Gemeente (testkit)")
          .kind(PartnerKind.MUNICIPALITY)
          .build();

  /**
   * The GGD the trajectory director works for; it has given its members the mandate of a signed
   * covenant, which Enschede's problem owner needs (seeds/004 l.1196-1198).
   */
  public static final PartnerOrganisation GGD =
      PartnerOrganisation.builder()
          .id(OrganisationId.of("lon-testkit-ggd"))
          .name("GGD (testkit)")
          .kind(PartnerKind.GGD)
          .hasMandate(true)
          .build();

  /** The housing corporation the core member works for. */
  public static final PartnerOrganisation HOUSING =
      PartnerOrganisation.builder()
          .id(OrganisationId.of("lon-testkit-woningcorporatie"))
          .name("Woningcorporatie (testkit)")
          .kind(PartnerKind.HOUSING_CORPORATION)
          .build();

  /** The network, with the three organisations as core team. */
  public static final Network NETWORK =
      Network.builder()
          .id(NETWORK_ID)
          .name("Testkit-netwerk")
          .area("Testkit")
          .inhabitants(50_000)
          .principal(MUNICIPALITY.getId())
          .contractor(GGD.getId())
          .addCoreTeam(MUNICIPALITY.getId(), GGD.getId(), HOUSING.getId())
          .build();

  /** The network director (netwerkregisseur). */
  public static final Professional NETWORK_DIRECTOR =
      Professional.builder()
          .id(ProfessionalId.of("lon-testkit-netwerkregisseur"))
          .displayName("Netwerkregisseur")
          .organisation(MUNICIPALITY.getId())
          .network(NETWORK_ID)
          .addRoles(ProfessionalRole.NETWORK_DIRECTOR)
          .build();

  /** The professional who becomes trajectory director when appointed (trajectregisseur). */
  public static final Professional TRAJECTORY_DIRECTOR =
      Professional.builder()
          .id(ProfessionalId.of("lon-testkit-trajectregisseur"))
          .displayName("Trajectregisseur")
          .organisation(GGD.getId())
          .network(NETWORK_ID)
          .addRoles(ProfessionalRole.TRAJECTORY_DIRECTOR, ProfessionalRole.CORE_MEMBER)
          .build();

  /** A core member (kernpartner). */
  public static final Professional CORE_MEMBER =
      Professional.builder()
          .id(ProfessionalId.of("lon-testkit-kernpartner"))
          .displayName("Kernpartner")
          .organisation(HOUSING.getId())
          .network(NETWORK_ID)
          .addRoles(ProfessionalRole.CORE_MEMBER)
          .build();

  private ProcessCast() {}

  /**
   * The cast that gives the commands: network director, trajectory director, core member.
   *
   * @return an immutable list of the three professionals
   */
  public static List<Professional> professionals() {
    return List.of(NETWORK_DIRECTOR, TRAJECTORY_DIRECTOR, CORE_MEMBER);
  }

  /**
   * The three organisations of the cast.
   *
   * @return municipality, GGD and housing corporation
   */
  public static List<PartnerOrganisation> organisations() {
    return List.of(MUNICIPALITY, GGD, HOUSING);
  }

  /** The organisation of a member of the cast. */
  static PartnerOrganisation organisationOf(Professional p) {
    if (p.getOrganisation().equals(MUNICIPALITY.getId())) {
      return MUNICIPALITY;
    }
    return p.getOrganisation().equals(GGD.getId()) ? GGD : HOUSING;
  }
}
