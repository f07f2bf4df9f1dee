package nl.lon.rules.access;

import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.STEERING_MEMBER;
import static nl.lon.rules.testing.RulesFixtures.DAY_0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.state.CaseState;
import nl.lon.core.testing.Cast;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each resource the case service serves, allowed and refused per role, with the rule ids. */
class AccessResourcesTest {

  private static final AccessRules ENSCHEDE = AccessRules.of(AccessPolicy.enschede());
  private static final AccessRules LEEUWARDEN = AccessRules.of(AccessPolicy.leeuwarden());
  private static final Professional STEERING = STEERING_MEMBER;

  private static PartnerOrganisation orgOf(Professional p) {
    return Cast.organisationOf(p);
  }

  private static AccessDecision onCase(
      AccessRules rules, AccessResource resource, Professional who, boolean write) {
    return rules.decide(
        new AccessRequest(
            resource,
            who,
            orgOf(who),
            LON,
            CaseState.empty(),
            write,
            DAY_0,
            Optional.empty(),
            Optional.empty()));
  }

  private static AccessDecision onNetwork(
      AccessRules rules, AccessResource resource, Professional who) {
    return rules.decide(AccessRequest.ofNetwork(resource, who, orgOf(who), LON, DAY_0));
  }

  private static void allowed(AccessDecision d, AccessRuleId rule) {
    assertTrue(d.allowed(), d.message());
    assertEquals(rule, d.ruleId());
    assertEquals(rule.getId(), d.rule());
  }

  private static void refused(AccessDecision d, AccessRuleId rule) {
    assertFalse(d.allowed());
    assertEquals(rule, d.ruleId());
    assertFalse(d.emergencyOverride());
    assertNotEquals(d.message(), d.messageNl(), "a reason in English and in Dutch");
  }

  // ---------------------------------------------------------------- case resources

  @Test
  void caseTimelineAndTransfer_director_allowedAsCaseDirector() {
    for (AccessResource r :
        EnumSet.of(AccessResource.CASE, AccessResource.TIMELINE, AccessResource.TRANSFER)) {
      allowed(onCase(ENSCHEDE, r, NETWORK_DIRECTOR, false), AccessRuleId.CASE_DIRECTOR);
      allowed(onCase(ENSCHEDE, r, NETWORK_DIRECTOR, true), AccessRuleId.CASE_DIRECTOR);
    }
  }

  @Test
  void caseTimelineAndTransfer_steeringGroupMember_refusedCases() {
    for (AccessResource r :
        EnumSet.of(AccessResource.CASE, AccessResource.TIMELINE, AccessResource.TRANSFER)) {
      refused(onCase(ENSCHEDE, r, STEERING, false), AccessRuleId.STEERING_GROUP_NO_CASES);
    }
  }

  @Test
  void caseTimelineAndTransfer_uninvolvedCoreMember_refusedByViewerScope() {
    for (AccessResource r :
        EnumSet.of(AccessResource.CASE, AccessResource.TIMELINE, AccessResource.TRANSFER)) {
      refused(onCase(ENSCHEDE, r, HOUSING_MEMBER, false), AccessRuleId.VIEWER_SCOPE);
    }
  }

  @Test
  void openingACase_coreMember_allowed_steeringGroupMember_refused() {
    allowed(
        onCase(ENSCHEDE, AccessResource.CASE, HOUSING_MEMBER, true), AccessRuleId.REPORT_SIGNAL);
    refused(onCase(ENSCHEDE, AccessResource.CASE, STEERING, true), AccessRuleId.REPORT_SIGNAL);
  }

  @Test
  void everyResource_professionalOfAnotherNetwork_refusedOtherNetwork() {
    for (AccessResource r : AccessResource.values()) {
      AccessDecision d =
          r.isOfCase()
              ? onCase(ENSCHEDE, r, FOREIGN_DIRECTOR, false)
              : onNetwork(ENSCHEDE, r, FOREIGN_DIRECTOR);
      refused(d, AccessRuleId.OTHER_NETWORK);
    }
  }

  @Test
  void personalData_read_director_allowed_steeringGroupMember_refused() {
    allowed(
        onCase(ENSCHEDE, AccessResource.PERSONAL_DATA, NETWORK_DIRECTOR, false),
        AccessRuleId.CASE_DIRECTOR);
    refused(
        onCase(ENSCHEDE, AccessResource.PERSONAL_DATA, STEERING, false),
        AccessRuleId.STEERING_GROUP_NO_CASES);
  }

