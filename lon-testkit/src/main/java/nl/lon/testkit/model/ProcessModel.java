package nl.lon.testkit.model;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.ChangeDetector;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.LonException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.network.Professional;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.CommandReceipt;
import nl.lon.service.Purpose;
import nl.lon.testkit.time.TestClock;

/**
 * A stateful model of the process (procesmodel): a {@link CaseService} of one network under a
 * methodology profile, on in-memory stores and a {@link TestClock}, and the cases it handles, acted
 * on by jqwik action chains whose actions are the service's use cases ({@link UseCase}).
 *
 * <p>Each action moves the clock on by up to two weeks, picks a case and a member of the {@link
 * ProcessCast}, and gives the command with arguments drawn from {@link
 * nl.lon.testkit.arbitraries.LonArbitraries} and from choices that lean to what a network usually
 * does: mostly the act that moves the case on, sometimes another act that fits its step, now and
 * then one that does not fit at all, so refusals are exercised too. The service decides; what it
 * accepts is in the case's stream ({@link #getHistory}), every attempt is in {@link #getActs()}.
 * Invariants ({@link ProcessInvariants}) are checked after each action; when one fails, jqwik
 * shrinks the chain to the shortest sequence of acts with the simplest arguments.
 *
 * <pre>{@code
 * @Property(tries = 50)
 * void invariantsHold(@ForAll("chains") ActionChain<ProcessModel> chain) {
 *   ProcessInvariants.addTo(chain).run();
 * }
 *
 * @Provide
 * Arbitrary<ActionChain<ProcessModel>> chains() {
 *   return ProcessModel.chains(MethodologyProfile.enschede()).withMaxTransformations(30);
 * }
 * }</pre>
 *
 * <p>Compiled in {@code
 * examples/src/test/java/nl/lon/examples/snippets/KitSnippetsProperties.java}.
 *
 * <p>{@link nl.lon.testkit.arbitraries.CaseHistories} is a view of this model: the history of the
 * one case of a chain. A model is mutable and belongs to the one chain that runs it; not
 * thread-safe.
 *
 * @since 0.3
 */
public final class ProcessModel {

  /** The first day of a model made by {@link #chains(MethodologyProfile)}: Monday 2 March 2026. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 3, 2);

  /** The purpose the model gives for every command and read. */
  public static final Purpose PURPOSE = Purpose.of("act in the process model");

  private static final int DEFAULT_MAX_CASES = 3;
  private static final int DEFAULT_MAX_ACTIONS = 40;

  private final MethodologyProfile profile;
  private final int maxCases;
  private final InMemoryStores stores = new InMemoryStores();
  private final TestClock clock;
  private final CaseService service;
  private final List<CaseId> cases = new ArrayList<>();
  private final Map<CaseId, CaseState> states = new HashMap<>();
  private final List<Act> acts = new ArrayList<>();
  private long events;

