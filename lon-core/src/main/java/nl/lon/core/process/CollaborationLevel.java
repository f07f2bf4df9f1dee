package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * The three levels of collaboration in a network (samenwerkingsniveaus).
 *
 * @since 0.1
 */
public enum CollaborationLevel implements Labelled {
  /** Micro: case direction for one client system (casusregie); meets as a case conference. */
  CASE,
  /** Meso: network direction over the chain (netwerkregie); meets as a network meeting. */
  NETWORK,
  /** Macro: administrative direction (bestuurlijke regie); meets as the steering group. */
  ADMINISTRATION
}
