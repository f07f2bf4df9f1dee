package nl.lon.rules.access;

import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.GGD_MEMBER;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.POLICE_MEMBER;
import static nl.lon.core.testing.Cast.SHELL_MEMBER;
import static nl.lon.core.testing.Cast.STEERING_MEMBER;
import static nl.lon.core.testing.Cast.TEAM_SUPPORT;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.core.testing.Cast.organisation;
import static nl.lon.rules.testing.Commands.appoint;
import static nl.lon.rules.testing.Commands.consent;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.reportSignal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.state.CaseState;
import nl.lon.core.testing.Cast;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate LATER = DAY.plusDays(10);
  private static final CaseId CASE = CaseId.of("case-a");

  private static final AccessRules ROTTERDAM = AccessRules.of(AccessPolicy.rotterdam());
  private static final AccessRules ENSCHEDE = AccessRules.of(AccessPolicy.enschede());
  private static final AccessRules LEEUWARDEN = AccessRules.of(AccessPolicy.leeuwarden());
  private static final AccessRules CORE_PARTNERS =
      AccessRules.of(
          AccessPolicy.builder()
              .viewers(ViewerScope.CORE_PARTNERS)
              .consentRequired(false)
              .clientNumbersOnly(false)
              .build());

  // ---------------------------------------------------------------- states

  /** Signalled by the housing corporation, judged by the director: housing is involved. */
  private static RulesFixtures.Driver judged() {
    return RulesFixtures.driverWithDirectory(MethodologyProfile.enschede())
        .then(reportSignal(CASE, ClientNumber.of("c-1"), DAY), HOUSING_MEMBER, DAY)
        .then(judgeInScope(), NETWORK_DIRECTOR, DAY);
  }

  /** Judged, coordinated, the trajectory director appointed. */
  private static CaseState withTrajectoryDirector() {
    return judged()
        .then(coordinate(DAY), NETWORK_DIRECTOR, DAY)
        .then(appoint(MethodologyProfile.enschede()), NETWORK_DIRECTOR, DAY)
        .state();
  }

  /** Judged; a home visit by the police member and the shell member involves them personally. */
  private static CaseState withVisitors() {
    return judged()
        .then(
            new CaseCommand.RecordHomeVisit(
                Set.of(POLICE_MEMBER.getId(), SHELL_MEMBER.getId()), "door not opened", false),
            NETWORK_DIRECTOR,
            DAY)
        .state();
  }

  private static AccessRequest read(Professional who, CaseState state) {
    return request(who, state, false, Optional.empty(), Optional.empty());
  }

  private static AccessRequest write(Professional who, CaseState state) {
    return request(who, state, true, Optional.empty(), Optional.empty());
  }

  private static AccessRequest request(
      Professional who,
      CaseState state,
      boolean write,
      Optional<String> basis,
      Optional<String> emergency) {
    return new AccessRequest(
        who, organisation(who.getOrganisation()), LON, state, write, LATER, basis, emergency);
  }

  private static void assertAllowed(AccessDecision d, String rule) {
    assertTrue(d.allowed(), () -> "expected allowed, got " + d);
    assertEquals(rule, d.rule());
    assertTrue(d.authorised());
    assertTrue(d.consentOrLegalBasis());
    assertFalse(d.emergencyOverride());
  }

  private static void assertDenied(AccessDecision d, String rule) {
    assertFalse(d.allowed(), () -> "expected denied, got " + d);
    assertEquals(rule, d.rule());
    assertFalse(d.emergencyOverride());
    assertFalse(d.message().isBlank());
  }

  // ---------------------------------------------------------------- the network

  @Test
  void decide_professionalOfAnotherNetwork_isDeniedWithEveryCheckFalse() {
    AccessDecision d = ENSCHEDE.decide(read(FOREIGN_DIRECTOR, judged().state()));

    assertDenied(d, "access.other-network");
    assertFalse(d.authorised());
    assertFalse(d.relationshipToCase());
    assertFalse(d.consentOrLegalBasis());
    assertEquals(Optional.empty(), d.legalBasis());
  }

  @Test
  void decide_professionalOfAnotherNetworkInAnEmergency_staysDenied() {
    AccessDecision d =
        ROTTERDAM.decide(
            request(
                FOREIGN_DIRECTOR,
                judged().state(),
                false,
                Optional.empty(),
                Optional.of("client moved here")));

    assertDenied(d, "access.other-network");
  }

  @Test
  void decide_organisationThatIsNotTheActorsEmployer_isDenied() {
    AccessRequest r =
        new AccessRequest(
            NETWORK_DIRECTOR,
            organisation(POLICE),
            LON,
            judged().state(),
            false,
            LATER,
            Optional.empty(),
            Optional.empty());

    assertDenied(ENSCHEDE.decide(r), "access.other-network");
  }

  // ---------------------------------------------------------------- the case's directors

  @Test
  void decide_networkDirector_isAllowedUnderEveryPolicyWithoutConsent() {
    CaseState s = judged().state();
    for (AccessRules rules : new AccessRules[] {ROTTERDAM, ENSCHEDE, LEEUWARDEN, CORE_PARTNERS}) {
      AccessDecision d = rules.decide(read(NETWORK_DIRECTOR, s));
      assertAllowed(d, "access.case-director");
      assertTrue(d.relationshipToCase());
      assertAllowed(rules.decide(write(NETWORK_DIRECTOR, s)), "access.case-director");
    }
  }

  @Test
  void decide_trajectoryDirectorOfTheCase_isAllowedEvenWhereConsentIsRequired() {
    CaseState s = withTrajectoryDirector();

    for (AccessRules rules : new AccessRules[] {ROTTERDAM, ENSCHEDE, LEEUWARDEN}) {
      AccessDecision d = rules.decide(read(TRAJECTORY_DIRECTOR, s));
      assertAllowed(d, "access.case-director");
      assertTrue(d.relationshipToCase());
    }
  }

  @Test
  void decide_trajectoryDirectorBeforeAppointment_isJudgedByTheViewerScope() {
    AccessDecision d = ENSCHEDE.decide(read(TRAJECTORY_DIRECTOR, judged().state()));

    assertDenied(d, "access.viewer-scope");
    assertFalse(d.authorised());
    assertFalse(d.relationshipToCase());
  }

  // ---------------------------------------------------------------- a new case

  @Test
  void decide_coreMemberReportingANewCase_isAllowed() {
    for (AccessRules rules : new AccessRules[] {ROTTERDAM, ENSCHEDE, LEEUWARDEN}) {
      AccessDecision d = rules.decide(write(POLICE_MEMBER, CaseState.empty()));
      assertAllowed(d, "access.report-signal");
      assertFalse(d.relationshipToCase());
    }
    assertAllowed(
        LEEUWARDEN.decide(write(SHELL_MEMBER, CaseState.empty())), "access.report-signal");
  }

  @Test
  void decide_steeringGroupMemberReportingANewCase_isDenied() {
    AccessDecision d = ENSCHEDE.decide(write(STEERING_MEMBER, CaseState.empty()));

    assertDenied(d, "access.report-signal");
    assertFalse(d.authorised());
  }

  // ---------------------------------------------------------------- the steering group

  @Test
  void decide_steeringGroupMemberOnAnExistingCase_isDeniedReadAndWrite() {
    CaseState s = judged().state();
    for (AccessRules rules : new AccessRules[] {ROTTERDAM, ENSCHEDE, LEEUWARDEN, CORE_PARTNERS}) {
      assertDenied(rules.decide(read(STEERING_MEMBER, s)), "access.steering-group-no-cases");
      assertDenied(rules.decide(write(STEERING_MEMBER, s)), "access.steering-group-no-cases");
    }
  }

  @Test
  void decide_steeringGroupMemberWhoIsAlsoACoreMember_isJudgedAsACoreMember() {
    Professional both =
        Cast.professional(
            "sg-2",
            "Professional sg-2",
            POLICE,
            Cast.NETWORK,
            ProfessionalRole.STEERING_GROUP_MEMBER,
            ProfessionalRole.CORE_MEMBER);

    assertAllowed(CORE_PARTNERS.decide(read(both, judged().state())), "access.viewer-scope");
    assertDenied(ENSCHEDE.decide(read(both, judged().state())), "access.viewer-scope");
  }

  // ---------------------------------------------------------------- viewer scope: coordinating
  // organisation

  @Test
  void decide_coordinatingOrganisationScope_contractorMemberMayRead() {
    AccessDecision d = ROTTERDAM.decide(read(GGD_MEMBER, judged().state()));

    assertAllowed(d, "access.viewer-scope");
    assertFalse(d.relationshipToCase(), "the GGD member has no relationship with this case");
    assertAllowed(ROTTERDAM.decide(read(TEAM_SUPPORT, judged().state())), "access.viewer-scope");
  }

  @Test
  void decide_coordinatingOrganisationScope_involvedPartnerMayWriteButNotRead() {
    CaseState s = judged().state();

    AccessDecision reading = ROTTERDAM.decide(read(HOUSING_MEMBER, s));
    AccessDecision writing = ROTTERDAM.decide(write(HOUSING_MEMBER, s));

    assertDenied(reading, "access.viewer-scope");
    assertTrue(reading.relationshipToCase());
    assertTrue(reading.message().contains("see"));
    assertAllowed(writing, "access.viewer-scope");
  }

  @Test
  void decide_coordinatingOrganisationScope_uninvolvedPartnerMayNeitherReadNorWrite() {
    CaseState s = judged().state();

    assertDenied(ROTTERDAM.decide(read(POLICE_MEMBER, s)), "access.viewer-scope");
    AccessDecision w = ROTTERDAM.decide(write(POLICE_MEMBER, s));
    assertDenied(w, "access.viewer-scope");
    assertTrue(w.message().contains("change"));
    assertTrue(w.message().contains(ViewerScope.COORDINATING_ORGANISATION.toString()));
  }

  // ---------------------------------------------------------------- viewer scope: case partners

  @Test
  void decide_casePartnersScope_involvedOrganisationMayRead() {
    AccessDecision d = ENSCHEDE.decide(read(HOUSING_MEMBER, judged().state()));

    assertAllowed(d, "access.viewer-scope");
    assertTrue(d.relationshipToCase());
  }

  @Test
  void decide_casePartnersScope_involvedProfessionalMayReadThoughTheirOrganisationIsNot() {
    CaseState s = withVisitors();
    assertFalse(s.getInvolvedOrganisations().contains(POLICE));

    assertAllowed(ENSCHEDE.decide(read(POLICE_MEMBER, s)), "access.viewer-scope");
  }

  @Test
  void decide_casePartnersScope_uninvolvedCoreMemberIsDenied() {
    AccessDecision d = ENSCHEDE.decide(read(POLICE_MEMBER, judged().state()));

    assertDenied(d, "access.viewer-scope");
    assertFalse(d.authorised());
    assertFalse(d.relationshipToCase());
  }

  @Test
  void decide_casePartnersScope_coordinatingOrganisationMayRead() {
    assertAllowed(ENSCHEDE.decide(read(GGD_MEMBER, judged().state())), "access.viewer-scope");
  }

  // ---------------------------------------------------------------- viewer scope: core partners

  @Test
  void decide_corePartnersScope_uninvolvedCoreMemberAndTeamSupportMayRead() {
    CaseState s = judged().state();

    assertAllowed(CORE_PARTNERS.decide(read(POLICE_MEMBER, s)), "access.viewer-scope");
    assertAllowed(CORE_PARTNERS.decide(read(TEAM_SUPPORT, s)), "access.viewer-scope");
  }

  @Test
  void decide_corePartnersScope_shellMemberOnlyWhenInvolved() {
    assertDenied(CORE_PARTNERS.decide(read(SHELL_MEMBER, judged().state())), "access.viewer-scope");
    assertAllowed(CORE_PARTNERS.decide(read(SHELL_MEMBER, withVisitors())), "access.viewer-scope");
  }

  // ---------------------------------------------------------------- consent

  @Test
  void decide_consentRequiredWithoutConsent_isDeniedForConsentNotForScope() {
    AccessDecision d = LEEUWARDEN.decide(read(HOUSING_MEMBER, judged().state()));

    assertDenied(d, "access.consent-required");
    assertTrue(d.authorised());
    assertTrue(d.relationshipToCase());
    assertFalse(d.consentOrLegalBasis());
    assertTrue(d.message().contains("consent"));
  }

  @Test
  void decide_consentRequiredWithConsentInForce_isAllowed() {
    CaseState s =
        judged().then(consent(DAY.plusDays(1)), NETWORK_DIRECTOR, DAY.plusDays(1)).state();

    AccessDecision d = LEEUWARDEN.decide(read(HOUSING_MEMBER, s));

    assertAllowed(d, "access.viewer-scope");
    assertEquals(Optional.empty(), d.legalBasis());
  }

  @Test
  void decide_consentRequiredOnADayBeforeTheConsentWasSigned_isDenied() {
    CaseState s = judged().then(consent(DAY), NETWORK_DIRECTOR, DAY).state();
    AccessRequest before =
        new AccessRequest(
            HOUSING_MEMBER,
            organisation(HOUSING_MEMBER.getOrganisation()),
            LON,
            s,
            false,
            DAY.minusDays(1),
            Optional.empty(),
            Optional.empty());

    assertDenied(LEEUWARDEN.decide(before), "access.consent-required");
  }

  @Test
  void decide_consentRequiredAfterWithdrawal_isDeniedFromTheWithdrawalDay() {
    LocalDate withdrawn = DAY.plusDays(5);
    CaseState s =
        judged()
            .then(consent(DAY), NETWORK_DIRECTOR, DAY)
            .then(new CaseCommand.WithdrawConsent(), NETWORK_DIRECTOR, withdrawn)
            .state();

    AccessDecision dayBefore =
        LEEUWARDEN.decide(
            new AccessRequest(
                HOUSING_MEMBER,
                organisation(HOUSING_MEMBER.getOrganisation()),
                LON,
                s,
                false,
                withdrawn.minusDays(1),
                Optional.empty(),
                Optional.empty()));
    AccessDecision onTheDay =
        LEEUWARDEN.decide(
            new AccessRequest(
                HOUSING_MEMBER,
                organisation(HOUSING_MEMBER.getOrganisation()),
                LON,
                s,
                false,
                withdrawn,
                Optional.empty(),
                Optional.empty()));

    assertAllowed(dayBefore, "access.viewer-scope");
    assertDenied(onTheDay, "access.consent-required");
  }

  @Test
  void decide_consentRequiredWithALegalBasisFromTheCatalogue_isAllowedAndNamesTheBasis() {
    for (LegalBasis basis : AccessPolicy.standardLegalBases()) {
      AccessDecision d =
          LEEUWARDEN.decide(
              request(
                  HOUSING_MEMBER,
                  judged().state(),
                  false,
                  Optional.of(basis.getCode()),
                  Optional.empty()));
      assertAllowed(d, "access.viewer-scope");
      assertEquals(Optional.of(basis.getCode()), d.legalBasis());
    }
  }

  @Test
  void decide_consentRequiredWithAnUnknownLegalBasis_isDeniedAndNamesNoBasis() {
    AccessDecision d =
        LEEUWARDEN.decide(
            request(
                HOUSING_MEMBER,
                judged().state(),
                false,
                Optional.of("gut-feeling"),
                Optional.empty()));

    assertDenied(d, "access.consent-required");
    assertEquals(Optional.empty(), d.legalBasis());
  }

  @Test
  void decide_consentRequiredWithAProfilesOwnCatalogue_onlyItsBasesCount() {
    AccessRules own =
        AccessRules.of(
            AccessPolicy.builder()
                .from(AccessPolicy.leeuwarden())
                .legalBases(
                    java.util.List.of(
                        LegalBasis.of("court-order", "court order", "rechterlijk bevel", "Rv")))
                .build());
    CaseState s = judged().state();

    assertAllowed(
        own.decide(request(HOUSING_MEMBER, s, false, Optional.of("court-order"), Optional.empty())),
        "access.viewer-scope");
    assertDenied(
        own.decide(
            request(HOUSING_MEMBER, s, false, Optional.of("wvggz-report"), Optional.empty())),
        "access.consent-required");
  }

  @Test
  void decide_consentRequiredForTheCoordinatingOrganisation_needsNoConsent() {
    AccessDecision d = LEEUWARDEN.decide(read(GGD_MEMBER, judged().state()));

    assertAllowed(d, "access.viewer-scope");
    assertEquals(Optional.empty(), d.legalBasis());
  }

  @Test
  void decide_consentRequiredForANewCase_needsNoConsent() {
    assertAllowed(
        LEEUWARDEN.decide(write(HOUSING_MEMBER, CaseState.empty())), "access.report-signal");
  }

  @Test
  void decide_consentRequiredButNotAuthorised_isDeniedForScopeFirst() {
    AccessDecision d = LEEUWARDEN.decide(read(POLICE_MEMBER, judged().state()));

    assertDenied(d, "access.viewer-scope");
    assertFalse(d.authorised());
  }

  @Test
  void decide_noConsentRequired_involvedPartnerNeedsNoConsent() {
    AccessDecision d = ENSCHEDE.decide(read(HOUSING_MEMBER, judged().state()));

    assertAllowed(d, "access.viewer-scope");
  }

  // ---------------------------------------------------------------- emergency override

  @Test
  void decide_deniedByScopeInAnEmergency_isAllowedAndFlagged() {
    AccessDecision d =
        ROTTERDAM.decide(
            request(
                POLICE_MEMBER,
                judged().state(),
                false,
                Optional.empty(),
                Optional.of("fire hazard")));

    assertTrue(d.allowed());
    assertEquals("access.emergency-override", d.rule());
    assertTrue(d.emergencyOverride());
    assertFalse(d.authorised(), "the decision keeps what the policy alone said");
    assertTrue(d.message().contains("emergency"));
  }

  @Test
  void decide_deniedForConsentInAnEmergency_isAllowedAndFlagged() {
    AccessDecision d =
        LEEUWARDEN.decide(
            request(
                HOUSING_MEMBER,
                judged().state(),
                false,
                Optional.empty(),
                Optional.of("client found unconscious")));

    assertTrue(d.allowed());
    assertEquals("access.emergency-override", d.rule());
    assertTrue(d.emergencyOverride());
    assertTrue(d.authorised());
    assertFalse(d.consentOrLegalBasis());
  }

  @Test
  void decide_emergencyReasonWhenAccessIsAllowedAnyway_isNoOverride() {
    AccessDecision d =
        ENSCHEDE.decide(
            request(
                HOUSING_MEMBER,
                judged().state(),
                false,
                Optional.empty(),
                Optional.of("fire hazard")));

    assertAllowed(d, "access.viewer-scope");
  }

  @Test
  void decide_emergencyWherePolicyForbidsTheOverride_staysDenied() {
    AccessRules strict =
        AccessRules.of(
            AccessPolicy.builder()
                .from(AccessPolicy.rotterdam())
                .emergencyOverrideAllowed(false)
                .build());

    AccessDecision d =
        strict.decide(
            request(
                POLICE_MEMBER,
                judged().state(),
                false,
                Optional.empty(),
                Optional.of("fire hazard")));

    assertDenied(d, "access.viewer-scope");
  }
}
