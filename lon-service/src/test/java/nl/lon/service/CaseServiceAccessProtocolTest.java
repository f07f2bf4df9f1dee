package nl.lon.service;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.STEERING_MEMBER;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.rules.access.AccessPolicy;
import nl.lon.rules.access.AccessRuleId;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The service serves each resource as the access policy decides, and audits the decision's rule id.
 */
class CaseServiceAccessProtocolTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-9");
  private static final Purpose LOOK = Purpose.of("prepare the network meeting");

  private static World openCase(MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, ClientNumber.of("client-0009"), w.today()),
        Optional.empty());
    w.service.judgeReport(
        NETWORK_DIRECTOR.getId(), Purpose.of("judge report"), CASE, judgeInScope());
    return w;
  }

  private static AuditRecord lastAudit(World w) {
    return w.audit.read(w.audit.size(), 1).get(0);
  }

  private static void assertDenied(World w, AccessRuleId rule, Executable call) {
    AccessDeniedException e = assertThrows(AccessDeniedException.class, call);
    assertEquals(rule.getId(), e.getRule());
    AuditRecord r = lastAudit(w);
    assertEquals(AuditOutcome.DENIED, r.getOutcome());
    assertEquals(Set.of(rule.getId()), r.getRuleIds());
  }

  @Test
  void figures_servedToTheRolesThePolicyNames() {
    MethodologyProfile steeringOnly =
        MethodologyProfile.builder()
            .from(MethodologyProfile.enschede())
            .access(
                AccessPolicy.builder()
                    .from(AccessPolicy.enschede())
                    .figuresViewers(ImmutableSet.of(ProfessionalRole.STEERING_GROUP_MEMBER))
                    .build())
            .build();
    World w = openCase(steeringOnly);
    ReportingPeriod year = ReportingPeriod.ofYear(2026);

    assertDenied(
        w,
        AccessRuleId.FIGURES,
        () -> w.service.figures(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, year));
    w.service.figures(STEERING_MEMBER.getId(), LOOK, NETWORK, year);

    assertEquals(AuditOutcome.ALLOWED, lastAudit(w).getOutcome());
    assertEquals(
        "5", lastAudit(w).getDetails().get("suppressionThreshold"), "the policy's threshold");
  }

  @Test
  void everyDeniedResource_carriesACataloguedRuleId_inTheExceptionAndTheRecord() {
    World w = openCase(MethodologyProfile.rotterdam());
    ReportingPeriod year = ReportingPeriod.ofYear(2026);
    assertDenied(
        w,
        AccessRuleId.STEERING_GROUP_NO_CASES,
        () -> w.service.read(STEERING_MEMBER.getId(), LOOK, CASE));
    assertDenied(
        w,
        AccessRuleId.STEERING_GROUP_NO_CASES,
        () -> w.service.timeline(STEERING_MEMBER.getId(), LOOK, CASE));
    assertDenied(
        w,
        AccessRuleId.STEERING_GROUP_NO_CASES,
        () -> w.service.personalData(STEERING_MEMBER.getId(), LOOK, CASE));
    assertDenied(
        w,
        AccessRuleId.NETWORK_DIRECTOR_ONLY,
        () -> w.service.auditTrail(HOUSING_MEMBER.getId(), LOOK, CASE));
    assertDenied(
        w,
        AccessRuleId.NETWORK_DIRECTOR_ONLY,
        () -> w.service.erasePersonalData(HOUSING_MEMBER.getId(), LOOK, CASE));
    assertDenied(
        w,
        AccessRuleId.NETWORK_DIRECTOR_ONLY,
        () -> w.service.networkAgenda(HOUSING_MEMBER.getId(), LOOK, NETWORK, w.today()));
    assertDenied(
        w,
        AccessRuleId.NETWORK_DIRECTOR_ONLY,
        () -> w.service.caseList(HOUSING_MEMBER.getId(), LOOK, NETWORK, w.today()));
    assertDenied(
        w,
        AccessRuleId.FIGURES,
        () -> w.service.figures(HOUSING_MEMBER.getId(), LOOK, NETWORK, year));
  }

  @Test
  void ownAgenda_isDecidedAndAudited_forEveryProfessionalOfTheNetwork() {
    World w = openCase(MethodologyProfile.enschede());
    for (var who : List.of(NETWORK_DIRECTOR, HOUSING_MEMBER, STEERING_MEMBER)) {
      w.service.myAgenda(who.getId(), LOOK, w.today());
      AuditRecord r = lastAudit(w);
      assertEquals(Operation.READ_OWN_AGENDA, r.getOperation());
      assertEquals(AuditOutcome.ALLOWED, r.getOutcome());
      assertTrue(r.getChecks().isAuthorised());
      assertEquals(Set.of(), r.getRuleIds());
    }
  }
}
