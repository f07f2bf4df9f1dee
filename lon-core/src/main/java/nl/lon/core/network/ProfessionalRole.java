package nl.lon.core.network;

import nl.lon.core.label.Labelled;

/**
 * A role a professional holds in a network (rol).
 *
 * <p>Dutch: <em>rol</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum ProfessionalRole implements Labelled {
  /** Directs the network (coordinator, team leader, process manager). */
  NETWORK_DIRECTOR,
  /** Directs one case (dossierhouder, contactpersoon, probleemhouder, casemanager). */
  TRAJECTORY_DIRECTOR,
  /** Represents a core partner. */
  CORE_MEMBER,
  /** Represents a shell partner. */
  SHELL_MEMBER,
  /** Registers reports and keeps the signal list. */
  TEAM_SUPPORT,
  /** Member of the steering group or supervisory committee. */
  STEERING_GROUP_MEMBER
}
