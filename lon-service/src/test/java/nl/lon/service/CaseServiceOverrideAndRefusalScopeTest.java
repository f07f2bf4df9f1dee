package nl.lon.service;

import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.HOUSING;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.HOUSING_OFFICER;
import static nl.lon.core.testing.Cast.MENTAL_HEALTH;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.POLICE_MEMBER;
import static nl.lon.rules.testing.Commands.consent;
import static nl.lon.rules.testing.Commands.coordinate;
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
import java.util.Set;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.rules.access.AccessRuleId;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.RuleId;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;

/**
 * What a caller who may write to a case but not read it gets back: no case state under an emergency
 * reason the write did not need, no lasting access from one override, no case history in a
 * refusal's reasons; and figures decide access before the threshold.
 */
class CaseServiceOverrideAndRefusalScopeTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-9");
  private static final Purpose WORK = Purpose.of("handle the case");

  private static World openCase(MethodologyProfile p) {
    World w = world(p, DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, ClientNumber.of("client-0009"), w.today()),
        Optional.empty());
    w.clock.advanceDays(1);
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    return w;
  }

  private static AuditRecord last(World w) {
    return w.audit.read(w.audit.size(), 1).get(0);
  }

  @Test
  void write_emergencyReasonTheWriteDidNotNeed_receiptWithoutTheCase() {
    World w = openCase(MethodologyProfile.rotterdam());
    assertThrows(
        AccessDeniedException.class, () -> w.service.read(HOUSING_MEMBER.getId(), WORK, CASE));

    CommandReceipt r =
        w.service.addInformation(
            HOUSING_MEMBER.getId(),
            WORK.inEmergency("the client threatens the neighbours tonight"),
            CASE,
            new CaseCommand.AddInformation(HOUSING, "rent arrears"));

    assertTrue(r.getState().isEmpty(), "the receipt holds the case");
    AuditRecord a = last(w);
    assertFalse(a.getChecks().isEmergencyOverride());
    assertEquals("false", a.getDetails().get("stateReturned"));
  }

  /** Leeuwarden shares with a partner only under a consent in force (seeds/004 l.1260-1262). */
  @Test
  void consentRecordedUnderAnOverride_grantsNoLastingAccess() {
    World w = openCase(MethodologyProfile.leeuwarden());
    assertThrows(
        AccessDeniedException.class, () -> w.service.read(HOUSING_MEMBER.getId(), WORK, CASE));

    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () ->
                w.service.recordConsent(
                    HOUSING_MEMBER.getId(),
                    WORK.inEmergency("acute danger to the client"),
                    CASE,
                    consent(w.today())));

    assertEquals(AccessRuleId.EMERGENCY_SELF_INVOLVEMENT.getId(), e.getRule());
    assertTrue(w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE).getConsent().isEmpty());
    assertThrows(
        AccessDeniedException.class, () -> w.service.read(HOUSING_MEMBER.getId(), WORK, CASE));
  }

  /**
   * Enschede's case partners read a case their organisation or they themselves are involved in: an
   * override that names a colleague as visitor would let the colleague read the case without one,
   * and involve the actor in turn.
   */
  @Test
  void overrideNamingAColleague_involvesNobody() {
    World w = policeCase(MethodologyProfile.enschede());
    assertThrows(
        AccessDeniedException.class, () -> w.service.read(HOUSING_OFFICER.getId(), WORK, CASE));

    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () ->
                w.service.recordHomeVisit(
                    HOUSING_MEMBER.getId(),
                    WORK.inEmergency("acute danger to the client"),
                    CASE,
                    new CaseCommand.RecordHomeVisit(
                        Set.of(HOUSING_OFFICER.getId()), "visited at night", false)));

    assertEquals(AccessRuleId.EMERGENCY_SELF_INVOLVEMENT.getId(), e.getRule());
    assertThrows(
        AccessDeniedException.class,
        () -> w.service.read(HOUSING_OFFICER.getId(), WORK, CASE),
        "the colleague reads nothing after the override");
    assertFalse(
        w.service
            .read(NETWORK_DIRECTOR.getId(), WORK, CASE)
            .getInvolvedProfessionals()
            .contains(HOUSING_OFFICER.getId()));
  }

  /**
   * An override that involves another organisation would let its members read the case without one,
   * and name the actor in turn.
   */
  @Test
  void overrideInvolvingAnotherOrganisation_isRefused() {
    World w = policeCase(MethodologyProfile.enschede());
    assertThrows(
        AccessDeniedException.class, () -> w.service.read(HOUSING_MEMBER.getId(), WORK, CASE));

    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () ->
                w.service.addInformation(
                    HOUSING_MEMBER.getId(),
                    WORK.inEmergency("acute danger to the client"),
                    CASE,
                    new CaseCommand.AddInformation(MENTAL_HEALTH, "known to the crisis service")));

    assertEquals(AccessRuleId.EMERGENCY_SELF_INVOLVEMENT.getId(), e.getRule());
    assertFalse(
        w.service
            .read(NETWORK_DIRECTOR.getId(), WORK, CASE)
            .getInvolvedOrganisations()
            .contains(MENTAL_HEALTH));
  }

  /**
   * A consent entered late under an override is not in force when recorded (an earlier-dated one
   * yields to the consent recorded after it), but would come into force when that one is withdrawn:
   * no consent is recorded under an override.
   */
  @Test
  void consentEnteredLateUnderAnOverride_isRefused() {
    World w = openCase(MethodologyProfile.leeuwarden());
    w.clock.advanceDays(1);
    nl.lon.core.client.Consent policeOnly =
        nl.lon.core.client.Consent.builder()
            .scope(nl.lon.core.client.ConsentScope.NAMED_ORGANISATIONS)
            .addOrganisations(POLICE)
            .signedOn(w.today())
            .build();
    w.service.recordConsent(
        NETWORK_DIRECTOR.getId(), WORK, CASE, new CaseCommand.RecordConsent(policeOnly));
    w.clock.advanceDays(1);

    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () ->
                w.service.recordConsent(
                    HOUSING_MEMBER.getId(),
                    WORK.inEmergency("acute danger to the client"),
                    CASE,
                    consent(DAY_0.plusDays(1)),
                    DAY_0.plusDays(1)));

    assertEquals(AccessRuleId.EMERGENCY_SELF_INVOLVEMENT.getId(), e.getRule());
    assertEquals(
        Optional.of(policeOnly), w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE).getConsent());
  }

  private static World policeCase(MethodologyProfile p) {
    World w = world(p, DAY_0);
    w.service.reportSignal(
        POLICE_MEMBER.getId(),
        Purpose.of("register report"),
        new CaseCommand.ReportSignal(
            CASE,
            NETWORK,
            ClientNumber.of("client-0009"),
            RulesFixtures.signalFrom(POLICE, PartnerKind.POLICE, w.today()),
            RulesFixtures.SINGLE),
        Optional.empty());
    w.clock.advanceDays(1);
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    return w;
  }

  @Test
  void refusal_toACallerWhoMayNotRead_givesTheRulesWithoutTheCasesHistory() {
    World w = openCase(MethodologyProfile.rotterdam());
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));

    RuleViolationException withdraw =
        assertThrows(
            RuleViolationException.class,
            () ->
                w.service.withdrawEntry(
                    HOUSING_MEMBER.getId(),
                    WORK,
                    CASE,
                    new CaseCommand.WithdrawEntry(99, "probe")));
    RuleViolationException early =
        assertThrows(
            RuleViolationException.class,
            () ->
                w.service.execute(
                    HOUSING_MEMBER.getId(),
                    WORK,
                    CASE,
                    new CaseCommand.AddInformation(HOUSING, "x"),
                    DAY_0.minusDays(1),
                    Optional.empty()));

    for (RuleViolationException e : new RuleViolationException[] {withdraw, early}) {
      for (Violation v : e.getViolations()) {
        Optional<RuleId> catalogued = RuleId.of(v.rule());
        assertTrue(catalogued.isPresent(), v.rule());
        assertEquals(catalogued.get().getReasonEn(), v.reasonEn());
        assertEquals(catalogued.get().getReasonNl(), v.reasonNl());
      }
      assertFalse(e.getMessage().contains("entries"), e.getMessage());
      assertFalse(e.getMessage().contains("2026-03"), e.getMessage());
    }
    // the network director, who reads the case, is told the case's own reasons
    RuleViolationException own =
        assertThrows(
            RuleViolationException.class,
            () ->
                w.service.withdrawEntry(
                    NETWORK_DIRECTOR.getId(),
                    WORK,
                    CASE,
                    new CaseCommand.WithdrawEntry(99, "typo")));
    assertFalse(
        own.getViolations()
            .get(0)
            .reasonEn()
            .equals(RuleId.of(own.getViolations().get(0).rule()).get().getReasonEn()),
        own::getMessage);
  }

  /** The receiving side reads the sent case as long as the sender keeps it, no longer. */
  @Test
  void handoverReceiver_readsTheSentCaseForTheRetentionPeriodOnly() {
    World w = openCase(MethodologyProfile.rotterdam());
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));
    w.service.transfer(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.Transfer(
            nl.lon.core.process.WarmHandover.of(
                    nl.lon.core.testing.Cast.OTHER_NETWORK, "regisseur zuid", "the client moves")
                .receivedBy(FOREIGN_DIRECTOR.getId())));
    w.service.acceptHandover(
        FOREIGN_DIRECTOR.getId(),
        WORK,
        CASE,
        ClientNumber.of("Z-1"),
        nl.lon.rules.process.HandoverRules.Resumption.CONTINUE);
    assertTrue(w.service.timeline(FOREIGN_DIRECTOR.getId(), WORK, CASE).size() > 0);

    w.clock.advanceDays(366 * 6);

    assertThrows(
        AccessDeniedException.class, () -> w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE));
    assertThrows(
        AccessDeniedException.class, () -> w.service.read(FOREIGN_DIRECTOR.getId(), WORK, CASE));
    assertThrows(
        AccessDeniedException.class,
        () -> w.service.timeline(FOREIGN_DIRECTOR.getId(), WORK, CASE));
  }

  /**
   * A handover names its receiver by id; only one who works in the receiving network in a role that
   * reads cases reads the sent case there (the steering group sees no cases, D47).
   */
  @Test
  void handoverNamingASteeringMemberOrAnOutsider_givesThemNoRead() {
    World w = openCase(MethodologyProfile.rotterdam());
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));
    Professional steeringSouth =
        nl.lon.core.testing.Cast.professional(
            "sg-z",
            "Stuurgroep zuid",
            nl.lon.core.testing.Cast.MUNICIPALITY,
            nl.lon.core.testing.Cast.OTHER_NETWORK,
            ProfessionalRole.STEERING_GROUP_MEMBER);
    w.directory.put(steeringSouth);
    handOver(w, steeringSouth.getId());

    assertThrows(
        AccessDeniedException.class,
        () -> w.service.timeline(steeringSouth.getId(), WORK, CASE),
        "steering-group members see figures, never cases");
    assertTrue(
        w.service.timeline(FOREIGN_DIRECTOR.getId(), WORK, CASE).size() > 0,
        "the receiving network's director reads it");
  }

  @Test
  void handoverNamingAProfessionalOfTheSendingNetwork_givesThemNoRead() {
    World w = openCase(MethodologyProfile.rotterdam());
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));
    assertThrows(
        AccessDeniedException.class, () -> w.service.read(HOUSING_MEMBER.getId(), WORK, CASE));
    handOver(w, HOUSING_MEMBER.getId());

    assertThrows(
        AccessDeniedException.class,
        () -> w.service.read(HOUSING_MEMBER.getId(), WORK, CASE),
        "being named receiver gives no read to one who does not work in the receiving network");
  }

  /** The network director hands the case over to the other network, naming its receiver. */
  private static void handOver(World w, nl.lon.core.id.ProfessionalId receiver) {
    w.service.transfer(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.Transfer(
            nl.lon.core.process.WarmHandover.of(
                    nl.lon.core.testing.Cast.OTHER_NETWORK, "regisseur zuid", "the client moves")
                .receivedBy(receiver)));
  }

  /** The network-level lists keep a handed-over case no longer than a read of it is allowed. */
  @Test
  void handedOverCasePastItsRetention_leavesTheSignalListAndTheCaseList() {
    World w = world(MethodologyProfile.rotterdam(), DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, ClientNumber.of("client-0009"), w.today()),
        Optional.empty());
    w.clock.advanceDays(1);
    LocalDate meeting = w.today();
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(meeting));
    w.service.holdMeeting(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.HoldMeeting(
            RulesFixtures.meeting(
                nl.lon.core.process.MeetingKind.NETWORK_MEETING, meeting, false)));
    w.service.transfer(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.Transfer(
            nl.lon.core.process.WarmHandover.of(
                nl.lon.core.testing.Cast.OTHER_NETWORK, "regisseur zuid", "the client moves")));
    assertEquals(
        1,
        w.service
            .signalList(NETWORK_DIRECTOR.getId(), WORK, NETWORK, DAY_0, DAY_0, w.today())
            .getEntries()
            .size(),
        "kept while the retention period runs");
    assertEquals(
        1,
        w.service.caseList(NETWORK_DIRECTOR.getId(), WORK, NETWORK, meeting).getEntries().size());

    w.clock.advanceDays(366 * 6);

    assertThrows(
        AccessDeniedException.class, () -> w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE));
    assertTrue(
        w.service
            .signalList(NETWORK_DIRECTOR.getId(), WORK, NETWORK, DAY_0, DAY_0, w.today())
            .getEntries()
            .isEmpty(),
        "the signal list no longer shows the client number");
    assertTrue(
        w.service.caseList(NETWORK_DIRECTOR.getId(), WORK, NETWORK, meeting).getEntries().isEmpty(),
        "the case list no longer shows the case's decisions");
  }

  @Test
  void figures_thresholdOutOfRange_isRefusedBeforeAnythingIsRecorded() {
    World w = openCase(MethodologyProfile.rotterdam());
    long before = w.audit.size();
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                w.service.figures(
                    NETWORK_DIRECTOR.getId(),
                    WORK,
                    NETWORK,
                    ReportingPeriod.of(DAY_0, DAY_0.plusDays(30)),
                    2_000_000));
    assertEquals("CaseService.suppressionThreshold", e.getField());
    assertEquals(before, w.audit.size(), "no record claims a read that returned nothing");
  }

  /** Figures over a scope of two networks, denied in one: each network's chain records it. */
  @Test
  void figuresOverAScopeDeniedInOneNetwork_recordedInEveryNetworkOfTheScope() {
    World w = openCase(MethodologyProfile.rotterdam());
    long before = w.audit.size();
    assertThrows(
        AccessDeniedException.class,
        () ->
            w.service.figures(
                NETWORK_DIRECTOR.getId(),
                WORK,
                nl.lon.rules.figures.FiguresScope.region(
                    "regio", Set.of(NETWORK, nl.lon.core.testing.Cast.OTHER_NETWORK)),
                ReportingPeriod.of(DAY_0, DAY_0.plusDays(30)),
                0));
    java.util.List<AuditRecord> written = w.audit.read(before + 1, 10);
    assertEquals(2, written.size(), written::toString);
    for (NetworkId n : List.of(NETWORK, nl.lon.core.testing.Cast.OTHER_NETWORK)) {
      assertEquals(
          1,
          written.stream().filter(r -> r.getNetwork().equals(n)).count(),
          n + " records the attempt");
    }
    written.forEach(r -> assertEquals(AuditOutcome.DENIED, r.getOutcome()));
  }

  @Test
  void figures_outsiderWithALowThreshold_deniedBeforeTheThresholdIsJudged() {
    World w = openCase(MethodologyProfile.rotterdam());

    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () ->
                w.service.figures(
                    FOREIGN_DIRECTOR.getId(), WORK, NETWORK, ReportingPeriod.ofYear(2026), 1));

    assertFalse(e.getMessage().contains("threshold"), e.getMessage());
    assertEquals(AuditOutcome.DENIED, last(w).getOutcome());
  }
}
