package nl.lon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.Household;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.process.Activity;
import nl.lon.core.process.Concern;
import nl.lon.core.process.Goal;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainMapping;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;

/** Value types built twice from the same generated inputs are equal; derived queries hold. */
class ValueProperties {

  private static final String ID_FIRST =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ID_REST = ID_FIRST + "._:-";

  @Provide
  Arbitrary<String> identifierValues() {
    Arbitrary<Character> first = Arbitraries.of(chars(ID_FIRST));
    Arbitrary<String> rest =
        Arbitraries.strings().withChars(ID_REST.toCharArray()).ofMaxLength(127);
    return net.jqwik.api.Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  @Provide
  Arbitrary<String> malformedIdentifierValues() {
    Arbitrary<Character> badFirst = Arbitraries.of('-', '.', '_', ':', '#', '/', '\u00e9');
    Arbitrary<String> rest = Arbitraries.strings().withChars(ID_REST.toCharArray()).ofMaxLength(20);
    Arbitrary<String> badStart =
        net.jqwik.api.Combinators.combine(badFirst, rest).as((f, r) -> f + r);
    Arbitrary<String> tooLong =
        Arbitraries.strings().withChars(ID_FIRST.toCharArray()).ofMinLength(129).ofMaxLength(300);
    Arbitrary<String> withSpace =
        net.jqwik.api.Combinators.combine(identifierValues(), identifierValues())
            .as(
                (a, b) ->
                    a.substring(0, Math.min(a.length(), 60))
                        + " "
                        + b.substring(0, Math.min(b.length(), 60)));
    return Arbitraries.oneOf(badStart, tooLong, withSpace);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** A score per 2017 domain, or null for "not discussed". */
  @Provide
  Arbitrary<Map<ScanDomain, SelfRelianceLevel>> zrm2017Scores() {
    Arbitrary<SelfRelianceLevel> levelOrNull =
        Arbitraries.of(SelfRelianceLevel.class).injectNull(0.2);
    List<ScanDomain> domains = new ArrayList<>(ScanInstrument.ZRM_2017.getDomains());
    return levelOrNull
        .list()
        .ofSize(domains.size())
        .map(
            levels -> {
              Map<ScanDomain, SelfRelianceLevel> m = new LinkedHashMap<>();
              for (int i = 0; i < domains.size(); i++) {
                m.put(domains.get(i), levels.get(i));
              }
              return m;
            });
  }

  // ------------------------------------------------------------ identifiers

  @Property
  void of_sameIdentifierValue_equalWithSameHashCode(@ForAll("identifierValues") String value) {
    CaseId a = CaseId.of(value);
    CaseId b = CaseId.of(new String(value.toCharArray()));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(value, a.getValue());
    assertEquals(OrganisationId.of(value), OrganisationId.of(value));
  }

  @Property
  void of_malformedIdentifierValue_throwsIdentifierFormat(
      @ForAll("malformedIdentifierValues") String value) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SignalId.of(value));
    assertEquals("SignalId.value", e.getField());
    assertEquals("identifier-format", e.getRule());
  }

