package nl.lon.service;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.Commands.adoptPlan;
import static nl.lon.rules.testing.Commands.appoint;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.picture;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.rules.testing.Commands.scan;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.process.Instrument;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.NetworkActivity;
import nl.lon.core.process.NetworkActivityKind;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;

/**
 * The care-purchase pot over the network's cases and the network activities without a case, through
 * the case service on the in-memory adapters.
 */
class CaseServiceInterventionTest {

  private static final LocalDate DAY_0 = LocalDate.of(2027, 3, 1);
  private static final Purpose WORK = Purpose.of("work on the case");

  /** Opens a case and brings it to a running plan (step 6). */
  private static void toExecute(World w, CaseId caseId, String client) {
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(caseId, ClientNumber.of(client), w.today()),
        Optional.empty());
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, caseId, judgeInScope());
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, caseId, coordinate(w.today()));
    w.service.appointTrajectoryDirector(NETWORK_DIRECTOR.getId(), WORK, caseId, appoint(w.profile));
    if (w.profile.isScanBeforeIntegralPicture()) {
      w.service.recordScan(TRAJECTORY_DIRECTOR.getId(), WORK, caseId, scan(w.today()));
    }
    w.service.formIntegralPicture(NETWORK_DIRECTOR.getId(), WORK, caseId, picture());
    if (w.profile.isOwnershipAcceptedBeforePlan()) {
      w.service.acceptProblemOwnership(TRAJECTORY_DIRECTOR.getId(), WORK, caseId, w.today());
    }
    w.service.adoptPlan(TRAJECTORY_DIRECTOR.getId(), WORK, caseId, adoptPlan(w.today()));
  }

  private static CaseCommand.UseInstrument spend(String euros) {
    return new CaseCommand.UseInstrument(
        InstrumentUse.builder()
            .instrument(Instrument.CARE_PURCHASE_BUDGET)
            .description("start help before the formal indication")
            .amount(new BigDecimal(euros))
            .build());
  }

  // ------------------------------------------------------------------ care-purchase pot (D10)

  /**
   * Enschede's team leader holds one pot for all cases (seeds/004_ca47ed76719141bc.txt
   * l.1717-1720): a spending on one case draws on what the other cases left.
   */
  @Test
  void useInstrument_enschedePotSpentOnAnotherCase_refusedBeyondWhatIsLeft() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    CaseId first = CaseId.of("case-pot-1");
    CaseId second = CaseId.of("case-pot-2");
    toExecute(w, first, "client-0001");
    toExecute(w, second, "client-0002");
    w.service.useInstrument(NETWORK_DIRECTOR.getId(), WORK, first, spend("20000"));

    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () ->
                w.service.useInstrument(NETWORK_DIRECTOR.getId(), WORK, second, spend("5000.01")));
    assertEquals("instrument.budget-pot", refused.getViolations().get(0).rule());
    assertTrue(
        refused.getViolations().get(0).reasonEn().contains("EUR 5000 left"), refused::toString);

    w.service.useInstrument(NETWORK_DIRECTOR.getId(), WORK, second, spend("5000"));
    assertThrows(
        RuleViolationException.class,
        () -> w.service.useInstrument(NETWORK_DIRECTOR.getId(), WORK, first, spend("0.01")));
    assertEquals(
        0,
        new BigDecimal("5000")
            .compareTo(
                w.service.read(NETWORK_DIRECTOR.getId(), WORK, second).getCarePurchaseSpent()));
  }

  // ------------------------------------------------------------------ network activities (D46)

  private static NetworkActivity consultation(LocalDate on) {
    return NetworkActivity.builder()
        .kind(NetworkActivityKind.CONSULTATION)
        .heldOn(on)
        .organisation("huisartsenpraktijk De Linde")
        .topic("advice on a patient who avoids care; no takeover")
        .build();
  }

  /**
   * Consultation without takeover and information to organisations outside the network are network
   * activities without a case (seeds/004_ca47ed76719141bc.txt l.1722-1731).
   */
  @Test
  void recordNetworkActivity_byNetworkDirector_keptWithoutACaseAndReadBack() {
    World w = world(MethodologyProfile.rotterdam(), DAY_0);
    NetworkActivity information =
        NetworkActivity.builder()
            .kind(NetworkActivityKind.INFORMATION)
            .heldOn(DAY_0.minusDays(3))
            .organisation("woningcorporatie Het Oosten, wijkteam")
            .topic("the network's way of working and how to refer")
            .build();

    w.service.recordNetworkActivity(NETWORK_DIRECTOR.getId(), WORK, NETWORK, information);
    w.service.recordNetworkActivity(NETWORK_DIRECTOR.getId(), WORK, NETWORK, consultation(DAY_0));

    AuditRecord recorded = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals("record-network-activity", recorded.getOperation());
    assertEquals(AuditOutcome.ALLOWED, recorded.getOutcome());
    assertTrue(recorded.getCaseId().isEmpty(), "no case");
    assertTrue(recorded.getClient().isEmpty(), "no client");
    assertEquals(java.util.Set.of(DataCategory.NETWORK_ACTIVITY), recorded.getDataCategories());
    assertEquals("CONSULTATION", recorded.getDetails().get("activity.kind"));
    assertTrue(w.store.streams(NETWORK).isEmpty(), "no case opened");

    List<NetworkActivity> all =
        w.service.networkActivities(
            NETWORK_DIRECTOR.getId(), WORK, NETWORK, DAY_0.minusDays(30), DAY_0);
    assertEquals(List.of(information, consultation(DAY_0)), all);
    assertEquals(
        List.of(consultation(DAY_0)),
        w.service.networkActivities(NETWORK_DIRECTOR.getId(), WORK, NETWORK, DAY_0, DAY_0));
    AuditRecord read = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals("read-network-activities", read.getOperation());
  }

  @Test
  void recordNetworkActivity_byTrajectoryDirector_deniedAuditedAndNotKept() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    AccessDeniedException denied =
        assertThrows(
            AccessDeniedException.class,
            () ->
                w.service.recordNetworkActivity(
                    TRAJECTORY_DIRECTOR.getId(), WORK, NETWORK, consultation(DAY_0)));
    assertEquals("access.network-director-only", denied.getRule());
    AuditRecord r = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals(AuditOutcome.DENIED, r.getOutcome());
    assertEquals(
        List.of(),
        w.service.networkActivities(
            NETWORK_DIRECTOR.getId(), WORK, NETWORK, DAY_0.minusDays(1), DAY_0));
  }

  @Test
  void recordNetworkActivity_topicOverTwoLines_refusedAsInputAndNotKept() {
    World w = world(MethodologyProfile.leeuwarden(), DAY_0);
    NetworkActivity twoLines =
        NetworkActivity.builder().from(consultation(DAY_0)).topic("advice\non a patient").build();
    nl.lon.core.error.InvalidValueException e =
        assertThrows(
            nl.lon.core.error.InvalidValueException.class,
            () ->
                w.service.recordNetworkActivity(NETWORK_DIRECTOR.getId(), WORK, NETWORK, twoLines));
    assertEquals("NetworkActivity.topic", e.getField());
    assertEquals(0, w.audit.size());
  }
}
