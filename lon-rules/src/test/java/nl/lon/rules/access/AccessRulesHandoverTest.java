package nl.lon.rules.access;

import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static nl.lon.core.testing.Cast.organisation;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.reportSignal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.state.CaseState;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import org.junit.jupiter.api.Test;

/** Access to a case handed over to another network, and roles held in several networks. */
class AccessRulesHandoverTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-h");
  private static final AccessRules ENSCHEDE = AccessRules.of(AccessPolicy.enschede());

  private static CaseState judged() {
    return RulesFixtures.driverWithDirectory(MethodologyProfile.enschede())
        .then(reportSignal(CASE, ClientNumber.of("c-1"), DAY), HOUSING_MEMBER, DAY)
        .then(judgeInScope(), NETWORK_DIRECTOR, DAY)
        .state();
  }

  private static CaseState handedOver() {
    return RulesFixtures.driverWithDirectory(MethodologyProfile.enschede())
        .then(reportSignal(CASE, ClientNumber.of("c-1"), DAY), HOUSING_MEMBER, DAY)
        .then(judgeInScope(), NETWORK_DIRECTOR, DAY)
        .then(
            new CaseCommand.Transfer(WarmHandover.of(OTHER_NETWORK, "director", "client moved")),
            NETWORK_DIRECTOR,
            DAY)
        .state();
  }

  private static AccessDecision decide(AccessResource resource, Professional who, CaseState state) {
    return ENSCHEDE.decide(
        new AccessRequest(
            resource,
            who,
            organisation(who.getOrganisation()),
            LON,
            state,
            false,
            DAY,
            Optional.empty(),
            Optional.empty()));
  }

  private static Professional alsoIn(Professional p, ProfessionalRole role) {
    return Professional.builder()
        .from(p)
        .putFurtherMemberships(NETWORK, ImmutableSet.of(role))
        .build();
  }

  @Test
  void handedOver_receivingDirector_readsCaseAndTimelineButNoPersonalData() {
    CaseState s = handedOver();
    assertEquals(
        "access.handover-receiver", decide(AccessResource.CASE, FOREIGN_DIRECTOR, s).rule());
    assertTrue(decide(AccessResource.CASE, FOREIGN_DIRECTOR, s).allowed());
    assertTrue(decide(AccessResource.TIMELINE, FOREIGN_DIRECTOR, s).allowed());
    assertFalse(decide(AccessResource.PERSONAL_DATA, FOREIGN_DIRECTOR, s).allowed());
  }

  @Test
  void handedOver_sendingSide_keepsItForItsNetworkDirectorOnly() {
    CaseState s = handedOver();
    AccessDecision director = decide(AccessResource.CASE, NETWORK_DIRECTOR, s);
    assertTrue(director.allowed());
    assertEquals("access.handover-sender-retains", director.rule());
    AccessDecision partner = decide(AccessResource.CASE, HOUSING_MEMBER, s);
    assertFalse(partner.allowed());
    assertEquals("access.handover-sender-retains", partner.rule());
    assertTrue(decide(AccessResource.CASE, HOUSING_MEMBER, judged()).allowed(), "before it");
  }

  @Test
  void handedOver_sendingDirector_keepsItForTheRetentionPeriodOnly() {
    CaseState s = handedOver();
    int years = nl.lon.rules.access.AccessPolicy.enschede().getAuditRetentionYears();
    java.time.LocalDate last = s.getTransferredOn().get().plusYears(years);
    assertTrue(decideOn(AccessResource.CASE, NETWORK_DIRECTOR, s, last).allowed());
    AccessDecision after = decideOn(AccessResource.CASE, NETWORK_DIRECTOR, s, last.plusDays(1));
    assertFalse(after.allowed());
    assertEquals("access.handover-sender-retains", after.rule());
  }

  private static AccessDecision decideOn(
      AccessResource resource, Professional who, CaseState state, java.time.LocalDate on) {
    return ENSCHEDE.decide(
        new AccessRequest(
            resource,
            who,
            organisation(who.getOrganisation()),
            LON,
            state,
            false,
            on,
            Optional.empty(),
            Optional.empty()));
  }

  @Test
  void decideHandover_receivingDirectorOnly() {
    CaseState s = handedOver();
    assertTrue(
        ENSCHEDE
            .decideHandover(FOREIGN_DIRECTOR, organisation(FOREIGN_DIRECTOR.getOrganisation()), s)
            .allowed());
    assertEquals(
        "access.other-network",
        ENSCHEDE
            .decideHandover(NETWORK_DIRECTOR, organisation(NETWORK_DIRECTOR.getOrganisation()), s)
            .rule());
    assertFalse(
        ENSCHEDE
            .decideHandover(
                FOREIGN_DIRECTOR, organisation(FOREIGN_DIRECTOR.getOrganisation()), judged())
            .allowed(),
        "a case not handed over");
  }

  @Test
  void twoNetworks_eachNetworksRoleCounts_andNoMore() {
    Professional coreHere = alsoIn(FOREIGN_DIRECTOR, ProfessionalRole.CORE_MEMBER);
    AccessDecision agenda =
        ENSCHEDE.decide(
            AccessRequest.ofNetwork(
                AccessResource.NETWORK_AGENDA,
                coreHere,
                organisation(coreHere.getOrganisation()),
                LON,
                DAY));
    assertFalse(agenda.allowed(), "a director elsewhere is a core member here");
    assertEquals("access.network-director-only", agenda.rule());

    Professional directorHere = alsoIn(FOREIGN_DIRECTOR, ProfessionalRole.NETWORK_DIRECTOR);
    assertTrue(
        ENSCHEDE
            .decide(
                AccessRequest.ofNetwork(
                    AccessResource.NETWORK_AGENDA,
                    directorHere,
                    organisation(directorHere.getOrganisation()),
                    LON,
                    DAY))
            .allowed());
    assertEquals(
        "access.other-network",
        ENSCHEDE
            .decide(
                AccessRequest.ofNetwork(
                    AccessResource.NETWORK_AGENDA,
                    FOREIGN_DIRECTOR,
                    organisation(FOREIGN_DIRECTOR.getOrganisation()),
                    LON,
                    DAY))
            .rule());
  }
}
