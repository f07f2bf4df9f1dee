package nl.lon.core.client;

import nl.lon.core.label.Labelled;

/**
 * A client group of the network's target group (doelgroep); a client can belong to more than one.
 *
 * <p>Dutch: <em>doelgroep</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum TargetGroup implements Labelled {
  /** Others worry about them, but they do not ask for care themselves. */
  CARE_AVOIDER,
  /** Complex, multiple problems the compartmentalised care offer cannot help enough. */
  CARE_MISSER,
  /** Their conduct takes too little account of their direct surroundings. */
  NUISANCE_CAUSER
}
