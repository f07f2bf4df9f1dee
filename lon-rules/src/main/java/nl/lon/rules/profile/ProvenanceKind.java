package nl.lon.rules.profile;

import nl.lon.core.label.Labelled;

/**
 * Where a preset value comes from (herkomst).
 *
 * @since 0.1
 */
public enum ProvenanceKind implements Labelled {
  /** The source describes this network's practice (de bron beschrijft de praktijk). */
  SOURCE,
  /**
   * The source's expert meeting advises it, but does not describe it as this network's practice
   * (advies van de expertbijeenkomst).
   */
  EXPERT_ADVICE,
  /**
   * The source says nothing on it for this network: a default of this library that the network must
   * confirm or replace (aanname).
   */
  ASSUMPTION
}
