package nl.lon.rules.access;

import nl.lon.core.label.Labelled;

/**
 * Who, besides the network director and the case's trajectory director, may view case data
 * (inzagerecht).
 *
 * @since 0.1
 */
public enum ViewerScope implements Labelled {
  /** Only the coordinating organisation (Rotterdam: the GGD). */
  COORDINATING_ORGANISATION,
  /**
   * The partners involved in the case (Enschede: several partners log in from their own
   * organisation).
   */
  CASE_PARTNERS,
  /** Every core partner, and shell partners involved in the case. */
  CORE_PARTNERS
}
