package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * A worrying situation observed in a signal (zorgpunt).
 *
 * <p>Dutch: <em>zorgpunt</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum Concern implements Labelled {
  /** Nuisance. */
  NUISANCE,
  /** Psychological problems. */
  PSYCHOLOGICAL_PROBLEMS,
  /** Addiction. */
  ADDICTION,
  /** Debts. */
  DEBTS,
  /** Rent arrears. */
  RENT_ARREARS,
  /** Isolation or loneliness. */
  ISOLATION,
  /** Problems with family and social relations. */
  FAMILY_AND_SOCIAL_RELATIONS,
  /** Lack of daytime activities. */
  DAYTIME_ACTIVITIES,
  /** Physical health. */
  PHYSICAL_HEALTH,
  /** ADL. */
  ADL,
  /** Personal hygiene. */
  PERSONAL_HYGIENE,
  /** Domestic squalor. */
  DOMESTIC_SQUALOR,
  /** Threatening homelessness. */
  THREATENING_HOMELESSNESS,
  /** Threatening eviction. */
  THREATENING_EVICTION,
  /** Domestic violence. */
  DOMESTIC_VIOLENCE,
  /** Worries about children in the household. */
  CHILD_WELFARE,
  /** Work or school drop-out. */
  WORK_OR_SCHOOL,
  /** Crime or contact with justice. */
  CRIME
}
