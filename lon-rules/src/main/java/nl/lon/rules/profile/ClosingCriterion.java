package nl.lon.rules.profile;

import nl.lon.core.label.Labelled;

/**
 * When a network's goals for a case are reached, so the case may close (afsluitcriterium).
 *
 * @since 0.1
 */
public enum ClosingCriterion implements Labelled {
  /**
   * The client was guided to and is in regular care, with a regular-care organisation named
   * (Rotterdam, Leeuwarden).
   */
  IN_REGULAR_CARE,
  /**
   * The help had enough effect and the client stands on their own feet again: every goal of the
   * plan reached (Enschede).
   */
  SELF_RELIANT
}
