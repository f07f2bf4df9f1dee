package nl.lon.core.network;

import static nl.lon.core.testing.CaseFixtures.DEBT_BANK;
import static nl.lon.core.testing.CaseFixtures.GGD;
import static nl.lon.core.testing.CaseFixtures.HOUSING;
import static nl.lon.core.testing.CaseFixtures.NETWORK;
import static nl.lon.core.testing.InvalidValues.assertRejected;
import static nl.lon.core.testing.InvalidValues.assertRequired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.testing.Cast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation and behaviour of networks, partners and professionals. */
class NetworkValuesTest {

  /**
   * The usual core-team kinds of the source: municipality, GGD, police, housing, AMW, DWI, GGZ,
   * addiction care.
   */
  private static final Set<PartnerKind> CORE_KINDS =
      EnumSet.of(
          PartnerKind.MUNICIPALITY,
          PartnerKind.GGD,
          PartnerKind.POLICE,
          PartnerKind.HOUSING_CORPORATION,
          PartnerKind.SOCIAL_WORK,
          PartnerKind.SOCIAL_SERVICES,
          PartnerKind.MENTAL_HEALTH_CARE,
          PartnerKind.ADDICTION_CARE);

  // ------------------------------------------------------------ Network

  @Test
  void build_organisationBothCoreAndShell_throwsCoreOrShell() {
    assertRejected(
        "Network.shellPartners",
        "core-or-shell",
        () -> Network.builder().from(Cast.LON).addShellPartners(HOUSING).build());
  }

  @Test
  void build_networkWithoutCoreTeam_throwsNotEmpty() {
    assertRejected(
        "Network.coreTeam",
        "not-empty",
        () -> Network.builder().from(Cast.LON).coreTeam(List.of()).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, 20_000_001})
  void build_inhabitantsOutOfRange_throwsRange(int inhabitants) {
    assertRejected(
        "Network.inhabitants",
        "range-1-20000000",
        () -> Network.builder().from(Cast.LON).inhabitants(inhabitants).build());
  }

  @Test
  void build_blankName_throwsNotBlank() {
    assertRejected(
        "Network.name", "not-blank", () -> Network.builder().from(Cast.LON).name("").build());
  }

  @Test
  void build_blankArea_throwsNotBlank() {
    assertRejected(
        "Network.area", "not-blank", () -> Network.builder().from(Cast.LON).area(" ").build());
  }

  @Test
  void build_networkWithOnlyId_throwsRequiredNamingMissingAttributes() {
    assertRequired("Network.name", () -> Network.builder().id(NETWORK).build());
  }

  @Test
  void isPartner_coreShellAndOutsider_trueOnlyForPartners() {
    Network n = Cast.LON;
    assertTrue(n.isPartner(HOUSING));
    assertTrue(n.isPartner(DEBT_BANK));
    assertFalse(n.isPartner(OrganisationId.of("unknown-org")));
  }

  // ------------------------------------------------------------ PartnerKind, PartnerOrganisation

  @ParameterizedTest
  @EnumSource(PartnerKind.class)
  void getDefaultRing_everyKind_coreForTheUsualCoreTeamKindsElseShell(PartnerKind kind) {
    assertEquals(CORE_KINDS.contains(kind) ? Ring.CORE : Ring.SHELL, kind.getDefaultRing());
  }

  @Test
  void getDefaultRing_namedKinds_matchTheSource() {
    assertEquals(Ring.CORE, PartnerKind.POLICE.getDefaultRing());
    assertEquals(Ring.CORE, PartnerKind.ADDICTION_CARE.getDefaultRing());
    assertEquals(Ring.SHELL, PartnerKind.MEE.getDefaultRing());
    assertEquals(Ring.SHELL, PartnerKind.GENERAL_PRACTITIONER.getDefaultRing());
    assertEquals(Ring.SHELL, PartnerKind.OTHER.getDefaultRing());
  }

  @Test
  void build_partnerWithoutRing_defaultsToKindRingWithoutMandate() {
    PartnerOrganisation p = Cast.organisation(Cast.HOUSING);
    assertEquals(Ring.CORE, p.getRing());
    assertFalse(p.hasMandate());
  }

