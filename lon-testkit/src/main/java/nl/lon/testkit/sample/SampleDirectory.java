package nl.lon.testkit.sample;

import java.util.Arrays;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;

/**
 * Small factories for networks, partner organisations and professionals in directory tests
 * (voorbeeldregister).
 *
 * <pre>{@code
 * directory.put(SampleDirectory.network("n-1", "Noord"));
 * directory.put(SampleDirectory.professional("p-1", "ggd", "n-1", ProfessionalRole.CORE_MEMBER));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Thread-safe; returns new immutable values.
 *
 * @since 0.1
 */
public final class SampleDirectory {

  private SampleDirectory() {}

  /**
   * A network with a GGD and a municipality in its core team.
   *
   * @param id the network id
   * @param name the network's name
   * @return the network
   * @since 0.1
   */
  public static Network network(String id, String name) {
    return Network.builder()
        .id(NetworkId.of(id))
        .name(name)
        .area("Wijk " + name)
        .inhabitants(25_000)
        .principal(OrganisationId.of("gemeente"))
        .contractor(OrganisationId.of("ggd"))
        .addCoreTeam(OrganisationId.of("ggd"), OrganisationId.of("gemeente"))
        .addShellPartners(OrganisationId.of("woonstad"))
        .build();
  }

  /**
   * A partner organisation of a kind.
   *
   * @param id the organisation id
   * @param kind the kind
   * @return the organisation, in the kind's default ring
   * @since 0.1
   */
  public static PartnerOrganisation organisation(String id, PartnerKind kind) {
    return PartnerOrganisation.builder()
        .id(OrganisationId.of(id))
        .name("Organisatie " + id)
        .kind(kind)
        .build();
  }

  /**
   * A professional of an organisation acting in a network.
   *
   * @param id the professional id
   * @param organisation the organisation id
   * @param network the network id
   * @param roles at least one role
   * @return the professional
   * @since 0.1
   */
  public static Professional professional(
      String id, String organisation, String network, ProfessionalRole... roles) {
    return Professional.builder()
        .id(ProfessionalId.of(id))
        .displayName("Professional " + id)
        .organisation(OrganisationId.of(organisation))
        .network(NetworkId.of(network))
        .roles(Arrays.asList(roles))
        .build();
  }
}