  /** The identifier rule as its documentation states it, as a regular expression. */
  private static final java.util.regex.Pattern DOCUMENTED_IDENTIFIER =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,127}");

  @Property
  void of_anyText_acceptedExactlyWhenTheDocumentedPatternMatches(
      @ForAll
          @net.jqwik.api.constraints.StringLength(max = 140)
          @net.jqwik.api.constraints.CharRange(from = ' ', to = '~')
          @net.jqwik.api.constraints.Chars({'\u00e9', '\u0130', '\u212a', '\n'})
          String value) {
    boolean documented = DOCUMENTED_IDENTIFIER.matcher(value).matches();
    assertEquals(documented, nl.lon.core.internal.Checks.isIdentifier(value), value);
    if (documented) {
      assertEquals(value, CaseId.of(value).getValue());
    } else {
      assertThrows(InvalidValueException.class, () -> CaseId.of(value));
    }
  }

  @Property
  void compareTo_identifiers_agreesWithStringOrder(
      @ForAll("identifierValues") String a, @ForAll("identifierValues") String b) {
    assertEquals(
        Integer.signum(a.compareTo(b)),
        Integer.signum(ProfessionalId.of(a).compareTo(ProfessionalId.of(b))));
  }

  // ------------------------------------------------------------ household, levels

  @Property
  void of_sameHouseholdCounts_equalAndChildrenFlagFollowsCount(
      @ForAll @IntRange(min = 1, max = 50) int adults,
      @ForAll @IntRange(min = 0, max = 50) int children) {
    Household a = Household.of(adults, children);
    Household b = Household.of(adults, children);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(children > 0, a.hasChildren());
  }

  @Property
  void of_householdWithoutAdults_throwsRangeOnAdults(
      @ForAll @IntRange(min = -1000, max = 0) int adults,
      @ForAll @IntRange(min = 0, max = 50) int children) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Household.of(adults, children));
    assertEquals("Household.adults", e.getField());
    assertEquals("range-1-50", e.getRule());
  }

  @Property
  void of_levelOutsideScale_throwsRange(@ForAll int level) {
    if (level >= 1 && level <= 5) {
      assertEquals(level, SelfRelianceLevel.of(level).getLevel());
    } else {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> SelfRelianceLevel.of(level));
      assertEquals("SelfRelianceLevel.level", e.getField());
    }
  }

  // ------------------------------------------------------------ signal

  @Property
  void build_sameSignalInputs_equalWithSameHashCode(
      @ForAll("identifierValues") String id,
      @ForAll("dates") LocalDate receivedOn,
      @ForAll @Size(min = 1, max = 6) Set<Concern> concerns,
      @ForAll boolean informed,
      @ForAll boolean acute) {
    Signal a = signal(id, receivedOn, concerns, informed, acute);
    Signal b = signal(id, receivedOn, EnumSet.copyOf(concerns), informed, acute);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(concerns, a.getConcerns());
    assertEquals(informed, a.getNotInformedReason().isEmpty());
  }

  private static Signal signal(
      String id, LocalDate receivedOn, Set<Concern> concerns, boolean informed, boolean acute) {
    var b =
        Signal.builder()
            .id(SignalId.of(id))
            .sourceKind(SignalSourceKind.OTHER_ORGANISATION)
            .signallerOrganisation(OrganisationId.of("org-" + id.length()))
            .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
            .receivedOn(receivedOn)
            .addAllConcerns(concerns)
            .acuteCrisis(acute)
            .clientInformed(informed);
    if (!informed) {
      b.notInformedReason("risk for the children");
    }
    return b.build();
  }

  // ------------------------------------------------------------ scan

  private static LifeDomainScan scan(LocalDate on, Map<ScanDomain, SelfRelianceLevel> scores) {
    var b = LifeDomainScan.builder().instrument(ScanInstrument.ZRM_2017).scoredOn(on);
    scores.forEach(
        (d, l) -> {
          if (l == null) {
            b.addNotDiscussed(d);
          } else {
            b.putScores(d, l);
          }
        });
    return b.build();
  }

  @Property
  void build_sameScanInputs_equalWithSameHashCode(
      @ForAll("dates") LocalDate on,
      @ForAll("zrm2017Scores") Map<ScanDomain, SelfRelianceLevel> scores) {
    LifeDomainScan a = scan(on, scores);
    LifeDomainScan b = scan(on, new LinkedHashMap<>(scores));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Property
  void problemDomains_anyThreshold_areScoredDomainsAtOrBelowIt(
      @ForAll("dates") LocalDate on,
      @ForAll("zrm2017Scores") Map<ScanDomain, SelfRelianceLevel> scores,
      @ForAll SelfRelianceLevel threshold) {
    Set<ScanDomain> expected =
        scores.entrySet().stream()
            .filter(e -> e.getValue() != null && e.getValue().getLevel() <= threshold.getLevel())
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    assertEquals(expected, scan(on, scores).problemDomains(threshold));
  }

  @Property
  void problemLifeDomains_higherThreshold_neverFewerDomains(
      @ForAll("dates") LocalDate on,
      @ForAll("zrm2017Scores") Map<ScanDomain, SelfRelianceLevel> scores,
      @ForAll SelfRelianceLevel low,
      @ForAll SelfRelianceLevel high) {
    if (low.compareTo(high) > 0) {
      SelfRelianceLevel t = low;
      low = high;
      high = t;
    }
    LifeDomainScan s = scan(on, scores);
    LifeDomainMapping m = LifeDomainMapping.standard();
    assertTrue(s.problemLifeDomains(high, m).containsAll(s.problemLifeDomains(low, m)));
    assertTrue(s.problemDomains(high).containsAll(s.problemDomains(low)));
  }

  // ------------------------------------------------------------ consent

  @Property
  void isInForceOn_anyDay_inForceFromSigningUntilBeforeWithdrawal(
      @ForAll("dates") LocalDate signed,
      @ForAll @IntRange(min = 0, max = 400) int withdrawnAfter,
      @ForAll @IntRange(min = -400, max = 800) int dayOffset) {
    Consent c =
        Consent.builder()
            .scope(ConsentScope.NETWORK_PARTNERS)
            .signedOn(signed)
            .build()
            .withdrawnOn(signed.plusDays(withdrawnAfter));
    Consent same =
        Consent.builder()
            .scope(ConsentScope.NETWORK_PARTNERS)
            .signedOn(signed)
            .withdrawnOn(signed.plusDays(withdrawnAfter))
            .build();
    assertEquals(c, same);
    assertEquals(c.hashCode(), same.hashCode());
    boolean expected = dayOffset >= 0 && dayOffset < withdrawnAfter;
    assertEquals(expected, c.isInForceOn(signed.plusDays(dayOffset)));
  }

  // ------------------------------------------------------------ plan

  @Property
  void build_samePlanInputs_equalWithSameHashCode(
      @ForAll @IntRange(min = 1, max = 6) int goals,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 5) Integer> activityGoals,
      @ForAll("dates") LocalDate on,
      @ForAll @IntRange(min = 1, max = 10_000) int version) {
    PlanOfApproach a = plan(goals, activityGoals, on, version);
    PlanOfApproach b = plan(goals, new ArrayList<>(activityGoals), on, version);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(goals, a.getGoals().size());
    assertEquals(activityGoals.size(), a.taskDivision().size());
  }

  private static PlanOfApproach plan(
      int goals, List<Integer> activityGoals, LocalDate on, int version) {
    var b = PlanOfApproach.builder().version(version).context("context");
    LifeDomain[] domains = LifeDomain.values();
    for (int g = 0; g < goals; g++) {
      b.addGoals(Goal.of("G" + g, domains[g % domains.length], "goal " + g));
    }
    int i = 0;
    for (int target : activityGoals) {
      b.addActivities(
          Activity.builder()
              .description("activity " + i)
              .responsible(Responsible.of(OrganisationId.of("org-" + i)))
              .dueOn(on.plusDays(i))
              .goalCode("G" + (target % goals))
              .build());
      i++;
    }
    return b.build();
  }

  // ------------------------------------------------------------ metadata

  @Property
  void of_sameMetadataInputs_equalWithSameHashCode(
      @ForAll("identifierValues") String caseId,
      @ForAll @net.jqwik.api.constraints.LongRange(min = 1, max = Long.MAX_VALUE) long sequence,
      @ForAll("dates") LocalDate date,
      @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 4_000_000_000L)
          long epochSecond) {
    EventMetadata a =
        EventMetadata.of(
            CaseId.of(caseId),
            sequence,
            date,
            Instant.ofEpochSecond(epochSecond),
            ProfessionalId.of("p"));
    EventMetadata b =
        EventMetadata.of(
            CaseId.of(caseId),
            sequence,
            date,
            Instant.ofEpochSecond(epochSecond),
            ProfessionalId.of("p"));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(sequence, a.getSequence());
  }

  private static List<Character> chars(String s) {
    return s.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
  }
}
