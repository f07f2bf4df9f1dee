package nl.lon.service;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.MUNICIPALITY;
import static nl.lon.core.testing.Cast.MUNICIPAL_OFFICER;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.PROSECUTOR;
import static nl.lon.core.testing.Cast.PUBLIC_PROSECUTOR;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.Commands.adoptPlan;
import static nl.lon.rules.testing.Commands.appoint;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.picture;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.rules.testing.Commands.scan;
import static nl.lon.service.ServiceFixtures.personalData;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.rules.access.AccessRuleId;
import nl.lon.rules.intervention.CoercionCatalogue;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;

/** The extract of a case for an export: what each reader gets, and its audit record. */
class CaseServiceExtractTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-extract");
  private static final ClientNumber CLIENT = ClientNumber.of("client-0007");
  private static final Purpose WORK = Purpose.of("handle the case");
  private static final Purpose EXPORT = Purpose.of("export to the GGZ provider");

  /** A case with a plan, its trajectory director appointed. */
  private static World planned(MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        profile.getAccess().isClientNumbersOnly() ? Optional.empty() : Optional.of(personalData()));
    w.clock.advanceDays(1);
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));
    w.service.appointTrajectoryDirector(NETWORK_DIRECTOR.getId(), WORK, CASE, appoint(profile));
    w.service.recordScan(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, scan(w.today()));
    w.service.formIntegralPicture(NETWORK_DIRECTOR.getId(), WORK, CASE, picture());
    if (profile.isOwnershipAcceptedBeforePlan()) {
      w.service.acceptProblemOwnership(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, w.today());
    }
    w.service.adoptPlan(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, adoptPlan(w.today()));
    w.clock.advanceDays(30);
    return w;
  }

  private static AuditRecord last(World w) {
    List<AuditRecord> records = w.audit.readForCase(CASE);
    return records.get(records.size() - 1);
  }

  @Test
  void extract_networkDirector_wholeAgendaPersonalDataAndAudit() {
    World w = planned(MethodologyProfile.enschede());
    CaseExtract e = w.service.extract(NETWORK_DIRECTOR.getId(), EXPORT, CASE);

    assertTrue(e.isAllObligations());
    assertFalse(e.getObligations().isEmpty());
    assertEquals(Optional.of(personalData()), e.getPersonalData());
    assertEquals(AccessRuleId.CASE_DIRECTOR, e.getAccessRule());
    assertEquals(w.today(), e.getDate());
    assertTrue(e.getProfessionals().containsKey(TRAJECTORY_DIRECTOR.getId()));
    assertEquals(
        Set.of(
            DataCategory.CASE_EVENTS,
            DataCategory.PERSONAL_DATA,
            DataCategory.TARGET_GROUP,
            DataCategory.PLAN,
            DataCategory.AGENDA),
        e.getCategories());

    AuditRecord r = last(w);
    assertEquals("export-case", r.getOperation());
    assertEquals(AuditOutcome.ALLOWED, r.getChecks().getOutcome());
    assertEquals(e.getCategories(), r.getDataCategories());
    assertEquals("network", r.getDetails().get("agenda"));
    assertFalse(r.toString().contains(ServiceFixtures.NAME), "no personal data in the record");
  }

  @Test
  void extract_trajectoryDirector_ownObligationsOnly() {
    World w = planned(MethodologyProfile.enschede());
    CaseExtract all = w.service.extract(NETWORK_DIRECTOR.getId(), EXPORT, CASE);
    CaseExtract mine = w.service.extract(TRAJECTORY_DIRECTOR.getId(), EXPORT, CASE);

    assertFalse(mine.isAllObligations());
    assertTrue(mine.getObligations().size() < all.getObligations().size());
    mine.getObligations()
        .forEach(o -> assertEquals(Optional.of(TRAJECTORY_DIRECTOR.getId()), o.getProfessional()));
    assertEquals("own", last(w).getDetails().get("agenda"));
  }

  @Test
  void extract_leeuwardenPartnerWithoutConsent_refusedAndAudited() {
    World w = planned(MethodologyProfile.leeuwarden());
    AccessDeniedException denied =
        assertThrows(
            AccessDeniedException.class,
            () -> w.service.extract(HOUSING_MEMBER.getId(), EXPORT, CASE));
    assertEquals(AccessRuleId.CONSENT_REQUIRED.getId(), denied.getRule());
    AuditRecord r = last(w);
    assertEquals("export-case", r.getOperation());
    assertEquals(AuditOutcome.DENIED, r.getChecks().getOutcome());
    assertEquals(Set.of(AccessRuleId.CONSENT_REQUIRED.getId()), r.getRuleIds());

    CaseExtract director = w.service.extract(NETWORK_DIRECTOR.getId(), EXPORT, CASE);
    assertEquals(Optional.empty(), director.getPersonalData(), "client numbers only");
  }

  @Test
  void measuresInForce_crisisMeasureContinuedThenReplacedByACareAuthorisation() {
    World w = planned(MethodologyProfile.rotterdam());
    w.service.execute(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.RequestInformation(Set.of(MUNICIPALITY, PROSECUTOR), "Wvggz"),
        Optional.empty());
    LocalDate crisis = w.today();
    measure(w, MUNICIPAL_OFFICER, CoercionCatalogue.CRISIS_MEASURE, crisis);
    assertInForce(w, CoercionCatalogue.CRISIS_MEASURE, crisis, crisis.plusDays(3));

    LocalDate continued = crisis.plusDays(2);
    measure(w, PUBLIC_PROSECUTOR, CoercionCatalogue.CRISIS_CONTINUATION, continued);
    assertInForce(
        w,
        CoercionCatalogue.CRISIS_CONTINUATION,
        continued,
        continued.plusDays(CaseExtract.CRISIS_CONTINUATION_DAYS));

    w.clock.setDate(continued.plusDays(CaseExtract.CRISIS_CONTINUATION_DAYS));
    assertEquals(
        List.of(),
        w.service.extract(NETWORK_DIRECTOR.getId(), EXPORT, CASE).getMeasuresInForce(),
        "the continuation lapsed");
    assertFalse(last(w).getDataCategories().contains(DataCategory.ESCALATION));

    LocalDate authorised = w.today();
    measure(w, PUBLIC_PROSECUTOR, CoercionCatalogue.CARE_AUTHORISATION, authorised);
    assertInForce(w, CoercionCatalogue.CARE_AUTHORISATION, authorised, authorised.plusDays(183));
    assertTrue(last(w).getDataCategories().contains(DataCategory.ESCALATION));
  }

  private static void measure(
      World w, nl.lon.core.network.Professional by, String code, LocalDate on) {
    w.clock.setDate(on);
    w.service.execute(
        by.getId(),
        WORK,
        CASE,
        new CaseCommand.RecordCoercionMeasure(code, Optional.of("danger to self")),
        Optional.empty());
  }

  private static void assertInForce(World w, String code, LocalDate from, LocalDate until) {
    List<CaseExtract.MeasureInForce> m =
        w.service.extract(NETWORK_DIRECTOR.getId(), EXPORT, CASE).getMeasuresInForce();
    assertEquals(1, m.size(), m::toString);
    assertEquals(code, m.get(0).measure().getMeasureCode());
    assertEquals(from, m.get(0).from());
    assertEquals(until, m.get(0).until());
  }
}
