package nl.lon.testkit.arbitraries;

import java.util.List;
import java.util.Objects;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Arbitrary case histories that the process rules of a methodology profile accept
 * (casusgeschiedenissen).
 *
 * <p>A history is built the way a case service builds one: random candidate commands, given on
 * advancing dates by a random member of a small cast (a {@link #NETWORK_DIRECTOR}, a {@link
 * #TRAJECTORY_DIRECTOR} who may get appointed, a {@link #CORE_MEMBER}), are put to {@link
 * nl.lon.rules.process.ProcessRules#decide}; the events of the accepted ones are folded with {@link
 * nl.lon.core.state.CaseState#apply} and kept, the refused ones are dropped. Every history starts
 * with a {@code SignalReceived} and folds without error; shrinking removes commands, so a failing
 * property reports a short history.
 *
 * <pre>{@code
 * @Property
 * void everyHistoryStartsWithASignal(@ForAll("histories") List<CaseEvent> history) {
 *   assertTrue(history.get(0) instanceof SignalReceived);
 *   assertEquals(history.size(), CaseState.replay(history).getVersion());
 * }
 *
 * @Provide
 * Arbitrary<List<CaseEvent>> histories() {
 *   return CaseHistories.histories(MethodologyProfile.enschede()).ofMaxCommands(60);
 * }
 * }</pre>
 *
 * <p>Compiled in {@code
 * examples/src/test/java/nl/lon/examples/snippets/KitSnippetsProperties.java}.
 *
 * <p>The cast works in the network {@link #NETWORK}; their organisations are a municipality, a GGD
 * and a housing corporation, so coercion measures executed by those kinds can be recorded.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CaseHistories {

  /** The network every generated case belongs to. */
  public static final NetworkId NETWORK_ID = NetworkId.of("lon-testkit-network");

  /** The municipality the network director works for. */
  public static final PartnerOrganisation MUNICIPALITY =
      PartnerOrganisation.builder()
          .id(OrganisationId.of("lon-testkit-gemeente"))
          .name("Gemeente (testkit)")
          .kind(PartnerKind.MUNICIPALITY)
          .build();

  /** The GGD the trajectory director works for. */
  public static final PartnerOrganisation GGD =
      PartnerOrganisation.builder()
          .id(OrganisationId.of("lon-testkit-ggd"))
          .name("GGD (testkit)")
          .kind(PartnerKind.GGD)
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
          .id(nl.lon.core.id.ProfessionalId.of("lon-testkit-netwerkregisseur"))
          .displayName("Netwerkregisseur")
          .organisation(MUNICIPALITY.getId())
          .network(NETWORK_ID)
          .addRoles(ProfessionalRole.NETWORK_DIRECTOR)
          .build();

  /** The professional who becomes trajectory director when appointed (trajectregisseur). */
  public static final Professional TRAJECTORY_DIRECTOR =
      Professional.builder()
          .id(nl.lon.core.id.ProfessionalId.of("lon-testkit-trajectregisseur"))
          .displayName("Trajectregisseur")
          .organisation(GGD.getId())
          .network(NETWORK_ID)
          .addRoles(ProfessionalRole.TRAJECTORY_DIRECTOR, ProfessionalRole.CORE_MEMBER)
          .build();

  /** A core member (kernpartner). */
  public static final Professional CORE_MEMBER =
      Professional.builder()
          .id(nl.lon.core.id.ProfessionalId.of("lon-testkit-kernpartner"))
          .displayName("Kernpartner")
          .organisation(HOUSING.getId())
          .network(NETWORK_ID)
          .addRoles(ProfessionalRole.CORE_MEMBER)
          .build();

  private CaseHistories() {}

  /**
   * Case histories accepted by the process rules of a profile, of up to 40 candidate commands.
   *
   * @param profile the network's methodology profile, for example {@link
   *     MethodologyProfile#enschede()}
   * @return a configurable arbitrary of histories; each is an immutable list of events, starting
   *     with a {@code SignalReceived}, with sequences 1, 2, 3, ...
   * @since 0.1
   */
  public static CaseHistoryArbitrary histories(MethodologyProfile profile) {
    return new CaseHistoryArbitrary(Objects.requireNonNull(profile, "profile"));
  }

  /**
   * The cast that gives the commands: network director, trajectory director, core member.
   *
   * @return an immutable list of the three professionals
   * @since 0.1
   */
  public static List<Professional> cast() {
    return List.of(NETWORK_DIRECTOR, TRAJECTORY_DIRECTOR, CORE_MEMBER);
  }

  /** The organisation of a member of the cast. */
  static PartnerOrganisation organisationOf(Professional p) {
    if (p.getOrganisation().equals(MUNICIPALITY.getId())) {
      return MUNICIPALITY;
    }
    return p.getOrganisation().equals(GGD.getId()) ? GGD : HOUSING;
  }
}
