package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.Network;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.persistence.jdbc.internal.DirectoryJson;
import nl.lon.testkit.sample.SampleDirectory;
import org.junit.jupiter.api.Test;

/** The stored directory format keeps a network's region and a professional's memberships. */
class DirectoryJsonTest {

  @Test
  void network_regionRoundTrips_andDefaultsToTheAreaWhenAbsent() {
    Network n =
        Network.builder().from(SampleDirectory.network("net-1", "Noord")).region("Twente").build();
    assertEquals(n, DirectoryJson.network(DirectoryJson.write(n)));
    String old = DirectoryJson.write(n).replace(",\"region\":\"Twente\"", "");
    assertFalse(old.contains("region"), old);
    Network read = DirectoryJson.network(old);
    assertEquals(read.getArea(), read.getRegion());
  }

  @Test
  void professional_membershipsRoundTrip_andAreEmptyWhenAbsent() {
    Professional p =
        Professional.builder()
            .from(
                SampleDirectory.professional(
                    "p-1", "ggd", "net-1", ProfessionalRole.NETWORK_DIRECTOR))
            .putFurtherMemberships(
                NetworkId.of("net-2"),
                ImmutableSet.of(ProfessionalRole.CORE_MEMBER, ProfessionalRole.TEAM_SUPPORT))
            .build();
    String json = DirectoryJson.write(p);
    assertTrue(json.contains("\"memberships\""), json);
    Professional read = DirectoryJson.professional(json);
    assertEquals(p, read);
    assertEquals(
        ImmutableSet.of(ProfessionalRole.CORE_MEMBER, ProfessionalRole.TEAM_SUPPORT),
        read.rolesIn(NetworkId.of("net-2")));
    Professional single =
        SampleDirectory.professional("p-2", "ggd", "net-1", ProfessionalRole.CORE_MEMBER);
    assertFalse(DirectoryJson.write(single).contains("memberships"));
    assertEquals(single, DirectoryJson.professional(DirectoryJson.write(single)));
  }
}
