package nl.lon.simulation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.lon.core.error.LonException;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.jdbc.JdbcStores;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.process.CaseCommand;
import nl.lon.service.CaseService;
import nl.lon.service.CommandReceipt;
import nl.lon.service.Purpose;
import nl.lon.simulation.ProgressListener;
import nl.lon.simulation.SimulationHost;
import nl.lon.simulation.SimulationSettings;
import nl.lon.simulation.ToldCases;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Plays the simulated cases through a real {@link CaseService} on an embedded H2 database: every
 * act at the instant it is recorded (the day it happened, at five in the afternoon, plus a
 * registration delay of zero to five days), in the order of those instants, so the clock only moves
 * forward. Single-threaded; one engine per run.
 */
public final class SimulationEngine {
  private static final Purpose PURPOSE = Purpose.of("simulated case work");
  private static final LocalTime RECORDED_AT = LocalTime.of(17, 0);

  private static final LocalTime TOLD_AT = LocalTime.of(9, 0);

  private final SimulationSettings settings;
  private final ProgressListener progress;
  private final Optional<SimulationHost> host;
  private final LocalDate end;
  private final ZoneId zone = Network.AMSTERDAM;

  /** What the engine counted, read by the report. */
  public final Tally tally = new Tally();

  /**
   * An engine for one run.
   *
   * @param settings what to play
   * @param progress told after each simulated day
   */
  public SimulationEngine(SimulationSettings settings, ProgressListener progress) {
    this(settings, progress, Optional.empty());
  }

  /**
   * An engine for one run, in an embedder's stores and network when a host is given.
   *
   * @param settings what to play
   * @param progress told after each simulated day
   * @param host where to play, or empty for a fresh embedded H2 database
   * @throws IllegalArgumentException when a host is given and the settings ask for more than one
   *     network
   */
  public SimulationEngine(
      SimulationSettings settings, ProgressListener progress, Optional<SimulationHost> host) {
    this.settings = settings;
    this.progress = progress;
    this.host = host;
    this.end = settings.getStart().plusDays(settings.getDays() - 1L);
    if (host.isPresent() && settings.getNetworks() != 1) {
      throw new IllegalArgumentException(
          "a simulation host holds one network; the settings ask for " + settings.getNetworks());
    }
  }

  /** What a run counted. */
  public static final class Tally {
    /** Signals received. */
    public int signals;

    /** Judged out of scope. */
    public int outOfScope;

    /** Closures. */
    public int closures;

    /** Open on the last day. */
    public int openAtEnd;

    /** Average caseload per trajectory director of the first network, by id. */
    public final Map<String, Double> firstNetworkCaseload = new java.util.LinkedHashMap<>();

    /** The highest month-end caseload of one trajectory director. */
    public int tdPeak;

    /** The average month-end caseload of a network director. */
    public double ndAverage;

    /** The highest month-end caseload of a network director. */
    public int ndPeak;

    /** Escalations raised. */
    public int escalations;

    /** Escalations resolved, by kind. */
    public final Map<ResolutionKind, Integer> outcomes = new EnumMap<>(ResolutionKind.class);

    /** Drop-outs found at follow-up. */
    public int dropOuts;

    /** Reopened after a drop-out. */
    public int reopened;

    /** Acts recorded. */
    public long acts;

    /** Acts per case-month. */
    public double actsPerCaseMonth;

    /** Events stored. */
    public long events;

    /** Audit records stored. */
    public long auditRecords;

    /** Refusals, with case and reason. */
    public final List<String> refusals = new ArrayList<>();

    /** The first network's figures. */
    public ManagementFigures figures;
  }

  /** One case while it runs. */
  private static final class Run {
    final CaseId id;
    final int network;
    final int trajectoryDirector;
    final List<PlannedAct> acts;
    final SplittableRandom registration;
    final List<LocalDate[]> trajectories = new ArrayList<>();
    final List<LocalDate[]> openSpans = new ArrayList<>();
    int next;
    Instant lastRecorded = Instant.MIN;
    Optional<CaseState> state = Optional.empty();
    long version;

