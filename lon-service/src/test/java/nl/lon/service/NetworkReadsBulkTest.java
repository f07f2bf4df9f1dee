package nl.lon.service;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.agenda.UncomputableCase;
import nl.lon.rules.figures.FiguresAccumulator;
import nl.lon.rules.figures.FiguresScope;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;

/**
 * The reads over a network's cases cost a constant number of event-store calls, whatever the number
 * of cases, and still report an unreadable or corrupt case while serving every other.
 */
class NetworkReadsBulkTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final Purpose LOOK = Purpose.of("look");
  private static final ReportingPeriod YEAR = ReportingPeriod.ofYear(2026);

  /** The calls the service made to its event store, by method name. */
  private static final class Counted {
    final Map<String, AtomicInteger> calls = new TreeMap<>();

    int total() {
      return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    Map<String, Integer> snapshot() {
      Map<String, Integer> m = new TreeMap<>();
      calls.forEach((k, v) -> m.put(k, v.get()));
      return m;
    }

    void reset() {
      calls.clear();
    }
  }

  /** What a store call may do instead of reaching the real store. */
  private interface Interceptor {
    Object call(String method, Object[] args, EventStore real);
  }

  private static final Interceptor PASS = (method, args, real) -> null;

  private static Stores counting(Stores stores, Counted counted, Interceptor interceptor) {
    EventStore real = stores.eventStore();
    EventStore proxy =
        (EventStore)
            Proxy.newProxyInstance(
                EventStore.class.getClassLoader(),
                new Class<?>[] {EventStore.class},
                (p, method, args) -> {
                  counted
                      .calls
                      .computeIfAbsent(method.getName(), k -> new AtomicInteger())
                      .incrementAndGet();
                  Object replaced = interceptor.call(method.getName(), args, real);
                  if (replaced != null) {
                    return replaced;
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return new Stores() {
      @Override
      public EventStore eventStore() {
        return proxy;
      }

      @Override
      public AuditLog auditLog() {
        return stores.auditLog();
      }

      @Override
      public PersonalDataVault vault() {
        return stores.vault();
      }

      @Override
      public Directory directory() {
        return stores.directory();
      }

      @Override
      public CommitResult commit(UnitOfWork work) {
        return stores.commit(work);
      }
    };
  }

  private static CaseService service(World w, Stores stores) {
    return CaseService.builder().stores(stores).profile(NETWORK, w.profile).clock(w.clock).build();
  }

  private static CaseId caseId(int i) {
    return CaseId.of("bulk-" + i);
  }

  private static World withCases(int n) {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    for (int i = 0; i < n; i++) {
      w.service.reportSignal(
          HOUSING_MEMBER.getId(),
          Purpose.of("register report"),
          reportSignal(caseId(i), ClientNumber.of("client-" + (1000 + i)), w.today()),
          Optional.empty());
      if (i % 2 == 0) {
        w.service.judgeReport(
            NETWORK_DIRECTOR.getId(), Purpose.of("judge report"), caseId(i), judgeInScope());
      }
    }
    return w;
  }

  /** The agenda as the rules compute it from every stream replayed on its own. */
  private static Agenda expectedAgenda(World w, LocalDate date) {
    List<CaseState> states = new ArrayList<>();
    for (CaseId id : w.store.streams(NETWORK)) {
      states.add(CaseState.replay(w.store.read(id)));
    }
    return AgendaRules.of(w.profile).forCases(states, date);
  }

  private static ManagementFigures expectedFigures(World w) {
    FiguresAccumulator acc =
        FiguresAccumulator.create(w.profile, YEAR, FiguresScope.network(NETWORK));
    for (CaseId id : w.store.streams(NETWORK)) {
      acc.acceptHistory(w.store.read(id));
    }
    return acc.result(w.profile.getAccess().getSmallCellThreshold());
  }

  private static Map<String, Integer> callsOf(Counted counted, Runnable read) {
    counted.reset();
    read.run();
    return counted.snapshot();
  }

  @Test
  void agendasAndFigures_costTheSameStoreCalls_forFewAndForManyCases() {
    List<List<Map<String, Integer>>> perSize = new ArrayList<>();
    for (int n : List.of(3, 60)) {
      World w = withCases(n);
      Counted counted = new Counted();
      CaseService service = service(w, counting(w.stores, counted, PASS));
      List<Map<String, Integer>> calls = new ArrayList<>();
      Agenda[] agenda = new Agenda[1];
      calls.add(
          callsOf(
              counted,
              () ->
                  agenda[0] =
                      service.networkAgenda(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, w.today())));
      assertEquals(expectedAgenda(w, w.today()).getObligations(), agenda[0].getObligations());
      calls.add(
          callsOf(
              counted,
              () -> service.networkAgenda(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, w.today())));
      calls.add(
          callsOf(counted, () -> service.myAgenda(NETWORK_DIRECTOR.getId(), LOOK, w.today())));
      ManagementFigures[] figures = new ManagementFigures[1];
      calls.add(
          callsOf(
              counted,
              () -> figures[0] = service.figures(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, YEAR)));
      assertEquals(expectedFigures(w), figures[0]);
      perSize.add(calls);
    }
    assertEquals(perSize.get(0), perSize.get(1), "store calls per read, 3 cases against 60");
    assertEquals(
        Map.of("readNetwork", 1), perSize.get(1).get(0), "the first agenda: one position read");
    assertEquals(
        Map.of("readNetwork", 1), perSize.get(1).get(1), "the next agenda: only what is new");
    assertEquals(Map.of("readNetwork", 1), perSize.get(1).get(3), "figures: one position read");
  }

  @Test
  void agenda_seesWhatWasAppendedSinceTheLastCall_throughAnyServiceOnTheStorage() {
    World w = withCases(5);
    Counted counted = new Counted();
    CaseService service = service(w, counting(w.stores, counted, PASS));
    service.networkAgenda(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, w.today());

    // another node writes: a new case and a judgement on an old one
    w.newService()
        .judgeReport(
            NETWORK_DIRECTOR.getId(), Purpose.of("judge report"), caseId(1), judgeInScope());
    w.newService()
        .reportSignal(
            HOUSING_MEMBER.getId(),
            Purpose.of("register report"),
            reportSignal(caseId(99), ClientNumber.of("client-0099"), w.today()),
            Optional.empty());
    Agenda after = service.networkAgenda(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, w.today());

    assertEquals(expectedAgenda(w, w.today()).getObligations(), after.getObligations());
    assertTrue(after.getObligations().stream().anyMatch(o -> o.getCaseId().equals(caseId(99))));
  }

  @Test
  void aNetworkLargerThanTheCacheBound_isReadWholeOnEveryCall_andStillComplete() {
    World w = withCases(20);
    Counted counted = new Counted();
    CaseService service =
        CaseService.builder()
            .stores(counting(w.stores, counted, PASS))
            .profile(NETWORK, w.profile)
            .clock(w.clock)
            .snapshotCacheSize(5)
            .build();

    for (int call = 0; call < 3; call++) {
      counted.reset();
      Agenda agenda = service.networkAgenda(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, w.today());
      assertEquals(expectedAgenda(w, w.today()).getObligations(), agenda.getObligations());
      assertEquals(Map.of("readNetwork", 1), counted.snapshot(), "call " + call);
    }
  }

  @Test
  void aCaseThatCannotBeRead_isReported_andEveryOtherCaseServed() {
    World w = withCases(6);
    CaseId bad = caseId(2);
    Interceptor undecodable =
        (method, args, real) -> {
          if (method.equals("readNetwork")) {
            throw new IllegalStateException("an event of " + bad + " no longer decodes");
          }
          if ((method.equals("read") || method.equals("version")) && bad.equals(args[0])) {
            throw new IllegalStateException("an event of " + bad + " no longer decodes");
          }
          return null;
        };
    CaseService service = service(w, counting(w.stores, new Counted(), undecodable));

    Agenda agenda = service.networkAgenda(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, w.today());
    ManagementFigures figures = service.figures(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, YEAR);

    assertEquals(
        List.of(bad), agenda.getUncomputable().stream().map(UncomputableCase::getCaseId).toList());
    assertEquals(
        expectedAgenda(w, w.today()).filter(o -> !o.getCaseId().equals(bad)).getObligations(),
        agenda.getObligations());
    assertEquals(List.of(bad), figures.getUncomputableCaseIds());
  }

  @Test
  void aCorruptStream_isReportedByTheProjection_andEveryOtherCaseServed() {
    World w = withCases(6);
    CaseId bad = caseId(4);
    Interceptor duplicating =
        (method, args, real) -> {
          if (!method.equals("readNetwork")) {
            return null;
          }
          List<StoredEvent> page =
              real.readNetwork(
                  (nl.lon.core.id.NetworkId) args[0], (Long) args[1], (Integer) args[2]);
          ImmutableList.Builder<StoredEvent> out = ImmutableList.builder();
          for (StoredEvent e : page) {
            out.add(e);
            CaseEvent event = e.getEvent();
            if (event.getCaseId().equals(bad) && event.getSequence() == 1) {
              out.add(e); // the signal twice: the stream cannot be folded
            }
          }
          return out.build();
        };
    CaseService service = service(w, counting(w.stores, new Counted(), duplicating));

    for (int call = 0; call < 2; call++) {
      Agenda agenda = service.networkAgenda(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, w.today());
      assertEquals(
          List.of(bad),
          agenda.getUncomputable().stream().map(UncomputableCase::getCaseId).toList(),
          "call " + call);
      assertEquals(
          expectedAgenda(w, w.today()).filter(o -> !o.getCaseId().equals(bad)).getObligations(),
          agenda.getObligations());
    }
    assertEquals(
        List.of(bad),
        service.figures(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, YEAR).getUncomputableCaseIds());
  }
}
