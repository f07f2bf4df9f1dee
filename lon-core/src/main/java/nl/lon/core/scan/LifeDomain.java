package nl.lon.core.scan;

import nl.lon.core.label.Labelled;

/**
 * A broad life domain as the networks speak of them (leefgebied); a profile counts problem domains
 * in these.
 *
 * <p>The union of the source's two lists: the target group's "wonen, inkomen, omgang met de buurt,
 * gezondheid (fysiek en psychisch), relaties, opvoeding en werk" (seeds/004_ca47ed76719141bc.txt
 * l.211-212) and Enschede's "wonen, zorg, onderwijs, veiligheid, werken, welzijn" (l.297).
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
  WELFARE,
  /**
   * Dealing with the neighbourhood (omgang met de buurt, l.211): how the household gets on with its
   * neighbours and direct surroundings; nuisance is a problem here.
   *
   * @since 0.2
   */
  NEIGHBOURHOOD
}
