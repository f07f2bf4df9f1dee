package nl.lon.bench.scenario;

import java.util.List;
import java.util.Optional;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.state.CaseState;
import nl.lon.service.CaseService;

/**
 * The cost of one more command on a long case: cases are prepared with a given number of events,
 * then one more {@code AddInformation} goes through the {@link CaseService}.
 *
 * <p>A prepared case has the lifecycle up to the adopted plan (seven events), then alternately a
 * partner's information and a progress report, up to the wanted length. Its events are decided by
 * the rules and appended in batches of 100, and the case is read once through the service (so its
 * snapshot is cached, as for any case in use); none of that is measured. Each prepared case takes
 * at most a tenth of its length in measured appends (at least one), so the stream length stays
 * within 10% of the nominal length.
 *
 * <p>Both lengths are treated alike: cases are prepared in blocks of {@value #EVENTS_PER_BLOCK}
 * events (1,000 cases of 10 events, or 1 case of 10,000 events), and each block yields 1,000
 * measured appends, so preparation interrupts the measured appends equally often.
 *
 * <p>Not thread-safe: one thread per scenario.
 *
 * @since 0.1
 */
public final class AppendScenario implements AutoCloseable {

  /** The events prepared per block. */
  public static final int EVENTS_PER_BLOCK = 10_000;

  /**
   * Prepared events are appended in batches of this many: {@code AppendResult}'s check builds its
   * error message for every position, which makes one append quadratic in its batch size.
   */
  private static final int BATCH = 100;

  private final CaseStores stores;
  private final CaseService service;
  private final int length;
  private final int budget;
  private final java.util.ArrayDeque<CaseId> ready = new java.util.ArrayDeque<>();
  private long cases;
  private CaseId current;
  private int appendsOnCurrent;
  private long appended;

  /**
   * Opens fresh stores and prepares the first block of cases.
   *
   * @param backend where the service keeps its data
   * @param length the stream length before each measured append (at least 7)
   */
  public AppendScenario(CaseStores.Backend backend, int length) {
    if (length < 7) {
      throw new IllegalArgumentException(
          "a prepared case has at least the 7 events up to the plan");
    }
    this.stores = CaseStores.open(backend, "append");
    this.service = stores.service();
    this.length = length;
    this.budget = Math.max(1, length / 10);
    this.appendsOnCurrent = budget;
    next();
  }

  /**
   * Moves to the next prepared case when the current one took its share of appends, preparing a
   * block of cases when none is left; call before each measured append, outside the measurement.
   */
  public void next() {
    if (appendsOnCurrent < budget) {
      return;
    }
    if (ready.isEmpty()) {
      for (int i = 0, n = Math.max(1, EVENTS_PER_BLOCK / length); i < n; i++) {
        ready.add(prepare());
      }
    }
    current = ready.poll();
    appendsOnCurrent = 0;
  }

  /**
   * One more command on the current case, through the service.
   *
   * @return the state after it
   */
  public CaseState append() {
    CaseState s =
        service
            .addInformation(
                BenchFixtures.TRAJECTORY_DIRECTOR.getId(),
                BenchFixtures.TRAJECTORY,
                current,
                BenchFixtures.ADD_INFORMATION)
            .state();
    appendsOnCurrent++;
    appended++;
    return s;
  }

  /**
   * The stored version of the current case, for checks.
   *
   * @return the version
   */
  public long currentVersion() {
    return stores.events().version(current);
  }

  /**
   * The measured appends so far.
   *
   * @return the count
   */
  public long appended() {
    return appended;
  }

  private CaseId prepare() {
    long n = ++cases;
    CaseId id = BenchFixtures.caseId("append" + length, n);
    LifecycleScenario.Decider d = new LifecycleScenario.Decider();
    d.decide(BenchFixtures.signal(id, n), BenchFixtures.NETWORK_DIRECTOR);
    for (int i = 0; i < 6; i++) {
      d.decide(LifecycleScenario.STEPS.get(i), LifecycleScenario.actorOf(i));
    }
    for (int i = d.events().size(); i < length; i++) {
      d.decide(
          i % 2 == 0 ? BenchFixtures.ADD_INFORMATION : BenchFixtures.PROGRESS,
          BenchFixtures.TRAJECTORY_DIRECTOR);
    }
    List<CaseEvent> events = d.events();
    for (int from = 0; from < events.size(); from += BATCH) {
      List<CaseEvent> batch = events.subList(from, Math.min(events.size(), from + BATCH));
      stores.events().append(id, BenchFixtures.NETWORK_ID, from, batch, Optional.empty());
    }
    CaseState loaded =
        service.read(BenchFixtures.TRAJECTORY_DIRECTOR.getId(), BenchFixtures.TRAJECTORY, id);
    if (loaded.getVersion() != length) {
      throw new IllegalStateException(
          "prepared " + id + " has " + loaded.getVersion() + " events, not " + length);
    }
    return id;
  }

  /** Drops the stores. */
  @Override
  public void close() {
    stores.close();
  }
}
