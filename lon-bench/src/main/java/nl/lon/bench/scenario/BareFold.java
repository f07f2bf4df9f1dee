package nl.lon.bench.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The computation floor: the lifecycle's ten events as plain Java records, folded into a plain
 * state record by a switch, with no rules, no store, no audit, no validation and no immutable
 * collections.
 *
 * <p>Each run builds the ten events for a new case (carrying the same data as the domain events:
 * ids, dates, the scan's scores, the plan's goals) and folds them from the empty state.
 *
 * @since 0.1
 */
public final class BareFold {

  private BareFold() {}

  /** The event kinds of the lifecycle. */
  public enum Kind {
    /** Step 1. */
    SIGNAL_RECEIVED,
    /** Step 2. */
    REPORT_JUDGED,
    /** Step 3. */
    COORDINATION_DECIDED,
    /** Step 4. */
    DIRECTOR_APPOINTED,
    /** Step 4. */
    SCAN_RECORDED,
    /** Step 4. */
    PICTURE_FORMED,
    /** Step 5. */
    PLAN_ADOPTED,
    /** Step 6. */
    PROGRESS_REPORTED,
    /** Step 7. */
    EVALUATION_RECORDED,
    /** Step 8. */
    CASE_CLOSED
  }

  /**
   * One event: what every event carries, and its payload.
   *
   * @param kind the kind
   * @param caseId the case
   * @param sequence the sequence in the case
   * @param businessDate the business date
   * @param recordedAt the recorded instant
   * @param actor the acting professional
   * @param payload the kind's data
   */
  public record Event(
      Kind kind,
      String caseId,
      long sequence,
      LocalDate businessDate,
      Instant recordedAt,
      String actor,
      Object payload) {}

  /**
   * The signal's data.
   *
   * @param network the network
   * @param client the client number
   * @param signalId the signal id
   * @param concerns the concerns
   * @param description the description
   */
  public record Signal(
      String network, String client, String signalId, List<String> concerns, String description) {}

  /**
   * The judgement's data.
   *
   * @param judgement the judgement
   * @param reason the reason
   * @param targetGroup the target group
   */
  public record Judgement(String judgement, String reason, String targetGroup) {}

  /**
   * The plan's data.
   *
   * @param version the version
   * @param goals the goal codes
   */
  public record Plan(int version, List<String> goals) {}

  /**
   * The state of a case.
   *
   * @param caseId the case
   * @param version the events folded
   * @param step the process step, 1 to 9
   * @param open whether the case is open
   * @param network the network
   * @param client the client number
   * @param trajectoryDirector the trajectory director, or null
   * @param scan the latest scan's scores, or null
   * @param plan the plan, or null
   * @param lastProgressOn the last progress report's date, or null
   * @param closingReason the closure reason, or null
   */
  public record State(
      String caseId,
      long version,
      int step,
      boolean open,
      String network,
      String client,
      String trajectoryDirector,
      Map<String, Integer> scan,
      Plan plan,
      LocalDate lastProgressOn,
      String closingReason) {

    /** The state before any event. */
    public static final State EMPTY =
        new State(null, 0, 0, false, null, null, null, null, null, null, null);
  }

  private static final List<String> CONCERNS =
      List.of("NUISANCE", "DEBTS", "PSYCHOLOGICAL_PROBLEMS", "DOMESTIC_SQUALOR");
  private static final Map<String, Integer> SCORES =
      Map.ofEntries(
          Map.entry("FINANCES", 1),
          Map.entry("HOUSING", 1),
          Map.entry("MENTAL_HEALTH", 2),
          Map.entry("JUSTICE", 2),
          Map.entry("SOCIAL_NETWORK", 3),
          Map.entry("WORK_AND_EDUCATION", 4),
          Map.entry("TIME_USE", 4),
          Map.entry("DOMESTIC_RELATIONS", 4),
          Map.entry("PHYSICAL_HEALTH", 4),
          Map.entry("SUBSTANCE_USE", 4),
          Map.entry("BASIC_ADL", 4),
          Map.entry("INSTRUMENTAL_ADL", 4),
          Map.entry("COMMUNITY_PARTICIPATION", 4));
  private static final Plan PLAN = new Plan(1, List.of("g-housing", "g-income"));

