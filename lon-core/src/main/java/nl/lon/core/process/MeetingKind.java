package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * A kind of meeting, one per collaboration level (overlegvorm).
 *
 * <p>Dutch: <em>overlegvorm</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum MeetingKind implements Labelled {
  /** Micro level: casusberaad, zorgoverleg, MDO. */
  CASE_CONFERENCE,
  /** Meso level: bespreking LZN, bespreking ST, WZT-vergadering. */
  NETWORK_MEETING,
  /** Macro level: stuurgroep, begeleidingscommissie. */
  STEERING_GROUP;

  /**
   * The collaboration level this kind of meeting serves.
   *
   * @return case, network or administration
   */
  public CollaborationLevel getLevel() {
    return CollaborationLevel.values()[ordinal()];
  }
}
