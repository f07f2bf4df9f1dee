package nl.lon.persistence.jdbc;

import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.GGD;
import static nl.lon.core.testing.Cast.HOUSING;
import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.ORGANISATIONS;
import static nl.lon.core.testing.Cast.OTHER_LON;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.PROFESSIONALS;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.RulesFixtures.DAY_0;
import static nl.lon.rules.testing.RulesFixtures.fullScan;
import static nl.lon.rules.testing.RulesFixtures.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.network.Professional;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.access.AccessPolicy;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.Commands;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;
import nl.lon.testkit.time.TestClock;

/**
 * A history entered late through the case service gives, read back from the storage, the same
 * cases, agenda and figures as the same history entered on time.
 *
 * <p>Each plan builds the milestones of a case (signal, judgement, coordination decision, integral
 * picture, appointment and plan) on advancing days, and a number of independent acts (information
 * added, home visits, network meetings, consents, scans, progress reports and progress talks), each
 * dated between the act it depends on and the last day, as the rules' own property does. Three
 * cases of one network get that history on two fresh storages of the same kind. On time, every act
 * is entered on its own day, in the order of the days. Late, the milestones are entered on time and
 * the independent acts all on the day after the last, in a random order of each case's own (acts of
 * the same day keep their order), with their business dates ({@link CaseService#execute(
 * nl.lon.core.id.ProfessionalId, Purpose, CaseId, CaseCommand, LocalDate, Optional)}). Another
 * service instance over each storage must then read the same states, network agenda and figures
 * (apart from registration delays). The small-cell threshold is at its minimum of three, so that
 * the counts of the three cases are published and compared, not hidden.
 */
final class ServiceReordering {

  private static final List<OrganisationId> INFORMANTS = List.of(AMW, GGD, HOUSING, POLICE);
  private static final Purpose WORK = Purpose.of("enter the case file");
  private static final List<CaseId> CASES =
      List.of(CaseId.of("case-order-1"), CaseId.of("case-order-2"), CaseId.of("case-order-3"));

  private ServiceReordering() {}

  /** The days between the milestones, the independent acts and the shuffle of one history. */
  record Plan(
      boolean leeuwarden,
      int toJudgement,
      int toCoordination,
      int toPicture,
      int toPlan,
      int toEnd,
      List<Integer> independent,
      long shuffle) {}

  /** A command with its business date, actor and place in the on-time order. */
  private record Act(
      CaseCommand command, LocalDate date, Professional actor, boolean milestone, int rank) {}

  /**
   * Plans with at most {@code maxIndependent} independent acts.
   *
   * @param maxIndependent the most independent acts
   * @return the plans
   */
  static Arbitrary<Plan> plans(int maxIndependent) {
    return Combinators.combine(
            Arbitraries.of(Boolean.TRUE, Boolean.FALSE),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(0, 9_999).list().ofMaxSize(maxIndependent),
            Arbitraries.longs())
        .as(Plan::new);
  }

  /** The preset with the smallest small-cell threshold. */
  private static MethodologyProfile profile(Plan plan) {
    MethodologyProfile preset =
        plan.leeuwarden() ? MethodologyProfile.leeuwarden() : MethodologyProfile.rotterdam();
    return MethodologyProfile.builder()
        .from(preset)
        .access(
            AccessPolicy.builder()
                .from(preset.getAccess())
                .smallCellThreshold(MethodologyProfile.MIN_SMALL_CELL_THRESHOLD)
                .build())
        .build();
  }

