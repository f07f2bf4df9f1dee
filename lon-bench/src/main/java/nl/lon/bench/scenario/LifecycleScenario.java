package nl.lon.bench.scenario;

import static nl.lon.bench.scenario.BenchFixtures.NETWORK_DIRECTOR;
import static nl.lon.bench.scenario.BenchFixtures.TRAJECTORY_DIRECTOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Professional;
import nl.lon.core.state.CaseState;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.ProcessRules;
import nl.lon.service.CaseService;

/**
 * A full case lifecycle through the public {@link CaseService}, as a vendor's system would drive
 * it: ten commands from signal to closure, each with the service's access check, rules, optimistic
 * append and audit records.
 *
 * <ol>
 *   <li>signal received (network director; personal data into the vault);
 *   <li>report judged in scope (network director);
 *   <li>coordination decision (network director);
 *   <li>trajectory director appointed (network director);
 *   <li>life-domain scan (trajectory director);
 *   <li>integral picture (trajectory director);
 *   <li>plan adopted (trajectory director);
 *   <li>a progress report (trajectory director);
 *   <li>an evaluation deciding to close (trajectory director);
 *   <li>closure (trajectory director).
 * </ol>
 *
 * <p>Stateless; thread-safe as the service is.
 *
 * @since 0.1
 */
public final class LifecycleScenario {

  /** The commands of one lifecycle. */
  public static final int COMMANDS = 10;

  /** The steps after the signal, in order: what the BPMN process has as user tasks. */
  public static final List<CaseCommand> STEPS =
      List.of(
          BenchFixtures.JUDGE,
          BenchFixtures.COORDINATE,
          BenchFixtures.APPOINT,
          BenchFixtures.SCAN,
          BenchFixtures.PICTURE,
          BenchFixtures.PLAN,
          BenchFixtures.PROGRESS,
          BenchFixtures.EVALUATE,
          BenchFixtures.CLOSE);

  private LifecycleScenario() {}

  /**
   * Runs one lifecycle on a new case.
   *
   * @param service the case service
   * @param caseId the new case's id
   * @param n the case number (client number and signal id)
   * @return the state of the closed case
   */
  public static CaseState run(CaseService service, CaseId caseId, long n) {
    ProfessionalId nd = NETWORK_DIRECTOR.getId();
    ProfessionalId td = TRAJECTORY_DIRECTOR.getId();
    service.reportSignal(
        nd,
        BenchFixtures.REGISTER,
        BenchFixtures.signal(caseId, n),
        Optional.of(BenchFixtures.PERSONAL_DATA));
    service.judgeReport(nd, BenchFixtures.DIRECT, caseId, BenchFixtures.JUDGE);
    service.decideCoordination(nd, BenchFixtures.DIRECT, caseId, BenchFixtures.COORDINATE);
    service.appointTrajectoryDirector(nd, BenchFixtures.DIRECT, caseId, BenchFixtures.APPOINT);
    service.recordScan(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.SCAN);
    service.formIntegralPicture(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.PICTURE);
    service.adoptPlan(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.PLAN);
    service.reportProgress(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.PROGRESS);
    service.evaluate(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.EVALUATE);
    return service.close(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.CLOSE).state();
  }

  /**
   * Who carries out a step of {@link #STEPS}: the network director up to the appointment, then the
   * trajectory director.
   *
   * @param step the index in {@link #STEPS}
   * @return the actor
   */
  public static Professional actorOf(int step) {
    return step < 3 ? NETWORK_DIRECTOR : TRAJECTORY_DIRECTOR;
  }

  /**
   * The events the lifecycle's commands yield for a case, decided by the rules alone (no service,
   * store or audit): the input of the raw-JDBC and bare-fold floors and of prepared streams.
   *
   * @param caseId the case
   * @param n the case number
   * @param steps how many commands to decide: 1 (signal only) to {@link #COMMANDS}
   * @return the events in order
   */
  public static List<CaseEvent> events(CaseId caseId, long n, int steps) {
    Decider d = new Decider();
    d.decide(BenchFixtures.signal(caseId, n), NETWORK_DIRECTOR);
    for (int i = 0; i < steps - 1; i++) {
      d.decide(STEPS.get(i), actorOf(i));
    }
    return d.events;
  }

  /** Folds commands through the rules, collecting the events: a case without a store. */
  public static final class Decider {
    private final ProcessRules rules = ProcessRules.of(BenchFixtures.PROFILE);
    private final List<CaseEvent> events = new ArrayList<>();
    private final java.time.LocalDate day;
    private CaseState state = CaseState.empty();

    /** An empty case, decided on {@link BenchFixtures#DAY}. */
    public Decider() {
      this(BenchFixtures.DAY);
    }

    /**
     * An empty case, decided on another day: from {@link BenchFixtures#DAY} to two weeks later,
     * when the fixtures' plan activities fall due.
     *
     * @param day the business date of every command
     */
    public Decider(java.time.LocalDate day) {
      this.day = day;
    }

    /**
     * Decides a command and applies its events.
     *
     * @param command the command
     * @param actor the actor
     * @return this decider
     */
    public Decider decide(CaseCommand command, Professional actor) {
      CommandContext ctx =
          new CommandContext(day, day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC), actor);
      for (CaseEvent e : rules.decide(state, command, ctx).orElseThrow()) {
        state = state.apply(e);
        events.add(e);
      }
      return this;
    }

    /**
     * The events so far.
     *
     * @return the events, in order
     */
    public List<CaseEvent> events() {
      return events;
    }

    /**
     * The state so far.
     *
     * @return the state
     */
    public CaseState state() {
      return state;
    }
  }
}
