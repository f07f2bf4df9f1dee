package nl.lon.rules.process;

import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.GGD;
import static nl.lon.core.testing.Cast.HOUSING;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.RulesFixtures.CASE;
import static nl.lon.rules.testing.RulesFixtures.CLIENT;
import static nl.lon.rules.testing.RulesFixtures.DAY_0;
import static nl.lon.rules.testing.RulesFixtures.fullScan;
import static nl.lon.rules.testing.RulesFixtures.meeting;
import static nl.lon.rules.testing.RulesFixtures.recordedAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.network.Professional;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.state.CaseState;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.figures.FiguresAccumulator;
import nl.lon.rules.figures.FiguresScope;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.Commands;

/**
 * A history entered late gives the same case as the same history entered on time.
 *
 * <p>Each try builds the milestones of a case (signal, judgement, coordination decision, integral
 * picture, appointment and plan) on advancing days, and a number of independent acts (information
 * added, home visits, network meetings, consents, scans, progress reports and progress talks), each
 * dated at random between the act it depends on and the last day. On time, every act is recorded on
 * its own day, in the order of the days. Late, the milestones are recorded on time and the
 * independent acts all after the plan, in a random order (acts of the same day keep their order, as
 * a tie is decided by the order of recording), with their original business dates. The state, the
 * agenda and the figures (apart from registration delays) must be the same. Were the fold to take
 * the latest progress report, meeting, scan or consent by recording order, they would differ.
 */
class LateEntryProperties {

  private static final List<OrganisationId> ORGANISATIONS = List.of(AMW, GGD, HOUSING, POLICE);

  /** A command with its business date, actor and place in the on-time order. */
  record Act(
      CaseCommand command, LocalDate date, Professional actor, boolean milestone, int rank) {}

  @Property(tries = 300)
  void decide_independentActsRecordedLateInAnyOrder_sameStateAgendaAndFigures(
      @ForAll boolean leeuwarden,
      @ForAll @IntRange(min = 0, max = 5) int toJudgement,
      @ForAll @IntRange(min = 0, max = 10) int toCoordination,
      @ForAll @IntRange(min = 0, max = 5) int toPicture,
      @ForAll @IntRange(min = 0, max = 5) int toPlan,
      @ForAll @IntRange(min = 0, max = 40) int toEnd,
      @ForAll @Size(max = 16) List<@IntRange(min = 0, max = 9_999) Integer> independent,
      @ForAll long shuffle) {
    MethodologyProfile profile =
        leeuwarden ? MethodologyProfile.leeuwarden() : MethodologyProfile.rotterdam();
    LocalDate judged = DAY_0.plusDays(toJudgement);
    LocalDate coordinated = judged.plusDays(toCoordination);
    LocalDate pictured = coordinated.plusDays(toPicture);
    LocalDate planned = pictured.plusDays(toPlan);
    LocalDate end = planned.plusDays(toEnd);

    List<Act> milestones = new ArrayList<>();
    milestones.add(
        milestone(Commands.reportSignal(CASE, CLIENT, DAY_0), DAY_0, NETWORK_DIRECTOR, milestones));
    milestones.add(milestone(Commands.judgeInScope(), judged, NETWORK_DIRECTOR, milestones));
    milestones.add(
        milestone(Commands.coordinate(coordinated), coordinated, NETWORK_DIRECTOR, milestones));
    milestones.add(milestone(Commands.picture(), pictured, NETWORK_DIRECTOR, milestones));
    milestones.add(milestone(Commands.appoint(profile), planned, NETWORK_DIRECTOR, milestones));
    milestones.add(
        milestone(Commands.adoptPlan(planned), planned, TRAJECTORY_DIRECTOR, milestones));

    List<Act> acts = new ArrayList<>();
    for (int v : independent) {
      acts.add(independentAct(v, acts.size(), DAY_0, judged, coordinated, planned, end));
    }

    List<Act> onTime = new ArrayList<>(milestones);
    onTime.addAll(acts);
    onTime.sort(
        Comparator.comparing(Act::date)
            .thenComparing(a -> !a.milestone())
            .thenComparing(Act::rank));
    Recorded inOrder = new Recorded(profile);
    for (Act a : onTime) {
      inOrder.decide(a, recordedAt(a.date()).plusSeconds(inOrder.events.size()));
    }

    Recorded late = new Recorded(profile);
    for (Act a : milestones) {
      late.decide(a, recordedAt(a.date()).plusSeconds(late.events.size()));
    }
    for (Act a : lateOrder(acts, new Random(shuffle))) {
      late.decide(a, recordedAt(end.plusDays(1)).plusSeconds(late.events.size()));
    }

    assertEquals(inOrder.state, late.state, "state");
    AgendaRules agenda = AgendaRules.of(profile);
    assertEquals(
        agenda.forCase(inOrder.state, end.plusDays(1)).getObligations(),
        agenda.forCase(late.state, end.plusDays(1)).getObligations(),
        "agenda");
    ManagementFigures onTimeFigures = figures(profile, inOrder.events);
    ManagementFigures lateFigures = figures(profile, late.events);
    assertEquals(onTimeFigures.getTables(), lateFigures.getTables(), "tables");
    assertEquals(onTimeFigures.getDurations(), lateFigures.getDurations(), "durations");
    assertEquals(onTimeFigures.getDeadlines(), lateFigures.getDeadlines(), "deadlines");
    assertEquals(onTimeFigures.getPolicySignals(), lateFigures.getPolicySignals(), "signals");
  }

