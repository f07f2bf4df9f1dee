package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
import nl.lon.testkit.sample.SampleDirectory;
import org.junit.jupiter.api.Test;

/** Rules D1, D2 and D4: values are stored under their id and looked up unchanged. */
abstract class DirectoryRules extends DirectoryGroup {

  /** D1/D2: a network, an organisation and a professional are looked up as put. */
  @Test
  void d1_put_thenLookupReturnsEachKind() {
    Network n = SampleDirectory.network("kit-n", "Noord");
    PartnerOrganisation o = SampleDirectory.organisation("ggd", PartnerKind.GGD);
    Professional p =
        SampleDirectory.professional("p-1", "ggd", "kit-n", ProfessionalRole.NETWORK_DIRECTOR);
    directory.put(n);
    directory.put(o);
    directory.put(p);
    assertEquals(Optional.of(n), directory.network(n.getId()), "D2: the network as put");
    assertEquals(Optional.of(o), directory.organisation(o.getId()), "D2: the organisation as put");
    assertEquals(Optional.of(p), directory.professional(p.getId()), "D2: the professional as put");
  }

  /** D1: a put with an existing id replaces the earlier value. */
  @Test
  void d1_putSameId_replaces() {
    directory.put(SampleDirectory.network("kit-n", "Oud"));
    Network newer = SampleDirectory.network("kit-n", "Nieuw");
    directory.put(newer);
    directory.put(
        SampleDirectory.professional("p-1", "ggd", "kit-n", ProfessionalRole.CORE_MEMBER));
    Professional p2 =
        SampleDirectory.professional("p-1", "ggd", "kit-n", ProfessionalRole.TRAJECTORY_DIRECTOR);
    directory.put(p2);
    assertEquals(
        Optional.of(newer), directory.network(newer.getId()), "D1: put replaces the network");
    assertEquals(List.of(newer), directory.networks(), "D1: one network per id");
    assertEquals(
        Optional.of(p2), directory.professional(p2.getId()), "D1: put replaces the professional");
  }

  /** D2: unknown ids are empty. */
  @Test
  void d2_unknownIds_areEmpty() {
    assertEquals(
        Optional.empty(), directory.network(NetworkId.of("kit-none")), "D2: unknown network");
    assertEquals(
        Optional.empty(),
        directory.organisation(OrganisationId.of("kit-none")),
        "D2: unknown organisation");
    assertEquals(
        Optional.empty(),
        directory.professional(ProfessionalId.of("kit-none")),
        "D2: unknown professional");
    assertEquals(
        List.of(), directory.professionals(NetworkId.of("kit-none")), "D2: unknown network");
  }

  /** D4: a professional whose organisation and network are unknown is stored anyway. */
  @Test
  void d4_professionalWithUnknownReferences_isStored() {
    Professional p =
        SampleDirectory.professional(
            "p-lost", "kit-unknown-org", "kit-unknown-net", ProfessionalRole.SHELL_MEMBER);
    assertDoesNotThrow(
        () -> directory.put(p),
        "D4: a professional whose organisation and network are unknown must be stored; the directory"
            + " does not check references between values");
    assertEquals(Optional.of(p), directory.professional(p.getId()), "D4: no reference checks");
  }
}
