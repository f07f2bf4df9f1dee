package nl.lon.core.network;

import nl.lon.core.label.Labelled;

/**
 * The kind of a partner organisation, core or shell (soort partnerorganisatie).
 *
 * <p>Dutch: <em>soort partner</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum PartnerKind implements Labelled {
  /** Core. */
  MUNICIPALITY,
  /** Core. */
  GGD,
  /** Core. */
  POLICE,
  /** Core. */
  HOUSING_CORPORATION,
  /** Core. */
  SOCIAL_WORK,
  /** Core. */
  SOCIAL_SERVICES,
  /** Core. */
  MENTAL_HEALTH_CARE,
  /** Core. */
  ADDICTION_CARE,
  /** Shell. */
  MEE,
  /** Shell. */
  PUBLIC_PROSECUTOR,
  /** Shell. */
  YOUTH_NETWORK,
  /** Shell. */
  DOMESTIC_VIOLENCE_SUPPORT,
  /** Shell. */
  YOUTH_CARE_AGENCY,
  /** Shell. */
  GENERAL_PRACTITIONER,
  /** Shell. */
  DEBT_BANK,
  /** Shell. */
  PROBATION,
  /** Shell. */
  SHELTERED_HOUSING,
  /** Shell. */
  SHELTER,
  /** Shell. */
  CHILD_PROTECTION_BOARD,
  /** Shell. */
  REINTEGRATION_COMPANY,
  /** Shell. */
  HOME_CARE,
  /** Shell. */
  WELFARE_ORGANISATION,
  /** Shell. */
  ELDERLY_WORK,
  /** Shell. */
  SCHOOL,
  /** Shell. */
  OTHER;

  /**
   * The ring this kind of partner usually sits in; the split is not strict, so a network may place
   * a partner elsewhere.
   *
   * @return {@link Ring#CORE} for the usual core-team kinds, else {@link Ring#SHELL}
   */
  public Ring getDefaultRing() {
    return ordinal() <= ADDICTION_CARE.ordinal() ? Ring.CORE : Ring.SHELL;
  }
}