  private static Act milestone(
      CaseCommand command, LocalDate date, Professional actor, List<Act> before) {
    return new Act(command, date, actor, true, before.size());
  }

  /** An independent act from one number: its kind, its day in its window and its details. */
  private static Act independentAct(
      int v,
      int rank,
      LocalDate signalled,
      LocalDate judged,
      LocalDate coordinated,
      LocalDate planned,
      LocalDate end) {
    int kind = v % 7;
    int rest = v / 7;
    LocalDate from =
        switch (kind) {
          case 0, 1 -> judged;
          case 2, 3 -> signalled;
          case 4 -> coordinated;
          default -> planned;
        };
    LocalDate date = from.plusDays(rest % (ChronoUnit.DAYS.between(from, end) + 1));
    boolean flag = (rest / 64) % 2 == 0;
    OrganisationId organisation = ORGANISATIONS.get((rest / 128) % ORGANISATIONS.size());
    return switch (kind) {
      case 0 ->
          new Act(
              new CaseCommand.AddInformation(organisation, "known to " + organisation.getValue()),
              date,
              NETWORK_DIRECTOR,
              false,
              rank);
      case 1 ->
          new Act(
              new CaseCommand.RecordHomeVisit(
                  Set.of(TRAJECTORY_DIRECTOR.getId()), "visited on " + date, flag),
              date,
              NETWORK_DIRECTOR,
              false,
              rank);
      case 2 ->
          new Act(
              new CaseCommand.HoldMeeting(meeting(MeetingKind.NETWORK_MEETING, date, false)),
              date,
              NETWORK_DIRECTOR,
              false,
              rank);
      case 3 ->
          new Act(
              new CaseCommand.RecordConsent(CaseFixtures.consent(date)),
              date,
              NETWORK_DIRECTOR,
              false,
              rank);
      case 4 ->
          new Act(new CaseCommand.RecordScan(fullScan(date)), date, NETWORK_DIRECTOR, false, rank);
      case 5 ->
          new Act(
              new CaseCommand.ReportProgress(ProgressReport.of("progress on " + date, flag)),
              date,
              TRAJECTORY_DIRECTOR,
              false,
              rank);
      default ->
          new Act(
              new CaseCommand.HoldProgressTalk("talk on " + date),
              date,
              NETWORK_DIRECTOR,
              false,
              rank);
    };
  }

  /** A random order of recording in which acts of the same day keep their on-time order. */
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

  private static ManagementFigures figures(MethodologyProfile profile, List<CaseEvent> events) {
    return FiguresAccumulator.create(
            profile,
            ReportingPeriod.ofYear(DAY_0.getYear()),
            FiguresScope.network(nl.lon.core.testing.Cast.NETWORK))
        .acceptHistory(events)
        .result(1);
  }

  /** A case being recorded: every act must be accepted. */
  private static final class Recorded {
    private final ProcessRules rules;
    CaseState state = CaseState.empty();
    final List<CaseEvent> events = new ArrayList<>();

    Recorded(MethodologyProfile profile) {
      this.rules = ProcessRules.of(profile);
    }

    void decide(Act act, Instant recordedAt) {
      Decision d =
          rules.decide(
              state, act.command(), new CommandContext(act.date(), recordedAt, act.actor()));
      assertTrue(d.isAccepted(), () -> act + " refused: " + d.getViolations());
      for (CaseEvent e : d.getEvents()) {
        state = state.apply(e);
        events.add(e);
      }
    }
  }
}