  private ProcessModel(MethodologyProfile profile, LocalDate start, int maxCases) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.maxCases = maxCases;
    this.clock = TestClock.at(Objects.requireNonNull(start, "start"));
    stores.directory().put(ProcessCast.NETWORK);
    ProcessCast.organisations().forEach(stores.directory()::put);
    ProcessCast.professionals().forEach(stores.directory()::put);
    this.service =
        CaseService.builder()
            .stores(stores)
            .profile(ProcessCast.NETWORK_ID, profile)
            .clock(clock)
            .build();
  }

  /**
   * A model with no case yet, its clock at nine on the start day.
   *
   * @param profile the network's methodology profile
   * @param start the first day
   * @param maxCases how many cases signals may open, 1 to 20
   * @return the model
   * @throws IllegalArgumentException when {@code maxCases} is out of range
   */
  public static ProcessModel start(MethodologyProfile profile, LocalDate start, int maxCases) {
    return new ProcessModel(profile, start, checkMaxCases(maxCases));
  }

  /**
   * Action chains of up to 40 acts on up to three cases of a network under a profile, starting on
   * {@link #DEFAULT_START}.
   *
   * @param profile the network's methodology profile
   * @return the chains; change their length with {@link
   *     ActionChainArbitrary#withMaxTransformations(int)}
   */
  public static ActionChainArbitrary<ProcessModel> chains(MethodologyProfile profile) {
    return chains(profile, DEFAULT_START, DEFAULT_MAX_CASES);
  }

  /**
   * Action chains of up to 40 acts on the cases of a network under a profile.
   *
   * @param profile the network's methodology profile
   * @param start the first day
   * @param maxCases how many cases signals may open, 1 to 20
   * @return the chains
   * @throws IllegalArgumentException when {@code maxCases} is out of range
   */
  public static ActionChainArbitrary<ProcessModel> chains(
      MethodologyProfile profile, LocalDate start, int maxCases) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(start, "start");
    checkMaxCases(maxCases);
    ActionChainArbitrary<ProcessModel> chains =
        ActionChain.startWith(() -> new ProcessModel(profile, start, maxCases));
    for (UseCase useCase : UseCase.values()) {
      for (UseCaseAction.Level level : UseCaseAction.Level.values()) {
        if (useCase == UseCase.RECEIVE_SIGNAL && level == UseCaseAction.Level.ANY) {
          continue;
        }
        UseCaseAction action = new UseCaseAction(useCase, level, profile);
        chains = chains.withAction(action.weight(), action);
      }
    }
    return chains.withMaxTransformations(DEFAULT_MAX_ACTIONS).improveShrinkingWith(EventCount::new);
  }

  private static int checkMaxCases(int maxCases) {
    if (maxCases < 1 || maxCases > 20) {
      throw new IllegalArgumentException("max cases must be 1 to 20, was " + maxCases);
    }
    return maxCases;
  }

  /** Tells jqwik that an act that left no event did not change the model, to shrink it first. */
  private static final class EventCount implements ChangeDetector<ProcessModel> {
    private long before;

    @Override
    public void before(ProcessModel model) {
      before = model.events;
    }

    @Override
    public boolean hasChanged(ProcessModel model) {
      return model.events != before;
    }
  }

  // -------------------------------------------------------------------------------------------
  // what the model holds

  /**
   * The network's methodology profile.
   *
   * @return the profile
   */
  public MethodologyProfile getProfile() {
    return profile;
  }

  /**
   * The case service the acts are given to.
   *
   * @return the service
   */
  public CaseService getService() {
    return service;
  }

  /**
   * The in-memory stores behind the service: events, audit log, vault and directory.
   *
   * @return the stores
   */
  public InMemoryStores getStores() {
    return stores;
  }

  /**
   * The model's clock; each act moves it on.
   *
   * @return the clock
   */
  public TestClock getClock() {
    return clock;
  }

  /**
   * Today, by the model's clock.
   *
   * @return the day
   */
  public LocalDate today() {
    return clock.today();
  }

  /**
   * The cases opened so far, in the order of their signals.
   *
   * @return the case ids
   */
  public ImmutableList<CaseId> getCases() {
    return ImmutableList.copyOf(cases);
  }

  /**
   * A case's stream as the event store holds it.
   *
   * @param caseId a case of the model
   * @return its events, from the signal on
   */
  public ImmutableList<CaseEvent> getHistory(CaseId caseId) {
    return ImmutableList.copyOf(stores.eventStore().read(caseId));
  }

  /**
   * A case's state as the service last returned it (replayed from the stream where the acting
   * professional was not allowed to read it).
   *
   * @param caseId a case of the model
   * @return the state, or empty for a case the model does not hold
   */
  public Optional<CaseState> getState(CaseId caseId) {
    return Optional.ofNullable(states.get(caseId));
  }

  /**
   * The network's agenda today, as its network director reads it through the service (an audited
   * read).
   *
   * @return the agenda of every open and followed case
   */
  public Agenda networkAgenda() {
    return service.networkAgenda(
        ProcessCast.NETWORK_DIRECTOR.getId(), PURPOSE, ProcessCast.NETWORK_ID, today());
  }

  /**
   * Every act given so far, accepted or not, in order.
   *
   * @return the acts
   */
  public ImmutableList<Act> getActs() {
    return ImmutableList.copyOf(acts);
  }

  /**
   * The number of events in all the model's streams.
   *
   * @return the count
   */
  public long getEventCount() {
    return events;
  }

  /**
   * How many cases signals may open.
   *
   * @return 1 or more
   */
  public int getMaxCases() {
    return maxCases;
  }

  @Override
  public String toString() {
    return "ProcessModel["
        + profile.getName()
        + ", "
        + cases.size()
        + " case(s), "
        + events
        + " event(s), acts:"
        + acts.stream().map(a -> "\n    " + a).collect(Collectors.joining())
        + "]";
  }

  // -------------------------------------------------------------------------------------------
  // acting

  /**
   * How well a use case fits a case of the model: 2 moves it on, 1 fits its step, 0 not. On a case
   * that nothing fits any more (handed over), every use case counts as fitting: all are refused.
   */
  int fit(UseCase useCase, int ordinal) {
    List<UseCase> plausible = UseCaseArguments.plausible(states.get(cases.get(ordinal)));
    if (plausible.isEmpty()) {
      return 1;
    }
    if (!plausible.contains(useCase)) {
      return 0;
    }
    return plausible.get(0) == useCase ? 2 : 1;
  }

  /** Whether some case fits a use case at least this well (0: any case). */
  boolean applies(UseCase useCase, int minFit) {
    for (int i = 0; i < cases.size(); i++) {
      if (fit(useCase, i) >= minFit) {
        return true;
      }
    }
    return false;
  }

  /** Opens a case with a signal, after some days. */
  void open(SignalArguments signal, int days, int actorPick) {
    // the model starts on the day of its first signal
    advance(cases.isEmpty() ? 0 : days);
    if (cases.size() >= maxCases) {
      skip(UseCase.RECEIVE_SIGNAL, Optional.empty(), "receive a signal (no room for a case)");
      return;
    }
    int number = cases.size() + 1;
    CaseId caseId = CaseId.of("lon-testkit-case-" + number);
    CaseCommand.ReportSignal command =
        signal.command(caseId, ClientNumber.of("C-" + number), today(), profile);
    Professional actor = ProcessCast.professionals().get(actorPick % 3);
    try {
      CommandReceipt r = service.reportSignal(actor.getId(), PURPOSE, command, Optional.empty());
      cases.add(caseId);
      accepted(UseCase.RECEIVE_SIGNAL, caseId, actor, r, signal.toString());
    } catch (LonException e) {
      failed(UseCase.RECEIVE_SIGNAL, Optional.of(caseId), actor, e, signal.toString());
    }
  }

  /** Gives a use case's command on a case, after some days. */
  void act(
      UseCase useCase,
      int minFit,
      int pick,
      UseCaseArguments.Arguments arguments,
      int days,
      int actorPick) {
    advance(days);
    if (cases.isEmpty()) {
      skip(useCase, Optional.empty(), arguments + " (no case yet)");
      return;
    }
    List<CaseId> fitting = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      if (fit(useCase, i) >= minFit) {
        fitting.add(cases.get(i));
      }
    }
    List<CaseId> among = fitting.isEmpty() ? cases : fitting;
    CaseId caseId = among.get(pick % among.size());
    Optional<UseCaseArguments.Candidate> candidate =
        arguments.command(new UseCaseArguments.Context(states.get(caseId), today(), profile));
    if (candidate.isEmpty()) {
      skip(useCase, Optional.of(caseId), arguments + " (nothing to refer to)");
      return;
    }
    Professional actor =
        actorPick < 7 ? candidate.get().actor() : ProcessCast.professionals().get(actorPick % 3);
    try {
      CommandReceipt r =
          service.execute(
              actor.getId(), PURPOSE, caseId, candidate.get().command(), Optional.empty());
      accepted(useCase, caseId, actor, r, arguments.toString());
    } catch (LonException e) {
      failed(useCase, Optional.of(caseId), actor, e, arguments.toString());
    }
  }

  private void advance(int days) {
    clock.advanceDays(days);
    clock.advance(Duration.ofSeconds(1));
  }

  private void accepted(
      UseCase useCase, CaseId caseId, Professional actor, CommandReceipt r, String description) {
    CaseState before = states.getOrDefault(caseId, CaseState.empty());
    CaseState after =
        r.getState().orElseGet(() -> CaseState.replay(stores.eventStore().read(caseId)));
    states.put(caseId, after);
    events += after.getVersion() - before.getVersion();
    acts.add(
        new Act(
            useCase,
            Optional.of(caseId),
            Optional.of(actor.getId()),
            today(),
            Act.Outcome.ACCEPTED,
            Set.of(),
            description));
  }

  private void failed(
      UseCase useCase,
      Optional<CaseId> caseId,
      Professional actor,
      LonException e,
      String description) {
    Act.Outcome outcome;
    Set<String> rules = new LinkedHashSet<>();
    if (e instanceof RuleViolationException refused) {
      outcome = Act.Outcome.REFUSED;
      refused.getViolations().stream().map(Violation::rule).forEach(rules::add);
    } else if (e instanceof AccessDeniedException denied) {
      outcome = Act.Outcome.DENIED;
      rules.add(denied.getRule());
    } else {
      outcome = Act.Outcome.FAILED;
      rules.add(e.getClass().getSimpleName());
    }
    acts.add(
        new Act(useCase, caseId, Optional.of(actor.getId()), today(), outcome, rules, description));
  }

  private void skip(UseCase useCase, Optional<CaseId> caseId, String description) {
    acts.add(
        new Act(
            useCase,
            caseId,
            Optional.empty(),
            today(),
            Act.Outcome.SKIPPED,
            Set.of(),
            description));
  }
}
