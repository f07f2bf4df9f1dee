package nl.lon.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.lon.core.id.CaseId;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.AgendaRules;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every benchmark scenario once, untimed, and checks its outcome, so that the benchmarks
 * cannot rot: a scenario that no longer runs to completion fails the normal test command.
 * PostgreSQL variants run only where a server can be started.
 */
class BenchmarkScenariosTest {

  private static void assumeAvailable(CaseStores.Backend backend) {
    assumeTrue(backend.available(), () -> backend + " is not available here");
  }

  private static void assumeAvailable(Database.Kind kind) {
    assumeTrue(Database.available(kind), () -> kind + " is not available here");
  }

  @ParameterizedTest
  @EnumSource(CaseStores.Backend.class)
  void lifecycleClosesTheCaseWithAuditRecords(CaseStores.Backend backend) {
    assumeAvailable(backend);
    try (LifecycleRunner runner = new LifecycleRunner(backend)) {
      CaseState closed = runner.run();
      assertEquals(CaseStatus.CLOSED, closed.getStatus());
      assertEquals(ClosureReason.SELF_RELIANT_AGAIN, closed.getClosure().get().getReason());
      assertEquals(LifecycleScenario.COMMANDS, closed.getVersion());
      CaseId id = closed.getCaseId().get();
      CaseStores stores = runner.stores();
      assertEquals(LifecycleScenario.COMMANDS, stores.events().read(id).size());
      assertEquals(
          LifecycleScenario.COMMANDS,
          stores.audit().readForCase(BenchFixtures.NETWORK_ID, id).size(),
          "one access record per command");
      AuditLogVerification chain = stores.audit().verify();
      assertTrue(chain.isOk(), chain::toString);
      assertTrue(
          stores
              .vault()
              .get(BenchFixtures.NETWORK_ID, closed.getClientNumber().get(), id)
              .isPresent());
      CaseState second = runner.run();
      assertEquals(CaseStatus.CLOSED, second.getStatus());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aCommandCostsOneCommitAndAtMostFourStatements(Database.Kind kind) {
    assumeAvailable(kind);
    CommandCounts.Row row = CommandCounts.caseService(kind);
    JdbcCounter.Counts c = row.counts();
    System.out.println(
        "[bench] case service on "
            + kind
            + ": "
            + row.statementsPerCommand()
            + " statements/command, "
            + row.commitsPerCommand()
            + " commits/command, "
            + row.autoCommitStatementsPerCommand()
            + " auto-commit statements/command, "
            + c);
    assertEquals(LifecycleScenario.COMMANDS, c.commits(), "one commit per command");
    assertEquals(0, c.rollbacks(), "no rollback on the clean path");
    // per command on PostgreSQL four: version check with positions, event batch, audit record,
    // chain head; on H2 five, the positions a statement of their own (JdbcCommit says why); the
    // first command also reads the (new) case's version and writes the vault (update, insert)
    int perCommand = kind == Database.Kind.POSTGRES ? 4 : 5;
    assertTrue(
        c.statements() <= perCommand * LifecycleScenario.COMMANDS + 4,
        () -> c + ": more than " + perCommand + " statements per command");
    assertTrue(c.autoCommitStatements() <= 1, c::toString);
  }

  @Test
  void lifecycleRunsOnDistinctCasesFromFourThreads() throws Exception {
    try (LifecycleRunner runner = new LifecycleRunner(CaseStores.Backend.MEMORY)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<CaseState>> done = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          done.add(pool.submit(runner::run));
        }
        for (Future<CaseState> f : done) {
          assertEquals(CaseStatus.CLOSED, f.get().getStatus());
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(8, runner.stores().events().streams(BenchFixtures.NETWORK_ID).size());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void flowableCompletesNineTasksWithAndWithoutHistory(Database.Kind kind) {
    assumeAvailable(kind);
    for (HistoryLevel history : List.of(HistoryLevel.AUDIT, HistoryLevel.NONE)) {
      try (Database db = Database.create(kind, "flowable_test");
          FlowableScenario flowable = new FlowableScenario(db, history)) {
        assertEquals(9, flowable.run("case-1", 1));
        assertTrue(flowable.ended("case-1"));
        long historic =
            flowable.engine().getHistoryService().createHistoricTaskInstanceQuery().count();
        assertEquals(history == HistoryLevel.AUDIT ? 9 : 0, historic, "history " + history);
        assertEquals(9, flowable.run("case-2", 2));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void rawJdbcInsertsTenRowsPerLifecycle(Database.Kind kind) {
    assumeAvailable(kind);
    try (Database db = Database.create(kind, "raw_test")) {
      RawJdbcScenario raw = new RawJdbcScenario(db);
      assertEquals(10, raw.eventsPerCase());
      assertEquals(10, raw.onePerStep("case-1"));
      assertEquals(10, raw.allInOne("case-2"));
      assertEquals(20, raw.rows());
    }
  }

  @Test
  void bareFoldClosesTheCase() {
    BareFold.State s = BareFold.run("case-1", 1);
    assertEquals(10, s.version());
    assertFalse(s.open());
    assertEquals("SELF_RELIANT_AGAIN", s.closingReason());
    assertEquals("td-1", s.trajectoryDirector());
  }

  @Test
  void twoNetworksCloseCasesOnTwoThreadsWithOneChainEach() throws Exception {
    TwoNetworks networks = new TwoNetworks();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<CaseState>> closed = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int network = i % 2;
        closed.add(pool.submit(() -> networks.run(network)));
      }
      for (Future<CaseState> f : closed) {
        assertEquals(CaseStatus.CLOSED, f.get().getStatus());
      }
    } finally {
      pool.shutdownNow();
    }
    for (int n = 0; n < 2; n++) {
      assertTrue(networks.verify(n).isOk());
      assertEquals(3L * LifecycleScenario.COMMANDS, networks.auditSize(n));
    }
  }

  @Test
  void auditFloorHashesWhatTheAuditLogChains() {
    CaseStores stores = CaseStores.inMemory();
    AuditFloor floor = new AuditFloor(AuditFloor.capture(stores));
    BareFold.State s = floor.run("case-1", 1);
    assertEquals(10, s.version());
    assertEquals(
        stores.audit().checkpoint(BenchFixtures.NETWORK_ID).getHeadHash(), floor.lastHash());
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 10_000})
  void appendAddsOneEventToAPreparedCase(int length) {
    try (AppendScenario append = new AppendScenario(CaseStores.Backend.MEMORY, length)) {
      append.next();
      assertEquals(length + 1, append.append().getVersion());
      for (int i = 0; i < 3; i++) {
        append.next();
        append.append();
      }
      long version = append.currentVersion();
      assertTrue(
          version > length && version <= length + Math.max(1, length / 10), "version " + version);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = CaseStores.Backend.class,
      names = {"H2", "POSTGRES"})
  void appendRunsOnTheJdbcStores(CaseStores.Backend backend) {
    assumeAvailable(backend);
    try (AppendScenario append = new AppendScenario(backend, 100)) {
      append.next();
      assertEquals(101, append.append().getVersion());
    }
  }

  @Test
  void agendaCoversEveryOpenCase() {
    AgendaScenario agenda = new AgendaScenario(1_000);
    assertEquals(1_000, agenda.states().size());
    assertTrue(agenda.states().stream().allMatch(CaseState::isOpen));
    Agenda result = agenda.run();
    assertFalse(result.getObligations().isEmpty());
    assertFalse(result.overdue().getObligations().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void networkAgendaThroughTheServiceEqualsTheAgendaOfTheFloorsStates(Database.Kind kind) {
    assumeAvailable(kind);
    try (NetworkAgendaScenario agenda = new NetworkAgendaScenario(kind, 120)) {
      List<CaseState> floor = agenda.floor();
      assertEquals(120, floor.size());
      Agenda expected =
          AgendaRules.of(BenchFixtures.PROFILE).forCases(floor, AgendaScenario.AGENDA_DATE);
      assertFalse(expected.getObligations().isEmpty());
      assertEquals(expected.getObligations(), agenda.agenda().getObligations());
      assertEquals(expected.getObligations(), agenda.agenda().getObligations(), "second call");
      assertEquals(
          expected.getObligations(),
          NetworkAgendaScenario.agenda(agenda.newService()).getObligations(),
          "a fresh service");
    }
  }

  @ParameterizedTest
  @EnumSource(CaseStores.Backend.class)
  void contentionLosesNoEvent(CaseStores.Backend backend) throws Exception {
    assumeAvailable(backend);
    try (ContentionScenario contention = new ContentionScenario(backend)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int thread = t;
          done.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 25; i++) {
                      contention.attempt(ContentionScenario.actor(thread));
                    }
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(100, contention.appended() + contention.conflicts());
      assertTrue(contention.appended() > 0);
      assertEquals(7 + contention.appended(), contention.verify());
      List<AuditRecord> trail =
          contention.stores().audit().readForCase(BenchFixtures.NETWORK_ID, contention.caseId());
      assertEquals(7 + 100, trail.size(), "one audit record per attempt");
      assertEquals(
          contention.conflicts(),
          trail.stream().filter(r -> r.getOutcome() == AuditOutcome.CONFLICT).count(),
          "a lost race is audited as a conflict, not as allowed");
      assertTrue(contention.stores().audit().verify().isOk());
    }
  }
}
