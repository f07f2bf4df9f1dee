package nl.lon.service;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.network.Network;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;

/**
 * Acts entered late (na-registratie): a command dated on the day it happened keeps that business
 * date on its events and audit record and is recorded at the clock's instant; without a date it is
 * dated today in the network's time zone; a signal is dated on the day it was received.
 */
class CaseServiceLateEntryTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 2, 20);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-late");
  private static final ClientNumber CLIENT = ClientNumber.of("client-late");
  private static final Purpose WORK = Purpose.of("enter the case file");

  /** 23:30 UTC on 2 March 2026: in Amsterdam (UTC+1) it is already 3 March. */
  private static final Instant LATE_EVENING_UTC = Instant.parse("2026-03-02T23:30:00Z");

  private static World enschede() {
    return world(MethodologyProfile.enschede(), TODAY);
  }

  private static CommandReceipt open(CaseService service, LocalDate receivedOn) {
    return service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, receivedOn),
        Optional.empty());
  }

  private static AuditRecord lastAudit(World w) {
    List<AuditRecord> trail = w.audit.readForCase(CASE);
    return trail.get(trail.size() - 1);
  }

  private static CaseEvent lastEvent(World w) {
    List<CaseEvent> stream = w.store.read(CASE);
    return stream.get(stream.size() - 1);
  }

  /** A service over the world's storage with another clock. */
  private static CaseService serviceWith(World w, Clock clock) {
    return CaseService.builder().stores(w.stores).profile(NETWORK, w.profile).clock(clock).build();
  }

  // ---------------------------------------------------------------- a date given

  @Test
  void actDatedInThePast_keepsItsBusinessDate_andIsRecordedAtTheClocksInstant() {
    World w = enschede();
    open(w.service, RECEIVED);
    LocalDate judgedOn = RECEIVED.plusDays(3);

    CommandReceipt judged =
        w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope(), judgedOn);

    assertEquals(2, judged.getVersion());
    CaseEvent event = lastEvent(w);
    assertEquals(judgedOn, event.getBusinessDate());
    assertEquals(w.clock.instant(), event.getRecordedAt());
    assertEquals(
        judgedOn, w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE).getLastEventOn().get());
  }

  @Test
  void actDatedInThePast_itsAuditRecordCarriesTheBusinessDate_andTheRecordingInstant() {
    World w = enschede();
    open(w.service, RECEIVED);
    LocalDate judgedOn = RECEIVED.plusDays(3);

    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope(), judgedOn);

    AuditRecord written = lastAudit(w);
    assertEquals("judge-report", written.getOperation());
    assertEquals(AuditOutcome.ALLOWED, written.getOutcome());
    assertEquals(judgedOn.toString(), written.getDetails().get("businessDate"));
    assertEquals(w.clock.instant(), written.getOccurredAt());
  }

  @Test
  void execute_withADate_datesTheCommand() {
    World w = enschede();
    open(w.service, RECEIVED);
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope(), RECEIVED);
    LocalDate decidedOn = RECEIVED.plusDays(5);

    w.service.execute(
        NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(decidedOn), decidedOn, Optional.empty());

    assertEquals(decidedOn, lastEvent(w).getBusinessDate());
    assertEquals(decidedOn.toString(), lastAudit(w).getDetails().get("businessDate"));
  }

  @Test
  void retryUnderItsKey_onALaterDay_isAReplayOfTheDatedCommand() {
    World w = enschede();
    open(w.service, RECEIVED);
    LocalDate judgedOn = RECEIVED.plusDays(1);
    Optional<String> key = Optional.of("judge-late-1");
    w.service.execute(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope(), judgedOn, key);
    w.clock.advanceDays(1);

    CommandReceipt again =
        w.service.execute(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope(), judgedOn, key);

    assertTrue(again.isReplay(), again::toString);
    assertEquals(2, w.store.version(CASE));
    assertEquals(judgedOn.toString(), lastAudit(w).getDetails().get("businessDate"));
  }

  @Test
  void actDatedBeforeTheSignal_isRefused_nothingWritten_andTheRefusalNamesItsDate() {
    World w = enschede();
    open(w.service, RECEIVED);
    LocalDate before = RECEIVED.minusDays(1);

    assertThrows(
        RuleViolationException.class,
        () -> w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope(), before));

    assertEquals(1, w.store.version(CASE));
    AuditRecord refused = lastAudit(w);
    assertEquals(AuditOutcome.REFUSED, refused.getOutcome());
    assertEquals(before.toString(), refused.getDetails().get("businessDate"));
  }

  @Test
  void nullDate_isRejected() {
    World w = enschede();
    open(w.service, RECEIVED);

    assertThrows(
        NullPointerException.class,
        () -> w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope(), null));
    assertThrows(
        NullPointerException.class,
        () ->
            w.service.execute(
                NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope(), null, Optional.empty()));
    assertEquals(1, w.store.version(CASE));
  }

  // ---------------------------------------------------------------- the signal

  @Test
  void signalEnteredLate_opensOnTheDayItWasReceived_recordedNow() {
    World w = enschede();

    open(w.service, RECEIVED);

    CaseEvent signal = w.store.read(CASE).get(0);
    assertEquals(RECEIVED, signal.getBusinessDate());
    assertEquals(w.clock.instant(), signal.getRecordedAt());
    AuditRecord written = lastAudit(w);
    assertEquals("report-signal", written.getOperation());
    assertEquals(RECEIVED.toString(), written.getDetails().get("businessDate"));
  }

  @Test
  void signalReceivedTomorrow_isRefusedAsInTheFuture() {
    World w = enschede();

    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> open(w.service, TODAY.plusDays(1)));

    assertEquals("signal.date-in-future", e.getViolations().get(0).rule());
    assertEquals(0, w.store.version(CASE));
  }

  @Test
  void executeASignal_onAnotherDayThanItWasReceived_isRejected() {
    World w = enschede();

    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                w.service.execute(
                    HOUSING_MEMBER.getId(),
                    WORK,
                    CASE,
                    reportSignal(CASE, CLIENT, RECEIVED),
                    RECEIVED.plusDays(1),
                    Optional.empty()));

    assertEquals("signal-received-on", e.getRule());
    assertEquals(0, w.store.version(CASE));
    w.service.execute(
        HOUSING_MEMBER.getId(),
        WORK,
        CASE,
        reportSignal(CASE, CLIENT, RECEIVED),
        RECEIVED,
        Optional.empty());
    assertEquals(RECEIVED, w.store.read(CASE).get(0).getBusinessDate());
  }

  // ---------------------------------------------------------------- no date given

  @Test
  void noDate_isTodayInTheNetworksZone_notTheClocksZone() {
    World w = enschede();
    open(w.service, RECEIVED);
    CaseService utc = serviceWith(w, Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC));

    utc.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());

    CaseEvent event = lastEvent(w);
    assertEquals(LocalDate.of(2026, 3, 3), event.getBusinessDate(), "already 3 March in Amsterdam");
    assertEquals(LATE_EVENING_UTC, event.getRecordedAt());
    assertEquals("2026-03-03", lastAudit(w).getDetails().get("businessDate"));
  }

  @Test
  void noDate_followsANetworkInAnotherZone() {
    World w = enschede();
    w.directory.put(Network.builder().from(LON).timeZone(ZoneId.of("America/Kralendijk")).build());
    open(w.service, RECEIVED);
    // 02:00 UTC on 3 March: 3 March in Amsterdam, still 2 March on Bonaire (UTC-4)
    Instant now = Instant.parse("2026-03-03T02:00:00Z");
    CaseService service = serviceWith(w, Clock.fixed(now, ZoneId.of("Europe/Amsterdam")));

    service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());

    assertEquals(LocalDate.of(2026, 3, 2), lastEvent(w).getBusinessDate());
    assertEquals("2026-03-02", lastAudit(w).getDetails().get("businessDate"));
  }

  @Test
  void noDate_theDateOfBirthCheckCountsTodayInTheNetworksZone() {
    World w = enschede();
    CaseService utc = serviceWith(w, Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC));
    // born on 3 March 2026: today in Amsterdam, tomorrow by the UTC clock
    nl.lon.persistence.vault.PersonalData newborn =
        nl.lon.persistence.vault.PersonalData.builder()
            .from(ServiceFixtures.personalData())
            .dateOfBirth(LocalDate.of(2026, 3, 3))
            .build();

    utc.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, TODAY),
        Optional.of(newborn));

    assertFalse(w.store.read(CASE).isEmpty());
  }
}
