package nl.lon.core.scan;

import nl.lon.core.label.Labelled;

/**
 * A broad life domain as the networks speak of them (leefgebied); a profile counts problem domains
 * in these.
 *
 * <p>Dutch: <em>leefgebied</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum LifeDomain implements Labelled {
  /** Housing. */
  HOUSING,
  /** Income. */
  INCOME,
  /** Physical and psychological health. */
  HEALTH,
  /** Family and social relations. */
  RELATIONS,
  /** Upbringing. */
  UPBRINGING,
  /** Work. */
  WORK,
  /** Safety. */
  SAFETY,
  /** Care. */
  CARE,
  /** Education. */
  EDUCATION,
  /** Welfare. */
  WELFARE
}
