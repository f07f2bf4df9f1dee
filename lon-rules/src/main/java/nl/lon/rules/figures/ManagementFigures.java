package nl.lon.rules.figures;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Management and policy information over the cases of a network or region signalled in a period
 * (stuurinformatie), after small-cell suppression.
 *
 * <p>Produced by {@link FiguresAccumulator#result(int)}. Every count is in a {@link Table}:
 *
 * <ul>
 *   <li>{@link FigureKey#CASES_SIGNALLED}: cases per month of receipt; its total is the number of
 *       cases the figures are about ({@link #getCasesSignalled()});
 *   <li>{@link FigureKey#SIGNAL_SOURCE}, {@link FigureKey#TARGET_GROUP}, {@link
 *       FigureKey#LIFE_DOMAIN}, {@link FigureKey#ORGANISATIONS_INVOLVED}: who is reached and who
 *       works on it;
 *   <li>{@link FigureKey#OUTCOME}, {@link FigureKey#FOLLOW_UP}: how cases end and whether they come
 *       back (recidivism);
 *   <li>{@link FigureKey#DEADLINE} (one per deadline the profile sets), {@link
 *       FigureKey#ESCALATION}, {@link FigureKey#ESCALATION_RUNG}, {@link FigureKey#CASELOAD},
 *       {@link FigureKey#POLICY_SIGNAL} and {@link FigureKey#UNRESOLVED_BOTTLENECK}.
 * </ul>
 *
 * <p>Lead times are in {@link #getDurations()}, how long after each kind of act it was recorded in
 * {@link #getRegistrationDelays()}, deadline compliance with its share in {@link #getDeadlines()},
 * and the policy signals as rows per blocker in {@link #getPolicySignals()} (whose cells are those
 * of the policy-signal table). Cases whose history could not be computed are left out of every
 * figure and listed by id in {@link #getUncomputableCaseIds()}; check {@link #isComplete()} before
 * publishing. Two results are equal when all their published values and uncomputable case ids are
 * equal. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ManagementFigures {

  ManagementFigures() {}

  /**
   * The period whose signalled cases are counted (periode).
   *
   * @return the period
   * @since 0.1
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * The network or region (werkgebied).
   *
   * @return the scope
   * @since 0.1
   */
  public abstract FiguresScope getScope();

  /**
   * The id of the methodology profile whose deadlines and scan threshold were applied (profiel).
   *
   * @return the profile id
   * @since 0.1
   */
  public abstract String getProfileId();

  /**
   * The smallest published count (onderdrukkingsdrempel).
   *
   * @return at least 1
   * @since 0.1
   */
  public abstract int getSuppressionThreshold();

  /**
   * Every table, in {@link FigureKey} order (tabellen).
   *
   * @return the tables
   * @since 0.1
   */
  public abstract ImmutableList<Table> getTables();

  /**
   * The lead times from signal to each step, in {@link FigureMilestone} order (doorlooptijden).
   *
   * @return one figure per milestone
   * @since 0.1
   */
  public abstract ImmutableList<DurationFigure> getDurations();

  /**
   * How long after each kind of act it was recorded, in {@link nl.lon.core.event.EventType} order
   * (registratievertraging); see {@link RegistrationDelayFigure}.
   *
   * @return one figure per event type
   * @since 0.1
   */
  public abstract ImmutableList<RegistrationDelayFigure> getRegistrationDelays();

  /**
   * How long after acts of one kind they were recorded (registratievertraging).
   *
   * @param type the kind of act
   * @return the figure; its observations are 0 when no act of the kind was recorded
   * @throws java.util.NoSuchElementException when the figures were built without delays
   * @since 0.1
   */
  public RegistrationDelayFigure registrationDelay(nl.lon.core.event.EventType type) {
    Args.notNull(type, "ManagementFigures.type");
    return getRegistrationDelays().stream()
        .filter(d -> d.getEventType() == type)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Deadline compliance, for each deadline the profile sets (termijnnaleving).
   *
   * @return the figures, in {@link FigureDeadline} order
   * @since 0.1
   */
  public abstract ImmutableList<DeadlineFigure> getDeadlines();

  /**
   * The blockers behind resolved escalations (beleidssignalen): first the rows whose cells are all
   * published, by their total descending and then by name, then the rows with a suppressed cell, by
   * name, so the order reveals nothing a suppressed cell hides.
   *
   * @return the rows
   * @since 0.1
   */
  public abstract ImmutableList<BlockerFigure> getPolicySignals();

  /**
   * The cases that count (signalled in the period, in scope) but whose history could not be
   * computed, sorted by id (niet te berekenen casussen). They are left out of every other figure,
   * including {@link #getCasesSignalled()}; see {@link FiguresAccumulator}. Case ids are not
   * personal data; they are not suppressed.
   *
   * @return the case ids, distinct and sorted by value; empty when every case was computed
   * @since 0.1
   */
  public abstract ImmutableList<CaseId> getUncomputableCaseIds();

  /**
   * The number of cases that count but could not be computed (aantal niet te berekenen casussen).
   *
   * @return the size of {@link #getUncomputableCaseIds()}
   * @since 0.1
   */
  public int getUncomputableCases() {
    return getUncomputableCaseIds().size();
  }

  /**
   * Whether every case that counts was computed (volledig).
   *
   * @return true when {@link #getUncomputableCaseIds()} is empty
   * @since 0.1
   */
  public boolean isComplete() {
    return getUncomputableCaseIds().isEmpty();
  }

  /**
   * The number of cases signalled in the period (aantal gesignaleerde casussen).
   *
   * @return the total of the {@link FigureKey#CASES_SIGNALLED} table
   * @since 0.1
   */
  public Cell getCasesSignalled() {
    return table(FigureKey.CASES_SIGNALLED).orElseThrow().getTotal();
  }

  /**
   * The first table with the given key (tabel).
   *
   * @param key the figure
   * @return the table, or empty when there is none (for example no deadline set)
   * @since 0.1
   */
  public Optional<Table> table(FigureKey key) {
    Args.notNull(key, "ManagementFigures.key");
    return getTables().stream().filter(t -> t.getKey() == key).findFirst();
  }

  /**
   * The table with the given key and qualifier (tabel).
   *
   * @param key the figure
   * @param qualifier the qualifier, for example a {@link FigureDeadline} name
   * @return the table, or empty when there is none
   * @since 0.1
   */
  public Optional<Table> table(FigureKey key, String qualifier) {
    Args.notNull(key, "ManagementFigures.key");
    Args.notNull(qualifier, "ManagementFigures.qualifier");
    return getTables().stream()
        .filter(t -> t.getKey() == key && t.getQualifier().equals(qualifier))
        .findFirst();
  }

  /**
   * The lead time to one step (doorlooptijd).
   *
   * @param milestone the step
   * @return the figure
   * @since 0.1
   */
  public DurationFigure duration(FigureMilestone milestone) {
    Args.notNull(milestone, "ManagementFigures.milestone");
    return getDurations().stream()
        .filter(d -> d.getMilestone() == milestone)
        .findFirst()
        .orElseThrow();
  }

  /**
   * The compliance with one deadline (termijnnaleving).
   *
   * @param deadline the deadline
   * @return the figure, or empty when the profile sets no such deadline
   * @since 0.1
   */
  public Optional<DeadlineFigure> deadline(FigureDeadline deadline) {
    Args.notNull(deadline, "ManagementFigures.deadline");
    return getDeadlines().stream().filter(d -> d.getDeadline() == deadline).findFirst();
  }

  @Value.Check
  void check() {
    Checks.range(getSuppressionThreshold(), 1, 1_000_000, "ManagementFigures.suppressionThreshold");
    Checks.require(
        table(FigureKey.CASES_SIGNALLED).isPresent(),
        "ManagementFigures.tables",
        "cases-signalled",
        "the figures hold the table of signalled cases");
    ImmutableList<CaseId> ids = getUncomputableCaseIds();
    for (int i = 1; i < ids.size(); i++) {
      Checks.require(
          ids.get(i - 1).getValue().compareTo(ids.get(i).getValue()) < 0,
          "ManagementFigures.uncomputableCaseIds",
          "sorted-distinct",
          "the uncomputable case ids are distinct and sorted by value");
    }
  }

  /** A new builder, for the figures of this package. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ManagementFigures} for the figures of this package; not part of the public API.
   */
  static final class Builder extends ImmutableManagementFigures.Builder {
    Builder() {}
  }
}
