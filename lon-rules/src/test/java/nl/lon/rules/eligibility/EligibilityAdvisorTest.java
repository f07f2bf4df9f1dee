package nl.lon.rules.eligibility;

import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.rules.testing.RulesFixtures.CARE_MISSER;
import static nl.lon.rules.testing.RulesFixtures.CASE;
import static nl.lon.rules.testing.RulesFixtures.CLIENT;
import static nl.lon.rules.testing.RulesFixtures.DAY_0;
import static nl.lon.rules.testing.RulesFixtures.FAMILY;
import static nl.lon.rules.testing.RulesFixtures.SINGLE;
import static nl.lon.rules.testing.RulesFixtures.driver;
import static nl.lon.rules.testing.RulesFixtures.fullScan;
import static nl.lon.rules.testing.RulesFixtures.scan;
import static nl.lon.rules.testing.RulesFixtures.signal;
import static nl.lon.rules.testing.RulesFixtures.signalBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.network.Circuit;
import nl.lon.core.process.Concern;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.EligibilityRule;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Eligibility and target-group advice under the three presets. */
class EligibilityAdvisorTest {

  private static final EligibilityAdvisor ROTTERDAM =
      EligibilityAdvisor.of(MethodologyProfile.rotterdam());
  private static final EligibilityAdvisor ENSCHEDE =
      EligibilityAdvisor.of(MethodologyProfile.enschede());
  private static final EligibilityAdvisor LEEUWARDEN =
      EligibilityAdvisor.of(MethodologyProfile.leeuwarden());

  static EligibilityAdvisor advisor(String preset) {
    return switch (preset) {
      case "rotterdam" -> ROTTERDAM;
      case "enschede" -> ENSCHEDE;
      case "leeuwarden" -> LEEUWARDEN;
      default -> throw new IllegalArgumentException(preset);
    };
  }

  static Stream<String> presets() {
    return Stream.of("rotterdam", "enschede", "leeuwarden");
  }

  private static EligibilityAdvice advise(EligibilityAdvisor advisor, Signal signal) {
    return advisor.advise(signal, SINGLE, Optional.empty());
  }

  private static Set<TargetGroup> groups(EligibilityAdvice advice) {
    return advice.getTargetGroups().stream()
        .map(TargetGroupAdvice::targetGroup)
        .collect(Collectors.toSet());
  }

  private static void assertFactsExplained(List<Fact> facts) {
    assertFalse(facts.isEmpty(), "at least one fact");
    for (Fact f : facts) {
      assertFalse(f.en().isBlank());
      assertFalse(f.nl().isBlank());
      assertNotEquals(f.en(), f.nl(), "facts are translated");
      assertEquals(f.nl(), f.text(Locale.forLanguageTag("nl-NL")));
      assertEquals(f.en(), f.text(Locale.ENGLISH));
    }
  }

  // ---------------------------------------------------------------- counting problem domains

  @Test
  void advise_enschedeThreeOfItsSixDomains_inScope_l297() {
    // nuisance: (neighbourhood, not counted in Enschede) + safety; ADL: care; eviction: housing
    EligibilityAdvice a =
        advise(
            ENSCHEDE, signal(DAY_0, Concern.NUISANCE, Concern.ADL, Concern.THREATENING_EVICTION));
    assertTrue(a.isInScope());
    assertEquals(
        EnumSet.of(LifeDomain.SAFETY, LifeDomain.HOUSING, LifeDomain.CARE), a.getProblemDomains());
    assertFalse(a.isBasedOnScan());
    assertEquals(Optional.empty(), a.getReferTo());
    assertFactsExplained(a.getFacts());
    assertTrue(a.getFacts().get(0).en().startsWith("3 counted"), a.getFacts().get(0).en());
  }

  @Test
  void advise_enschedeTwoOfItsSixDomains_outOfScope() {
    EligibilityAdvice a = advise(ENSCHEDE, signal(DAY_0, Concern.NUISANCE, Concern.ADL));
    assertFalse(a.isInScope());
    assertEquals(EnumSet.of(LifeDomain.SAFETY, LifeDomain.CARE), a.getProblemDomains());
    assertEquals(Optional.empty(), a.getReferTo(), "out for too few domains: no other circuit");
    assertTrue(a.getFacts().get(0).en().contains("requires 3"), a.getFacts().get(0).en());
  }