  @Test
  void build_partnerWithExplicitRing_keepsRingAndMandate() {
    PartnerOrganisation p =
        PartnerOrganisation.builder()
            .from(Cast.organisation(Cast.HOUSING))
            .ring(Ring.SHELL)
            .hasMandate(true)
            .build();
    assertEquals(Ring.SHELL, p.getRing());
    assertTrue(p.hasMandate());
  }

  @Test
  void build_partnerWithBlankName_throwsNotBlank() {
    assertRejected(
        "PartnerOrganisation.name",
        "not-blank",
        () -> PartnerOrganisation.builder().id(GGD).name(" ").kind(PartnerKind.GGD).build());
  }

  @Test
  void build_partnerWithNameOver200_throwsMaxLength() {
    assertRejected(
        "PartnerOrganisation.name",
        "max-length-200",
        () ->
            PartnerOrganisation.builder()
                .id(GGD)
                .name("g".repeat(201))
                .kind(PartnerKind.GGD)
                .build());
  }

  @Test
  void build_partnerWithoutKind_throwsRequired() {
    assertRequired(
        "PartnerOrganisation.kind",
        () -> PartnerOrganisation.builder().id(GGD).name("GGD").build());
  }

  // ------------------------------------------------------------ Professional

  @Test
  void build_professionalWithoutRoles_throwsNotEmpty() {
    assertRejected(
        "Professional.roles",
        "not-empty",
        () -> Professional.builder().from(Cast.TRAJECTORY_DIRECTOR).roles(List.of()).build());
  }

  @Test
  void build_professionalWithBlankName_throwsNotBlank() {
    assertRejected(
        "Professional.displayName",
        "not-blank",
        () -> Professional.builder().from(Cast.TRAJECTORY_DIRECTOR).displayName("").build());
  }

  @Test
  void hasRole_givenAndOtherRoles_trueOnlyForGiven() {
    Professional p = Cast.TRAJECTORY_DIRECTOR;
    assertTrue(p.hasRole(ProfessionalRole.TRAJECTORY_DIRECTOR));
    assertTrue(p.hasRole(ProfessionalRole.CORE_MEMBER));
    assertFalse(p.hasRole(ProfessionalRole.NETWORK_DIRECTOR));
  }

  // ------------------------------------------------------------ memberships and regions

  @Test
  void rolesIn_homeAndFurtherNetwork_eachItsOwnRoles() {
    Professional p =
        Professional.builder()
            .from(Cast.FOREIGN_DIRECTOR)
            .putFurtherMemberships(
                NETWORK, com.google.common.collect.ImmutableSet.of(ProfessionalRole.CORE_MEMBER))
            .build();
    assertEquals(Set.of(ProfessionalRole.NETWORK_DIRECTOR), p.rolesIn(Cast.OTHER_NETWORK));
    assertEquals(Set.of(ProfessionalRole.CORE_MEMBER), p.rolesIn(NETWORK));
    assertTrue(p.isMemberOf(NETWORK));
    assertFalse(p.hasRoleIn(NETWORK, ProfessionalRole.NETWORK_DIRECTOR));
    assertEquals(Set.of(), p.rolesIn(nl.lon.core.id.NetworkId.of("elders")));
    assertFalse(p.isMemberOf(nl.lon.core.id.NetworkId.of("elders")));
    assertEquals(2, p.memberships().size());
  }

  @Test
  void build_furtherMembershipOfTheHomeNetwork_throwsNotHomeNetwork() {
    assertRejected(
        "Professional.furtherMemberships",
        "not-home-network",
        () ->
            Professional.builder()
                .from(Cast.FOREIGN_DIRECTOR)
                .putFurtherMemberships(
                    Cast.OTHER_NETWORK,
                    com.google.common.collect.ImmutableSet.of(ProfessionalRole.CORE_MEMBER))
                .build());
  }

  @Test
  void region_defaultsToTheArea_andComparesNetworks() {
    assertEquals(Cast.LON.getArea(), Cast.LON.getRegion());
    Network twente = Network.builder().from(Cast.LON).region("Twente").build();
    assertTrue(
        twente.isSameRegion(Network.builder().from(Cast.OTHER_LON).region("Twente").build()));
    assertFalse(twente.isSameRegion(Cast.LON));
  }
}