  /**
   * Enters the plan's history on time on one storage and late on the other, and compares what the
   * service reads back.
   *
   * @param plan the history
   * @param onTimeStores an empty storage
   * @param lateStores another empty storage of the same kind
   */
  static void check(Plan plan, Stores onTimeStores, Stores lateStores) {
    MethodologyProfile profile = profile(plan);
    LocalDate judged = DAY_0.plusDays(plan.toJudgement());
    LocalDate coordinated = judged.plusDays(plan.toCoordination());
    LocalDate pictured = coordinated.plusDays(plan.toPicture());
    LocalDate planned = pictured.plusDays(plan.toPlan());
    LocalDate end = planned.plusDays(plan.toEnd());

    // after the signal, which each case gets with its own id
    List<Act> milestones = new ArrayList<>();
    milestones.add(milestone(Commands.judgeInScope(), judged, NETWORK_DIRECTOR, milestones));
    milestones.add(
        milestone(Commands.coordinate(coordinated), coordinated, NETWORK_DIRECTOR, milestones));
    milestones.add(milestone(Commands.picture(), pictured, NETWORK_DIRECTOR, milestones));
    milestones.add(milestone(Commands.appoint(profile), planned, NETWORK_DIRECTOR, milestones));
    milestones.add(
        milestone(Commands.adoptPlan(planned), planned, TRAJECTORY_DIRECTOR, milestones));
    List<Act> acts = new ArrayList<>();
    for (int v : plan.independent()) {
      acts.add(independentAct(v, acts.size(), judged, coordinated, planned, end));
    }
    List<Act> onTime = new ArrayList<>(milestones);
    onTime.addAll(acts);
    onTime.sort(
        Comparator.comparing(Act::date)
            .thenComparing(a -> !a.milestone())
            .thenComparing(Act::rank));

    TestClock onTimeClock = TestClock.at(DAY_0);
    CaseService inOrder = open(onTimeStores, profile, onTimeClock);
    for (Act a : onTime) {
      onTimeClock.setDate(a.date());
      for (CaseId c : CASES) {
        enter(inOrder, c, a);
      }
    }

    TestClock lateClock = TestClock.at(DAY_0);
    CaseService late = open(lateStores, profile, lateClock);
    for (Act a : milestones) {
      lateClock.setDate(a.date());
      for (CaseId c : CASES) {
        enter(late, c, a);
      }
    }
    lateClock.setDate(end.plusDays(1));
    for (int i = 0; i < CASES.size(); i++) {
      for (Act a : lateOrder(acts, new Random(plan.shuffle() + i))) {
        enter(late, CASES.get(i), a);
      }
    }

    // read back by fresh instances, nothing kept in memory, on the same day
    onTimeClock.setDate(end.plusDays(1));
    CaseService a = service(onTimeStores, profile, onTimeClock);
    CaseService b = service(lateStores, profile, lateClock);
    for (CaseId c : CASES) {
      assertEquals(
          a.read(NETWORK_DIRECTOR.getId(), WORK, c),
          b.read(NETWORK_DIRECTOR.getId(), WORK, c),
          "state of " + c.getValue());
      assertEquals(
          a.timeline(NETWORK_DIRECTOR.getId(), WORK, c).size(),
          b.timeline(NETWORK_DIRECTOR.getId(), WORK, c).size(),
          "every act stored late");
    }
    LocalDate today = end.plusDays(1);
    Agenda onTimeAgenda = a.networkAgenda(NETWORK_DIRECTOR.getId(), WORK, NETWORK, today);
    Agenda lateAgenda = b.networkAgenda(NETWORK_DIRECTOR.getId(), WORK, NETWORK, today);
    assertFalse(onTimeAgenda.getObligations().isEmpty(), "an agenda to compare");
    assertEquals(onTimeAgenda.getObligations(), lateAgenda.getObligations(), "network agenda");
    assertEquals(onTimeAgenda.getUncomputable(), lateAgenda.getUncomputable(), "uncomputable");
    ReportingPeriod year = ReportingPeriod.ofYear(DAY_0.getYear());
    ManagementFigures onTimeFigures = a.figures(NETWORK_DIRECTOR.getId(), WORK, NETWORK, year);
    ManagementFigures lateFigures = b.figures(NETWORK_DIRECTOR.getId(), WORK, NETWORK, year);
    assertEquals(
        OptionalLong.of(CASES.size()),
        lateFigures.getCasesSignalled().getValue(),
        "the three cases are counted, not suppressed");
    assertEquals(onTimeFigures.getTables(), lateFigures.getTables(), "tables");
    assertEquals(onTimeFigures.getDurations(), lateFigures.getDurations(), "durations");
    assertEquals(onTimeFigures.getDeadlines(), lateFigures.getDeadlines(), "deadlines");
    assertEquals(onTimeFigures.getPolicySignals(), lateFigures.getPolicySignals(), "signals");
    assertEquals(
        onTimeFigures.getUncomputableCaseIds(), lateFigures.getUncomputableCaseIds(), "complete");
  }

