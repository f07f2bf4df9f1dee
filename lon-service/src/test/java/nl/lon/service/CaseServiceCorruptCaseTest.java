package nl.lon.service;

import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.STEERING_MEMBER;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.rules.agenda.UncomputableCase;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A case whose stored events no longer fold (written around the rules, or damaged) tells nobody
 * outside its network that it exists, and nobody inside its status or step; every attempt on it is
 * recorded.
 */
class CaseServiceCorruptCaseTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-corrupt");
  private static final Purpose WORK = Purpose.of("handle the case");

  private World w;

  @BeforeEach
  void corruptCase() {
    w = world(MethodologyProfile.rotterdam(), DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        WORK,
        reportSignal(CASE, ClientNumber.of("client-c"), w.today()),
        Optional.empty());
    w.clock.advanceDays(1);
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    SignalReceived first = (SignalReceived) w.store.read(CASE).get(0);
    CaseEvent again =
        SignalReceived.builder()
            .from(first)
            .metadata(
                EventMetadata.of(
                    CASE, 3, first.getBusinessDate(), first.getRecordedAt(), first.getActor()))
            .build();
    // a second signal cannot follow: the stream no longer folds
    w.store.append(CASE, NETWORK, 2, List.of(again), Optional.empty());
  }

  private AuditRecord last() {
    return w.audit.read(w.audit.size(), 1).get(0);
  }

  @Test
  void anotherNetworksDirector_isToldNotFound_andTheAttemptIsRecorded() {
    long before = w.audit.size();
    assertThrows(
        NotFoundException.class, () -> w.service.read(FOREIGN_DIRECTOR.getId(), WORK, CASE));
    assertThrows(
        NotFoundException.class,
        () -> w.service.erasePersonalData(FOREIGN_DIRECTOR.getId(), WORK, CASE));
    assertEquals(before + 2, w.audit.size(), "each attempt is audited");
    assertEquals(AuditOutcome.DENIED, last().getOutcome());
  }

  @Test
  void aMemberOfTheNetwork_learnsNoStatusOrStep_andTheAttemptIsRecordedAsFailed() {
    for (ProfessionalId who : List.of(HOUSING_MEMBER.getId(), NETWORK_DIRECTOR.getId())) {
      long before = w.audit.size();
      IllegalEventException e =
          assertThrows(IllegalEventException.class, () -> w.service.read(who, WORK, CASE));
      assertFalse(e.getMessage().contains("status"), e::getMessage);
      assertFalse(e.getMessage().contains("step"), e::getMessage);
      assertFalse(e.getMessage().contains("GATHER"), e::getMessage);
      assertEquals(null, e.getCause(), "the fold's own error, with the state, is not passed on");
      assertEquals(before + 1, w.audit.size());
      AuditRecord r = last();
      assertEquals(AuditOutcome.FAILED, r.getOutcome());
      assertEquals(java.util.Set.of("case.uncomputable"), r.getRuleIds());
    }
  }

  @Test
  void theUncomputableList_isTheNetworkDirectorsOnly() {
    List<CaseId> steering =
        w.service.myAgenda(STEERING_MEMBER.getId(), WORK, w.today()).getUncomputable().stream()
            .map(UncomputableCase::getCaseId)
            .toList();
    assertEquals(List.of(), steering, "a steering member's own agenda names no case");
    List<CaseId> director =
        w.service.myAgenda(NETWORK_DIRECTOR.getId(), WORK, w.today()).getUncomputable().stream()
            .map(UncomputableCase::getCaseId)
            .toList();
    assertEquals(List.of(CASE), director);
  }

  @Test
  void theMeetingsCaseList_stillNamesTheCorruptCaseAsUncomputable() {
    List<CaseId> listed =
        w
            .service
            .caseList(NETWORK_DIRECTOR.getId(), WORK, NETWORK, w.today())
            .getUncomputable()
            .stream()
            .map(UncomputableCase::getCaseId)
            .toList();
    assertEquals(List.of(CASE), listed);
  }

  @Test
  void aReplayedOpening_isAReplayWithoutTheState() {
    CommandReceipt r =
        w.service.reportSignal(
            HOUSING_MEMBER.getId(),
            WORK,
            reportSignal(CASE, ClientNumber.of("client-c"), DAY_0),
            Optional.empty());
    assertTrue(r.isReplay());
    assertEquals(Optional.empty(), r.getState(), "no state that is not the stored one");
  }
}
