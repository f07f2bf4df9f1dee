package nl.lon.examples.demo;

import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.network.Ring;
import nl.lon.persistence.directory.Directory;

/**
 * The demo's network: a Rotterdam-style local care network with its core and shell partners and
 * their professionals.
 *
 * @since 0.1
 */
public final class DemoNetwork {
  /** The network. */
  public static final NetworkId NETWORK = NetworkId.of("rotterdam-delfshaven");

  /** The GGD: contractor that runs coordination. */
  public static final OrganisationId GGD = OrganisationId.of("ggd-rotterdam");

  /** The municipality: principal. */
  public static final OrganisationId MUNICIPALITY = OrganisationId.of("gemeente-rotterdam");

  /** Police. */
  public static final OrganisationId POLICE = OrganisationId.of("politie-delfshaven");

  /** Housing corporation. */
  public static final OrganisationId HOUSING = OrganisationId.of("woonstad");

  /** General social work. */
  public static final OrganisationId SOCIAL_WORK = OrganisationId.of("amw-delfshaven");

  /** Mental health care. */
  public static final OrganisationId MENTAL_HEALTH = OrganisationId.of("ggz-delfland");

  /** Addiction care. */
  public static final OrganisationId ADDICTION = OrganisationId.of("verslavingszorg");

  /** The municipal debt bank (shell). */
  public static final OrganisationId DEBT_BANK = OrganisationId.of("kredietbank");

  /** The network director (LON coordinator at the GGD). */
  public static final ProfessionalId DIRECTOR = ProfessionalId.of("coordinator-de-vries");

  /** A social worker, often trajectory director. */
  public static final ProfessionalId SOCIAL_WORKER = ProfessionalId.of("amw-el-amrani");

  /** A neighbourhood police officer. */
  public static final ProfessionalId OFFICER = ProfessionalId.of("wijkagent-jansen");

  /** A housing consultant. */
  public static final ProfessionalId HOUSING_CONSULTANT = ProfessionalId.of("woonconsulent-bakker");

  /** A mental-health nurse. */
  public static final ProfessionalId NURSE = ProfessionalId.of("ggz-verpleegkundige-smit");

  /** A municipal officer. */
  public static final ProfessionalId MUNICIPAL_OFFICER = ProfessionalId.of("gemeente-visser");

  /** The network in Enschede the family of the story moves to. */
  public static final NetworkId ENSCHEDE = NetworkId.of("enschede-oost");

  /** The GGD in Twente: contractor of the Enschede network. */
  public static final OrganisationId GGD_TWENTE = OrganisationId.of("ggd-twente");

  /** The municipality of Enschede: principal. */
  public static final OrganisationId ENSCHEDE_MUNICIPALITY = OrganisationId.of("gemeente-enschede");

  /** General social work in Enschede. */
  public static final OrganisationId ENSCHEDE_SOCIAL_WORK = OrganisationId.of("amw-enschede");

  /** The Enschede network's team leader (its network director). */
  public static final ProfessionalId ENSCHEDE_DIRECTOR = ProfessionalId.of("teamleider-bos");

  /** A social worker in Enschede, who knows the family from before. */
  public static final ProfessionalId ENSCHEDE_SOCIAL_WORKER = ProfessionalId.of("amw-kok");

  private DemoNetwork() {}

