package nl.lon.service;

import static nl.lon.core.testing.Cast.HOUSING;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.Commands.adoptPlan;
import static nl.lon.rules.testing.Commands.appoint;
import static nl.lon.rules.testing.Commands.close;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.evaluate;
import static nl.lon.rules.testing.Commands.followUp;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.picture;
import static nl.lon.rules.testing.Commands.progress;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.rules.testing.Commands.scan;
import static nl.lon.service.ServiceFixtures.personalData;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lon.core.error.CaseIdInUseException;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.EventType;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaseServiceTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-1");
  private static final ClientNumber CLIENT = ClientNumber.of("client-0001");
  private static final Purpose WORK = Purpose.of("handle the case");

  static Stream<MethodologyProfile> presets() {
    return RulesFixtures.presets().stream();
  }

  /** Opens the sample case and judges it in scope: version 2, step 3. */
  private static void openAndJudge(World w) {
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        Optional.empty());
    w.service.judgeReport(
        NETWORK_DIRECTOR.getId(), Purpose.of("judge report"), CASE, judgeInScope());
  }

  private static CaseCommand.AddInformation info(String summary) {
    return new CaseCommand.AddInformation(HOUSING, summary);
  }

  // ---------------------------------------------------------------- lifecycle

  @ParameterizedTest
  @MethodSource("presets")
  void lifecycle_everyStepThroughTheService_returnsTheStateAfterEachCommand(
      MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    Optional<nl.lon.persistence.vault.PersonalData> data =
        profile.getAccess().isClientNumbersOnly() ? Optional.empty() : Optional.of(personalData());

    CommandReceipt opened =
        w.service.reportSignal(
            HOUSING_MEMBER.getId(),
            Purpose.of("register report"),
            reportSignal(CASE, CLIENT, w.today()),
            data);
    assertEquals(CASE, opened.getCaseId());
    assertEquals(1, opened.getVersion());
    assertEquals(ProcessStep.RECEIVE_REPORT, opened.getStep());
    assertFalse(opened.isReplay());
    // the reporting partner gets the state back only where its profile lets it read the case:
    // Enschede (case partners, no consent needed); not Rotterdam (coordinating organisation only)
    // nor Leeuwarden (no consent yet)
    boolean reporterReads =
        profile.getAccess().getViewers()
                != nl.lon.rules.access.ViewerScope.COORDINATING_ORGANISATION
            && !profile.getAccess().isConsentRequired();
    assertEquals(reporterReads, opened.getState().isPresent(), opened::toString);
    CaseState first = w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE);
    opened.getState().ifPresent(returned -> assertEquals(first, returned));
    assertEquals(1, first.getVersion());
    assertEquals(ProcessStep.RECEIVE_REPORT, first.getStep());
    assertEquals(CaseStatus.OPEN, first.getStatus());
    assertEquals(Optional.of(NETWORK), first.getNetwork());
    assertEquals(Optional.of(CLIENT), first.getClientNumber());
    assertEquals(data.isPresent(), w.vault.contains(NETWORK, CLIENT, CASE));

    w.clock.advanceDays(1);
    CaseState s =
        w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope()).state();
    assertEquals(2, s.getVersion());
    assertEquals(ProcessStep.GATHER_INFORMATION, s.getStep());
    assertEquals(Optional.of(w.today()), s.getJudgedOn());

    w.clock.advanceDays(2);
    s =
        w.service
            .decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()))
            .state();
    assertEquals(3, s.getVersion());
    assertEquals(ProcessStep.INTEGRAL_PICTURE, s.getStep());
    assertEquals(Optional.of(w.today()), s.getCoordinationDecidedOn());

    w.clock.advanceDays(1);
    s =
        w.service
            .appointTrajectoryDirector(NETWORK_DIRECTOR.getId(), WORK, CASE, appoint(profile))
            .state();
    assertEquals(4, s.getVersion());
    assertEquals(Optional.of(TRAJECTORY_DIRECTOR.getId()), s.getTrajectoryDirector());
    assertFalse(s.isTrajectoryDirectorTemporary());

    w.clock.advanceDays(1);
    s = w.service.recordScan(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, scan(w.today())).state();
    assertEquals(5, s.getVersion());
    assertTrue(s.getLatestScan().isPresent());
    assertEquals(ProcessStep.INTEGRAL_PICTURE, s.getStep());

    w.clock.advanceDays(1);
    s = w.service.formIntegralPicture(NETWORK_DIRECTOR.getId(), WORK, CASE, picture()).state();
    assertEquals(6, s.getVersion());
    assertEquals(ProcessStep.PLAN_OF_APPROACH, s.getStep());

    w.clock.advanceDays(1);
    s =
        w.service
            .acceptProblemOwnership(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, w.today())
            .state();
    assertEquals(7, s.getVersion());
    assertEquals(Optional.of(w.today()), s.getOwnershipAcceptedOn());
    w.clock.advanceDays(2);
    s = w.service.adoptPlan(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, adoptPlan(w.today())).state();
    assertEquals(8, s.getVersion());
    assertEquals(ProcessStep.EXECUTE, s.getStep());
    assertEquals(Optional.of(w.today()), s.getPlanAdoptedOn());

    w.clock.advanceDays(12);
    s = w.service.reportProgress(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, progress(false)).state();
    assertEquals(9, s.getVersion());
    assertEquals(Optional.of(w.today()), s.getLastProgressReportOn());
    assertEquals(ProcessStep.EXECUTE, s.getStep());

    w.clock.advanceDays(40);
    s =
        w.service
            .evaluate(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, evaluate(EvaluationDecision.CLOSE))
            .state();
    assertEquals(10, s.getVersion());
    assertEquals(ProcessStep.CLOSE, s.getStep());

    w.clock.advanceDays(2);
    LocalDate closedOn = w.today();
    s = w.service.close(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, close(profile)).state();
    assertEquals(11, s.getVersion());
    assertEquals(CaseStatus.CLOSED, s.getStatus());
    assertEquals(ProcessStep.FOLLOW_UP, s.getStep());
    assertEquals(Optional.of(closedOn), s.getClosedOn());

    w.clock.advanceDays(183);
    s =
        w.service
            .recordFollowUp(
                NETWORK_DIRECTOR.getId(), WORK, CASE, followUp(FollowUpOutcome.STILL_IN_CARE))
            .state();
    assertEquals(12, s.getVersion());
    assertEquals(CaseStatus.CLOSED, s.getStatus());
    assertEquals(1, s.getFollowUps().size());

    List<CaseEvent> stored = w.store.read(CASE);
    assertEquals(12, stored.size());
    assertEquals(
        s, CaseState.replay(stored), "the returned state is the fold of the stored stream");
    assertEquals(
        s,
        w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE),
        "a fresh read returns the same state");
    assertEquals(
        List.of(
            EventType.SIGNAL_RECEIVED,
            EventType.REPORT_JUDGED,
            EventType.COORDINATION_DECIDED,
            EventType.TRAJECTORY_DIRECTOR_APPOINTED,
            EventType.LIFE_DOMAIN_SCAN_RECORDED,
            EventType.INTEGRAL_PICTURE_FORMED,
            EventType.PROBLEM_OWNERSHIP_ACCEPTED,
            EventType.PLAN_ADOPTED,
            EventType.PROGRESS_REPORTED,
            EventType.EVALUATION_RECORDED,
            EventType.CASE_CLOSED,
            EventType.FOLLOW_UP_RECORDED),
        stored.stream().map(CaseEvent::getType).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void execute_eventsAreStampedWithTheClock_businessDateAndInstantFromTheInjectedClock(
      MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    openAndJudge(w);
    w.clock.advanceDays(3);
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));

    CaseEvent last = w.store.read(CASE, 3).get(0);
    assertEquals(DAY_0.plusDays(3), last.getBusinessDate());
    assertEquals(w.clock.instantOn(DAY_0.plusDays(3)), last.getRecordedAt());
    assertEquals(NETWORK_DIRECTOR.getId(), last.getActor());
    AuditRecord audited = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals(w.clock.instantOn(DAY_0.plusDays(3)), audited.getOccurredAt());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void timeline_afterCommands_returnsTheStoredEventsInOrder(MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    openAndJudge(w);
    w.service.execute(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        info("known at the housing corporation"),
        Optional.empty());

    List<CaseEvent> timeline = w.service.timeline(NETWORK_DIRECTOR.getId(), WORK, CASE);

    assertEquals(w.store.read(CASE), timeline);
    for (int i = 0; i < timeline.size(); i++) {
      assertEquals(i + 1L, timeline.get(i).getSequence());
    }
  }

  // ---------------------------------------------------------------- refusals

  @ParameterizedTest
  @MethodSource("presets")
  void execute_refusedCommand_throwsRuleViolationWritesNothingAndIsAuditedAsRefused(
      MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    openAndJudge(w);
    long version = w.store.version(CASE);
    long audited = w.audit.size();

    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> w.service.close(NETWORK_DIRECTOR.getId(), WORK, CASE, close(profile)));

    assertTrue(
        e.getViolations().stream().anyMatch(v -> v.rule().equals("close.evaluation-required")),
        e::getMessage);
    assertEquals(version, w.store.version(CASE), "nothing is appended");
    assertEquals(audited + 1, w.audit.size(), "the attempt is audited once");
    AuditRecord r = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals(AuditOutcome.REFUSED, r.getOutcome(), "access was allowed; the rules refused");
    assertTrue(r.getChecks().isAuthorised());
    assertEquals(
        e.getViolations().stream().map(v -> v.rule()).collect(Collectors.toSet()), r.getRuleIds());
    assertTrue(
        r.getOperation().toLowerCase(java.util.Locale.ROOT).contains("close"), r.getOperation());
    assertEquals(NETWORK_DIRECTOR.getId(), r.getActor());
    assertEquals(Optional.of(CASE), r.getCaseId());
    assertEquals(version, w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE).getVersion());
  }

  @Test
  void judgeReport_twice_secondIsRefusedAsOutOfOrderAndNothingIsWritten() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    openAndJudge(w);

    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope()));

    assertTrue(
        e.getViolations().stream().anyMatch(v -> v.rule().equals("step.out-of-order")),
        e::getMessage);
    assertEquals(2, w.store.version(CASE));
  }

  @Test
  void execute_onAMissingCase_throwsNotFoundAndCreatesNoStream() {
    World w = world(MethodologyProfile.enschede(), DAY_0);

    assertThrows(
        nl.lon.core.error.NotFoundException.class,
        () ->
            w.service.judgeReport(
                NETWORK_DIRECTOR.getId(), WORK, CaseId.of("nope"), judgeInScope()));

    assertEquals(0, w.store.version(CaseId.of("nope")));
    assertTrue(w.store.streams(NETWORK).isEmpty());
  }

  // ---------------------------------------------------------------- idempotency

  @ParameterizedTest
  @MethodSource("presets")
  void reportSignal_anotherSignalUnderAUsedCaseId_isRefusedAsInUseAndTheSameSignalAgainIsAReplay(
      MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    CommandReceipt first =
        w.service.reportSignal(
            HOUSING_MEMBER.getId(),
            Purpose.of("register report"),
            reportSignal(CASE, CLIENT, w.today()),
            Optional.empty());

    // another actor's signal under the same case id is another signal: refused, nothing disclosed
    CaseIdInUseException e =
        assertThrows(
            CaseIdInUseException.class,
            () ->
                w.service.reportSignal(
                    NETWORK_DIRECTOR.getId(),
                    Purpose.of("register report"),
                    reportSignal(CASE, CLIENT, w.today()),
                    Optional.empty()));
    assertEquals(-1, e.getActualVersion(), "nothing of the existing case is disclosed");
    assertEquals(AuditOutcome.CONFLICT, w.audit.read(w.audit.size(), 1).get(0).getOutcome());
    // the very same signal again (only the purpose differs) is a harmless replay
    CommandReceipt again =
        w.service.reportSignal(
            HOUSING_MEMBER.getId(),
            Purpose.of("register report again"),
            reportSignal(CASE, CLIENT, w.today()),
            Optional.empty());

    assertFalse(first.isReplay());
    assertTrue(again.isReplay());
    assertEquals(1, again.getVersion());
    assertEquals(first.getState(), again.getState());
    assertEquals(1, countOf(w.store.read(CASE), EventType.SIGNAL_RECEIVED));
    assertEquals(1, w.store.version(CASE));
  }

  @Test
  void
      reportSignal_raceOfManyThreadsWithTheSameSignal_storesExactlyOneSignalAndTheOthersAreReplays()
          throws Exception {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    int threads = 12;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      outcomes.add(
          pool.submit(
              () -> {
                start.await();
                CommandReceipt r =
                    w.service.reportSignal(
                        HOUSING_MEMBER.getId(),
                        Purpose.of("register report"),
                        reportSignal(CASE, CLIENT, w.today()),
                        Optional.empty());
                return (r.isReplay() ? "replay v" : "new v") + r.getVersion();
              }));
    }
    start.countDown();
    List<String> seen = new ArrayList<>();
    for (Future<String> f : outcomes) {
      seen.add(f.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertTrue(Set.of("new v1", "replay v1").containsAll(seen), "outcomes " + seen);
    assertEquals(1, Collections.frequency(seen, "new v1"), "exactly one opener wrote: " + seen);
    assertEquals(1, w.store.version(CASE));
    assertEquals(1, countOf(w.store.read(CASE), EventType.SIGNAL_RECEIVED));
  }

  @Test
  void execute_retriedWithTheSameIdempotencyKey_appendsOnceAndReturnsTheStoredState() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    openAndJudge(w);

    CommandReceipt first =
        w.service.execute(
            NETWORK_DIRECTOR.getId(),
            WORK,
            CASE,
            info("known at the housing corporation"),
            Optional.of("info-1"));
    CommandReceipt retry =
        w.service.execute(
            NETWORK_DIRECTOR.getId(),
            WORK,
            CASE,
            info("known at the housing corporation"),
            Optional.of("info-1"));

    assertEquals(3, first.getVersion());
    assertFalse(first.isReplay());
    assertTrue(retry.isReplay());
    assertEquals(3, retry.getVersion());
    assertEquals(first.state(), retry.state());
    assertEquals(3, w.store.version(CASE));
    assertEquals(1, countOf(w.store.read(CASE), EventType.INFORMATION_ADDED));
    AuditRecord replayed = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals(AuditOutcome.ALLOWED, replayed.getOutcome(), "the retry is one allowed record");
  }

  @Test
  void execute_retriedAfterLaterCommands_isAReplayEvenWhereTheRulesWouldNowRefuseIt() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        Optional.empty());
    CommandReceipt judged =
        w.service.execute(
            NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope(), Optional.of("judge-1"));
    w.service.execute(NETWORK_DIRECTOR.getId(), WORK, CASE, info("later"), Optional.empty());
    long audited = w.audit.size();

    // a second judgement would be refused as out of order; under its key it is the first one again
    CommandReceipt retry =
        w.service.execute(
            NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope(), Optional.of("judge-1"));

    assertTrue(retry.isReplay());
    assertEquals(judged.getVersion(), retry.getVersion(), "the version the command was applied at");
    assertEquals(
        Optional.empty(), retry.getState(), "the case moved on: no stale state is returned");
    assertEquals(3, w.store.version(CASE));
    assertEquals(audited + 1, w.audit.size());
    assertEquals(AuditOutcome.ALLOWED, w.audit.read(w.audit.size(), 1).get(0).getOutcome());
    assertEquals("false", w.audit.read(w.audit.size(), 1).get(0).getDetails().get("stateReturned"));
  }

  @Test
  void execute_sameKeyForAnotherCommand_isAConflictAuditedOnceAndWritesNothing() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    openAndJudge(w);
    w.service.execute(NETWORK_DIRECTOR.getId(), WORK, CASE, info("first"), Optional.of("info-1"));
    long audited = w.audit.size();

    assertThrows(
        nl.lon.core.error.IdempotencyKeyConflictException.class,
        () ->
            w.service.execute(
                NETWORK_DIRECTOR.getId(),
                WORK,
                CASE,
                info("something else"),
                Optional.of("info-1")));

    assertEquals(3, w.store.version(CASE));
    assertEquals(audited + 1, w.audit.size());
    AuditRecord r = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals(AuditOutcome.CONFLICT, r.getOutcome());
    assertEquals(Set.of("concurrency.idempotency-key"), r.getRuleIds());
  }

  // ---------------------------------------------------------------- concurrency

  @Test
  void execute_caseChangedBetweenLoadAndAppend_throwsConflictAndWritesNothing() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    RacingStores racing = new RacingStores(w.stores);
    CaseService service =
        CaseService.builder().stores(racing).profile(NETWORK, w.profile).clock(w.clock).build();
    service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        Optional.empty());
    service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    InformationAdded competitor =
        InformationAdded.builder()
            .metadata(
                EventMetadata.of(CASE, 3, w.today(), w.clock.instant(), HOUSING_MEMBER.getId()))
            .organisation(HOUSING)
            .summary("competing writer")
            .build();
    InformationAdded second =
        InformationAdded.builder()
            .metadata(
                EventMetadata.of(CASE, 4, w.today(), w.clock.instant(), HOUSING_MEMBER.getId()))
            .organisation(HOUSING)
            .summary("competing again")
            .build();
    // the command is decided on the kept snapshot first: a race there is decided again once on
    // what is stored, and only a race on that second decision is the caller's conflict
    racing.beforeNextCommit(
        () -> {
          w.store.append(CASE, NETWORK, 2, List.of(competitor), Optional.empty());
          racing.beforeNextCommit(
              () -> w.store.append(CASE, NETWORK, 3, List.of(second), Optional.empty()));
        });
    long audited = w.audit.size();

    ConcurrencyConflictException e =
        assertThrows(
            ConcurrencyConflictException.class,
            () ->
                service.execute(
                    NETWORK_DIRECTOR.getId(), WORK, CASE, info("mine"), Optional.empty()));

    assertEquals(3, e.getExpectedVersion());
    assertEquals(4, e.getActualVersion());
    assertEquals(4, w.store.version(CASE), "only the competitors' events were written");
    assertEquals(List.of(competitor, second), w.store.read(CASE, 3));
    assertEquals(audited + 1, w.audit.size(), "the conflict is audited once");
    AuditRecord conflict = w.audit.read(w.audit.size(), 1).get(0);
    assertEquals(
        AuditOutcome.CONFLICT,
        conflict.getOutcome(),
        "a version conflict is not audited as allowed");
    assertEquals(Set.of("concurrency.version"), conflict.getRuleIds());
    CaseState after = service.read(NETWORK_DIRECTOR.getId(), WORK, CASE);
    assertEquals(4, after.getVersion(), "the service catches up with the competing events");
    CommandReceipt retried =
        service.execute(NETWORK_DIRECTOR.getId(), WORK, CASE, info("mine"), Optional.empty());
    assertEquals(5, retried.getVersion(), "a retry after reloading succeeds");
  }

  @Test
  void execute_refusedOnTheKeptSnapshotButNotOnTheStoredState_isAllowed() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    CaseService other =
        CaseService.builder().stores(w.stores).profile(NETWORK, w.profile).clock(w.clock).build();
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        Optional.empty());
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    // another service instance (another process, say) decides the coordination
    other.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));
    long audited = w.audit.size();

    CommandReceipt r =
        w.service.appointTrajectoryDirector(
            NETWORK_DIRECTOR.getId(), WORK, CASE, appoint(w.profile));

    assertEquals(4, r.getVersion(), "decided on the stored state, not refused on the kept one");
    assertEquals(audited + 1, w.audit.size(), "one record");
    assertEquals(AuditOutcome.ALLOWED, w.audit.read(w.audit.size(), 1).get(0).getOutcome());
  }

  @Test
  void execute_caseChangedAfterTheKeptSnapshot_isDecidedOnTheStoredState() {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    RacingStores racing = new RacingStores(w.stores);
    CaseService service =
        CaseService.builder().stores(racing).profile(NETWORK, w.profile).clock(w.clock).build();
    service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        Optional.empty());
    service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    InformationAdded competitor =
        InformationAdded.builder()
            .metadata(
                EventMetadata.of(CASE, 3, w.today(), w.clock.instant(), HOUSING_MEMBER.getId()))
            .organisation(HOUSING)
            .summary("competing writer")
            .build();
    w.store.append(CASE, NETWORK, 2, List.of(competitor), Optional.empty());
    long audited = w.audit.size();

    CommandReceipt r =
        service.execute(NETWORK_DIRECTOR.getId(), WORK, CASE, info("mine"), Optional.empty());

    assertEquals(4, r.getVersion(), "decided again after the other writer's event");
    assertEquals(List.of(competitor), w.store.read(CASE, 3).subList(0, 1));
    assertEquals(audited + 1, w.audit.size(), "one record, allowed");
    assertEquals(AuditOutcome.ALLOWED, w.audit.read(w.audit.size(), 1).get(0).getOutcome());
  }

  @Test
  void execute_twoServiceInstancesOverOneStore_secondSeesTheFirstsEvents() {
    World w = world(MethodologyProfile.rotterdam(), DAY_0);
    CaseService other = w.newService();
    openAndJudge(w);
    assertEquals(2, other.read(NETWORK_DIRECTOR.getId(), WORK, CASE).getVersion());

    w.service.execute(NETWORK_DIRECTOR.getId(), WORK, CASE, info("first"), Optional.empty());
    CommandReceipt viaOther =
        other.execute(NETWORK_DIRECTOR.getId(), WORK, CASE, info("second"), Optional.empty());

    assertEquals(
        4, viaOther.getVersion(), "the second instance's snapshot was caught up, not reused stale");
    assertEquals(4, w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE).getVersion());
    assertEquals(List.of("first", "second"), summaries(w.store.read(CASE)));
  }

  @Test
  void execute_manyThreadsOnOneCase_noLostOrDuplicatedEventsAndVersionCountsAcceptedCommands()
      throws Exception {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    openAndJudge(w);
    long auditBefore = w.audit.size();
    int threads = 8;
    int perThread = 40;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Set<String> accepted = Collections.synchronizedSet(new HashSet<>());
    ConcurrentLinkedQueue<Long> returnedVersions = new ConcurrentLinkedQueue<>();
    AtomicInteger conflicts = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      pool.submit(
          () -> {
            try {
              start.await();
              for (int i = 0; i < perThread; i++) {
                String summary = "t" + thread + "-" + i;
                try {
                  CommandReceipt s =
                      w.service.execute(
                          NETWORK_DIRECTOR.getId(), WORK, CASE, info(summary), Optional.empty());
                  accepted.add(summary);
                  returnedVersions.add(s.getVersion());
                } catch (ConcurrencyConflictException e) {
                  conflicts.incrementAndGet();
                }
              }
            } catch (Throwable e) {
              unexpected.add(e);
            }
          });
    }
    start.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));

    assertTrue(unexpected.isEmpty(), () -> "unexpected " + unexpected);
    assertEquals(threads * perThread, accepted.size() + conflicts.get());
    List<CaseEvent> stream = w.store.read(CASE);
    assertEquals(
        2 + accepted.size(), stream.size(), "version = opening commands + accepted commands");
    assertEquals(stream.size(), w.store.version(CASE));
    for (int i = 0; i < stream.size(); i++) {
      assertEquals(i + 1L, stream.get(i).getSequence());
    }
    List<String> written = summaries(stream);
    assertEquals(written.size(), new HashSet<>(written).size(), "no event is written twice");
    assertEquals(
        accepted, new HashSet<>(written), "every accepted command's event, and only those");
    assertEquals(
        returnedVersions.size(),
        new HashSet<>(returnedVersions).size(),
        "each accepted command got its own version");
    assertEquals(stream.size(), CaseState.replay(stream).getVersion());
    assertEquals(stream.size(), w.service.read(NETWORK_DIRECTOR.getId(), WORK, CASE).getVersion());
    assertEquals(
        auditBefore + threads * perThread + 1, w.audit.size(), "every attempt is audited once");
    List<AuditRecord> attempts = w.audit.read(auditBefore + 1, threads * perThread);
    assertEquals(
        accepted.size(),
        attempts.stream().filter(r -> r.getOutcome() == AuditOutcome.ALLOWED).count(),
        "an applied command is audited allowed");
    assertEquals(
        conflicts.get(),
        attempts.stream().filter(r -> r.getOutcome() == AuditOutcome.CONFLICT).count(),
        "a version conflict is audited as conflict, not allowed");
    assertTrue(w.audit.verify().isOk());
  }

  // ---------------------------------------------------------------- helpers

  private static long countOf(List<CaseEvent> events, EventType type) {
    return events.stream().filter(e -> e.getType() == type).count();
  }

  private static List<String> summaries(List<CaseEvent> events) {
    return events.stream()
        .filter(e -> e instanceof InformationAdded)
        .map(e -> ((InformationAdded) e).getSummary())
        .collect(Collectors.toList());
  }

  /** Stores that run a competing writer once, just before the next commit. */
  private static final class RacingStores implements Stores {
    private final Stores inner;
    private volatile Runnable before;

    RacingStores(Stores inner) {
      this.inner = inner;
    }

    void beforeNextCommit(Runnable r) {
      this.before = r;
    }

    @Override
    public CommitResult commit(UnitOfWork work) {
      Runnable r = before;
      before = null;
      if (r != null) {
        r.run();
      }
      return inner.commit(work);
    }

    @Override
    public EventStore eventStore() {
      return inner.eventStore();
    }

    @Override
    public AuditLog auditLog() {
      return inner.auditLog();
    }

    @Override
    public PersonalDataVault vault() {
      return inner.vault();
    }

    @Override
    public Directory directory() {
      return inner.directory();
    }
  }
}
