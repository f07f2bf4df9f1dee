package nl.lon.rules.figures;

import java.util.Locale;
import nl.lon.core.label.Labelled;

/**
 * Which figure a {@link Table} holds (soort kengetal); with a qualifier it names the table.
 *
 * @since 0.1
 */
public enum FigureKey implements Labelled {
  /** Cases whose signal was received in the period, per month of receipt. */
  CASES_SIGNALLED,
  /**
   * Cases by signal source; organisation sources are broken down by the signaller's partner kind in
   * the same table, so the two breakdowns cannot be subtracted from each other.
   */
  SIGNAL_SOURCE,
  /** Cases by target group (a case can be in more than one group). */
  TARGET_GROUP,
  /** Cases by problem life domain of their latest scan (a case can have several). */
  LIFE_DOMAIN,
  /**
   * Cases by the number of distinct organisations involved in them: the signaller, partners asked
   * for or adding information, an organisation referred to, trajectory directors' organisations,
   * meeting organisations and those named in minutes, plan activities, coercion measures and
   * instrument agreements (as {@code CaseState.getInvolvedOrganisations()}); 10 or more share one
   * cell.
   */
  ORGANISATIONS_INVOLVED,
  /**
   * Cases by how they stand at the end of the stream: open, closed (by reason), ended, transferred.
   */
  OUTCOME,
  /** Closed cases: followed up, dropped out, reopened within 6 and 12 months. */
  FOLLOW_UP,
  /** Working-day deadlines met and missed; qualified by the deadline. */
  DEADLINE,
  /** Escalations by kind and by how they were resolved (or still open). */
  ESCALATION,
  /** Escalations by rung of the ladder. */
  ESCALATION_RUNG,
  /** Open cases per current trajectory director at the end of the stream. */
  CASELOAD,
  /**
   * Resolved escalations by blocker (rule or organisation) and resolution kind; a blocker named by
   * fewer escalations than the small-cell threshold is left out, since its free text may name the
   * case.
   */
  POLICY_SIGNAL,
  /**
   * Escalations still open, by bottleneck; a bottleneck of fewer escalations than the small-cell
   * threshold is left out, since its free text may name the case.
   */
  UNRESOLVED_BOTTLENECK;

  /**
   * The stable machine name of the figure, in lower case with hyphens (kenmerk).
   *
   * @return for example {@code "cases-signalled"}
   * @since 0.1
   */
  public String getSlug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