  /**
   * Puts the network, its partners and professionals in a directory.
   *
   * @param directory the directory
   * @return the network
   */
  public static Network register(Directory directory) {
    org(directory, GGD, "GGD Rotterdam-Rijnmond", PartnerKind.GGD, Ring.CORE);
    org(directory, MUNICIPALITY, "Gemeente Rotterdam", PartnerKind.MUNICIPALITY, Ring.CORE);
    org(directory, POLICE, "Politie Delfshaven", PartnerKind.POLICE, Ring.CORE);
    org(directory, HOUSING, "Woonstad", PartnerKind.HOUSING_CORPORATION, Ring.CORE);
    org(directory, SOCIAL_WORK, "AMW Delfshaven", PartnerKind.SOCIAL_WORK, Ring.CORE);
    org(directory, MENTAL_HEALTH, "GGZ Delfland", PartnerKind.MENTAL_HEALTH_CARE, Ring.CORE);
    org(directory, ADDICTION, "Verslavingszorg", PartnerKind.ADDICTION_CARE, Ring.CORE);
    org(directory, DEBT_BANK, "Kredietbank", PartnerKind.DEBT_BANK, Ring.SHELL);
    Network network =
        Network.builder()
            .id(NETWORK)
            .name("Lokaal zorgnetwerk Delfshaven")
            .area("Delfshaven, Rotterdam")
            .inhabitants(25_000)
            .principal(MUNICIPALITY)
            .contractor(GGD)
            .addCoreTeam(GGD, MUNICIPALITY, POLICE, HOUSING, SOCIAL_WORK, MENTAL_HEALTH, ADDICTION)
            .addShellPartners(DEBT_BANK)
            .build();
    directory.put(network);
    person(directory, DIRECTOR, "Coördinator De Vries", GGD, ProfessionalRole.NETWORK_DIRECTOR);
    person(
        directory,
        SOCIAL_WORKER,
        "Maatschappelijk werker El Amrani",
        SOCIAL_WORK,
        ProfessionalRole.CORE_MEMBER,
        ProfessionalRole.TRAJECTORY_DIRECTOR);
    person(directory, OFFICER, "Wijkagent Jansen", POLICE, ProfessionalRole.CORE_MEMBER);
    person(
        directory,
        HOUSING_CONSULTANT,
        "Woonconsulent Bakker",
        HOUSING,
        ProfessionalRole.CORE_MEMBER);
    person(
        directory,
        NURSE,
        "GGZ-verpleegkundige Smit",
        MENTAL_HEALTH,
        ProfessionalRole.CORE_MEMBER,
        ProfessionalRole.TRAJECTORY_DIRECTOR);
    person(
        directory,
        MUNICIPAL_OFFICER,
        "Beleidsmedewerker Visser",
        MUNICIPALITY,
        ProfessionalRole.CORE_MEMBER);
    registerEnschede(directory);
    return network;
  }

  /** The Enschede network the family moves to: another region, its own profile. */
  private static void registerEnschede(Directory directory) {
    org(directory, GGD_TWENTE, "GGD Twente", PartnerKind.GGD, Ring.CORE);
    org(directory, ENSCHEDE_MUNICIPALITY, "Gemeente Enschede", PartnerKind.MUNICIPALITY, Ring.CORE);
    org(directory, ENSCHEDE_SOCIAL_WORK, "AMW Enschede", PartnerKind.SOCIAL_WORK, Ring.CORE);
    directory.put(
        Network.builder()
            .id(ENSCHEDE)
            .name("Wijkzorgteam Enschede-Oost")
            .area("Enschede-Oost")
            .region("Twente")
            .inhabitants(30_000)
            .principal(ENSCHEDE_MUNICIPALITY)
            .contractor(GGD_TWENTE)
            .addCoreTeam(GGD_TWENTE, ENSCHEDE_MUNICIPALITY, ENSCHEDE_SOCIAL_WORK)
            .build());
    directory.put(
        Professional.builder()
            .id(ENSCHEDE_DIRECTOR)
            .displayName("Teamleider Bos")
            .organisation(GGD_TWENTE)
            .network(ENSCHEDE)
            .addRoles(ProfessionalRole.NETWORK_DIRECTOR)
            .build());
    directory.put(
        Professional.builder()
            .id(ENSCHEDE_SOCIAL_WORKER)
            .displayName("Maatschappelijk werker Kok")
            .organisation(ENSCHEDE_SOCIAL_WORK)
            .network(ENSCHEDE)
            .addRoles(ProfessionalRole.CORE_MEMBER, ProfessionalRole.TRAJECTORY_DIRECTOR)
            .build());
  }

  private static void org(
      Directory d, OrganisationId id, String name, PartnerKind kind, Ring ring) {
    d.put(
        PartnerOrganisation.builder()
            .id(id)
            .name(name)
            .kind(kind)
            .ring(ring)
            .hasMandate(true)
            .build());
  }

  private static void person(
      Directory d, ProfessionalId id, String name, OrganisationId org, ProfessionalRole... roles) {
    d.put(
        Professional.builder()
            .id(id)
            .displayName(name)
            .organisation(org)
            .network(NETWORK)
            .addRoles(roles)
            .build());
  }
}
