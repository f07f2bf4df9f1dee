package nl.lon.core.network;

import nl.lon.core.label.Labelled;

/**
 * Another circuit a network refers to or coordinates with (ander circuit).
 *
 * <p>Dutch: <em>circuit</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum Circuit implements Labelled {
  /** Care advice teams, youth and family centres, school networks. */
  YOUTH,
  /** Local domestic-violence team, support centre, safety house. */
  DOMESTIC_VIOLENCE,
  /** Safety house, repeat-offender approach. */
  JUSTICE,
  /** Behind-the-front-door and enforcement teams, nuisance hotline. */
  NUISANCE_AND_LIVEABILITY,
  /** Eviction prevention, central shelter intake, bemoeizorg, ACT. */
  CITY_WIDE_SPECIALISED
}
