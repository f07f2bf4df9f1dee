package nl.lon.core.network;

import nl.lon.core.label.Labelled;

/**
 * Whether a partner is in the core team or the shell (ring).
 *
 * <p>Dutch: <em>ring</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum Ring implements Labelled {
  /** Core partner. */
  CORE,
  /** Shell partner, involved per case. */
  SHELL
}
