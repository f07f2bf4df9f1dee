package nl.lon.core.process;

import com.google.common.collect.ImmutableSet;
import nl.lon.core.label.Labelled;
import nl.lon.core.scan.LifeDomain;

/**
 * A worrying situation observed in a signal (zorgpunt).
 *
 * <p>Dutch: <em>zorgpunt</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum Concern implements Labelled {
  /**
   * Nuisance to the surroundings (overlast); a problem in dealing with the neighbourhood (omgang
   * met de buurt, seeds/004_ca47ed76719141bc.txt l.211).
   */
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
  CRIME,
  /** Homelessness. */
  HOMELESSNESS,
  /** Recently released from prison. */
  EX_PRISONER;

  /**
   * The broad life domains this concern touches, for eligibility counts on a signal before any scan
   * exists.
   *
   * <p>Nuisance touches dealing with the neighbourhood, and safety for networks whose list of life
   * domains has no neighbourhood (Enschede's six, l.297, count veiligheid).
   *
   * @return one or more life domains
   */
  public ImmutableSet<LifeDomain> getLifeDomains() {
    switch (this) {
      case NUISANCE:
        return ImmutableSet.of(LifeDomain.NEIGHBOURHOOD, LifeDomain.SAFETY);
      case PSYCHOLOGICAL_PROBLEMS:
      case ADDICTION:
      case PHYSICAL_HEALTH:
        return ImmutableSet.of(LifeDomain.HEALTH, LifeDomain.CARE);
      case DEBTS:
        return ImmutableSet.of(LifeDomain.INCOME);
      case RENT_ARREARS:
        return ImmutableSet.of(LifeDomain.INCOME, LifeDomain.HOUSING);
      case ISOLATION:
        return ImmutableSet.of(LifeDomain.RELATIONS, LifeDomain.WELFARE);
      case FAMILY_AND_SOCIAL_RELATIONS:
        return ImmutableSet.of(LifeDomain.RELATIONS);
      case DAYTIME_ACTIVITIES:
        return ImmutableSet.of(LifeDomain.WORK, LifeDomain.WELFARE);
      case ADL:
      case PERSONAL_HYGIENE:
        return ImmutableSet.of(LifeDomain.CARE);
      case DOMESTIC_SQUALOR:
        return ImmutableSet.of(LifeDomain.HOUSING, LifeDomain.CARE);
      case THREATENING_HOMELESSNESS:
      case THREATENING_EVICTION:
      case HOMELESSNESS:
        return ImmutableSet.of(LifeDomain.HOUSING);
      case DOMESTIC_VIOLENCE:
        return ImmutableSet.of(LifeDomain.SAFETY, LifeDomain.RELATIONS);
      case CHILD_WELFARE:
        return ImmutableSet.of(LifeDomain.UPBRINGING, LifeDomain.SAFETY);
      case WORK_OR_SCHOOL:
        return ImmutableSet.of(LifeDomain.WORK, LifeDomain.EDUCATION);
      case CRIME:
      case EX_PRISONER:
        return ImmutableSet.of(LifeDomain.SAFETY);
      default:
        throw new AssertionError(this);
    }
  }
}
