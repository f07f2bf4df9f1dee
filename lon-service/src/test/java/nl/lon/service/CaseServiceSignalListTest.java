package nl.lon.service;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.TEAM_SUPPORT;
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
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.process.ReportJudgement;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.rules.agenda.SignalList;
import nl.lon.rules.agenda.SignalListEntry;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;

/**
 * "In Enschede maakt de teamondersteuner een signaallijst. De netwerkregisseur beoordeelt
 * vervolgens of het een te behandelen melding is" (seeds/004 l.1411-1412).
 */
class CaseServiceSignalListTest {
  // Monday 1 March 2027; Enschede judges within five working days (l.1413)
  private static final LocalDate DAY_0 = LocalDate.of(2027, 3, 1);
  private static final CaseId JUDGED = CaseId.of("case-judged");
  private static final CaseId WAITING = CaseId.of("case-waiting");
  private static final CaseId EARLIER = CaseId.of("case-earlier");
  private static final Purpose WORK = Purpose.of("keep the signal list");

  @Test
  void enschedesTeamSupporter_readsTheList_ofWhatWaitsForAJudgement() {
    World w = world(MethodologyProfile.enschede(), DAY_0.plusDays(10));
    open(w, EARLIER, "client-0000", DAY_0.minusDays(20));
    open(w, JUDGED, "client-0001", DAY_0);
    w.service.execute(
        NETWORK_DIRECTOR.getId(),
        WORK,
        JUDGED,
        judgeInScope(),
        DAY_0.plusDays(2),
        Optional.empty());
    open(w, WAITING, "client-0002", DAY_0.plusDays(1));

    SignalList list =
        w.service.signalList(
            TEAM_SUPPORT.getId(), WORK, NETWORK, DAY_0, DAY_0.plusDays(10), w.today());

    assertEquals(
        List.of(JUDGED, WAITING),
        list.getEntries().stream().map(SignalListEntry::getCaseId).toList());
    SignalListEntry judged = list.getEntries().get(0);
    assertEquals(Optional.of(ReportJudgement.IN_SCOPE), judged.getJudgement());
    assertEquals(Optional.of(DAY_0.plusDays(2)), judged.getJudgedOn());
    assertEquals(Optional.empty(), judged.getJudgeBy());
    SignalListEntry waiting = list.getUnjudged().get(0);
    assertEquals(WAITING, waiting.getCaseId());
    // received Tuesday 2 March: five working days run to Tuesday 9 March, overdue on the 11th
    assertEquals(Optional.of(LocalDate.of(2027, 3, 9)), waiting.getJudgeBy());
    assertTrue(waiting.isOverdue());
    assertEquals(Optional.of(ClientNumber.of("client-0002")), waiting.getClientNumber());

    AuditRecord last = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals(Operation.READ_SIGNAL_LIST, last.getOperation());
    assertEquals(TEAM_SUPPORT.getId(), last.getActor());
  }

  @Test
  void aCoreMember_andTheTeamSupportOfANetworkWithoutTheList_areRefused() {
    World enschede = world(MethodologyProfile.enschede(), DAY_0);
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () ->
                enschede.service.signalList(
                    HOUSING_MEMBER.getId(), WORK, NETWORK, DAY_0, DAY_0, DAY_0));
    assertTrue(e.getMessage().contains("access.signal-list"), e.getMessage());
    World rotterdam = world(MethodologyProfile.rotterdam(), DAY_0);
    assertThrows(
        AccessDeniedException.class,
        () ->
            rotterdam.service.signalList(TEAM_SUPPORT.getId(), WORK, NETWORK, DAY_0, DAY_0, DAY_0));
    assertFalse(
        rotterdam
            .service
            .signalList(NETWORK_DIRECTOR.getId(), WORK, NETWORK, DAY_0, DAY_0, DAY_0)
            .getEntries()
            .iterator()
            .hasNext());
  }

  @Test
  void aPeriodEndingBeforeItBegins_isRefused() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                w.service.signalList(
                    NETWORK_DIRECTOR.getId(), WORK, NETWORK, DAY_0, DAY_0.minusDays(1), DAY_0));
    assertEquals("not-before-from", e.getRule());
  }

  @Test
  void farDates_areRefusedNamingTheField_beforeAnythingIsRead() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    long records = w.audit.size();
    InvalidValueException far =
        assertThrows(
            InvalidValueException.class,
            () ->
                w.service.signalList(
                    NETWORK_DIRECTOR.getId(), WORK, NETWORK, LocalDate.MIN, DAY_0, DAY_0));
    assertEquals("CaseService.from", far.getField());
    InvalidValueException meeting =
        assertThrows(
            InvalidValueException.class,
            () -> w.service.caseList(NETWORK_DIRECTOR.getId(), WORK, NETWORK, LocalDate.MAX));
    assertEquals("CaseService.meetingOn", meeting.getField());
    assertEquals(records, w.audit.size(), "a malformed request reads and records nothing");
  }

  private static void open(World w, CaseId id, String client, LocalDate on) {
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(id, ClientNumber.of(client), on),
        Optional.empty());
  }
}
