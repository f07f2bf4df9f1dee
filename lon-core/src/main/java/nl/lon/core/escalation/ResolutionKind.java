package nl.lon.core.escalation;

import nl.lon.core.label.Labelled;

/**
 * How an escalation was resolved (oplossing).
 *
 * <p>Dutch: <em>oplossing</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum ResolutionKind implements Labelled {
  /** Administrators revised the rule. */
  STRUCTURAL,
  /** A one-off exception for this case. */
  AD_HOC,
  /** The bottleneck was not solved. */
  NONE
}
