package nl.lon.service;

import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static nl.lon.core.testing.Cast.professional;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.WarmHandover;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.HandoverRules;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accepting a warm handover either happens whole or leaves the handover pending, and nobody can
 * take the id of the case it will open.
 */
class CaseServiceHandoverAcceptTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-h");
  private static final Purpose WORK = Purpose.of("handle the case");

  private World w;
  private Professional receiver;

  @BeforeEach
  void sentCase() {
    w = world(MethodologyProfile.rotterdam(), DAY_0);
    receiver =
        professional("cm-z", "Kernlid zuid", AMW, OTHER_NETWORK, ProfessionalRole.CORE_MEMBER);
    w.directory.put(receiver);
    w.clock.advanceDays(1);
    handOver(CASE, receiver);
  }

  /** Opens, judges and coordinates a case, then hands it over to the other network. */
  private void handOver(CaseId caseId, Professional to) {
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(caseId, ClientNumber.of("client-" + caseId.getValue()), w.today()),
        Optional.empty());
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, caseId, judgeInScope());
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, caseId, coordinate(w.today()));
    w.service.transfer(
        NETWORK_DIRECTOR.getId(),
        WORK,
        caseId,
        new CaseCommand.Transfer(
            WarmHandover.of(OTHER_NETWORK, "kernlid zuid", "the client moves")
                .receivedBy(to.getId())));
  }

  @Test
  void namedReceiverWhoIsNoDirector_continuing_isRefusedBeforeAnythingIsOpened() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () ->
                w.service.acceptHandover(
                    receiver.getId(),
                    WORK,
                    CASE,
                    ClientNumber.of("Z-1"),
                    HandoverRules.Resumption.CONTINUE));

    assertEquals("role.network-director", e.getViolations().get(0).rule());
    CaseId receiving = HandoverRules.receivingCase(CASE, OTHER_NETWORK);
    assertEquals(0, w.store.version(receiving), "no receiving case was opened");
    AuditRecord r = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals("accept-handover", r.getOperation());
    assertEquals(AuditOutcome.REFUSED, r.getOutcome());
    // the receiving network's director can still decide on it
    w.service.acceptHandover(
        FOREIGN_DIRECTOR.getId(),
        WORK,
        CASE,
        ClientNumber.of("Z-1"),
        HandoverRules.Resumption.CONTINUE);
    assertEquals(3, w.store.version(receiving), "opened, judged and coordinated");
  }

  @Test
  void theReceivingCasesId_cannotBeTakenByASignal() {
    CaseId receiving = HandoverRules.receivingCase(CASE, OTHER_NETWORK);
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                w.service.reportSignal(
                    HOUSING_MEMBER.getId(),
                    Purpose.of("register report"),
                    reportSignal(receiving, ClientNumber.of("x"), w.today()),
                    Optional.empty()));

    assertEquals("reserved-for-handover", e.getRule());
    assertEquals(0, w.store.version(receiving));
    w.service.acceptHandover(
        FOREIGN_DIRECTOR.getId(),
        WORK,
        CASE,
        ClientNumber.of("Z-1"),
        HandoverRules.Resumption.REJUDGE);
    assertEquals(1, w.store.version(receiving), "the handover is still accepted");
  }

  @Test
  void theReceivingCasesId_cannotBeTakenThroughExecuteEither() {
    CaseId receiving = HandoverRules.receivingCase(CASE, OTHER_NETWORK);
    assertThrows(
        InvalidValueException.class,
        () ->
            w.service.execute(
                HOUSING_MEMBER.getId(),
                Purpose.of("register report"),
                receiving,
                reportSignal(receiving, ClientNumber.of("x"), w.today()),
                Optional.empty()));
    assertThrows(
        InvalidValueException.class,
        () ->
            w.service.execute(
                HOUSING_MEMBER.getId(),
                Purpose.of("register report"),
                receiving,
                reportSignal(receiving, ClientNumber.of("x"), w.today()),
                w.today(),
                Optional.empty()));
    assertEquals(0, w.store.version(receiving));
  }

  @Test
  void aSteeringMemberNamedAsReceiver_seesNoHandoverOnTheirOwnAgenda() {
    Professional steering =
        professional(
            "sg-z", "Stuurgroep zuid", AMW, OTHER_NETWORK, ProfessionalRole.STEERING_GROUP_MEMBER);
    w.directory.put(steering);
    handOver(CaseId.of("case-h2"), steering);

    assertEquals(
        List.of(),
        w.service.myAgenda(steering.getId(), WORK, w.today()).getObligations(),
        "a steering-group member sees no cases (D47)");
    assertEquals(
        1,
        w.service.myAgenda(receiver.getId(), WORK, w.today()).getObligations().size(),
        "the core member named receiver of the first handover decides on it");
  }
}
