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
  /** The case was reopened within 6 months of its closure. */
  REOPENED_WITHIN_6_MONTHS,
  /** The case was reopened within 12 months of its closure. */
  REOPENED_WITHIN_12_MONTHS
}