  @Test
  void advise_enschedeProblemsOnDomainsItDoesNotCount_outOfScope() {
    // debts: income; isolation: relations + welfare; family relations: relations -> only welfare
    // counts
    EligibilityAdvice a =
        advise(
            ENSCHEDE,
            signal(DAY_0, Concern.DEBTS, Concern.ISOLATION, Concern.FAMILY_AND_SOCIAL_RELATIONS));
    assertFalse(a.isInScope());
    assertEquals(EnumSet.of(LifeDomain.WELFARE), a.getProblemDomains());
  }

  @Test
  void advise_nuisance_countsAsDealingWithTheNeighbourhood_l211() {
    // l.211: "wonen, inkomen, omgang met de buurt, gezondheid ..."; no longer forced into housing
    EligibilityAdvice a = advise(ROTTERDAM, signal(DAY_0, Concern.NUISANCE));
    assertEquals(EnumSet.of(LifeDomain.NEIGHBOURHOOD, LifeDomain.SAFETY), a.getProblemDomains());
    assertEquals(
        "omgang met de buurt", LifeDomain.NEIGHBOURHOOD.label(Locale.forLanguageTag("nl")));
    assertEquals("dealing with the neighbourhood", LifeDomain.NEIGHBOURHOOD.label(Locale.ENGLISH));
  }

  @Test
  void advise_rotterdamTwoDomainsOfAll_inScope() {
    EligibilityAdvice a =
        advise(ROTTERDAM, signal(DAY_0, Concern.DEBTS, Concern.FAMILY_AND_SOCIAL_RELATIONS));
    assertTrue(a.isInScope());
    assertEquals(EnumSet.of(LifeDomain.INCOME, LifeDomain.RELATIONS), a.getProblemDomains());
  }

  @ParameterizedTest
  @ValueSource(strings = {"rotterdam", "leeuwarden"})
  void advise_singleDomain_outOfScope(String preset) {
    EligibilityAdvice a = advise(advisor(preset), signal(DAY_0, Concern.DEBTS));
    assertFalse(a.isInScope());
    assertEquals(EnumSet.of(LifeDomain.INCOME), a.getProblemDomains());
  }

  @Test
  void advise_enschedeOnlyUncountedDomains_outOfScopeWithNoCountedDomains() {
    EligibilityAdvice a = advise(ENSCHEDE, onlyDebts());
    assertFalse(a.isInScope());
    assertTrue(a.getProblemDomains().isEmpty());
    assertFactsExplained(a.getFacts());
    assertTrue(a.getFacts().get(0).en().startsWith("0 counted"), a.getFacts().get(0).en());
  }

  /** A signal whose only concern, debts, maps to income: a domain Enschede does not count. */
  private static Signal onlyDebts() {
    return signal(DAY_0, Concern.DEBTS);
  }

  // ---------------------------------------------------------------- scan overrides concerns

  @Test
  void advise_scanWithoutProblems_overridesConcernsAndIsOut() {
    Signal threeDomains =
        signal(DAY_0, Concern.NUISANCE, Concern.ADL, Concern.THREATENING_EVICTION);
    assertTrue(advise(ENSCHEDE, threeDomains).isInScope(), "the concerns alone would be in scope");
    EligibilityAdvice a = ENSCHEDE.advise(threeDomains, SINGLE, Optional.of(scan(DAY_0, Map.of())));
    assertTrue(a.isBasedOnScan());
    assertFalse(a.isInScope());
    assertTrue(a.getProblemDomains().isEmpty());
    assertTrue(a.getFacts().get(0).en().contains("scan"), a.getFacts().get(0).en());
  }

  @Test
  void advise_scanWithProblems_overridesUncountedConcernsAndIsIn() {
    Signal noConcerns = onlyDebts();
    // housing -> housing; mental health -> health, care; justice -> safety; finances -> income (not
    // counted)
    EligibilityAdvice a = ENSCHEDE.advise(noConcerns, SINGLE, Optional.of(fullScan(DAY_0)));
    assertTrue(a.isBasedOnScan());
    assertTrue(a.isInScope());
    assertEquals(
        EnumSet.of(LifeDomain.HOUSING, LifeDomain.CARE, LifeDomain.SAFETY), a.getProblemDomains());
  }

  @Test
  void advise_scanLevelLimited_notAProblemAtTheNotSelfReliantThreshold() {
    LifeDomainScan limited =
        scan(
            DAY_0,
            Map.of(
                ScanDomain.HOUSING,
                SelfRelianceLevel.LIMITED,
                ScanDomain.MENTAL_HEALTH,
                SelfRelianceLevel.LIMITED,
                ScanDomain.JUSTICE,
                SelfRelianceLevel.LIMITED));
    EligibilityAdvice a = ENSCHEDE.advise(onlyDebts(), SINGLE, Optional.of(limited));
    assertFalse(a.isInScope());
    assertTrue(a.getProblemDomains().isEmpty());
  }

