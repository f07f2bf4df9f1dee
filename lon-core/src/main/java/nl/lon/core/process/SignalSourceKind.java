package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * Who a signal came from (bron van het signaal).
 *
 * <p>Dutch: <em>bron</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum SignalSourceKind implements Labelled {
  /** A resident of the area. */
  RESIDENT,
  /** A partner organisation of the network. */
  PARTNER_ORGANISATION,
  /** An organisation outside the network. */
  OTHER_ORGANISATION,
  /** The client themself. */
  CLIENT,
  /** A relative of the client. */
  RELATIVE
}
