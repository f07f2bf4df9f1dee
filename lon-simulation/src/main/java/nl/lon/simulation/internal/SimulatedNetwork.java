package nl.lon.simulation.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import nl.lon.simulation.Signaller;

/**
 * One simulated network: the municipality as principal, the GGD as contractor, the police, a
 * housing corporation, social work, mental-health and addiction care in the core team, the debt
 * bank in the shell; a network director, one core member per core partner and the trajectory
 * directors, spread over social work, mental-health and addiction care.
 */
public final class SimulatedNetwork {
  private static final PartnerKind[] CORE = {
    PartnerKind.GGD,
    PartnerKind.MUNICIPALITY,
    PartnerKind.POLICE,
    PartnerKind.HOUSING_CORPORATION,
    PartnerKind.SOCIAL_WORK,
    PartnerKind.MENTAL_HEALTH_CARE,
    PartnerKind.ADDICTION_CARE
  };
  private static final PartnerKind[] TD_EMPLOYERS = {
    PartnerKind.SOCIAL_WORK, PartnerKind.MENTAL_HEALTH_CARE, PartnerKind.ADDICTION_CARE
  };

  private final NetworkId id;
  private final ImmutableMap<PartnerKind, OrganisationId> organisations;
  private final ImmutableMap<PartnerKind, ProfessionalId> members;
  private final ProfessionalId director;
  private final ImmutableList<ProfessionalId> trajectoryDirectors;
  private final ImmutableList<OrganisationId> trajectoryEmployers;
  private final OrganisationId debtBank;

  private SimulatedNetwork(
      NetworkId id,
      Map<PartnerKind, OrganisationId> organisations,
      Map<PartnerKind, ProfessionalId> members,
      ProfessionalId director,
      OrganisationId debtBank,
      String peoplePrefix,
      int trajectoryDirectorCount) {
    this.id = id;
    this.organisations = ImmutableMap.copyOf(organisations);
    this.members = ImmutableMap.copyOf(members);
    this.director = director;
    this.debtBank = debtBank;
    List<ProfessionalId> tds = new ArrayList<>();
    List<OrganisationId> employers = new ArrayList<>();
    for (int k = 0; k < trajectoryDirectorCount; k++) {
      tds.add(ProfessionalId.of(String.format("%s-trajectregisseur-%02d", peoplePrefix, k + 1)));
      employers.add(organisations.get(TD_EMPLOYERS[k % TD_EMPLOYERS.length]));
    }
    this.trajectoryDirectors = ImmutableList.copyOf(tds);
    this.trajectoryEmployers = ImmutableList.copyOf(employers);
  }

  private static SimulatedNetwork invented(int index, int trajectoryDirectorCount) {
    NetworkId id = NetworkId.of(String.format("sim-%03d", index));
    Map<PartnerKind, OrganisationId> orgs = new EnumMap<>(PartnerKind.class);
    for (PartnerKind kind : CORE) {
      orgs.put(kind, OrganisationId.of(id.getValue() + "-" + slug(kind)));
    }
    return new SimulatedNetwork(
        id,
        orgs,
        memberIds(id.getValue()),
        ProfessionalId.of(id.getValue() + "-netwerkregisseur"),
        OrganisationId.of(id.getValue() + "-kredietbank"),
        id.getValue(),
        trajectoryDirectorCount);
  }

  private static Map<PartnerKind, ProfessionalId> memberIds(String peoplePrefix) {
    Map<PartnerKind, ProfessionalId> people = new EnumMap<>(PartnerKind.class);
    for (PartnerKind kind : CORE) {
      people.put(kind, ProfessionalId.of(peoplePrefix + "-" + slug(kind) + "-lid"));
    }
    return people;
  }