    void open(LocalDate on) {
      openSpans.add(new LocalDate[] {on, null});
    }

    void end(List<LocalDate[]> spans, LocalDate on) {
      if (!spans.isEmpty() && spans.get(spans.size() - 1)[1] == null) {
        spans.get(spans.size() - 1)[1] = on;
      }
    }

    boolean isOpen() {
      return !openSpans.isEmpty() && openSpans.get(openSpans.size() - 1)[1] == null;
    }

    Run(CaseId id, int network, CaseFate fate, List<PlannedAct> acts) {
      this.id = id;
      this.network = network;
      this.trajectoryDirector = fate.trajectoryDirector;
      this.acts = acts;
      this.registration = new SplittableRandom(fate.registrationSeed);
    }
  }

  private record Pending(Instant at, long order, Run run) {}

  /**
   * Runs the simulation.
   *
   * @return the counts, also in {@link #tally}
   */
  public Tally run() {
    if (host.isPresent()) {
      return run(host.get().getStores());
    }
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:lon-simulation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try {
      return run(JdbcStores.create(ds));
    } finally {
      shutdown(ds);
    }
  }

  private Tally run(Stores stores) {
    MovableClock clock = new MovableClock(settings.getStart().atStartOfDay(zone).toInstant(), zone);
    CaseService.Builder service = CaseService.builder().stores(stores).clock(clock);
    List<SimulatedNetwork> networks = new ArrayList<>();
    for (int n = 1; n <= settings.getNetworks(); n++) {
      SimulatedNetwork net =
          host.isPresent()
              ? SimulatedNetwork.adopt(
                  stores.directory(),
                  host.get().getNetwork(),
                  settings.getTrajectoryDirectorsPerNetwork())
              : SimulatedNetwork.register(
                  stores.directory(),
                  n,
                  settings.getInhabitantsPerNetwork(),
                  settings.getTrajectoryDirectorsPerNetwork());
      networks.add(net);
      service.profile(net.id(), settings.getProfile());
    }
    host.ifPresent(h -> h.getOtherNetworks().forEach(service::profile));
    CaseService cases = service.build();
    List<Run> runs = arrivals(networks);
    PriorityQueue<Pending> queue =
        new PriorityQueue<>(
            (a, b) -> {
              int c = a.at().compareTo(b.at());
              return c != 0 ? c : Long.compare(a.order(), b.order());
            });
    long order = 0;
    for (Run r : runs) {
      schedule(queue, r, order++);
    }
    ToldCases told = host.map(SimulationHost::getToldCases).orElse(ToldCases.NONE);
    java.util.ArrayDeque<LocalDate> toldDays = new java.util.ArrayDeque<>();
    for (LocalDate d : told.days()) {
      if (!d.isBefore(settings.getStart()) && !d.isAfter(end)) {
        toldDays.add(d);
      }
    }
    int dayReported = -1;
    while (!queue.isEmpty() || !toldDays.isEmpty()) {
      Instant next = queue.isEmpty() ? Instant.MAX : queue.peek().at();
      if (!toldDays.isEmpty() && !toldInstant(toldDays.peek()).isAfter(next)) {
        LocalDate day = toldDays.poll();
        clock.moveTo(toldInstant(day));
        told.play(day, cases);
        continue;
      }
      Pending p = queue.poll();
      clock.moveTo(p.at());
      int day =
          (int) ChronoUnit.DAYS.between(settings.getStart(), p.at().atZone(zone).toLocalDate());
      if (day > dayReported) {
        dayReported = Math.min(day, settings.getDays());
        progress.progressed(dayReported, settings.getDays());
      }
      Run r = p.run();
      if (play(cases, networks.get(r.network), r)) {
        schedule(queue, r, order++);
      }
    }
    progress.progressed(settings.getDays(), settings.getDays());
    clock.moveTo(end.plusDays(1).atTime(RECORDED_AT).atZone(zone).toInstant());
    count(runs, networks, stores, cases);
    return tally;
  }

  private Instant toldInstant(LocalDate day) {
    return day.atTime(TOLD_AT).atZone(zone).toInstant();
  }

