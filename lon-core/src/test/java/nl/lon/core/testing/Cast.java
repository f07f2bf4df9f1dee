package nl.lon.core.testing;

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
 * The cast of characters every test suite of the project shares (de vaste cast): one network with
 * its partner organisations and professionals, and a second network for transfers and foreign
 * actors.
 *
 * <p>Network {@link #NETWORK} (LON Noord) is commissioned by the municipality and coordinated by
 * the GGD. Its core team is the GGD, general social work (AMW), the housing corporation, the
 * police, the municipality and mental health care; MEE, the public prosecutor and the debt bank are
 * shell partners. Social services and regular care are organisations outside the network.
 *
 * <p>Shipped in the lon-core test-jar; all values are immutable and deterministic.
 */
public final class Cast {

  private Cast() {}

  // ---------------------------------------------------------------- networks

  /** The network of every sample case. */
  public static final NetworkId NETWORK = NetworkId.of("lon-noord");

  /** Another network: cases move there, its director is a stranger to {@link #NETWORK}. */
  public static final NetworkId OTHER_NETWORK = NetworkId.of("lon-zuid");

  // ---------------------------------------------------------------- organisations

  /** The GGD: contractor and coordinating organisation, core partner. */
  public static final OrganisationId GGD = OrganisationId.of("ggd");

  /** General social work (algemeen maatschappelijk werk): the trajectory director's employer. */
  public static final OrganisationId AMW = OrganisationId.of("amw");

  /** The housing corporation: signals the sample cases, core partner. */
  public static final OrganisationId HOUSING = OrganisationId.of("woonstad");

  /** The police: core partner. */
  public static final OrganisationId POLICE = OrganisationId.of("politie");

  /** The municipality: principal, core partner, executes Wvggz measures. */
  public static final OrganisationId MUNICIPALITY = OrganisationId.of("gemeente");

  /** Mental health care (GGZ-instelling): core partner. */
  public static final OrganisationId MENTAL_HEALTH = OrganisationId.of("ggz");

  /** MEE: shell partner. */
  public static final OrganisationId MEE = OrganisationId.of("mee");

  /**
   * The public prosecutor (Openbaar Ministerie): shell partner, applies for Wvggz authorisations.
   */
  public static final OrganisationId PROSECUTOR = OrganisationId.of("om");

  /** The debt bank (stadsbank): shell partner. */
  public static final OrganisationId DEBT_BANK = OrganisationId.of("stadsbank");

  /** Social services (sociale dienst): outside the network. */
  public static final OrganisationId SOCIAL_SERVICES = OrganisationId.of("sociale-dienst");

  /** Regular care a case is guided to: outside the network. */
  public static final OrganisationId REGULAR_CARE = OrganisationId.of("ggz-regulier");

  /**
   * Every organisation above as a directory entry, with its name and kind; AMW, the trajectory
   * director's employer, has given its members the mandate of a signed covenant (seeds/004
   * l.1196-1198).
   */
  public static final List<PartnerOrganisation> ORGANISATIONS =
      List.of(
          organisation(GGD, "GGD", PartnerKind.GGD),
          PartnerOrganisation.builder()
              .id(AMW)
              .name("Algemeen maatschappelijk werk")
              .kind(PartnerKind.SOCIAL_WORK)
              .hasMandate(true)
              .build(),
          organisation(HOUSING, "Woonstad", PartnerKind.HOUSING_CORPORATION),
          organisation(POLICE, "Politie", PartnerKind.POLICE),
          organisation(MUNICIPALITY, "Gemeente", PartnerKind.MUNICIPALITY),
          organisation(MENTAL_HEALTH, "GGZ-instelling", PartnerKind.MENTAL_HEALTH_CARE),
          organisation(MEE, "MEE", PartnerKind.MEE),
          organisation(PROSECUTOR, "Openbaar Ministerie", PartnerKind.PUBLIC_PROSECUTOR),
          organisation(DEBT_BANK, "Stadsbank", PartnerKind.DEBT_BANK),
          organisation(SOCIAL_SERVICES, "Sociale dienst", PartnerKind.SOCIAL_SERVICES),
          organisation(REGULAR_CARE, "GGZ regulier", PartnerKind.MENTAL_HEALTH_CARE));

  /** {@link #NETWORK} with its core team and shell partners. */
  public static final Network LON =
      Network.builder()
          .id(NETWORK)
          .name("LON Noord")
          .area("Noord")
          .inhabitants(25_000)
          .principal(MUNICIPALITY)
          .contractor(GGD)
          .addCoreTeam(GGD, AMW, HOUSING, POLICE, MUNICIPALITY, MENTAL_HEALTH)
          .addShellPartners(MEE, PROSECUTOR, DEBT_BANK)
          .build();

  /** {@link #OTHER_NETWORK}: the GGD and AMW in its core team. */
  public static final Network OTHER_LON =
      Network.builder()
          .id(OTHER_NETWORK)
          .name("LON Zuid")
          .area("Zuid")
          .inhabitants(28_000)
          .principal(MUNICIPALITY)
          .contractor(GGD)
          .addCoreTeam(GGD, AMW)
          .build();

  // ---------------------------------------------------------------- professionals

  /** The network director (netwerkregisseur), of the GGD. */
  public static final Professional NETWORK_DIRECTOR =
      professional("nd-1", "Netwerkregisseur", GGD, NETWORK, ProfessionalRole.NETWORK_DIRECTOR);

  /** A second network director of the same network. */
  public static final Professional OTHER_DIRECTOR =
      professional(
          "nd-2", "Tweede netwerkregisseur", GGD, NETWORK, ProfessionalRole.NETWORK_DIRECTOR);

  /** The trajectory director (trajectregisseur) of the sample cases, of AMW, also a core member. */
  public static final Professional TRAJECTORY_DIRECTOR =
      professional(
          "td-1",
          "Trajectregisseur",
          AMW,
          NETWORK,
          ProfessionalRole.TRAJECTORY_DIRECTOR,
          ProfessionalRole.CORE_MEMBER);

  /** Has the trajectory director role, but directs no sample case. */
  public static final Professional OTHER_TRAJECTORY_DIRECTOR =
      professional(
          "td-2", "Andere trajectregisseur", AMW, NETWORK, ProfessionalRole.TRAJECTORY_DIRECTOR);

  /** A core member of the GGD, the coordinating organisation. */
  public static final Professional GGD_MEMBER =
      professional("ggd-2", "Kernlid GGD", GGD, NETWORK, ProfessionalRole.CORE_MEMBER);

  /** A core member of the housing corporation, which signals the sample cases. */
  public static final Professional HOUSING_MEMBER =
      professional(
          "cm-1", "Kernlid woningcorporatie", HOUSING, NETWORK, ProfessionalRole.CORE_MEMBER);

  /** A second core member of the housing corporation, who executes its coercion measures. */
  public static final Professional HOUSING_OFFICER =
      professional("ho-1", "Woonconsulent", HOUSING, NETWORK, ProfessionalRole.CORE_MEMBER);

  /** A core member of the police (wijkagent). */
  public static final Professional POLICE_MEMBER =
      professional("po-1", "Wijkagent", POLICE, NETWORK, ProfessionalRole.CORE_MEMBER);

  /** A core member of the municipality, who records Wvggz measures. */
  public static final Professional MUNICIPAL_OFFICER =
      professional(
          "mo-1", "Beleidsmedewerker OGGZ", MUNICIPALITY, NETWORK, ProfessionalRole.CORE_MEMBER);

  /** A core member of mental health care. */
  public static final Professional PSYCHIATRIST =
      professional("ps-1", "Psychiater", MENTAL_HEALTH, NETWORK, ProfessionalRole.CORE_MEMBER);

  /** A shell member of MEE. */
  public static final Professional SHELL_MEMBER =
      professional("sm-1", "Schillid MEE", MEE, NETWORK, ProfessionalRole.SHELL_MEMBER);

  /**
   * A public prosecutor (officier van justitie), shell member, who records court authorisations.
   */
  public static final Professional PUBLIC_PROSECUTOR =
      professional(
          "om-1", "Officier van justitie", PROSECUTOR, NETWORK, ProfessionalRole.SHELL_MEMBER);

  /** A benefit inspector of social services, an organisation outside the network. */
  public static final Professional BENEFIT_INSPECTOR =
      professional(
          "sd-1",
          "Handhaver sociale dienst",
          SOCIAL_SERVICES,
          NETWORK,
          ProfessionalRole.SHELL_MEMBER);

  /** A team supporter (teamondersteuner) of the GGD: no say in a case. */
  public static final Professional TEAM_SUPPORT =
      professional("ts-1", "Teamondersteuner", GGD, NETWORK, ProfessionalRole.TEAM_SUPPORT);

  /** A steering-group member of the municipality. */
  public static final Professional STEERING_MEMBER =
      professional(
          "sg-1", "Stuurgroeplid", MUNICIPALITY, NETWORK, ProfessionalRole.STEERING_GROUP_MEMBER);

  /** The network director of {@link #OTHER_NETWORK}. */
  public static final Professional FOREIGN_DIRECTOR =
      professional(
          "nd-x", "Regisseur elders", GGD, OTHER_NETWORK, ProfessionalRole.NETWORK_DIRECTOR);

  /** Everyone above. */
  public static final List<Professional> PROFESSIONALS =
      List.of(
          NETWORK_DIRECTOR,
          OTHER_DIRECTOR,
          TRAJECTORY_DIRECTOR,
          OTHER_TRAJECTORY_DIRECTOR,
          GGD_MEMBER,
          HOUSING_MEMBER,
          HOUSING_OFFICER,
          POLICE_MEMBER,
          MUNICIPAL_OFFICER,
          PSYCHIATRIST,
          SHELL_MEMBER,
          PUBLIC_PROSECUTOR,
          BENEFIT_INSPECTOR,
          TEAM_SUPPORT,
          STEERING_MEMBER,
          FOREIGN_DIRECTOR);

  // ---------------------------------------------------------------- look-ups and makers

  /**
   * The directory entry of an organisation of the cast.
   *
   * @param id the organisation
   * @return the entry
   * @throws IllegalArgumentException when the organisation is not in the cast
   */
  public static PartnerOrganisation organisation(OrganisationId id) {
    return ORGANISATIONS.stream()
        .filter(o -> o.getId().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not in the cast: " + id));
  }

  /**
   * The directory entry of a professional's employer.
   *
   * @param professional a professional of the cast
   * @return the organisation
   * @throws IllegalArgumentException when the organisation is not in the cast
   */
  public static PartnerOrganisation organisationOf(Professional professional) {
    return organisation(professional.getOrganisation());
  }

  /**
   * The network a professional of the cast works in.
   *
   * @param professional the professional
   * @return {@link #LON} or {@link #OTHER_LON}
   */
  public static Network networkOf(Professional professional) {
    return professional.getNetwork().equals(NETWORK) ? LON : OTHER_LON;
  }

  /**
   * A partner organisation.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @return the organisation
   */
  public static PartnerOrganisation organisation(OrganisationId id, String name, PartnerKind kind) {
    return PartnerOrganisation.builder().id(id).name(name).kind(kind).build();
  }

  /**
   * A professional, for tests that need one outside the cast.
   *
   * @param id the id
   * @param name the display name
   * @param organisation the employer
   * @param network the network
   * @param roles the roles
   * @return the professional
   */
  public static Professional professional(
      String id,
      String name,
      OrganisationId organisation,
      NetworkId network,
      ProfessionalRole... roles) {
    return Professional.builder()
        .id(ProfessionalId.of(id))
        .displayName(name)
        .organisation(organisation)
        .network(network)
        .addRoles(roles)
        .build();
  }
}
