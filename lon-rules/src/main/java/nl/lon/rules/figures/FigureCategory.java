package nl.lon.rules.figures;

import nl.lon.core.label.Labelled;

/**
 * A category of a figure that is no value of a lon-core enum (categorie), such as a total or "no
 * scan".
 *
 * @since 0.1
 */
public enum FigureCategory implements Labelled {
  /** The total of a table. */
  TOTAL,
  /** No target group was assigned. */
  NONE,
  /** The case has no life-domain scan. */
  NO_SCAN,
  /** The latest scan shows no domain at or below the profile's threshold. */
  NO_PROBLEM_DOMAIN,
  /** An organisation signalled without its partner kind being recorded. */
  UNKNOWN_KIND,
  /** The step was taken within the deadline. */
  MET,
  /** The step was taken after the deadline. */
  MISSED,
  /** The escalation was not resolved at the end of the stream. */
  STILL_OPEN,
  /** At least one follow-up check was recorded after closure. */
  FOLLOWED_UP,
  /** A follow-up check found that the client dropped out of care. */
  DROPPED_OUT,
  /**
   * The case was reopened within 6 months of its closure.
   *
   * <p>The two reopening windows are the same in every profile, so that networks can compare their
   * relapse (the source: "20 tot 30% recidiveert", seeds/004_ca47ed76719141bc.txt l.520-522, said
   * of the target group in general). They are Rotterdam's follow-up moments at 6 and 12 months
   * (l.1538-1540), which for the other cities is a reporting convention (an assumption), not a
   * follow-up they must do: their follow-up schedule is the profile's own.
   */
  REOPENED_WITHIN_6_MONTHS,
  /**
   * The case was reopened within 12 months of its closure (the same windows for every profile; see
   * {@link #REOPENED_WITHIN_6_MONTHS}).
   */
  REOPENED_WITHIN_12_MONTHS
}