  /** Draws every network's signals over the simulated days, with their fates and courses. */
  private List<Run> arrivals(List<SimulatedNetwork> networks) {
    List<Run> runs = new ArrayList<>();
    double perDay =
        settings.getSignalsPerThousandPerYear()
            * settings.getInhabitantsPerNetwork()
            / 1000.0
            / 365.0;
    for (int n = 0; n < networks.size(); n++) {
      SimulatedNetwork net = networks.get(n);
      SplittableRandom arrivals = new SplittableRandom(settings.getSeed() * 1_000_003L + n);
      MeetingCalendar meetings =
          new MeetingCalendar(
              settings.getStart(), settings.getProfile().getNetworkMeetingIntervalDays());
      double t = 0;
      int i = 0;
      while (true) {
        t += -Math.log(1 - arrivals.nextDouble()) / perDay;
        if (t >= settings.getDays()) {
          break;
        }
        i++;
        LocalDate on = CaseScript.weekday(settings.getStart().plusDays((long) t));
        if (on.isAfter(end)) {
          break;
        }
        CaseFate fate =
            new CaseFate(
                settings,
                new SplittableRandom(arrivals.nextLong()),
                settings.getTrajectoryDirectorsPerNetwork());
        CaseId id = CaseId.of(String.format("%s-%05d", net.id().getValue(), i));
        ClientNumber client = ClientNumber.of(String.format("%S-%05d", net.id().getValue(), i));
        runs.add(
            new Run(
                id,
                n,
                fate,
                CaseScript.of(id, client, on, fate, settings.getProfile(), net, meetings::next)));
      }
    }
    return runs;
  }

  private void schedule(PriorityQueue<Pending> queue, Run r, long order) {
    if (r.next >= r.acts.size()) {
      return;
    }
    PlannedAct act = r.acts.get(r.next);
    if (act.on().isAfter(end)) {
      return;
    }
    double u = r.registration.nextDouble();
    int delay = u < 0.7 ? 0 : u < 0.9 ? 1 : 2 + r.registration.nextInt(4);
    Instant at = act.on().plusDays(delay).atTime(RECORDED_AT).atZone(zone).toInstant();
    if (!at.isAfter(r.lastRecorded)) {
      at = r.lastRecorded.plusSeconds(1);
    }
    r.lastRecorded = at;
    queue.add(new Pending(at, order, r));
  }

  /** Plays the case's next act; false when the case stops (refused). */
  private boolean play(CaseService cases, SimulatedNetwork net, Run r) {
    PlannedAct act = r.acts.get(r.next);
    CaseCommand command = act.command().apply(r.state);
    CommandReceipt receipt;
    try {
      if (command instanceof CaseCommand.ReportSignal signal) {
        receipt = cases.reportSignal(act.actor(), PURPOSE, signal, Optional.empty());
        tally.signals++;
      } else {
        receipt = cases.execute(act.actor(), PURPOSE, r.id, command, act.on(), Optional.empty());
      }
    } catch (LonException | IllegalStateException e) {
      tally.refusals.add(
          r.id.getValue()
              + " "
              + act.on()
              + " "
              + command.getClass().getSimpleName()
              + ": "
              + e.getMessage());
      return false;
    }
    tally.acts++;
    r.version = receipt.getVersion();
    if (receipt.getState().isPresent()) {
      r.state = receipt.getState();
    }
    note(r, act, command);
    r.next++;
    return true;
  }

