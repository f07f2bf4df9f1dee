package nl.lon.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.EscalationRequested;
import nl.lon.core.event.EventType;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.InformationRequested;
import nl.lon.core.event.LifeDomainScanRecorded;
import nl.lon.core.event.MeetingHeld;
import nl.lon.core.event.ProgressReported;
import nl.lon.core.event.ProgressTalkHeld;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.network.Professional;
import nl.lon.core.state.CaseState;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.figures.FiguresAccumulator;
import nl.lon.rules.figures.FiguresScope;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Generated histories whose closing run of independent acts is recorded again, later and in another
 * order, through the process rules: the case state, the agenda and the figures (apart from
 * registration delays) are those of the history as generated.
 *
 * <p>The independent acts are information requested or added, home visits, meetings, scans,
 * progress reports, progress talks, requests for escalation and consents recorded: nothing in the
 * process depends on their order. Those at the end of a history cut after a random event (after its
 * last act of any other kind) are turned back into commands and decided again, with their original
 * business dates and actors, one day after the last recording, in a random order in which acts of
 * the same day (scans: of the same scoring day) keep their order.
 */
class LateEntryHistoryProperties {

  private static final Set<EventType> INDEPENDENT =
      Set.of(
          EventType.INFORMATION_REQUESTED,
          EventType.INFORMATION_ADDED,
          EventType.HOME_VISIT_RECORDED,
          EventType.MEETING_HELD,
          EventType.LIFE_DOMAIN_SCAN_RECORDED,
          EventType.PROGRESS_REPORTED,
          EventType.PROGRESS_TALK_HELD,
          EventType.ESCALATION_REQUESTED,
          EventType.CONSENT_RECORDED);

  @Provide
  Arbitrary<List<CaseEvent>> rotterdam() {
    return CaseHistories.histories(MethodologyProfile.rotterdam()).ofMaxCommands(60);
  }

  @Provide
  Arbitrary<List<CaseEvent>> enschede() {
    return CaseHistories.histories(MethodologyProfile.enschede()).ofMaxCommands(60);
  }

  @Property(tries = 1000)
  void rotterdam_closingIndependentActsRecordedLate_sameCase(
      @ForAll("rotterdam") List<CaseEvent> history, @ForAll int cut, @ForAll long shuffle) {
    check(MethodologyProfile.rotterdam(), prefix(history, cut), shuffle);
  }

  @Property(tries = 1000)
  void enschede_closingIndependentActsRecordedLate_sameCase(
      @ForAll("enschede") List<CaseEvent> history, @ForAll int cut, @ForAll long shuffle) {
    check(MethodologyProfile.enschede(), prefix(history, cut), shuffle);
  }

  /** A history as it stood after some of its events (every prefix of a history is one). */
  private static List<CaseEvent> prefix(List<CaseEvent> history, int cut) {
    return history.subList(0, 1 + Math.floorMod(cut, history.size()));
  }

  private static void check(MethodologyProfile profile, List<CaseEvent> history, long shuffle) {
    int start = history.size();
    while (start > 1 && INDEPENDENT.contains(history.get(start - 1).getType())) {
      start--;
    }
    List<CaseEvent> prefix = history.subList(0, start);
    List<CaseEvent> closing = history.subList(start, history.size());
    Statistics.label("independent acts at the end").collect(Math.min(closing.size(), 5));

    ProcessRules rules = ProcessRules.of(profile);
    CaseState state = CaseState.replay(prefix);
    List<CaseEvent> late = new ArrayList<>(prefix);
    Instant recordedAt = history.get(history.size() - 1).getRecordedAt().plusSeconds(86_400);
    for (CaseEvent e : lateOrder(closing, new Random(shuffle))) {
      CommandContext ctx =
          new CommandContext(
              e.getBusinessDate(),
              recordedAt,
              actor(e),
              java.util.Optional.empty(),
              java.util.Optional.of(CaseHistories.NETWORK));
      recordedAt = recordedAt.plusSeconds(1);
      CaseCommand command = command(e);
      Decision d = rules.decide(state, command, ctx);
      CaseState before = state;
      assertTrue(d.isAccepted(), () -> command + " refused on " + before + ": " + d);
      for (CaseEvent accepted : d.getEvents()) {
        state = state.apply(accepted);
        late.add(accepted);
      }
    }

    CaseState onTime = CaseState.replay(history);
    assertEquals(onTime, state, "state");
    AgendaRules agenda = AgendaRules.of(profile);
    java.time.LocalDate today = history.get(history.size() - 1).getBusinessDate().plusDays(1);
    assertEquals(
        agenda.forCase(onTime, today).getObligations(),
        agenda.forCase(state, today).getObligations(),
        "agenda");
    ManagementFigures a = figures(profile, history);
    ManagementFigures b = figures(profile, late);
    assertEquals(a.getTables(), b.getTables(), "tables");
    assertEquals(a.getDurations(), b.getDurations(), "durations");
    assertEquals(a.getDeadlines(), b.getDeadlines(), "deadlines");
    assertEquals(a.getPolicySignals(), b.getPolicySignals(), "policy signals");
  }

