package nl.lon.persistence.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.persistence.directory.Directory;
import org.junit.jupiter.api.Test;

class InMemoryDirectoryTest {

  private static final NetworkId N1 = NetworkId.of("n1");
  private static final NetworkId N2 = NetworkId.of("n2");
  private static final OrganisationId GGD = OrganisationId.of("ggd");

  private final Directory directory = new InMemoryDirectory();

  static Network network(NetworkId id, String name) {
    return Network.builder()
        .id(id)
        .name(name)
        .area("Noord")
        .inhabitants(50_000)
        .principal(OrganisationId.of("gemeente"))
        .contractor(GGD)
        .addCoreTeam(GGD)
        .build();
  }

  static Professional professional(String id, NetworkId network) {
    return Professional.builder()
        .id(ProfessionalId.of(id))
        .displayName("P " + id)
        .organisation(GGD)
        .network(network)
        .addRoles(ProfessionalRole.TRAJECTORY_DIRECTOR)
        .build();
  }

  @Test
  void networks_putAndGet_sortedById() {
    directory.put(network(N2, "Twee"));
    directory.put(network(N1, "Een"));
    assertEquals(Optional.of(network(N1, "Een")), directory.network(N1));
    assertEquals(List.of(network(N1, "Een"), network(N2, "Twee")), directory.networks());
    assertEquals(Optional.empty(), directory.network(NetworkId.of("n3")));
  }

  @Test
  void put_sameId_replaces() {
    directory.put(network(N1, "Een"));
    directory.put(network(N1, "Een bis"));
    assertEquals("Een bis", directory.network(N1).orElseThrow().getName());
    assertEquals(1, directory.networks().size());
  }

  @Test
  void organisation_putAndGet() {
    PartnerOrganisation ggd =
        PartnerOrganisation.builder().id(GGD).name("GGD").kind(PartnerKind.GGD).build();
    directory.put(ggd);
    assertEquals(Optional.of(ggd), directory.organisation(GGD));
    assertEquals(Optional.empty(), directory.organisation(OrganisationId.of("x")));
  }

  @Test
  void professionals_perNetwork_sortedById() {
    directory.put(professional("p2", N1));
    directory.put(professional("p1", N1));
    directory.put(professional("p3", N2));
    assertEquals(
        List.of(professional("p1", N1), professional("p2", N1)), directory.professionals(N1));
    assertEquals(Optional.of(professional("p3", N2)), directory.professional(ProfessionalId.of("p3")));
    assertEquals(List.of(), directory.professionals(NetworkId.of("n9")));
  }
}