  /** The directory on the storage, a service, and the three cases' signals on the first day. */
  private static CaseService open(Stores stores, MethodologyProfile profile, TestClock clock) {
    stores.directory().put(LON);
    stores.directory().put(OTHER_LON);
    ORGANISATIONS.forEach(stores.directory()::put);
    PROFESSIONALS.forEach(stores.directory()::put);
    CaseService service = service(stores, profile, clock);
    clock.setDate(DAY_0);
    for (CaseId c : CASES) {
      service.reportSignal(
          NETWORK_DIRECTOR.getId(),
          Purpose.of("register report"),
          Commands.reportSignal(c, ClientNumber.of("C-" + c.getValue()), DAY_0),
          Optional.empty());
    }
    return service;
  }

  private static CaseService service(Stores stores, MethodologyProfile profile, TestClock clock) {
    return CaseService.builder().stores(stores).profile(NETWORK, profile).clock(clock).build();
  }

  /** Enters an act dated on its day, whatever the clock's day. */
  private static void enter(CaseService service, CaseId c, Act a) {
    service.execute(a.actor().getId(), WORK, c, a.command(), a.date(), Optional.empty());
  }

  private static Act milestone(
      CaseCommand command, LocalDate date, Professional actor, List<Act> before) {
    return new Act(command, date, actor, true, before.size());
  }

  /** An independent act from one number: its kind, its day in its window and its details. */
  private static Act independentAct(
      int v, int rank, LocalDate judged, LocalDate coordinated, LocalDate planned, LocalDate end) {
    int kind = v % 7;
    int rest = v / 7;
    LocalDate from =
        switch (kind) {
          case 0, 1 -> judged;
          case 2, 3 -> DAY_0;
          case 4 -> coordinated;
          default -> planned;
        };
    LocalDate date = from.plusDays(rest % (ChronoUnit.DAYS.between(from, end) + 1));
    boolean flag = (rest / 64) % 2 == 0;
    OrganisationId organisation = INFORMANTS.get((rest / 128) % INFORMANTS.size());
    CaseCommand command =
        switch (kind) {
          case 0 ->
              new CaseCommand.AddInformation(organisation, "known to " + organisation.getValue());
          case 1 ->
              new CaseCommand.RecordHomeVisit(
                  Set.of(TRAJECTORY_DIRECTOR.getId()), "visited on " + date, flag);
          case 2 -> new CaseCommand.HoldMeeting(meeting(MeetingKind.NETWORK_MEETING, date, false));
          case 3 -> new CaseCommand.RecordConsent(CaseFixtures.consent(date));
          case 4 -> new CaseCommand.RecordScan(fullScan(date));
          case 5 -> new CaseCommand.ReportProgress(ProgressReport.of("progress on " + date, flag));
          default -> new CaseCommand.HoldProgressTalk("talk on " + date);
        };
    Professional actor = kind == 5 ? TRAJECTORY_DIRECTOR : NETWORK_DIRECTOR;
    return new Act(command, date, actor, false, rank);
  }

  /** A random order of entry in which acts of the same day keep their on-time order. */
  private static List<Act> lateOrder(List<Act> acts, Random random) {
    List<Act> shuffled = new ArrayList<>(acts);
    Collections.shuffle(shuffled, random);
    Map<LocalDate, List<Act>> byDay = new TreeMap<>();
    for (Act a : acts) {
      byDay.computeIfAbsent(a.date(), d -> new ArrayList<>()).add(a);
    }
    Map<LocalDate, Integer> taken = new TreeMap<>();
    List<Act> order = new ArrayList<>(shuffled.size());
    for (Act a : shuffled) {
      int i = taken.merge(a.date(), 1, Integer::sum) - 1;
      order.add(byDay.get(a.date()).get(i));
    }
    return order;
  }
}
