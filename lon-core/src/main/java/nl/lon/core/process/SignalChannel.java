package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * How a signal reached the network (meldroute).
 *
 * <p>Dutch: <em>meldroute</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum SignalChannel implements Labelled {
  /** Reported directly. */
  DIRECT_TO_NETWORK_DIRECTOR,
  /** Reported through the own organisation's network member. */
  VIA_NETWORK_MEMBER
}