  @Test
  void personalData_stored_underClientNumbersOnly_refusedEvenForDirector() {
    refused(
        onCase(LEEUWARDEN, AccessResource.PERSONAL_DATA, NETWORK_DIRECTOR, true),
        AccessRuleId.CLIENT_NUMBERS_ONLY);
    allowed(
        onCase(ENSCHEDE, AccessResource.PERSONAL_DATA, HOUSING_MEMBER, true),
        AccessRuleId.REPORT_SIGNAL);
  }

  @Test
  void erasureAndAuditTrail_director_allowed_othersRefused() {
    for (AccessResource r : EnumSet.of(AccessResource.ERASURE, AccessResource.AUDIT_TRAIL)) {
      allowed(
          onCase(ENSCHEDE, r, NETWORK_DIRECTOR, r == AccessResource.ERASURE),
          AccessRuleId.NETWORK_DIRECTOR_ONLY);
      refused(onCase(ENSCHEDE, r, HOUSING_MEMBER, false), AccessRuleId.NETWORK_DIRECTOR_ONLY);
      refused(onCase(ENSCHEDE, r, STEERING, false), AccessRuleId.NETWORK_DIRECTOR_ONLY);
    }
  }

  @Test
  void erasure_emergencyReason_doesNotOverride() {
    AccessDecision d =
        ENSCHEDE.decide(
            new AccessRequest(
                AccessResource.ERASURE,
                HOUSING_MEMBER,
                orgOf(HOUSING_MEMBER),
                LON,
                CaseState.empty(),
                true,
                DAY_0,
                Optional.empty(),
                Optional.of("acute danger")));
    refused(d, AccessRuleId.NETWORK_DIRECTOR_ONLY);
  }

  // ---------------------------------------------------------------- network resources

  @Test
  void caseList_director_allowed_coreMemberAndSteering_refused() {
    allowed(
        onNetwork(ENSCHEDE, AccessResource.CASE_LIST, NETWORK_DIRECTOR),
        AccessRuleId.NETWORK_DIRECTOR_ONLY);
    refused(
        onNetwork(ENSCHEDE, AccessResource.CASE_LIST, HOUSING_MEMBER),
        AccessRuleId.NETWORK_DIRECTOR_ONLY);
    refused(
        onNetwork(ENSCHEDE, AccessResource.CASE_LIST, STEERING),
        AccessRuleId.NETWORK_DIRECTOR_ONLY);
  }

  @Test
  void networkAgenda_director_allowed_coreMemberAndSteering_refused() {
    allowed(
        onNetwork(ENSCHEDE, AccessResource.NETWORK_AGENDA, NETWORK_DIRECTOR),
        AccessRuleId.NETWORK_DIRECTOR_ONLY);
    refused(
        onNetwork(ENSCHEDE, AccessResource.NETWORK_AGENDA, HOUSING_MEMBER),
        AccessRuleId.NETWORK_DIRECTOR_ONLY);
    refused(
        onNetwork(ENSCHEDE, AccessResource.NETWORK_AGENDA, STEERING),
        AccessRuleId.NETWORK_DIRECTOR_ONLY);
  }

  @Test
  void ownAgenda_everyProfessionalOfTheNetwork_allowed() {
    for (Professional p : Set.of(NETWORK_DIRECTOR, HOUSING_MEMBER, STEERING)) {
      allowed(onNetwork(ENSCHEDE, AccessResource.OWN_AGENDA, p), AccessRuleId.OWN_AGENDA);
    }
  }

  @Test
  void figures_directorAndSteering_allowed_coreMember_refused() {
    allowed(
        onNetwork(ENSCHEDE, AccessResource.MANAGEMENT_FIGURES, NETWORK_DIRECTOR),
        AccessRuleId.FIGURES);
    allowed(onNetwork(ENSCHEDE, AccessResource.MANAGEMENT_FIGURES, STEERING), AccessRuleId.FIGURES);
    refused(
        onNetwork(ENSCHEDE, AccessResource.MANAGEMENT_FIGURES, HOUSING_MEMBER),
        AccessRuleId.FIGURES);
  }

  @Test
  void figures_policyNamingOnlyTheSteeringGroup_refusesTheDirector() {
    AccessRules steeringOnly =
        AccessRules.of(
            AccessPolicy.builder()
                .from(AccessPolicy.enschede())
                .figuresViewers(ImmutableSet.of(ProfessionalRole.STEERING_GROUP_MEMBER))
                .build());
    refused(
        onNetwork(steeringOnly, AccessResource.MANAGEMENT_FIGURES, NETWORK_DIRECTOR),
        AccessRuleId.FIGURES);
    allowed(
        onNetwork(steeringOnly, AccessResource.MANAGEMENT_FIGURES, STEERING), AccessRuleId.FIGURES);
  }