  private static ManagementFigures figures(MethodologyProfile profile, List<CaseEvent> events) {
    int year = ((SignalReceived) events.get(0)).getSignal().getReceivedOn().getYear();
    return FiguresAccumulator.create(
            profile, ReportingPeriod.ofYear(year), FiguresScope.network(CaseHistories.NETWORK_ID))
        .acceptHistory(events)
        .result(1);
  }

  /** A random order in which events with the same tie key keep their order. */
  private static List<CaseEvent> lateOrder(List<CaseEvent> events, Random random) {
    List<CaseEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, random);
    Map<String, List<CaseEvent>> byKey = new HashMap<>();
    for (CaseEvent e : events) {
      byKey.computeIfAbsent(tie(e), k -> new ArrayList<>()).add(e);
    }
    Map<String, Integer> taken = new HashMap<>();
    List<CaseEvent> order = new ArrayList<>();
    for (CaseEvent e : shuffled) {
      String key = tie(e);
      order.add(byKey.get(key).get(taken.merge(key, 1, Integer::sum) - 1));
    }
    return order;
  }

  /** Events whose relative order decides a tie: scans by scoring day, the rest by business date. */
  private static String tie(CaseEvent e) {
    if (e instanceof LifeDomainScanRecorded s) {
      return "scan " + s.getScan().getScoredOn();
    }
    return "act " + e.getBusinessDate();
  }

  private static Professional actor(CaseEvent e) {
    return CaseHistories.cast().stream()
        .filter(p -> p.getId().equals(e.getMetadata().getActor()))
        .findFirst()
        .orElseThrow();
  }

  private static CaseCommand command(CaseEvent e) {
    return switch (e.getType()) {
      case INFORMATION_REQUESTED ->
          new CaseCommand.RequestInformation(
              ((InformationRequested) e).getOrganisations(),
              ((InformationRequested) e).getQuestion());
      case INFORMATION_ADDED ->
          new CaseCommand.AddInformation(
              ((InformationAdded) e).getOrganisation(), ((InformationAdded) e).getSummary());
      case HOME_VISIT_RECORDED -> {
        HomeVisitRecorded v = (HomeVisitRecorded) e;
        yield new CaseCommand.RecordHomeVisit(
            v.getVisitors(), v.getFindings(), v.isClientReached());
      }
      case MEETING_HELD -> new CaseCommand.HoldMeeting(((MeetingHeld) e).getMeeting());
      case LIFE_DOMAIN_SCAN_RECORDED ->
          new CaseCommand.RecordScan(((LifeDomainScanRecorded) e).getScan());
      case PROGRESS_REPORTED -> new CaseCommand.ReportProgress(((ProgressReported) e).getReport());
      case PROGRESS_TALK_HELD ->
          new CaseCommand.HoldProgressTalk(((ProgressTalkHeld) e).getSummary());
      case ESCALATION_REQUESTED ->
          new CaseCommand.RequestEscalation(
              ((EscalationRequested) e).getKind(), ((EscalationRequested) e).getBottleneck());
      case CONSENT_RECORDED -> new CaseCommand.RecordConsent(((ConsentRecorded) e).getConsent());
      default -> throw new AssertionError("not an independent act: " + e.getType());
    };
  }
}
