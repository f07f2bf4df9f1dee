package nl.lon.service;

import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.GGD_MEMBER;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.POLICE_MEMBER;
import static nl.lon.core.testing.Cast.STEERING_MEMBER;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.Commands.adoptPlan;
import static nl.lon.rules.testing.Commands.appoint;
import static nl.lon.rules.testing.Commands.close;
import static nl.lon.rules.testing.Commands.consent;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.evaluate;
import static nl.lon.rules.testing.Commands.followUp;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.picture;
import static nl.lon.rules.testing.Commands.progress;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.rules.testing.Commands.scan;
import static nl.lon.service.ServiceFixtures.ADDRESS;
import static nl.lon.service.ServiceFixtures.NAME;
import static nl.lon.service.ServiceFixtures.personalData;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.Professional;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.state.CaseState;
import nl.lon.core.testing.Cast;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.codec.EventCodec;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaseServicePrivacyTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-7");
  private static final ClientNumber CLIENT = ClientNumber.of("client-0007");
  private static final Purpose WORK = Purpose.of("handle the case");
  private static final Purpose LOOK = Purpose.of("prepare the network meeting");

  static Stream<MethodologyProfile> presets() {
    return RulesFixtures.presets().stream();
  }

  /** The sample case, signalled by the housing corporation and judged in scope (version 2). */
  private static World openCase(MethodologyProfile profile, Optional<PersonalData> data) {
    World w = world(profile, DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        data);
    w.clock.advanceDays(1);
    w.service.judgeReport(
        NETWORK_DIRECTOR.getId(), Purpose.of("judge report"), CASE, judgeInScope());
    return w;
  }

  /** The police's signal about {@link #CLIENT}, which makes the police involved in the case. */
  private static CaseCommand.ReportSignal policeSignal(CaseId caseId, World w) {
    return new CaseCommand.ReportSignal(
        caseId,
        NETWORK,
        CLIENT,
        RulesFixtures.signalFrom(POLICE, PartnerKind.POLICE, w.today()),
        RulesFixtures.SINGLE);
  }

  private static AuditRecord lastAudit(World w) {
    return w.audit.read(w.audit.size(), 1).get(0);
  }

  /** Asserts a read is denied with a rule, audited as denied, and leaks no case data. */
  private static AccessDeniedException assertReadDenied(
      World w, Professional who, Purpose purpose, String rule) {
    long before = w.audit.size();
    AccessDeniedException e =
        assertThrows(AccessDeniedException.class, () -> w.service.read(who.getId(), purpose, CASE));
    assertEquals(rule, e.getRule());
    assertFalse(e.getMessage().contains("rent arrears"), "no case data in the error");
    assertFalse(e.getMessage().contains(CLIENT.getValue()), "no client number in the error");
    assertEquals(before + 1, w.audit.size(), "the denied attempt is audited");
    AuditRecord r = lastAudit(w);
    assertEquals(AuditOutcome.DENIED, r.getOutcome());
    assertEquals(who.getId(), r.getActor());
    assertEquals(Optional.of(CASE), r.getCaseId());
    assertEquals(AuditAction.READ, r.getAction());
    assertFalse(r.getChecks().isEmergencyOverride());
    return e;
  }

  private static CaseState assertReadAllowed(World w, Professional who, Purpose purpose) {
    long before = w.audit.size();
    CaseState s = w.service.read(who.getId(), purpose, CASE);
    assertEquals(CASE, s.getCaseId().get());
    assertEquals(before + 1, w.audit.size(), "the read is audited");
    AuditRecord r = lastAudit(w);
    assertEquals(AuditOutcome.ALLOWED, r.getOutcome());
    assertEquals(who.getId(), r.getActor());
    assertEquals(java.util.Optional.of(who.getOrganisation()), r.getActorOrganisation());
    assertEquals(Optional.of(CLIENT), r.getClient());
    assertEquals(purpose.purpose(), r.getPurpose());
    return s;
  }

  // ---------------------------------------------------------------- Rotterdam: the coordinating
  // organisation

  @Test
  void read_rotterdamCoreMemberOfTheContractor_isAllowed() {
    World w = openCase(MethodologyProfile.rotterdam(), Optional.of(personalData()));

    CaseState s = assertReadAllowed(w, GGD_MEMBER, LOOK);

    assertEquals(2, s.getVersion());
  }

  @Test
  void read_rotterdamCoreMemberOfAnUninvolvedOrganisation_isDeniedAndAuditedAsDenied() {
    World w = openCase(MethodologyProfile.rotterdam(), Optional.of(personalData()));

    assertReadDenied(w, POLICE_MEMBER, LOOK, "access.viewer-scope");

    assertThrows(
        AccessDeniedException.class, () -> w.service.timeline(POLICE_MEMBER.getId(), LOOK, CASE));
    assertThrows(
        AccessDeniedException.class,
        () -> w.service.personalData(POLICE_MEMBER.getId(), LOOK, CASE));
    assertEquals(AuditOutcome.DENIED, lastAudit(w).getOutcome());
    assertEquals(
        List.of(DataCategory.PERSONAL_DATA), List.copyOf(lastAudit(w).getDataCategories()));
  }

  @Test
  void read_rotterdamInvolvedPartnerOutsideTheContractor_isDeniedButMayAddInformation() {
    World w = openCase(MethodologyProfile.rotterdam(), Optional.of(personalData()));

    assertReadDenied(w, HOUSING_MEMBER, LOOK, "access.viewer-scope");
    CommandReceipt after =
        w.service.addInformation(
            HOUSING_MEMBER.getId(),
            WORK,
            CASE,
            new CaseCommand.AddInformation(Cast.HOUSING, "rent arrears of four months"));

    assertEquals(3, after.getVersion());
    assertEquals(Optional.empty(), after.getState(), "a write-only partner gets no state back");
    assertEquals(
        "access.write-only", assertThrows(AccessDeniedException.class, after::state).getRule());
  }

  // ---------------------------------------------------------------- Enschede: the case partners

  @Test
  void read_enschedeInvolvedPartner_isAllowed() {
    World w = openCase(MethodologyProfile.enschede(), Optional.of(personalData()));

    assertReadAllowed(w, HOUSING_MEMBER, LOOK);
    assertEquals(
        Optional.of(personalData()), w.service.personalData(HOUSING_MEMBER.getId(), LOOK, CASE));
  }

  // ---------------------------------------------------------------- a second case of a client

  @Test
  void secondCaseUnderAKnownClientNumber_neitherShowsNorReplacesTheFirstCasesData() {
    World w = openCase(MethodologyProfile.enschede(), Optional.of(personalData()));
    CaseId second = CaseId.of("case-8");
    assertThrows(
        AccessDeniedException.class,
        () -> w.service.personalData(POLICE_MEMBER.getId(), LOOK, CASE),
        "the police are not involved in the first case");

    w.service.reportSignal(
        POLICE_MEMBER.getId(),
        Purpose.of("register report"),
        policeSignal(second, w),
        Optional.empty());

    assertEquals(
        Optional.empty(),
        w.service.personalData(POLICE_MEMBER.getId(), LOOK, second),
        "a case opened under a known client number must not show the first case's data");
    assertEquals(Optional.empty(), w.service.personalData(NETWORK_DIRECTOR.getId(), LOOK, second));

    PersonalData other =
        PersonalData.builder().name("Iemand Anders").address("Elders 2").residence("Zuid").build();
    CaseId third = CaseId.of("case-9");
    w.service.reportSignal(
        POLICE_MEMBER.getId(),
        Purpose.of("register report"),
        policeSignal(third, w),
        Optional.of(other));

    assertEquals(
        Optional.of(personalData()),
        w.service.personalData(NETWORK_DIRECTOR.getId(), LOOK, CASE),
        "an opening with personal data must not replace what another case of the client holds");
    assertEquals(Optional.of(other), w.service.personalData(POLICE_MEMBER.getId(), LOOK, third));

    assertTrue(
        w.service.erasePersonalData(NETWORK_DIRECTOR.getId(), Purpose.of("client asked"), third));
    assertEquals(
        Optional.empty(),
        w.service.personalData(NETWORK_DIRECTOR.getId(), LOOK, CASE),
        "the erasure reaches every case of the client");
    assertEquals(Optional.empty(), w.service.personalData(NETWORK_DIRECTOR.getId(), LOOK, third));
    assertTrue(
        w.service.auditTrail(NETWORK_DIRECTOR.getId(), LOOK, CASE).stream()
            .anyMatch(
                r ->
                    r.getOperation().equals("erase-personal-data")
                        && r.getCaseId().equals(Optional.of(third))),
        "the first case's trail shows the erasure made through the third");
  }

  @Test
  void read_enschedeUninvolvedCoreMember_isDeniedUntilTheirOrganisationIsInvolved() {
    World w = openCase(MethodologyProfile.enschede(), Optional.of(personalData()));

    assertReadDenied(w, POLICE_MEMBER, LOOK, "access.viewer-scope");
    w.service.addInformation(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.AddInformation(POLICE, "two reports of disturbance"));

    assertReadAllowed(w, POLICE_MEMBER, LOOK);
  }

  // ---------------------------------------------------------------- Leeuwarden: consent and client
  // numbers

  @Test
  void read_leeuwardenInvolvedPartnerWithoutConsent_isDeniedForWantOfConsent() {
    World w = openCase(MethodologyProfile.leeuwarden(), Optional.empty());

    assertReadDenied(w, HOUSING_MEMBER, LOOK, "access.consent-required");

    AuditRecord r = lastAudit(w);
    assertTrue(r.getChecks().isAuthorised());
    assertFalse(r.getChecks().isConsentOrLegalBasis());
    assertEquals(Optional.empty(), r.getChecks().getLegalBasis());
  }

  @Test
  void read_leeuwardenInvolvedPartnerAfterRecordConsent_isAllowedAndDeniedAgainAfterWithdrawal() {
    World w = openCase(MethodologyProfile.leeuwarden(), Optional.empty());
    w.clock.advanceDays(1);
    w.service.recordConsent(NETWORK_DIRECTOR.getId(), WORK, CASE, consent(w.today()));

    assertReadAllowed(w, HOUSING_MEMBER, LOOK);
    assertTrue(lastAudit(w).getChecks().isConsentOrLegalBasis());
    assertEquals(Optional.empty(), lastAudit(w).getChecks().getLegalBasis());

    w.clock.advanceDays(1);
    w.service.withdrawConsent(
        NETWORK_DIRECTOR.getId(), WORK, CASE, new CaseCommand.WithdrawConsent());
    assertReadDenied(w, HOUSING_MEMBER, LOOK, "access.consent-required");
  }

  @Test
  void read_leeuwardenInvolvedPartnerInvokingALegalBasis_isAllowedAndTheAuditShowsTheBasis() {
    World w = openCase(MethodologyProfile.leeuwarden(), Optional.empty());
    Purpose purpose = Purpose.of("report to the municipality").withLegalBasis("wvggz-report");

    assertReadAllowed(w, HOUSING_MEMBER, purpose);

    AuditRecord r = lastAudit(w);
    assertEquals(Optional.of("wvggz-report"), r.getChecks().getLegalBasis());
    assertTrue(r.getChecks().isConsentOrLegalBasis());
    assertFalse(r.getChecks().isEmergencyOverride());
    assertTrue(AuditChain.canonicalText(r).contains("legalBasis=wvggz-report"));
  }

  @Test
  void read_leeuwardenInvokingALegalBasisOutsideTheCatalogue_isDenied() {
    World w = openCase(MethodologyProfile.leeuwarden(), Optional.empty());

    assertReadDenied(
        w,
        HOUSING_MEMBER,
        Purpose.of("curiosity").withLegalBasis("gut-feeling"),
        "access.consent-required");

    assertEquals(Optional.empty(), lastAudit(w).getChecks().getLegalBasis());
  }

  @Test
  void read_leeuwardenCoordinatingOrganisationAndTrajectoryDirector_needNoConsent() {
    World w = openCase(MethodologyProfile.leeuwarden(), Optional.empty());
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));
    w.service.appointTrajectoryDirector(NETWORK_DIRECTOR.getId(), WORK, CASE, appoint(w.profile));

    assertReadAllowed(w, GGD_MEMBER, LOOK);
    assertReadAllowed(w, TRAJECTORY_DIRECTOR, LOOK);
    assertReadAllowed(w, NETWORK_DIRECTOR, LOOK);
  }

  @Test
  void reportSignal_leeuwardenWithPersonalData_isDeniedAndStoresNothing() {
    World w = world(MethodologyProfile.leeuwarden(), DAY_0);

    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () ->
                w.service.reportSignal(
                    HOUSING_MEMBER.getId(),
                    Purpose.of("register report"),
                    reportSignal(CASE, CLIENT, w.today()),
                    Optional.of(personalData())));

    assertEquals("privacy.client-numbers-only", e.getRule());
    assertFalse(e.getMessage().contains(NAME));
    assertEquals(0, w.store.version(CASE), "no case was opened");
    assertFalse(w.vault.contains(NETWORK, CLIENT, CASE));
  }

  @Test
  void lifecycle_leeuwardenNameFreeNetwork_noNameAppearsInEventsAuditOrVault() {
    World w = world(MethodologyProfile.leeuwarden(), DAY_0);
    assertThrows(
        AccessDeniedException.class,
        () ->
            w.service.reportSignal(
                HOUSING_MEMBER.getId(),
                Purpose.of("register report"),
                reportSignal(CASE, CLIENT, w.today()),
                Optional.of(personalData())));
    fullLifecycle(w, Optional.empty());

    EventCodec codec = EventCodec.create();
    List<CaseEvent> events = w.store.read(CASE);
    assertEquals(11, events.size());
    for (CaseEvent e : events) {
      String json = codec.encode(e);
      assertFalse(json.contains(NAME), () -> "name in " + json);
      assertFalse(json.contains(ADDRESS), () -> "address in " + json);
    }
    List<AuditRecord> records = w.audit.read(1, Integer.MAX_VALUE);
    assertFalse(records.isEmpty());
    for (AuditRecord r : records) {
      String text = AuditChain.canonicalText(r);
      assertFalse(text.contains(NAME), () -> "name in " + text);
      assertFalse(text.contains(ADDRESS), () -> "address in " + text);
    }
    assertFalse(w.vault.contains(NETWORK, CLIENT, CASE));
    assertEquals(Optional.empty(), w.service.personalData(NETWORK_DIRECTOR.getId(), LOOK, CASE));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void auditRecords_networkThatStoresNames_neverContainPersonalData(MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    Optional<PersonalData> data =
        profile.getAccess().isClientNumbersOnly() ? Optional.empty() : Optional.of(personalData());
    fullLifecycle(w, data);
    w.service.personalData(NETWORK_DIRECTOR.getId(), LOOK, CASE);
    w.service.timeline(NETWORK_DIRECTOR.getId(), LOOK, CASE);
    w.service.auditTrail(NETWORK_DIRECTOR.getId(), Purpose.of("privacy inquiry"), CASE);

    for (AuditRecord r : w.audit.read(1, Integer.MAX_VALUE)) {
      String text = AuditChain.canonicalText(r);
      assertFalse(text.contains(NAME), () -> "name in " + text);
      assertFalse(text.contains(ADDRESS), () -> "address in " + text);
      assertFalse(text.contains("0612345678"), () -> "phone in " + text);
    }
    EventCodec codec = EventCodec.create();
    for (CaseEvent e : w.store.read(CASE)) {
      assertFalse(codec.encode(e).contains(NAME));
    }
    assertEquals(
        data.isPresent(),
        w.vault.contains(NETWORK, CLIENT, CASE),
        "personal data live in the vault only");
  }

  // ---------------------------------------------------------------- everyone's refusals

  @ParameterizedTest
  @MethodSource("presets")
  void read_emergencyOverride_turnsADenialIntoAnAuditedAllowedAccess(MethodologyProfile profile) {
    World w = openCase(profile, Optional.empty());
    assertReadDenied(w, POLICE_MEMBER, LOOK, "access.viewer-scope");
    String reason = "client threatens to set fire to the flat tonight";

    CaseState s =
        w.service.read(POLICE_MEMBER.getId(), Purpose.of("acute danger").inEmergency(reason), CASE);

    assertEquals(2, s.getVersion());
    AuditRecord r = lastAudit(w);
    assertEquals(AuditOutcome.ALLOWED, r.getOutcome());
    assertTrue(r.getChecks().isEmergencyOverride());
    assertFalse(
        r.getChecks().isAuthorised(), "the audit shows the policy alone would have denied it");
    assertEquals(Optional.of(reason), r.getEmergencyReason());
    assertTrue(AuditChain.canonicalText(r).contains("emergencyOverride=true"));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void read_allowedAccessWithAnEmergencyReason_isNotFlaggedAsOverride(MethodologyProfile profile) {
    World w = openCase(profile, Optional.empty());

    w.service.read(
        NETWORK_DIRECTOR.getId(), Purpose.of("acute danger").inEmergency("not needed"), CASE);

    assertFalse(lastAudit(w).getChecks().isEmergencyOverride());
    assertEquals(Optional.empty(), lastAudit(w).getEmergencyReason());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void read_steeringGroupMember_isDenied(MethodologyProfile profile) {
    World w = openCase(profile, Optional.empty());

    assertReadDenied(w, STEERING_MEMBER, LOOK, "access.steering-group-no-cases");

    assertThrows(
        AccessDeniedException.class,
        () ->
            w.service.addInformation(
                STEERING_MEMBER.getId(),
                WORK,
                CASE,
                new CaseCommand.AddInformation(POLICE, "a steering-group member adds nothing")));
    assertEquals(2, w.store.version(CASE));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void read_directorOfAnotherNetwork_isNotFoundEvenInAnEmergencyAndAuditedAsDenied(
      MethodologyProfile profile) {
    World w = openCase(profile, Optional.empty());

    // another network's case is answered as if it did not exist (it used to be AccessDenied
    // access.other-network, which told the foreign director that the case exists)
    for (Purpose purpose : List.of(LOOK, LOOK.inEmergency("client moved here"))) {
      long before = w.audit.size();
      NotFoundException e =
          assertThrows(
              NotFoundException.class,
              () -> w.service.read(FOREIGN_DIRECTOR.getId(), purpose, CASE));
      assertFalse(e.getMessage().contains(CLIENT.getValue()), "no client number in the error");
      assertEquals(before + 1, w.audit.size());
      AuditRecord r = lastAudit(w);
      assertEquals(AuditOutcome.DENIED, r.getOutcome());
      assertEquals(java.util.Set.of("access.other-network"), r.getRuleIds());
      assertEquals(FOREIGN_DIRECTOR.getId(), r.getActor());
      assertEquals(NETWORK, r.getNetwork(), "recorded in the chain of the case's network");
      assertFalse(r.getChecks().isEmergencyOverride());
    }
    assertThrows(
        NotFoundException.class, () -> w.service.auditTrail(FOREIGN_DIRECTOR.getId(), LOOK, CASE));
    assertThrows(
        NotFoundException.class,
        () -> w.service.personalData(FOREIGN_DIRECTOR.getId(), LOOK, CASE));
    assertEquals(AuditOutcome.DENIED, lastAudit(w).getOutcome());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void execute_deniedWrite_throwsAccessDeniedAndAppendsNothing(MethodologyProfile profile) {
    World w = openCase(profile, Optional.empty());
    long audited = w.audit.size();

    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () ->
                w.service.decideCoordination(
                    STEERING_MEMBER.getId(), WORK, CASE, coordinate(w.today())));

    assertEquals("access.steering-group-no-cases", e.getRule());
    assertEquals(2, w.store.version(CASE));
    assertEquals(audited + 1, w.audit.size());
    assertEquals(AuditOutcome.DENIED, lastAudit(w).getOutcome());
    assertEquals(AuditAction.UPDATE, lastAudit(w).getAction());
    assertEquals(java.util.Set.of("access.steering-group-no-cases"), lastAudit(w).getRuleIds());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void execute_writeByAnotherNetworksDirector_isNotFoundAppendsNothingAndIsAuditedAsDenied(
      MethodologyProfile profile) {
    World w = openCase(profile, Optional.empty());
    long audited = w.audit.size();

    assertThrows(
        NotFoundException.class,
        () ->
            w.service.decideCoordination(
                FOREIGN_DIRECTOR.getId(), WORK, CASE, coordinate(w.today())));

    assertEquals(2, w.store.version(CASE));
    assertEquals(audited + 1, w.audit.size());
    assertEquals(AuditOutcome.DENIED, lastAudit(w).getOutcome());
    assertEquals(AuditAction.UPDATE, lastAudit(w).getAction());
    assertEquals(java.util.Set.of("access.other-network"), lastAudit(w).getRuleIds());
  }

  // ---------------------------------------------------------------- the audit trail

  @Test
  void auditLog_afterASequenceOfCalls_hasOneRecordPerCallAndAnIntactChain() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    int calls = 0;
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        Optional.of(personalData()));
    calls++;
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    calls++;
    w.service.read(HOUSING_MEMBER.getId(), LOOK, CASE);
    calls++;
    assertThrows(
        AccessDeniedException.class, () -> w.service.read(POLICE_MEMBER.getId(), LOOK, CASE));
    calls++;
    w.service.timeline(NETWORK_DIRECTOR.getId(), LOOK, CASE);
    calls++;
    w.service.personalData(NETWORK_DIRECTOR.getId(), LOOK, CASE);
    calls++;
    assertThrows(
        nl.lon.core.error.RuleViolationException.class,
        () -> w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope()));
    calls++;
    List<AuditRecord> trail =
        w.service.auditTrail(NETWORK_DIRECTOR.getId(), Purpose.of("privacy inquiry"), CASE);
    calls++;
    assertThrows(
        AccessDeniedException.class,
        () -> w.service.auditTrail(HOUSING_MEMBER.getId(), Purpose.of("curiosity"), CASE));
    calls++;
    assertTrue(
        w.service.erasePersonalData(
            NETWORK_DIRECTOR.getId(), Purpose.of("client asked for erasure"), CASE));
    calls++;
    assertThrows(
        AccessDeniedException.class,
        () -> w.service.erasePersonalData(HOUSING_MEMBER.getId(), Purpose.of("erase"), CASE));
    calls++;
    w.service.networkAgenda(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, w.today());
    calls++;
    w.service.myAgenda(HOUSING_MEMBER.getId(), LOOK, w.today());
    calls++;

    assertEquals(calls, w.audit.size());
    assertTrue(w.audit.verify().isOk(), () -> w.audit.verify().toString());
    assertEquals(calls, w.audit.verify().getRecordsChecked());
    AuditRecord trailRead = trail.get(trail.size() - 1);
    assertEquals(
        "read-audit-log", trailRead.getOperation(), "reading the trail is itself in the trail");
    assertEquals(NETWORK_DIRECTOR.getId(), trailRead.getActor());
    assertEquals(List.of(DataCategory.AUDIT_LOG), List.copyOf(trailRead.getDataCategories()));
    assertEquals(8, trail.size(), "the case's records up to and including the trail read");
    List<AuditRecord> all = w.audit.read(1, Integer.MAX_VALUE);
    assertEquals(AuditOutcome.REFUSED, all.get(6).getOutcome(), "the refused second judgement");
    assertEquals(AuditOutcome.DENIED, all.get(8).getOutcome(), "the denied trail read");
    assertEquals(AuditAction.DELETE, all.get(9).getAction());
    assertEquals(AuditOutcome.ALLOWED, all.get(9).getOutcome());
    assertEquals(AuditOutcome.DENIED, all.get(10).getOutcome(), "the denied erasure");
    assertEquals(DataCategory.AGENDA, all.get(11).getDataCategories().iterator().next());
  }

  // ---------------------------------------------------------------- erasure

  @ParameterizedTest
  @MethodSource("presets")
  void erasePersonalData_byTheNetworkDirector_removesVaultDataAndKeepsTheHistory(
      MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    Optional<PersonalData> data =
        profile.getAccess().isClientNumbersOnly() ? Optional.empty() : Optional.of(personalData());
    fullLifecycle(w, data);
    List<CaseEvent> before = w.service.timeline(NETWORK_DIRECTOR.getId(), LOOK, CASE);
    CaseState stateBefore = w.service.read(NETWORK_DIRECTOR.getId(), LOOK, CASE);

    boolean erased =
        w.service.erasePersonalData(
            NETWORK_DIRECTOR.getId(), Purpose.of("client asked for erasure"), CASE);

    assertEquals(data.isPresent(), erased);
    assertFalse(w.vault.contains(NETWORK, CLIENT, CASE));
    assertEquals(Optional.empty(), w.service.personalData(NETWORK_DIRECTOR.getId(), LOOK, CASE));
    assertEquals(
        before,
        w.service.timeline(NETWORK_DIRECTOR.getId(), LOOK, CASE),
        "the timeline is unchanged");
    assertEquals(stateBefore, w.service.read(NETWORK_DIRECTOR.getId(), LOOK, CASE));
    assertFalse(
        w.service.erasePersonalData(NETWORK_DIRECTOR.getId(), Purpose.of("again"), CASE),
        "nothing left to erase");
  }

  @ParameterizedTest
  @MethodSource("presets")
  void erasePersonalData_byANonDirector_isDeniedAndTheDataStays(MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    Optional<PersonalData> data =
        profile.getAccess().isClientNumbersOnly() ? Optional.empty() : Optional.of(personalData());
    fullLifecycle(w, data);

    for (Professional who : List.of(TRAJECTORY_DIRECTOR, GGD_MEMBER, HOUSING_MEMBER)) {
      AccessDeniedException e =
          assertThrows(
              AccessDeniedException.class,
              () -> w.service.erasePersonalData(who.getId(), Purpose.of("erase"), CASE));
      assertEquals("access.network-director-only", e.getRule());
      AuditRecord r = lastAudit(w);
      assertEquals(AuditOutcome.DENIED, r.getOutcome());
      assertEquals(AuditAction.DELETE, r.getAction());
      assertEquals(who.getId(), r.getActor());
    }
    // another network's director does not learn that the case exists
    assertThrows(
        NotFoundException.class,
        () -> w.service.erasePersonalData(FOREIGN_DIRECTOR.getId(), Purpose.of("erase"), CASE));
    AuditRecord r = lastAudit(w);
    assertEquals(AuditOutcome.DENIED, r.getOutcome());
    assertEquals(AuditAction.DELETE, r.getAction());
    assertEquals(FOREIGN_DIRECTOR.getId(), r.getActor());
    assertEquals(data.isPresent(), w.vault.contains(NETWORK, CLIENT, CASE));
  }

  // ---------------------------------------------------------------- helpers

  /** Runs the sample case from signal to its first follow-up check: 11 events. */
  private static void fullLifecycle(World w, Optional<PersonalData> data) {
    MethodologyProfile profile = w.profile;
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        data);
    w.clock.advanceDays(1);
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    w.clock.advanceDays(2);
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));
    w.service.appointTrajectoryDirector(NETWORK_DIRECTOR.getId(), WORK, CASE, appoint(profile));
    w.clock.advanceDays(1);
    w.service.recordScan(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, scan(w.today()));
    w.service.formIntegralPicture(NETWORK_DIRECTOR.getId(), WORK, CASE, picture());
    if (profile.isOwnershipAcceptedBeforePlan()) {
      w.service.acceptProblemOwnership(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, w.today());
    }
    w.clock.advanceDays(2);
    w.service.adoptPlan(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, adoptPlan(w.today()));
    w.clock.advanceDays(20);
    w.service.reportProgress(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, progress(false));
    w.clock.advanceDays(40);
    w.service.evaluate(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, evaluate(EvaluationDecision.CLOSE));
    w.service.close(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, close(profile));
    w.clock.advanceDays(183);
    w.service.recordFollowUp(
        NETWORK_DIRECTOR.getId(), WORK, CASE, followUp(FollowUpOutcome.STILL_IN_CARE));
  }
}