  @Test
  void suppressionThreshold_raisedOrDefault_allowed_lowered_refused() {
    assertEquals(Optional.of(5), ENSCHEDE.suppressionThreshold(0));
    assertEquals(Optional.of(8), ENSCHEDE.suppressionThreshold(8));
    assertEquals(Optional.empty(), ENSCHEDE.suppressionThreshold(1));
    allowed(ENSCHEDE.decideThreshold(8), AccessRuleId.THRESHOLD_BELOW_POLICY);
    refused(ENSCHEDE.decideThreshold(1), AccessRuleId.THRESHOLD_BELOW_POLICY);
  }

  @Test
  void smallCellThreshold_belowTheMinimum_isInvalidNamingTheField() {
    Executable build =
        () -> AccessPolicy.builder().from(AccessPolicy.enschede()).smallCellThreshold(2).build();
    InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, build);
    assertEquals("AccessPolicy.smallCellThreshold", e.getField());
  }

  // ---------------------------------------------------------------- consent and the emergency
  // override

  /** A case signalled by the housing corporation's core member: housing is involved. */
  private static CaseState signalledByHousing(MethodologyProfile profile) {
    RulesFixtures.Driver driver = RulesFixtures.driver(profile);
    driver.apply(
        new CaseCommand.ReportSignal(
            RulesFixtures.CASE,
            NETWORK,
            RulesFixtures.CLIENT,
            RulesFixtures.signal(DAY_0),
            RulesFixtures.SINGLE),
        HOUSING_MEMBER);
    return driver.state();
  }

  private static AccessDecision read(
      AccessRules rules,
      Professional who,
      CaseState state,
      Optional<String> basis,
      Optional<String> emergency) {
    return rules.decide(
        new AccessRequest(
            AccessResource.CASE, who, orgOf(who), LON, state, false, DAY_0, basis, emergency));
  }

  @Test
  void case_consentRequiredWithoutConsent_refused_legalBasis_allows() {
    CaseState state = signalledByHousing(MethodologyProfile.leeuwarden());
    refused(
        read(LEEUWARDEN, HOUSING_MEMBER, state, Optional.empty(), Optional.empty()),
        AccessRuleId.CONSENT_REQUIRED);
    AccessDecision withBasis =
        read(LEEUWARDEN, HOUSING_MEMBER, state, Optional.of("bemoeizorg"), Optional.empty());
    allowed(withBasis, AccessRuleId.VIEWER_SCOPE);
    assertEquals(Optional.of("bemoeizorg"), withBasis.legalBasis());
    allowed(
        read(
            ENSCHEDE,
            HOUSING_MEMBER,
            signalledByHousing(MethodologyProfile.enschede()),
            Optional.empty(),
            Optional.empty()),
        AccessRuleId.VIEWER_SCOPE);
  }

  @Test
  void case_emergencyReason_overridesTheViewerScope_butNotForTheSteeringGroup() {
    AccessDecision d =
        read(
            ENSCHEDE,
            HOUSING_MEMBER,
            CaseState.empty(),
            Optional.empty(),
            Optional.of("acute danger"));
    allowed(d, AccessRuleId.EMERGENCY_OVERRIDE);
    assertTrue(d.emergencyOverride());
    assertFalse(d.authorised());
    refused(
        read(ENSCHEDE, STEERING, CaseState.empty(), Optional.empty(), Optional.of("acute danger")),
        AccessRuleId.STEERING_GROUP_NO_CASES);
  }

  @Test
  void afterOverride_actorBecomingInvolved_refused_withoutOverride_nothingToJudge() {
    AccessDecision override =
        read(
            ENSCHEDE,
            HOUSING_MEMBER,
            CaseState.empty(),
            Optional.empty(),
            Optional.of("acute danger"));
    CaseState involved = signalledByHousing(MethodologyProfile.enschede());
    Optional<AccessDecision> after =
        ENSCHEDE.afterOverride(override, HOUSING_MEMBER, CaseState.empty(), involved);
    assertTrue(after.isPresent());
    assertFalse(after.get().allowed());
    assertEquals(AccessRuleId.EMERGENCY_SELF_INVOLVEMENT, after.get().ruleId());
    assertTrue(after.get().emergencyOverride(), "the audit record still flags the override");
    AccessDecision ordinary = onCase(ENSCHEDE, AccessResource.CASE, NETWORK_DIRECTOR, true);
    assertEquals(
        Optional.empty(),
        ENSCHEDE.afterOverride(ordinary, NETWORK_DIRECTOR, CaseState.empty(), involved));
    assertEquals(
        Optional.empty(), ENSCHEDE.afterOverride(override, HOUSING_MEMBER, involved, involved));
  }

  // ---------------------------------------------------------------- the catalogue

  @Test
  void catalogue_everyIdButTheReceiptsWriteOnly_isDecidedByTheRules() {
    CaseState leeuwarden = signalledByHousing(MethodologyProfile.leeuwarden());
    AccessDecision override =
        read(
            ENSCHEDE,
            HOUSING_MEMBER,
            CaseState.empty(),
            Optional.empty(),
            Optional.of("acute danger"));
    Set<AccessRuleId> decided = EnumSet.noneOf(AccessRuleId.class);
    for (AccessResource r : AccessResource.values()) {
      for (Professional p : Set.of(NETWORK_DIRECTOR, HOUSING_MEMBER, STEERING, FOREIGN_DIRECTOR)) {
        for (AccessRules rules : Set.of(ENSCHEDE, LEEUWARDEN)) {
          for (boolean write : new boolean[] {false, true}) {
            decided.add(
                (r.isOfCase()
                        ? rules.decide(
                            new AccessRequest(
                                r,
                                p,
                                orgOf(p),
                                LON,
                                CaseState.empty(),
                                write,
                                DAY_0,
                                Optional.empty(),
                                Optional.empty()))
                        : onNetwork(rules, r, p))
                    .ruleId());
          }
        }
      }
    }
    decided.add(
        read(LEEUWARDEN, HOUSING_MEMBER, leeuwarden, Optional.empty(), Optional.empty()).ruleId());
    decided.add(override.ruleId());
    decided.add(
        ENSCHEDE
            .afterOverride(override, HOUSING_MEMBER, CaseState.empty(), leeuwarden)
            .get()
            .ruleId());
    decided.add(ENSCHEDE.decideThreshold(1).ruleId());
    RulesFixtures.Driver handedOver = RulesFixtures.driver(MethodologyProfile.enschede());
    handedOver.apply(
        new CaseCommand.ReportSignal(
            RulesFixtures.CASE,
            NETWORK,
            RulesFixtures.CLIENT,
            RulesFixtures.signal(DAY_0),
            RulesFixtures.SINGLE),
        HOUSING_MEMBER);
    handedOver.apply(
        new CaseCommand.Transfer(
            nl.lon.core.process.WarmHandover.of(
                nl.lon.core.testing.Cast.OTHER_NETWORK, "director", "client moved")),
        NETWORK_DIRECTOR);
    decided.add(
        read(ENSCHEDE, FOREIGN_DIRECTOR, handedOver.state(), Optional.empty(), Optional.empty())
            .ruleId());
    decided.add(
        read(ENSCHEDE, HOUSING_MEMBER, handedOver.state(), Optional.empty(), Optional.empty())
            .ruleId());
    Set<AccessRuleId> expected = EnumSet.allOf(AccessRuleId.class);
    expected.remove(
        AccessRuleId.WRITE_ONLY); // the case service's receipt, after a command was carried out
    // the involvement service's check of the caller's own registration
    expected.remove(AccessRuleId.INVOLVEMENT_REGISTRATION_REQUIRED);
    assertEquals(expected, decided);
  }

  @Test
  void catalogue_idsAreUniqueAndEachHasBothReasons() {
    Set<String> ids = new HashSet<>();
    for (AccessRuleId r : AccessRuleId.values()) {
      assertTrue(ids.add(r.getId()), "unique " + r.getId());
      assertEquals(Optional.of(r), AccessRuleId.of(r.getId()));
      assertFalse(r.getReasonEn().isBlank());
      assertFalse(r.getReasonNl().isBlank());
      assertNotEquals(r.getReasonEn(), r.getReasonNl());
      assertEquals(r.getReasonNl(), r.reason(Locale.forLanguageTag("nl")));
      assertEquals(r.getReasonEn(), r.reason(Locale.ENGLISH));
    }
    assertEquals(Optional.empty(), AccessRuleId.of("access.unknown"));
    assertTrue(
        Arrays.stream(AccessRuleId.values())
            .allMatch(r -> r.getId().matches("(access|privacy|figures)\\.[a-z-]+")));
  }
}
