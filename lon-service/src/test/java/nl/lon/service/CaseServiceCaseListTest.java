package nl.lon.service;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.Commands.appoint;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.lon.core.event.EventType;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.process.MeetingKind;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.rules.agenda.CaseList;
import nl.lon.rules.agenda.CaseListEntry;
import nl.lon.rules.agenda.ObligationKind;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;

/**
 * The network meeting's case list (bespreeklijst): "In Rotterdam en Leeuwarden bespreekt het
 * netwerkoverleg ... de casussen van de bespreeklijst" (seeds/004 l.1453-1454).
 */
class CaseServiceCaseListTest {
  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final LocalDate MEETING = DAY_0.plusDays(9);
  private static final CaseId COORDINATED = CaseId.of("case-coordinated");
  private static final CaseId REPORTED = CaseId.of("case-reported");
  private static final CaseId LATER = CaseId.of("case-later");
  private static final Purpose WORK = Purpose.of("prepare network meeting");

  @Test
  void theList_holdsWhatFallsDueBeforeTheNextMeeting_andAfterwardsWhatWasDecided() {
    MethodologyProfile rotterdam = MethodologyProfile.rotterdam();
    World w = world(rotterdam, MEETING.plusDays(1));
    open(w, COORDINATED, "client-0001", DAY_0);
    w.service.execute(
        NETWORK_DIRECTOR.getId(), WORK, COORDINATED, judgeInScope(), DAY_0, Optional.empty());
    w.service.execute(
        NETWORK_DIRECTOR.getId(), WORK, COORDINATED, coordinate(DAY_0), DAY_0, Optional.empty());
    open(w, REPORTED, "client-0002", DAY_0);

    CaseList before = w.service.caseList(NETWORK_DIRECTOR.getId(), WORK, NETWORK, MEETING);
    assertEquals(
        MEETING.plusDays(rotterdam.getNetworkMeetingIntervalDays()), before.getNextMeetingOn());
    assertEquals(List.of(COORDINATED, REPORTED), ids(before));
    CaseListEntry coordinated = before.getEntries().get(0);
    assertTrue(
        coordinated.getDue().stream()
            .anyMatch(o -> o.getKind() == ObligationKind.APPOINT_PROBLEM_OWNER),
        "the network meeting appoints the problem owner: " + coordinated.getDue());
    assertFalse(coordinated.isDiscussed());
    assertEquals(List.of(), coordinated.getDecided());

    // the meeting discusses the coordinated case and appoints its trajectory director
    w.service.execute(
        NETWORK_DIRECTOR.getId(),
        WORK,
        COORDINATED,
        new CaseCommand.HoldMeeting(
            RulesFixtures.meeting(MeetingKind.NETWORK_MEETING, MEETING, false)),
        MEETING,
        Optional.empty());
    w.service.execute(
        NETWORK_DIRECTOR.getId(), WORK, COORDINATED, appoint(rotterdam), MEETING, Optional.empty());
    // a case signalled after the meeting, with nothing due before the next one, is not on it
    open(w, LATER, "client-0003", MEETING.plusDays(1));

    CaseList after = w.service.caseList(NETWORK_DIRECTOR.getId(), WORK, NETWORK, MEETING);
    CaseListEntry discussed = after.getEntries().get(0);
    assertEquals(COORDINATED, discussed.getCaseId());
    assertTrue(discussed.isDiscussed());
    assertEquals(
        List.of(EventType.MEETING_HELD, EventType.TRAJECTORY_DIRECTOR_APPOINTED),
        discussed.getDecided().stream().map(e -> e.getType()).toList());
    assertFalse(
        discussed.getDue().stream()
            .anyMatch(o -> o.getKind() == ObligationKind.APPOINT_PROBLEM_OWNER),
        "appointed at the meeting: no longer due");
    assertTrue(
        discussed.getDue().stream()
            .allMatch(
                o -> o.getProfessional().map(TRAJECTORY_DIRECTOR.getId()::equals).orElse(true)));
    assertFalse(ids(after).contains(LATER), "signalled after the meeting: " + ids(after));

    AuditRecord last = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals(Operation.READ_CASE_LIST, last.getOperation());
    assertEquals(NETWORK_DIRECTOR.getId(), last.getActor());
  }

  private static void open(World w, CaseId id, String client, LocalDate on) {
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(id, ClientNumber.of(client), on),
        Optional.empty());
  }

  private static List<CaseId> ids(CaseList list) {
    return list.getEntries().stream().map(CaseListEntry::getCaseId).toList();
  }
}
