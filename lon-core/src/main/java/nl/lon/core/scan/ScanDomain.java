package nl.lon.core.scan;

import nl.lon.core.label.Labelled;

/**
 * A domain of a life-domain scan, modelled on the Self-Reliance Matrix (ZRM); which domains a scan
 * scores depends on its {@link ScanInstrument}.
 *
 * <p>Dutch: <em>domein (ZRM)</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum ScanDomain implements Labelled {
  /** Finances (2013 and 2017). */
  FINANCES,
  /** Work and education (2017). */
  WORK_AND_EDUCATION,
  /** Time use (2017). */
  TIME_USE,
  /** Daytime activities (2013). */
  DAYTIME_ACTIVITIES,
  /** Housing (2013 and 2017). */
  HOUSING,
  /** Domestic relations (2013 and 2017). */
  DOMESTIC_RELATIONS,
  /** Mental health (2013 and 2017). */
  MENTAL_HEALTH,
  /** Physical health (2013 and 2017). */
  PHYSICAL_HEALTH,
  /** Substance use (2017). */
  SUBSTANCE_USE,
  /** Addiction (2013). */
  ADDICTION,
  /** Basic activities of daily living (2017). */
  BASIC_ADL,
  /** Instrumental activities of daily living (2017). */
  INSTRUMENTAL_ADL,
  /** Activities of daily living, one domain (2013). */
  ADL,
  /** Social network (2013 and 2017). */
  SOCIAL_NETWORK,
  /** Community participation (2013 and 2017). */
  COMMUNITY_PARTICIPATION,
  /** Justice (2013 and 2017). */
  JUSTICE
}
