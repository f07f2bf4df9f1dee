package nl.lon.testkit.conformance;

import java.time.LocalDate;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Involvement;
import nl.lon.persistence.index.InvolvementIndex;
import nl.lon.persistence.index.Pseudonymiser;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every rule group of {@link InvolvementIndexConformance} shares: the index and sample data.
 */
abstract class InvolvementIndexGroup {

  static final NetworkId N1 = NetworkId.of("kit-index-n1");
  static final NetworkId N2 = NetworkId.of("kit-index-n2");
  static final NetworkId N3 = NetworkId.of("kit-index-n3");
  static final OrganisationId GGD = OrganisationId.of("kit-ggd");
  static final OrganisationId HOUSING = OrganisationId.of("kit-housing");
  static final OrganisationId POLICE = OrganisationId.of("kit-police");
  static final LocalDate DAY_1 = LocalDate.of(2026, 3, 2);

  private static final Pseudonymiser PSEUDONYMS =
      Pseudonymiser.hmacSha256(
          "lon-testkit: the involvement index kit key, not a secret"
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));

  InvolvementIndex index;

  /** The kit this group runs in; its {@code @BeforeEach} has created the index. */
  abstract InvolvementIndexConformance kit();

  @BeforeEach
  final void bindToIndexUnderTest() {
    index = kit().index;
  }

  /** A client's pseudonym, the same for the same name. */
  static ClientPseudonym client(String name) {
    return PSEUDONYMS.ofClientNumber(NetworkId.of("kit-index"), ClientNumber.of(name));
  }

  /** The day {@code n} days after {@link #DAY_1}. */
  static LocalDate day(int n) {
    return DAY_1.plusDays(n - 1L);
  }

  /** A contact professional. */
  static ProfessionalId contact(String name) {
    return ProfessionalId.of("kit-p-" + name);
  }

  /** A registration made on one day, its contact named after the organisation. */
  static Involvement on(
      ClientPseudonym client, NetworkId network, OrganisationId organisation, int day) {
    return Involvement.of(
        client, network, organisation, contact(organisation.getValue()), day(day));
  }
}