  /** Keeps what the report needs of an act that was recorded. */
  private void note(Run r, PlannedAct act, CaseCommand command) {
    if (command instanceof CaseCommand.ReportSignal) {
      r.open(act.on());
    } else if (command instanceof CaseCommand.JudgeReport j
        && j.judgement() == nl.lon.core.process.ReportJudgement.OUT_OF_SCOPE) {
      tally.outOfScope++;
      r.end(r.openSpans, act.on());
    } else if (command instanceof CaseCommand.AppointTrajectoryDirector) {
      r.trajectories.add(new LocalDate[] {act.on(), null});
    } else if (command instanceof CaseCommand.Close) {
      tally.closures++;
      r.end(r.openSpans, act.on());
      r.end(r.trajectories, act.on());
    } else if (command instanceof CaseCommand.Escalate) {
      tally.escalations++;
    } else if (command instanceof CaseCommand.ResolveEscalation res) {
      tally.outcomes.merge(res.resolution().getKind(), 1, Integer::sum);
    } else if (command instanceof CaseCommand.RecordFollowUp f
        && f.check().getOutcome() == FollowUpOutcome.DROPPED_OUT) {
      tally.dropOuts++;
      if (settings.getProfile().getFollowUp().isDropOutReopens()) {
        tally.reopened++;
        r.open(act.on());
      }
    } else if (command instanceof CaseCommand.Reopen) {
      tally.reopened++;
      r.open(act.on());
    }
  }

  private void count(
      List<Run> runs, List<SimulatedNetwork> networks, Stores stores, CaseService cases) {
    for (ResolutionKind kind : ResolutionKind.values()) {
      tally.outcomes.putIfAbsent(kind, 0);
    }
    List<LocalDate> monthEnds = new ArrayList<>();
    for (LocalDate d = settings.getStart().plusMonths(1).minusDays(1);
        !d.isAfter(end);
        d = d.plusMonths(1)) {
      monthEnds.add(d);
    }
    int tds = settings.getTrajectoryDirectorsPerNetwork();
    long[] firstNetworkTotals = new long[tds];
    long ndSum = 0;
    double caseMonths = 0;
    for (LocalDate monthEnd : monthEnds) {
      int[][] held = new int[networks.size()][tds];
      int[] open = new int[networks.size()];
      for (Run r : runs) {
        if (covers(r.openSpans, monthEnd)) {
          open[r.network]++;
        }
        if (covers(r.trajectories, monthEnd)) {
          held[r.network][r.trajectoryDirector]++;
        }
      }
      for (int n = 0; n < networks.size(); n++) {
        ndSum += open[n];
        tally.ndPeak = Math.max(tally.ndPeak, open[n]);
        for (int k = 0; k < tds; k++) {
          tally.tdPeak = Math.max(tally.tdPeak, held[n][k]);
          if (n == 0) {
            firstNetworkTotals[k] += held[n][k];
          }
        }
      }
    }
    int months = Math.max(1, monthEnds.size());
    tally.ndAverage = round((double) ndSum / months / networks.size());
    for (int k = 0; k < tds; k++) {
      tally.firstNetworkCaseload.put(
          networks.get(0).trajectoryDirectors().get(k).getValue(),
          round((double) firstNetworkTotals[k] / months));
    }
    for (Run r : runs) {
      for (LocalDate[] span : r.openSpans) {
        LocalDate last = span[1] == null ? end : span[1];
        caseMonths += (ChronoUnit.DAYS.between(span[0], last) + 1) / 30.44;
      }
      tally.events += r.version;
      if (r.isOpen()) {
        tally.openAtEnd++;
      }
    }
    tally.actsPerCaseMonth = caseMonths == 0 ? 0 : round(tally.acts / caseMonths);
    ProfessionalId director = networks.get(0).director();
    tally.figures =
        cases.figures(
            director,
            Purpose.of("simulation report"),
            networks.get(0).id(),
            ReportingPeriod.of(settings.getStart(), end));
    for (SimulatedNetwork n : networks) {
      tally.auditRecords += stores.auditLog().size(n.id());
    }
  }

  /** Whether one of the spans (from its first day, up to but not on its last) holds the day. */
  private static boolean covers(List<LocalDate[]> spans, LocalDate day) {
    for (LocalDate[] span : spans) {
      if (!span[0].isAfter(day) && (span[1] == null || span[1].isAfter(day))) {
        return true;
      }
    }
    return false;
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  private static void shutdown(JdbcDataSource ds) {
    try (java.sql.Connection c = ds.getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (java.sql.SQLException e) {
      // the database lives in memory only; nothing is lost when closing it fails
    }
  }
}
