package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.Network;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.testkit.sample.SampleDirectory;
import org.junit.jupiter.api.Test;

/** Rule D3: lists are immutable snapshots ordered by id. */
abstract class DirectoryListRules extends DirectoryGroup {

  /** D3: networks are listed in id order. */
  @Test
  void d3_networks_areOrderedById() {
    Network c = SampleDirectory.network("kit-c", "C");
    Network a = SampleDirectory.network("kit-a", "A");
    Network b = SampleDirectory.network("kit-b", "B");
    directory.put(c);
    directory.put(a);
    directory.put(b);
    assertEquals(List.of(a, b, c), directory.networks(), "D3: networks ordered by id");
  }

  /** D3: the professionals of a network are listed in id order, without other networks'. */
  @Test
  void d3_professionalsOfANetwork_areOrderedById() {
    Professional p3 =
        SampleDirectory.professional("p-3", "ggd", "kit-n", ProfessionalRole.CORE_MEMBER);
    Professional p1 =
        SampleDirectory.professional("p-1", "ggd", "kit-n", ProfessionalRole.NETWORK_DIRECTOR);
    Professional other =
        SampleDirectory.professional("p-2", "ggd", "kit-m", ProfessionalRole.CORE_MEMBER);
    directory.put(p3);
    directory.put(other);
    directory.put(p1);
    assertEquals(
        List.of(p1, p3),
        directory.professionals(NetworkId.of("kit-n")),
        "D3: the network's professionals ordered by id");
  }

  /** D3: lists are immutable snapshots. */
  @Test
  void d3_lists_areImmutableSnapshots() {
    directory.put(SampleDirectory.network("kit-a", "A"));
    directory.put(
        SampleDirectory.professional("p-1", "ggd", "kit-a", ProfessionalRole.CORE_MEMBER));
    List<Network> networks = directory.networks();
    List<Professional> professionals = directory.professionals(NetworkId.of("kit-a"));
    assertThrows(
        UnsupportedOperationException.class,
        () -> networks.add(SampleDirectory.network("kit-z", "Z")),
        "D3: networks() must return an immutable list");
    assertThrows(
        UnsupportedOperationException.class,
        () -> professionals.clear(),
        "D3: professionals() must return an immutable list");
    directory.put(SampleDirectory.network("kit-b", "B"));
    assertEquals(1, networks.size(), "D3: an earlier list must not grow with later puts");
  }
}