  /**
   * Builds the ten events of a new case and folds them.
   *
   * @param caseId the case
   * @param n the case number
   * @return the closed case's state
   */
  public static State run(String caseId, long n) {
    LocalDate day = BenchFixtures.DAY;
    Instant now = BenchFixtures.NOW;
    String nd = "nd-1";
    String td = "td-1";
    Event[] events = {
      new Event(
          Kind.SIGNAL_RECEIVED,
          caseId,
          1,
          day,
          now,
          nd,
          new Signal(
              "bench-noord",
              "C-" + n,
              "sig-" + n,
              CONCERNS,
              "neighbours complain; rent arrears; house neglected")),
      new Event(
          Kind.REPORT_JUDGED,
          caseId,
          2,
          day,
          now,
          nd,
          new Judgement("IN_SCOPE", "multi-problem household, five life domains", "CARE_MISSER")),
      new Event(Kind.COORDINATION_DECIDED, caseId, 3, day, now, nd, "COORDINATE"),
      new Event(Kind.DIRECTOR_APPOINTED, caseId, 4, day, now, nd, td),
      new Event(Kind.SCAN_RECORDED, caseId, 5, day, now, td, SCORES),
      new Event(Kind.PICTURE_FORMED, caseId, 6, day, now, td, "integral picture"),
      new Event(Kind.PLAN_ADOPTED, caseId, 7, day, now, td, PLAN),
      new Event(Kind.PROGRESS_REPORTED, caseId, 8, day, now, td, "payment plan agreed"),
      new Event(Kind.EVALUATION_RECORDED, caseId, 9, day, now, td, Boolean.TRUE),
      new Event(Kind.CASE_CLOSED, caseId, 10, day, now, td, "SELF_RELIANT_AGAIN"),
    };
    State s = State.EMPTY;
    for (Event e : events) {
      s = apply(s, e);
    }
    return s;
  }

  /**
   * Folds one event.
   *
   * @param s the state
   * @param e the event
   * @return the next state
   */
  @SuppressWarnings("unchecked")
  public static State apply(State s, Event e) {
    long v = e.sequence();
    return switch (e.kind()) {
      case SIGNAL_RECEIVED -> {
        Signal sig = (Signal) e.payload();
        yield new State(
            e.caseId(), v, 2, true, sig.network(), sig.client(), null, null, null, null, null);
      }
      case REPORT_JUDGED ->
          new State(
              s.caseId(), v, 3, s.open(), s.network(), s.client(), null, null, null, null, null);
      case COORDINATION_DECIDED ->
          new State(
              s.caseId(), v, 4, s.open(), s.network(), s.client(), null, null, null, null, null);
      case DIRECTOR_APPOINTED ->
          new State(
              s.caseId(),
              v,
              s.step(),
              s.open(),
              s.network(),
              s.client(),
              (String) e.payload(),
              s.scan(),
              s.plan(),
              null,
              null);
      case SCAN_RECORDED ->
          new State(
              s.caseId(),
              v,
              s.step(),
              s.open(),
              s.network(),
              s.client(),
              s.trajectoryDirector(),
              (Map<String, Integer>) e.payload(),
              s.plan(),
              null,
              null);
      case PICTURE_FORMED ->
          new State(
              s.caseId(),
              v,
              5,
              s.open(),
              s.network(),
              s.client(),
              s.trajectoryDirector(),
              s.scan(),
              s.plan(),
              null,
              null);
      case PLAN_ADOPTED ->
          new State(
              s.caseId(),
              v,
              6,
              s.open(),
              s.network(),
              s.client(),
              s.trajectoryDirector(),
              s.scan(),
              (Plan) e.payload(),
              null,
              null);
      case PROGRESS_REPORTED ->
          new State(
              s.caseId(),
              v,
              6,
              s.open(),
              s.network(),
              s.client(),
              s.trajectoryDirector(),
              s.scan(),
              s.plan(),
              e.businessDate(),
              null);
      case EVALUATION_RECORDED ->
          new State(
              s.caseId(),
              v,
              8,
              s.open(),
              s.network(),
              s.client(),
              s.trajectoryDirector(),
              s.scan(),
              s.plan(),
              s.lastProgressOn(),
              null);
      case CASE_CLOSED ->
          new State(
              s.caseId(),
              v,
              9,
              false,
              s.network(),
              s.client(),
              s.trajectoryDirector(),
              s.scan(),
              s.plan(),
              s.lastProgressOn(),
              (String) e.payload());
    };
  }
}
