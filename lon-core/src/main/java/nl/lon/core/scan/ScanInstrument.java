package nl.lon.core.scan;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import nl.lon.core.label.Labelled;

/**
 * The instrument and version of a life-domain scan (Scan Leefgebieden).
 *
 * <p>Dutch: <em>scaninstrument</em>. Labels in both languages via {@link #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum ScanInstrument implements Labelled {
  /** Self-Reliance Matrix, 2017 version, 13 domains. */
  ZRM_2017,
  /** Self-Reliance Matrix, 2010/2013 versions, 11 domains. */
  ZRM_2013;

  private static final ImmutableSet<ScanDomain> DOMAINS_2017 =
      Sets.immutableEnumSet(
          ScanDomain.FINANCES,
          ScanDomain.WORK_AND_EDUCATION,
          ScanDomain.TIME_USE,
          ScanDomain.HOUSING,
          ScanDomain.DOMESTIC_RELATIONS,
          ScanDomain.MENTAL_HEALTH,
          ScanDomain.PHYSICAL_HEALTH,
          ScanDomain.SUBSTANCE_USE,
          ScanDomain.BASIC_ADL,
          ScanDomain.INSTRUMENTAL_ADL,
          ScanDomain.SOCIAL_NETWORK,
          ScanDomain.COMMUNITY_PARTICIPATION,
          ScanDomain.JUSTICE);

  private static final ImmutableSet<ScanDomain> DOMAINS_2013 =
      Sets.immutableEnumSet(
          ScanDomain.FINANCES,
          ScanDomain.DAYTIME_ACTIVITIES,
          ScanDomain.HOUSING,
          ScanDomain.DOMESTIC_RELATIONS,
          ScanDomain.MENTAL_HEALTH,
          ScanDomain.PHYSICAL_HEALTH,
          ScanDomain.ADDICTION,
          ScanDomain.ADL,
          ScanDomain.SOCIAL_NETWORK,
          ScanDomain.COMMUNITY_PARTICIPATION,
          ScanDomain.JUSTICE);

  /**
   * The domains this instrument version scores; a scan must score or mark every one of them.
   *
   * @return 13 domains for ZRM 2017, 11 for ZRM 2010/2013
   */
  public ImmutableSet<ScanDomain> getDomains() {
    return this == ZRM_2017 ? DOMAINS_2017 : DOMAINS_2013;
  }
}
