package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * Where a case stands overall (status casus).
 *
 * <p>Dutch: <em>status</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum CaseStatus implements Labelled {
  /** Being handled. */
  OPEN,
  /** Ended without coordination: out of scope, referred or handed to crisis service. */
  ENDED,
  /** Closed; follow-up checks may be due. */
  CLOSED,
  /** Handed over to another network. */
  TRANSFERRED
}
