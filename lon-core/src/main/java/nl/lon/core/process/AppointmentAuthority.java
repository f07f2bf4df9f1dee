package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * Who appoints the trajectory director (wie wijst de trajectregisseur aan).
 *
 * <p>Dutch: <em>aanwijzing</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum AppointmentAuthority implements Labelled {
  /** The network director appoints directly (Enschede). */
  NETWORK_DIRECTOR,
  /** The network meeting appoints (Rotterdam, Leeuwarden). */
  NETWORK_MEETING
}