  @Test
  void advise_customThresholdLimited_countsLimitedScoresAsProblems() {
    MethodologyProfile strict =
        MethodologyProfile.builder()
            .from(MethodologyProfile.enschede())
            .problemDomainThreshold(SelfRelianceLevel.LIMITED)
            .build();
    LifeDomainScan limited =
        scan(
            DAY_0,
            Map.of(
                ScanDomain.HOUSING,
                SelfRelianceLevel.LIMITED,
                ScanDomain.MENTAL_HEALTH,
                SelfRelianceLevel.LIMITED,
                ScanDomain.JUSTICE,
                SelfRelianceLevel.LIMITED));
    EligibilityAdvice a =
        EligibilityAdvisor.of(strict).advise(onlyDebts(), SINGLE, Optional.of(limited));
    assertTrue(a.isInScope());
  }

  // ---------------------------------------------------------------- youth, homeless, ex-prisoners

  private static Signal minor() {
    return signalBuilder(DAY_0)
        .addConcerns(Concern.WORK_OR_SCHOOL, Concern.CHILD_WELFARE, Concern.ADDICTION)
        .clientMinor(true)
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"rotterdam", "leeuwarden"})
  void advise_youthWhereYouthHasItsOwnCircuit_outWithReferToYouth(String preset) {
    EligibilityAdvice a = advise(advisor(preset), minor());
    assertFalse(a.isInScope());
    assertEquals(Optional.of(Circuit.YOUTH), a.getReferTo());
    assertFactsExplained(a.getFacts());
    assertEquals(2, a.getFacts().size(), "the domain count and the youth circuit");
  }

  @Test
  void advise_youthInEnschede_inScope() {
    EligibilityAdvice a = advise(ENSCHEDE, minor());
    assertTrue(a.isInScope());
    assertEquals(Optional.empty(), a.getReferTo());
  }

  private static Signal homeless() {
    return signal(DAY_0, Concern.HOMELESSNESS, Concern.ADDICTION, Concern.CRIME);
  }

  @Test
  void advise_homelessInRotterdam_outWithReferToCityWideCircuit() {
    EligibilityAdvice a = advise(ROTTERDAM, homeless());
    assertFalse(a.isInScope());
    assertEquals(Optional.of(Circuit.CITY_WIDE_SPECIALISED), a.getReferTo());
    assertFactsExplained(a.getFacts());
  }

  @ParameterizedTest
  @ValueSource(strings = {"leeuwarden", "enschede"})
  void advise_homelessWhereHomelessBelong_inScope(String preset) {
    EligibilityAdvice a = advise(advisor(preset), homeless());
    assertTrue(a.isInScope(), a::toString);
    assertEquals(Optional.empty(), a.getReferTo());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void advise_exPrisonerInEveryPreset_inScope(String preset) {
    EligibilityAdvice a =
        advise(
            advisor(preset),
            signal(
                DAY_0, Concern.EX_PRISONER, Concern.ADDICTION, Concern.THREATENING_HOMELESSNESS));
    assertTrue(a.isInScope(), a::toString);
  }

  @Test
  void advise_exPrisonerWhereNotInScope_outWithReferToJustice() {
    MethodologyProfile p =
        MethodologyProfile.builder()
            .from(MethodologyProfile.rotterdam())
            .eligibility(EligibilityRule.atLeast(2).exPrisonersInScope(false).build())
            .build();
    EligibilityAdvice a =
        EligibilityAdvisor.of(p)
            .advise(
                signal(DAY_0, Concern.EX_PRISONER, Concern.ADDICTION), SINGLE, Optional.empty());
    assertFalse(a.isInScope());
    assertEquals(Optional.of(Circuit.JUSTICE), a.getReferTo());
  }

  // ---------------------------------------------------------------- target groups

  @ParameterizedTest
  @MethodSource("presets")
  void advise_nuisanceReported_nuisanceCauser(String preset) {
    EligibilityAdvice a = advise(advisor(preset), signal(DAY_0, Concern.NUISANCE));
    assertTrue(groups(a).contains(TargetGroup.NUISANCE_CAUSER));
    a.getTargetGroups().forEach(g -> assertFactsExplained(g.facts()));
  }

  @Test
  void advise_signalByOthersWithoutFacts_noCareAvoiderButAnOpenQuestion_l223() {
    // a police or housing report does not make a care avoider: the source defines the group by
    // the client not asking for care themselves (l.223-224)
    EligibilityAdvice a = advise(ROTTERDAM, signal(DAY_0, Concern.ISOLATION));
    assertEquals(Set.of(), groups(a));
    assertEquals(2, a.getOpenQuestions().size(), "asked for help? care offer failing?");
    assertFactsExplained(a.getOpenQuestions());
    assertTrue(a.getOpenQuestions().get(0).en().contains("asks for help"));
    assertTrue(a.getOpenQuestions().get(1).nl().contains("hulpaanbod"));
  }

  @Test
  void advise_clientDoesNotAskForCare_careAvoiderWithTheReason_l223to224() {
    EligibilityAdvice a =
        ROTTERDAM.advise(
            signal(DAY_0, Concern.ISOLATION),
            SINGLE,
            Optional.empty(),
            TargetGroupFacts.builder().clientAskedForHelp(false).build());
    assertEquals(Set.of(TargetGroup.CARE_AVOIDER), groups(a));
    List<Fact> facts = a.getTargetGroups().get(0).facts();
    assertFactsExplained(facts);
    assertTrue(facts.get(0).nl().contains("niet uit zichzelf om zorg"), facts.get(0).nl());
    assertTrue(facts.get(1).en().contains("network partner"), facts.get(1).en());
    assertEquals(1, a.getOpenQuestions().size(), "only whether the care offer fails is open");
  }

  @Test
  void advise_clientAsksForHelpHimself_noCareAvoiderAndThatQuestionAnswered() {
    Signal bySelf =
        Signal.builder()
            .from(signal(DAY_0, Concern.ISOLATION))
            .sourceKind(SignalSourceKind.CLIENT)
            .signallerOrganisation(Optional.empty())
            .signallerKind(Optional.empty())
            .build();
    assertEquals(Optional.of(true), TargetGroupFacts.from(bySelf).getClientAskedForHelp());
    EligibilityAdvice a = advise(ROTTERDAM, bySelf);
    assertFalse(groups(a).contains(TargetGroup.CARE_AVOIDER));
    assertEquals(1, a.getOpenQuestions().size());
  }

  @Test
  void advise_manyDomainsButNoFactOnTheCareOffer_noCareMisser() {
    // the old heuristic (three or more domains) counted the person, not the failing care offer
    EligibilityAdvice a =
        advise(ROTTERDAM, signal(DAY_0, Concern.NUISANCE, Concern.DEBTS, Concern.ADL));
    assertEquals(Set.of(TargetGroup.NUISANCE_CAUSER), groups(a));
    a.getTargetGroups().forEach(g -> assertFactsExplained(g.facts()));
  }

  @Test
  void advise_careOfferFailing_careMisserWithTheReason_l228to229() {
    EligibilityAdvice a =
        ROTTERDAM.advise(
            signal(DAY_0, Concern.DEBTS, Concern.FAMILY_AND_SOCIAL_RELATIONS),
            SINGLE,
            Optional.empty(),
            TargetGroupFacts.builder().careOfferFailing(true).build());
    assertEquals(Set.of(TargetGroup.CARE_MISSER), groups(a));
    List<Fact> facts = a.getTargetGroups().get(0).facts();
    assertFactsExplained(facts);
    assertTrue(facts.get(0).nl().contains("tussen wal en schip"), facts.get(0).nl());
    assertTrue(facts.get(1).en().startsWith("problems on 2 life domain"), facts.get(1).en());
  }

  @Test
  void advise_careOfferNotFailing_noCareMisserAndNoQuestion() {
    EligibilityAdvice a =
        ROTTERDAM.advise(
            signal(DAY_0, Concern.DEBTS, Concern.ISOLATION, Concern.ADL),
            FAMILY,
            Optional.empty(),
            TargetGroupFacts.builder().careOfferFailing(false).clientAskedForHelp(true).build());
    assertEquals(Set.of(), groups(a));
    assertEquals(List.of(), a.getOpenQuestions());
  }

  @Test
  void advise_careOfferFailingForAFamilyWithChildren_factNamesTheChildren_l230() {
    // l.230: "Vaak betreft het multiprobleemgezinnen": context, not the ground
    EligibilityAdvice a =
        ROTTERDAM.advise(
            signal(DAY_0, Concern.DEBTS, Concern.FAMILY_AND_SOCIAL_RELATIONS),
            FAMILY,
            Optional.empty(),
            TargetGroupFacts.builder().careOfferFailing(true).build());
    TargetGroupAdvice misser =
        a.getTargetGroups().stream()
            .filter(g -> g.targetGroup() == TargetGroup.CARE_MISSER)
            .findFirst()
            .orElseThrow();
    assertTrue(misser.facts().get(1).en().contains("children"), misser.facts().get(1).en());
  }

  @Test
  void advise_careMisserContextCountsAllDomainsNotOnlyTheCountedOnes() {
    // income, relations, welfare: one counted domain in Enschede, but three life domains
    EligibilityAdvice a =
        ENSCHEDE.advise(
            signal(DAY_0, Concern.DEBTS, Concern.ISOLATION),
            SINGLE,
            Optional.empty(),
            TargetGroupFacts.builder().careOfferFailing(true).build());
    assertFalse(a.isInScope());
    assertTrue(groups(a).contains(TargetGroup.CARE_MISSER));
    assertTrue(a.getTargetGroups().get(0).facts().get(1).en().startsWith("problems on 3"));
  }

  @Test
  void toAssignment_adviceWithFacts_assignmentWithEnglishReason() {
    EligibilityAdvice a = advise(ROTTERDAM, signal(DAY_0, Concern.NUISANCE));
    TargetGroupAdvice nuisance =
        a.getTargetGroups().stream()
            .filter(g -> g.targetGroup() == TargetGroup.NUISANCE_CAUSER)
            .findFirst()
            .orElseThrow();
    var assignment = nuisance.toAssignment();
    assertEquals(TargetGroup.NUISANCE_CAUSER, assignment.getTargetGroup());
    assertEquals(nuisance.facts().get(0).en(), assignment.getReason());
  }

  @Test
  void advise_sameInputs_equalAdvice() {
    Signal s = signal(DAY_0);
    assertEquals(
        ROTTERDAM.advise(s, FAMILY, Optional.of(fullScan(DAY_0))),
        ROTTERDAM.advise(s, Household.of(2, 2), Optional.of(fullScan(DAY_0))));
  }

  // ---------------------------------------------------------------- the judge decides

  @Test
  void judgeReport_inScopeAgainstOutOfScopeAdvice_recordsAdvisedInScopeFalse() {
    Driver d = driver(MethodologyProfile.enschede());
    d.apply(
        new CaseCommand.ReportSignal(
            CASE, NETWORK, CLIENT, signal(DAY_0, Concern.NUISANCE), SINGLE));
    assertFalse(ENSCHEDE.advise(d.state().getSignal().get(), SINGLE, Optional.empty()).isInScope());
    ReportJudged e =
        (ReportJudged)
            d.apply(
                    new CaseCommand.JudgeReport(
                        ReportJudgement.IN_SCOPE,
                        "the neighbourhood is at its wits' end",
                        CARE_MISSER))
                .getEvents()
                .get(0);
    assertEquals(ReportJudgement.IN_SCOPE, e.getJudgement());
    assertEquals(Optional.of(false), e.getAdvisedInScope());
  }

  @Test
  void judgeReport_outOfScopeAgainstInScopeAdvice_recordsAdvisedInScopeTrue() {
    Driver d = driver(MethodologyProfile.rotterdam()).signal();
    ReportJudged e =
        (ReportJudged)
            d.apply(
                    new CaseCommand.JudgeReport(
                        ReportJudgement.OUT_OF_SCOPE,
                        "already in a trajectory elsewhere",
                        Set.of()))
                .getEvents()
                .get(0);
    assertEquals(ReportJudgement.OUT_OF_SCOPE, e.getJudgement());
    assertEquals(Optional.of(true), e.getAdvisedInScope());
  }

  @Test
  void judgeReport_youthInRotterdamJudgedInScope_recordsAdvisedInScopeFalse() {
    Driver d = driver(MethodologyProfile.rotterdam());
    d.apply(new CaseCommand.ReportSignal(CASE, NETWORK, CLIENT, minor(), FAMILY));
    ReportJudged e =
        (ReportJudged)
            d.apply(
                    new CaseCommand.JudgeReport(
                        ReportJudgement.IN_SCOPE, "family approach with the parents", CARE_MISSER))
                .getEvents()
                .get(0);
    assertEquals(Optional.of(false), e.getAdvisedInScope());
  }
}
