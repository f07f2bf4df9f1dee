package nl.lon.core.scan;

import static nl.lon.core.testing.InvalidValues.assertRejected;
import static nl.lon.core.testing.InvalidValues.assertRequired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.testing.CaseFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation and queries of life-domain scans, levels, instruments and the mapping. */
class ScanTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  // ------------------------------------------------------------ instruments

  @Test
  void getDomains_zrm2017_hasThirteenDomains() {
    assertEquals(13, ScanInstrument.ZRM_2017.getDomains().size());
  }

  @Test
  void getDomains_zrm2013_hasElevenDomains() {
    assertEquals(11, ScanInstrument.ZRM_2013.getDomains().size());
  }

  @Test
  void getDomains_versions_differInTheExpectedDomains() {
    Set<ScanDomain> only2017 =
        Sets.difference(ScanInstrument.ZRM_2017.getDomains(), ScanInstrument.ZRM_2013.getDomains());
    Set<ScanDomain> only2013 =
        Sets.difference(ScanInstrument.ZRM_2013.getDomains(), ScanInstrument.ZRM_2017.getDomains());
    assertEquals(
        EnumSet.of(
            ScanDomain.WORK_AND_EDUCATION,
            ScanDomain.TIME_USE,
            ScanDomain.SUBSTANCE_USE,
            ScanDomain.BASIC_ADL,
            ScanDomain.INSTRUMENTAL_ADL),
        only2017);
    assertEquals(
        EnumSet.of(ScanDomain.DAYTIME_ACTIVITIES, ScanDomain.ADDICTION, ScanDomain.ADL), only2013);
  }

  @Test
  void getDomains_bothVersions_coverEveryScanDomain() {
    assertEquals(
        EnumSet.allOf(ScanDomain.class),
        Sets.union(ScanInstrument.ZRM_2017.getDomains(), ScanInstrument.ZRM_2013.getDomains()));
  }

  // ------------------------------------------------------------ levels

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void of_levelOutsideOneToFive_throwsRange(int level) {
    assertRejected("SelfRelianceLevel.level", "range-1-5", () -> SelfRelianceLevel.of(level));
  }

  @Test
  void of_levelsOneToFive_giveConstantsInScaleOrder() {
    assertEquals(SelfRelianceLevel.ACUTE_PROBLEMS, SelfRelianceLevel.of(1));
    assertEquals(SelfRelianceLevel.NOT_SELF_RELIANT, SelfRelianceLevel.of(2));
    assertEquals(SelfRelianceLevel.LIMITED, SelfRelianceLevel.of(3));
    assertEquals(SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT, SelfRelianceLevel.of(4));
    assertEquals(SelfRelianceLevel.FULLY_SELF_RELIANT, SelfRelianceLevel.of(5));
  }

  @ParameterizedTest
  @EnumSource(SelfRelianceLevel.class)
  void getLevel_anyConstant_roundTripsThroughOf(SelfRelianceLevel level) {
    assertEquals(level, SelfRelianceLevel.of(level.getLevel()));
  }

  // ------------------------------------------------------------ scan validation

  @Test
  void build_zrm2017ScanMissingADomain_throwsEveryDomain() {
    LifeDomainScan complete = CaseFixtures.zrm2017Scan(DAY);
    assertRejected(
        "LifeDomainScan.scores",
        "every-domain",
        () -> LifeDomainScan.builder().from(complete).notDiscussed(Set.of()).build());
  }

  @Test
  void build_zrm2013ScanMissingADomain_throwsEveryDomain() {
    LifeDomainScan complete = CaseFixtures.zrm2013Scan(DAY);
    ImmutableMap<ScanDomain, SelfRelianceLevel> withoutAdl =
        ImmutableMap.copyOf(Maps.filterKeys(complete.getScores(), d -> d != ScanDomain.ADL));
    assertRejected(
        "LifeDomainScan.scores",
        "every-domain",
        () -> LifeDomainScan.builder().from(complete).scores(withoutAdl).build());
  }

  @Test
  void build_zrm2017ScanWithA2013Domain_throwsDomainOfInstrument() {
    assertRejected(
        "LifeDomainScan.scores",
        "domain-of-instrument",
        () ->
            LifeDomainScan.builder()
                .from(CaseFixtures.zrm2017Scan(DAY))
                .putScores(ScanDomain.ADDICTION, SelfRelianceLevel.LIMITED)
                .build());
  }

  @Test
  void build_zrm2017ScanWithA2013DomainNotDiscussed_throwsDomainOfInstrument() {
    assertRejected(
        "LifeDomainScan.scores",
        "domain-of-instrument",
        () ->
            LifeDomainScan.builder()
                .from(CaseFixtures.zrm2017Scan(DAY))
                .addNotDiscussed(ScanDomain.DAYTIME_ACTIVITIES)
                .build());
  }

  @Test
  void build_zrm2013ScanWithA2017Domain_throwsDomainOfInstrument() {
    assertRejected(
        "LifeDomainScan.scores",
        "domain-of-instrument",
        () ->
            LifeDomainScan.builder()
                .from(CaseFixtures.zrm2013Scan(DAY))
                .putScores(ScanDomain.TIME_USE, SelfRelianceLevel.LIMITED)
                .build());
  }

  @Test
  void build_domainScoredAndNotDiscussed_throwsScoredOrNotDiscussed() {
    assertRejected(
        "LifeDomainScan.notDiscussed",
        "scored-or-not-discussed",
        () ->
            LifeDomainScan.builder()
                .from(CaseFixtures.zrm2017Scan(DAY))
                .addNotDiscussed(ScanDomain.FINANCES)
                .build());
  }

  @Test
  void build_missingInstrumentAndDate_throwsRequiredNamingBoth() {
    assertRequired(
        "LifeDomainScan.instrument",
        () ->
            LifeDomainScan.builder()
                .putScores(ScanDomain.FINANCES, SelfRelianceLevel.LIMITED)
                .build());
  }

  @Test
  void instrument_null_throwsRequiredOnInstrument() {
    assertRequired("LifeDomainScan.instrument", () -> LifeDomainScan.builder().instrument(null));
  }

  @Test
  void build_allDomainsNotDiscussed_isValidWithoutProblems() {
    LifeDomainScan scan =
        LifeDomainScan.builder()
            .instrument(ScanInstrument.ZRM_2013)
            .scoredOn(DAY)
            .notDiscussed(ScanInstrument.ZRM_2013.getDomains())
            .build();
    assertTrue(scan.getScores().isEmpty());
    assertTrue(scan.problemDomains(SelfRelianceLevel.FULLY_SELF_RELIANT).isEmpty());
  }

  // ------------------------------------------------------------ scan queries

  @Test
  void scoreOf_scoredAndNotDiscussedDomains_givesScoreOrEmpty() {
    LifeDomainScan scan = CaseFixtures.zrm2017Scan(DAY);
    assertEquals(Optional.of(SelfRelianceLevel.ACUTE_PROBLEMS), scan.scoreOf(ScanDomain.FINANCES));
    assertEquals(Optional.empty(), scan.scoreOf(ScanDomain.JUSTICE));
    assertEquals(Optional.empty(), scan.scoreOf(ScanDomain.ADDICTION));
  }

  @Test
  void problemDomains_limitedThreshold_givesDomainsScoredOneToThree() {
    // fixture: finances 1, housing 2, mental health 2, domestic relations 3, social network 3
    assertEquals(
        EnumSet.of(
            ScanDomain.FINANCES,
            ScanDomain.HOUSING,
            ScanDomain.MENTAL_HEALTH,
            ScanDomain.DOMESTIC_RELATIONS,
            ScanDomain.SOCIAL_NETWORK),
        CaseFixtures.zrm2017Scan(DAY).problemDomains(SelfRelianceLevel.LIMITED));
  }

  @Test
  void problemDomains_notSelfReliantThreshold_givesDomainsScoredOneOrTwo() {
    assertEquals(
        EnumSet.of(ScanDomain.FINANCES, ScanDomain.HOUSING, ScanDomain.MENTAL_HEALTH),
        CaseFixtures.zrm2017Scan(DAY).problemDomains(SelfRelianceLevel.NOT_SELF_RELIANT));
  }

  @Test
  void problemDomains_acuteThreshold_givesOnlyLevelOne() {
    assertEquals(
        EnumSet.of(ScanDomain.FINANCES),
        CaseFixtures.zrm2017Scan(DAY).problemDomains(SelfRelianceLevel.ACUTE_PROBLEMS));
  }

  @Test
  void problemDomains_highestThreshold_givesEveryScoredButNoNotDiscussedDomain() {
    LifeDomainScan scan = CaseFixtures.zrm2017Scan(DAY);
    Set<ScanDomain> problems = scan.problemDomains(SelfRelianceLevel.FULLY_SELF_RELIANT);
    assertEquals(12, problems.size());
    assertFalse(problems.contains(ScanDomain.JUSTICE));
  }

  @Test
  void problemLifeDomains_limitedThresholdStandardMapping_givesHandCountedEightDomains() {
    // finances -> income; housing -> housing; mental health -> health, care;
    // domestic relations -> relations, upbringing, safety; social network -> relations, welfare
    assertEquals(
        EnumSet.of(
            LifeDomain.INCOME,
            LifeDomain.HOUSING,
            LifeDomain.HEALTH,
            LifeDomain.CARE,
            LifeDomain.RELATIONS,
            LifeDomain.UPBRINGING,
            LifeDomain.SAFETY,
            LifeDomain.WELFARE),
        CaseFixtures.zrm2017Scan(DAY)
            .problemLifeDomains(SelfRelianceLevel.LIMITED, LifeDomainMapping.standard()));
  }

  @Test
  void problemLifeDomains_notSelfReliantThresholdStandardMapping_givesFourDomains() {
    assertEquals(
        EnumSet.of(LifeDomain.INCOME, LifeDomain.HOUSING, LifeDomain.HEALTH, LifeDomain.CARE),
        CaseFixtures.zrm2017Scan(DAY)
            .problemLifeDomains(SelfRelianceLevel.NOT_SELF_RELIANT, LifeDomainMapping.standard()));
  }

  @Test
  void problemLifeDomains_zrm2013ScanStandardMapping_givesHealthCareWorkWelfare() {
    // addiction 1 -> health, care; ADL 2 -> care; daytime activities 3 -> work, welfare
    assertEquals(
        EnumSet.of(LifeDomain.HEALTH, LifeDomain.CARE, LifeDomain.WORK, LifeDomain.WELFARE),
        CaseFixtures.zrm2013Scan(DAY)
            .problemLifeDomains(SelfRelianceLevel.LIMITED, LifeDomainMapping.standard()));
  }

  // ------------------------------------------------------------ mapping

  @Test
  void standard_everyScanDomain_mapsToAtLeastOneLifeDomain() {
    LifeDomainMapping mapping = LifeDomainMapping.standard();
    for (ScanDomain d : ScanDomain.values()) {
      assertFalse(mapping.getMapping().get(d).isEmpty(), d.name());
    }
  }

  @Test
  void lifeDomainsOf_domainsSharingLifeDomains_givesUnion() {
    assertEquals(
        EnumSet.of(LifeDomain.HEALTH, LifeDomain.CARE),
        LifeDomainMapping.standard()
            .lifeDomainsOf(
                EnumSet.of(ScanDomain.MENTAL_HEALTH, ScanDomain.ADDICTION, ScanDomain.ADL)));
    assertTrue(LifeDomainMapping.standard().lifeDomainsOf(Set.of()).isEmpty());
  }

  @Test
  void build_mappingMissingAScanDomain_throwsEveryScanDomain() {
    nl.lon.core.scan.LifeDomainMapping.Builder b = LifeDomainMapping.builder();
    for (ScanDomain d : ScanDomain.values()) {
      if (d != ScanDomain.JUSTICE) {
        b.putMapping(d, LifeDomain.SAFETY);
      }
    }
    assertRejected("LifeDomainMapping.mapping", "every-scan-domain", b::build);
  }
}