  private static String slug(PartnerKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * Plays the simulated cases in a network an embedder already keeps in the directory: its own core
   * partners (one of each kind the simulation needs), its shell partner of kind debt bank and its
   * network director take the simulated cases; the simulated core members and trajectory directors
   * are added to it as professionals of those partners, with ids that start with the network's id
   * and {@code -sim}.
   *
   * @param directory the directory that holds the network
   * @param network the network's id
   * @param trajectoryDirectorCount how many simulated trajectory directors to add
   * @return the network
   * @throws IllegalArgumentException when the directory does not hold the network, or the network
   *     lacks a core partner of a kind the simulation needs, a debt bank among its shell partners,
   *     or a network director
   */
  public static SimulatedNetwork adopt(
      Directory directory, NetworkId network, int trajectoryDirectorCount) {
    Network host =
        directory
            .network(network)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "simulation host: no network " + network.getValue() + " in the directory"));
    Map<PartnerKind, OrganisationId> orgs = new EnumMap<>(PartnerKind.class);
    for (OrganisationId org : host.getCoreTeam()) {
      directory.organisation(org).ifPresent(o -> orgs.putIfAbsent(o.getKind(), org));
    }
    for (PartnerKind kind : CORE) {
      if (!orgs.containsKey(kind)) {
        throw new IllegalArgumentException(
            "simulation host: network "
                + network.getValue()
                + " has no core partner of kind "
                + kind
                + "; the simulation needs one of each of "
                + java.util.Arrays.toString(CORE));
      }
    }
    OrganisationId debtBank =
        host.getShellPartners().stream()
            .filter(
                o ->
                    directory
                        .organisation(o)
                        .map(p -> p.getKind() == PartnerKind.DEBT_BANK)
                        .orElse(false))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "simulation host: network "
                            + network.getValue()
                            + " has no debt bank among its shell partners"));
    ProfessionalId director =
        directory.professionals(network).stream()
            .filter(p -> p.getNetwork().equals(network))
            .filter(p -> p.hasRole(ProfessionalRole.NETWORK_DIRECTOR))
            .map(Professional::getId)
            .sorted(java.util.Comparator.comparing(ProfessionalId::getValue))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "simulation host: network "
                            + network.getValue()
                            + " has no network director"));
    SimulatedNetwork n =
        new SimulatedNetwork(
            network,
            orgs,
            memberIds(network.getValue() + "-sim"),
            director,
            debtBank,
            network.getValue() + "-sim",
            trajectoryDirectorCount);
    n.registerPeople(directory, "Gesimuleerd kernteamlid ", "Gesimuleerd trajectregisseur ");
    return n;
  }

  /**
   * Creates network number {@code index} and puts it in a directory.
   *
   * @param directory the directory
   * @param index the network's number, from 1
   * @param inhabitants the inhabitants of its area
   * @param trajectoryDirectorCount how many trajectory directors it has
   * @return the network
   */
  public static SimulatedNetwork register(
      Directory directory, int index, int inhabitants, int trajectoryDirectorCount) {
    SimulatedNetwork n = invented(index, trajectoryDirectorCount);
    for (PartnerKind kind : CORE) {
      directory.put(
          PartnerOrganisation.builder()
              .id(n.organisations.get(kind))
              .name(kind.name() + " " + n.id.getValue())
              .kind(kind)
              .ring(Ring.CORE)
              .hasMandate(true)
              .build());
    }
    directory.put(
        PartnerOrganisation.builder()
            .id(n.debtBank)
            .name("Kredietbank " + n.id.getValue())
            .kind(PartnerKind.DEBT_BANK)
            .ring(Ring.SHELL)
            .hasMandate(false)
            .build());
    Network.Builder network =
        Network.builder()
            .id(n.id)
            .name("Gesimuleerd netwerk " + n.id.getValue())
            .area("gebied " + n.id.getValue())
            .inhabitants(inhabitants)
            .principal(n.organisations.get(PartnerKind.MUNICIPALITY))
            .contractor(n.organisations.get(PartnerKind.GGD))
            .addShellPartners(n.debtBank);
    for (PartnerKind kind : CORE) {
      network.addCoreTeam(n.organisations.get(kind));
    }
    directory.put(network.build());
    directory.put(
        Professional.builder()
            .id(n.director)
            .displayName("Netwerkregisseur " + n.id.getValue())
            .organisation(n.organisations.get(PartnerKind.GGD))
            .network(n.id)
            .addRoles(ProfessionalRole.NETWORK_DIRECTOR)
            .build());
    n.registerPeople(directory, "Kernteamlid ", "Trajectregisseur ");
    return n;
  }

  private void registerPeople(Directory directory, String memberName, String trajectoryName) {
    for (PartnerKind kind : CORE) {
      directory.put(
          Professional.builder()
              .id(members.get(kind))
              .displayName(memberName + kind.name())
              .organisation(organisations.get(kind))
              .network(id)
              .addRoles(ProfessionalRole.CORE_MEMBER)
              .build());
    }
    for (int k = 0; k < trajectoryDirectors.size(); k++) {
      directory.put(
          Professional.builder()
              .id(trajectoryDirectors.get(k))
              .displayName(trajectoryName + (k + 1))
              .organisation(trajectoryEmployers.get(k))
              .network(id)
              .addRoles(ProfessionalRole.CORE_MEMBER, ProfessionalRole.TRAJECTORY_DIRECTOR)
              .build());
    }
  }

  /**
   * The network's id.
   *
   * @return the id
   */
  public NetworkId id() {
    return id;
  }

  /**
   * The network director (netwerkregisseur).
   *
   * @return the professional
   */
  public ProfessionalId director() {
    return director;
  }

  /**
   * The core partners' organisations, in a fixed order.
   *
   * @return the organisations by kind
   */
  public ImmutableMap<PartnerKind, OrganisationId> organisations() {
    return organisations;
  }

  /**
   * The core member of a partner.
   *
   * @param kind the partner's kind
   * @return the professional
   */
  public ProfessionalId member(PartnerKind kind) {
    return members.get(kind);
  }

  /**
   * Who records a signal of a signaller: the partner's core member, or the network director for a
   * resident's signal.
   *
   * @param signaller the signaller
   * @return the professional
   */
  public ProfessionalId recorderOf(Signaller signaller) {
    return signaller.partnerKind().map(members::get).orElse(director);
  }

  /**
   * The trajectory directors, in a fixed order.
   *
   * @return the professionals
   */
  public ImmutableList<ProfessionalId> trajectoryDirectors() {
    return trajectoryDirectors;
  }

  /**
   * The employer of trajectory director number {@code k}.
   *
   * @param k the index into {@link #trajectoryDirectors()}
   * @return the organisation
   */
  public OrganisationId employerOf(int k) {
    return trajectoryEmployers.get(k);
  }

  /**
   * The shell partner that handles debts.
   *
   * @return the debt bank
   */
  public OrganisationId debtBank() {
    return debtBank;
  }
}
