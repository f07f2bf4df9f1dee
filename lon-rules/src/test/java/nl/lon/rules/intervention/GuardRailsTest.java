package nl.lon.rules.intervention;

import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.GGD;
import static nl.lon.core.testing.Cast.HOUSING;
import static nl.lon.core.testing.Cast.HOUSING_OFFICER;
import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.MEE;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.intervention.InterventionFixtures.caseConference;
import static nl.lon.rules.intervention.InterventionFixtures.newCase;
import static nl.lon.rules.intervention.InterventionFixtures.preset;
import static nl.lon.rules.testing.RulesFixtures.FAMILY;
import static nl.lon.rules.testing.RulesFixtures.SINGLE;
import static nl.lon.rules.testing.RulesFixtures.assertViolations;
import static nl.lon.rules.testing.RulesFixtures.ctx;
import static nl.lon.rules.testing.RulesFixtures.fullCtx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.lon.core.client.Household;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.InstrumentUsed;
import nl.lon.core.event.MeetingHeld;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.Instrument;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.testing.Cast;
import nl.lon.rules.intervention.InterventionFixtures.TestCase;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard rails on the heavy instruments: the consciously guided explosion, no eviction with
 * children, the care-purchase budget, the client invited to case conferences, and instruments that
 * have their own command. Each with a passing and a refused case.
 */
class GuardRailsTest {

  static Stream<String> presets() {
    return InterventionFixtures.presets();
  }

  private static final Set<OrganisationId> CORE_TEAM = LON.getCoreTeam();

  private static CaseCommand.UseInstrument explosion(
      Set<OrganisationId> agreedBy, boolean eviction) {
    return new CaseCommand.UseInstrument(
        InstrumentUse.builder()
            .instrument(Instrument.CONSCIOUSLY_GUIDED_EXPLOSION)
            .description("confront with the threatening eviction: accept help and stay, or leave")
            .agreedBy(agreedBy)
            .eviction(eviction)
            .build());
  }

  private static CaseCommand.UseInstrument bilateral(boolean eviction) {
    return new CaseCommand.UseInstrument(
        InstrumentUse.builder()
            .instrument(Instrument.BILATERAL_CONTACT)
            .description("called the housing corporation about the eviction file")
            .eviction(eviction)
            .build());
  }

  private static CaseCommand.UseInstrument budget(Optional<BigDecimal> amount) {
    return new CaseCommand.UseInstrument(
        InstrumentUse.builder()
            .instrument(Instrument.CARE_PURCHASE_BUDGET)
            .description("start debt counselling before the formal indication")
            .amount(amount)
            .build());
  }

  private static CaseCommand.UseInstrument budget(String euros) {
    return budget(Optional.of(new BigDecimal(euros)));
  }

  private static CaseCommand.ReportProgress unreachableReport() {
    return new CaseCommand.ReportProgress(
        ProgressReport.builder()
            .summary("door stays shut, phone not answered")
            .deviatesFromPlan(false)
            .clientUnreachable(true)
            .build());
  }

  private static CaseCommand.RecordHomeVisit unreachableVisit() {
    return new CaseCommand.RecordHomeVisit(
        Set.of(NETWORK_DIRECTOR.getId(), HOUSING_OFFICER.getId()), "nobody opened the door", false);
  }

  private static CaseCommand.Evaluate agreementsBroken() {
    return new CaseCommand.Evaluate(
        Evaluation.builder()
            .putGoalResults("g-housing", GoalResult.NOT_REACHED)
            .putGoalResults("g-income", GoalResult.NOT_REACHED)
            .agreementsKept(false)
            .decision(EvaluationDecision.CONTINUE)
            .remarks("the partners did not keep their work agreements")
            .build());
  }

  private static MethodologyProfile withNoEvictionWithChildren(
      MethodologyProfile base, boolean refused) {
    return MethodologyProfile.builder()
        .from(base)
        .intervention(
            InterventionPolicy.builder()
                .from(base.getIntervention())
                .noEvictionWithChildren(refused)
                .build())
        .build();
  }

  /** A running case whose client proved unreachable twice (two progress reports). */
  private static TestCase repeatedlyUnreachable(MethodologyProfile profile, Household household) {
    TestCase c = newCase(profile).toExecute(household);
    c.accept(unreachableReport(), TRAJECTORY_DIRECTOR);
    c.advance(7).accept(unreachableReport(), TRAJECTORY_DIRECTOR);
    assertEquals(2, c.state().getUnreachableCount());
    return c;
  }

  private static InstrumentUsed used(List<CaseEvent> events) {
    assertEquals(1, events.size());
    return assertInstanceOf(InstrumentUsed.class, events.get(0));
  }

  // ------------------------------------------------------------------ consciously guided explosion

  @Nested
  class GuidedExplosion {

    @ParameterizedTest
    @MethodSource("nl.lon.rules.intervention.GuardRailsTest#presets")
    void useExplosion_twiceUnreachableAndEveryCorePartnerAgrees_allowed(String preset) {
      TestCase c = repeatedlyUnreachable(preset(preset), SINGLE);

      InstrumentUsed e = used(c.accept(explosion(CORE_TEAM, false), NETWORK_DIRECTOR));

      assertEquals(Instrument.CONSCIOUSLY_GUIDED_EXPLOSION, e.getUse().getInstrument());
      assertEquals(CORE_TEAM, e.getUse().getAgreedBy());
      assertTrue(c.state().getInvolvedOrganisations().containsAll(CORE_TEAM));
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.intervention.GuardRailsTest#presets")
    void useExplosion_neverUnreachable_refusedRepeatedUnreachable(String preset) {
      TestCase c = newCase(preset(preset)).toExecute();
      assertViolations(
          c.refuse(explosion(CORE_TEAM, false), NETWORK_DIRECTOR),
          "instrument.guided-explosion-repeated-unreachable");
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.intervention.GuardRailsTest#presets")
    void useExplosion_unreachableOnce_refusedRepeatedUnreachable(String preset) {
      TestCase c = newCase(preset(preset)).toExecute();
      c.accept(unreachableReport(), TRAJECTORY_DIRECTOR);
      assertEquals(1, c.state().getUnreachableCount());
      assertViolations(
          c.refuse(explosion(CORE_TEAM, false), NETWORK_DIRECTOR),
          "instrument.guided-explosion-repeated-unreachable");
    }

    @Test
    void useExplosion_unreachableHomeVisitsTwice_allowed() {
      TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute();
      c.accept(unreachableVisit(), NETWORK_DIRECTOR);
      c.advance(3).accept(unreachableVisit(), NETWORK_DIRECTOR);
      assertEquals(2, c.state().getUnreachableCount());
      used(c.accept(explosion(CORE_TEAM, false), NETWORK_DIRECTOR));
    }

    @Test
    void useExplosion_reachedHomeVisitsOnly_refusedRepeatedUnreachable() {
      TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute();
      c.accept(
          new CaseCommand.RecordHomeVisit(
              Set.of(NETWORK_DIRECTOR.getId()), "talked at the door", true),
          NETWORK_DIRECTOR);
      c.accept(
          new CaseCommand.RecordHomeVisit(Set.of(NETWORK_DIRECTOR.getId()), "talked inside", true),
          NETWORK_DIRECTOR);
      assertEquals(0, c.state().getUnreachableCount());
      assertViolations(
          c.refuse(explosion(CORE_TEAM, false), NETWORK_DIRECTOR),
          "instrument.guided-explosion-repeated-unreachable");
    }

    /**
     * Regression (review D41): the evaluation covers only the agreements the social team makes
     * among itself (seeds/004_ca47ed76719141bc.txt l.1524-1525); the explosion needs a client who
     * repeatedly proved unreachable, did not keep appointments or withdrew (l.1630-1632).
     */
    @ParameterizedTest
    @MethodSource("nl.lon.rules.intervention.GuardRailsTest#presets")
    void useExplosion_evaluationsWithPartnersAgreementsNotKept_refusedRepeatedUnreachable(
        String preset) {
      TestCase c = newCase(preset(preset)).toExecute();
      c.accept(agreementsBroken(), TRAJECTORY_DIRECTOR);
      c.advance(30);
      c.accept(agreementsBroken(), TRAJECTORY_DIRECTOR);
      assertEquals(0, c.state().getUnreachableCount());
      assertViolations(
          c.refuse(explosion(CORE_TEAM, false), NETWORK_DIRECTOR),
          "instrument.guided-explosion-repeated-unreachable");
    }

    /**
     * l.1630-1632: an unreachable home visit counts; broken partner agreements do not add to it.
     */
    @Test
    void useExplosion_unreachableVisitAndBrokenPartnerAgreements_countOnlyTheVisit() {
      TestCase c = newCase(MethodologyProfile.enschede()).toExecute();
      c.accept(unreachableVisit(), NETWORK_DIRECTOR);
      c.advance(30).accept(agreementsBroken(), TRAJECTORY_DIRECTOR);
      assertEquals(1, c.state().getUnreachableCount());
      assertViolations(
          c.refuse(explosion(CORE_TEAM, false), NETWORK_DIRECTOR),
          "instrument.guided-explosion-repeated-unreachable");
      c.accept(unreachableVisit(), NETWORK_DIRECTOR);
      used(c.accept(explosion(CORE_TEAM, false), NETWORK_DIRECTOR));
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.intervention.GuardRailsTest#presets")
    void useExplosion_oneCorePartnerMissing_refusedCoreAgreement(String preset) {
      TestCase c = repeatedlyUnreachable(preset(preset), SINGLE);
      Set<OrganisationId> withoutPolice = Set.of(GGD, AMW, HOUSING);
      assertFalse(withoutPolice.contains(POLICE));
      assertViolations(
          c.refuse(explosion(withoutPolice, false), NETWORK_DIRECTOR),
          "instrument.guided-explosion-core-agreement");
      assertViolations(
          c.refuse(explosion(Set.of(), false), NETWORK_DIRECTOR),
          "instrument.guided-explosion-core-agreement");
    }

    @Test
    void useExplosion_corePartnersPlusShellPartner_allowed() {
      TestCase c = repeatedlyUnreachable(MethodologyProfile.rotterdam(), SINGLE);
      Set<OrganisationId> more = new java.util.HashSet<>(CORE_TEAM);
      more.add(MEE);
      used(c.accept(explosion(more, false), NETWORK_DIRECTOR));
    }

    @Test
    void useExplosion_networkUnknownInContext_refusedCoreAgreement() {
      TestCase c = repeatedlyUnreachable(MethodologyProfile.leeuwarden(), SINGLE);
      assertViolations(
          c.refuse(explosion(CORE_TEAM, false), ctx(NETWORK_DIRECTOR, c.today())),
          "instrument.guided-explosion-core-agreement");
    }

    @Test
    void useExplosion_neitherUnreachableNorAgreed_refusedForBothRules() {
      TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute();
      assertViolations(
          c.refuse(explosion(Set.of(GGD), false), NETWORK_DIRECTOR),
          "instrument.guided-explosion-repeated-unreachable",
          "instrument.guided-explosion-core-agreement");
    }

    @Test
    void useExplosion_byTrajectoryDirector_refusedNetworkDirectorRole() {
      TestCase c = repeatedlyUnreachable(MethodologyProfile.rotterdam(), SINGLE);
      assertViolations(
          c.refuse(explosion(CORE_TEAM, false), TRAJECTORY_DIRECTOR), "role.network-director");
    }
  }

  // ------------------------------------------------------------------ no eviction with children

  @Nested
  class NoEvictionWithChildren {

    /** l.1637-1638: "werken de Sociale Teams in Leeuwarden niet mee aan een huisuitzetting". */
    @Test
    void useExplosion_leeuwardenEvictionWithChildrenInHousehold_refused() {
      TestCase c = repeatedlyUnreachable(MethodologyProfile.leeuwarden(), FAMILY);
      assertTrue(c.profile().getIntervention().isNoEvictionWithChildren());
      assertViolations(
          c.refuse(explosion(CORE_TEAM, true), NETWORK_DIRECTOR),
          "instrument.no-eviction-with-children");
    }

    /**
     * Regression (review D42): Leeuwarden's rule (l.1637-1638) is not Rotterdam's or Enschede's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"rotterdam", "enschede"})
    void useExplosion_rotterdamAndEnschedeEvictionWithChildren_allowed(String preset) {
      TestCase c = repeatedlyUnreachable(preset(preset), FAMILY);
      assertFalse(c.profile().getIntervention().isNoEvictionWithChildren());
      assertTrue(
          used(c.accept(explosion(CORE_TEAM, true), NETWORK_DIRECTOR)).getUse().isEviction());
    }

    @Test
    void useExplosion_rotterdamNetworkTurnsTheRuleOn_refused() {
      MethodologyProfile strict = withNoEvictionWithChildren(MethodologyProfile.rotterdam(), true);
      TestCase c = repeatedlyUnreachable(strict, FAMILY);
      assertViolations(
          c.refuse(explosion(CORE_TEAM, true), NETWORK_DIRECTOR),
          "instrument.no-eviction-with-children");
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.intervention.GuardRailsTest#presets")
    void useExplosion_evictionWithoutChildren_allowed(String preset) {
      TestCase c = repeatedlyUnreachable(preset(preset), Household.of(2, 0));
      assertTrue(
          used(c.accept(explosion(CORE_TEAM, true), NETWORK_DIRECTOR)).getUse().isEviction());
    }

    @Test
    void useExplosion_leeuwardenRuleTurnedOff_allowed() {
      MethodologyProfile lenient =
          withNoEvictionWithChildren(MethodologyProfile.leeuwarden(), false);
      TestCase c = repeatedlyUnreachable(lenient, FAMILY);
      used(c.accept(explosion(CORE_TEAM, true), NETWORK_DIRECTOR));
    }

    @Test
    void useExplosion_withChildrenButNoEviction_allowed() {
      TestCase c = repeatedlyUnreachable(MethodologyProfile.leeuwarden(), FAMILY);
      used(c.accept(explosion(CORE_TEAM, false), NETWORK_DIRECTOR));
    }

    @Test
    void useBilateralContact_leeuwardenEvictionWithChildren_refused() {
      TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute(FAMILY);
      assertViolations(
          c.refuse(bilateral(true), NETWORK_DIRECTOR), "instrument.no-eviction-with-children");
      used(c.accept(bilateral(false), NETWORK_DIRECTOR));
    }

    /**
     * Regression (review D43): the corporation's lease-enforced home visit (l.1713-1714) is its own
     * power and no eviction: recorded with children in the household, Leeuwarden included.
     */
    @ParameterizedTest
    @MethodSource("nl.lon.rules.intervention.GuardRailsTest#presets")
    void recordLeaseEnforcedHomeVisit_childrenInHousehold_allowedAsNoEviction(String preset) {
      TestCase c = newCase(preset(preset)).toExecute(FAMILY);
      assertFalse(
          CoercionCatalogue.standard()
              .measure(CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT)
              .orElseThrow()
              .isInvolvesEviction());
      c.accept(
          new CaseCommand.RecordCoercionMeasure(
              CoercionCatalogue.LEASE_ENFORCED_HOME_VISIT, Optional.of("heavy nuisance")),
          HOUSING_OFFICER);
      assertEquals(1, c.state().getCoercionMeasures().size());
    }

    @Test
    void recordOwnEvictionMeasure_leeuwardenChildrenInHousehold_refused() {
      MethodologyProfile own =
          MethodologyProfile.builder()
              .from(MethodologyProfile.leeuwarden())
              .intervention(
                  InterventionPolicy.builder()
                      .from(MethodologyProfile.leeuwarden().getIntervention())
                      .coercionCatalogue(
                          CoercionCatalogue.builder()
                              .addMeasures(
                                  nl.lon.core.escalation.CoercionMeasure.builder()
                                      .code("court-ordered-eviction")
                                      .name("eviction by court order")
                                      .nameNl("huisuitzetting op rechterlijk bevel")
                                      .level(3)
                                      .legalBasis("Civil Code (BW) art. 7:231")
                                      .addExecutedBy(
                                          nl.lon.core.network.PartnerKind.HOUSING_CORPORATION)
                                      .involvesEviction(true)
                                      .build())
                              .build())
                      .build())
              .build();
      TestCase c = newCase(own).toExecute(FAMILY);
      assertViolations(
          c.refuse(
              new CaseCommand.RecordCoercionMeasure(
                  "court-ordered-eviction", Optional.of("rent arrears")),
              HOUSING_OFFICER),
          "instrument.no-eviction-with-children");
    }

    @Test
    void recordBenefitHomeVisit_childrenInHousehold_allowedAsNoEviction() {
      TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute(FAMILY);
      c.accept(
          new CaseCommand.RecordCoercionMeasure(
              CoercionCatalogue.BENEFIT_HOME_VISIT, Optional.of("suspicion of benefit fraud")),
          Cast.BENEFIT_INSPECTOR);
      assertEquals(1, c.state().getCoercionMeasures().size());
    }
  }

  // ------------------------------------------------------------------ care-purchase budget

  @Nested
  class CarePurchaseBudget {

    private CommandContext spentElsewhere(TestCase c, String euros) {
      return fullCtx(NETWORK_DIRECTOR, c.today())
          .withBudgetSpentElsewhere(Map.of(Year.from(c.today()), new BigDecimal(euros)));
    }

    /**
     * l.1717-1720: "De onafhankelijke teamleider in Enschede beschikt over een budget en is
     * gemandateerd om het geld in te zetten": a pot held by the network director; the amount is an
     * assumption and no cap per case is set.
     */
    @Test
    void enschede_mandate_isAPotForTheNetworkDirectorWithoutCapPerCase() {
      BudgetMandate mandate =
          MethodologyProfile.enschede().getIntervention().getBudgetMandate().orElseThrow();
      assertEquals(ProfessionalRole.NETWORK_DIRECTOR, mandate.getHolder());
      assertEquals(0, mandate.getPotPerYear().compareTo(new BigDecimal("25000")));
      assertTrue(mandate.getMaxPerCase().isEmpty());
    }

    @Test
    void useBudget_holderSpendsWithinThePot_allowedAndAddedUp() {
      TestCase c = newCase(MethodologyProfile.enschede()).toExecute();

      InstrumentUsed e = used(c.accept(budget("3000"), NETWORK_DIRECTOR));
      assertEquals(Optional.of(new BigDecimal("3000")), e.getUse().getAmount());
      c.accept(budget("12000.00"), NETWORK_DIRECTOR);

      assertEquals(0, c.state().getCarePurchaseSpent().compareTo(new BigDecimal("15000")));
      assertEquals(2, c.state().getCarePurchases().size());
    }

    @Test
    void useBudget_thisCaseSpendsThePotAtOnce_allowedThenRefused() {
      TestCase c = newCase(MethodologyProfile.enschede()).toExecute();
      c.accept(budget("25000"), NETWORK_DIRECTOR);
      assertViolations(c.refuse(budget("0.01"), NETWORK_DIRECTOR), "instrument.budget-pot");
    }

    /** The pot is drawn on by the spendings of every case of the network (l.1717-1720). */
    @Test
    void useBudget_otherCasesSpentMostOfThePot_refusedBudgetPot() {
      TestCase c = newCase(MethodologyProfile.enschede()).toExecute();
      c.accept(budget("1000"), NETWORK_DIRECTOR);
      assertViolations(
          c.refuse(budget("4000.01"), spentElsewhere(c, "20000")), "instrument.budget-pot");
      used(c.accept(budget("4000"), spentElsewhere(c, "20000")));
    }

    @Test
    void useBudget_otherCasesSpentLastYear_notDrawnFromThisYearsPot() {
      TestCase c = newCase(MethodologyProfile.enschede()).toExecute();
      CommandContext lastYear =
          fullCtx(NETWORK_DIRECTOR, c.today())
              .withBudgetSpentElsewhere(
                  Map.of(Year.from(c.today()).minusYears(1), new BigDecimal("25000")));
      used(c.accept(budget("25000"), lastYear));
    }

    @Test
    void useBudget_otherCasesSpendingUnknown_refusedBudgetPot() {
      TestCase c = newCase(MethodologyProfile.enschede()).toExecute();
      assertViolations(
          c.refuse(
              budget("100"),
              new CommandContext(
                  c.today(),
                  RulesFixtures.recordedAt(c.today()),
                  NETWORK_DIRECTOR,
                  Optional.of(Cast.organisationOf(NETWORK_DIRECTOR)),
                  Optional.of(Cast.networkOf(NETWORK_DIRECTOR)))),
          "instrument.budget-pot");
    }

    @Test
    void useBudget_networkSetsACapPerCase_cumulativeAmountOverCapRefusedBudgetLimit() {
      MethodologyProfile capped =
          MethodologyProfile.builder()
              .from(MethodologyProfile.enschede())
              .intervention(
                  InterventionPolicy.builder()
                      .from(MethodologyProfile.enschede().getIntervention())
                      .budgetMandate(
                          BudgetMandate.builder()
                              .holder(ProfessionalRole.NETWORK_DIRECTOR)
                              .potPerYear(new BigDecimal("25000"))
                              .maxPerCase(new BigDecimal("5000"))
                              .build())
                      .build())
              .build();
      TestCase c = newCase(capped).toExecute();
      c.accept(budget("3000"), NETWORK_DIRECTOR);
      assertViolations(c.refuse(budget("2000.01"), NETWORK_DIRECTOR), "instrument.budget-limit");
      assertViolations(c.refuse(budget("6000"), NETWORK_DIRECTOR), "instrument.budget-limit");
      c.accept(budget("2000"), NETWORK_DIRECTOR);
      assertEquals(0, c.state().getCarePurchaseSpent().compareTo(new BigDecimal("5000")));
    }

    @Test
    void useBudget_byTrajectoryDirectorWithoutTheRole_refusedBudgetHolder() {
      TestCase c = newCase(MethodologyProfile.enschede()).toExecute();
      assertViolations(c.refuse(budget("500"), TRAJECTORY_DIRECTOR), "instrument.budget-holder");
    }

    @Test
    void useBudget_withoutAmount_refusedBudgetAmount() {
      TestCase c = newCase(MethodologyProfile.enschede()).toExecute();
      assertViolations(
          c.refuse(budget(Optional.empty()), NETWORK_DIRECTOR), "instrument.budget-amount");
    }

    @Test
    void budgetMandate_potOfZero_rejected() {
      org.junit.jupiter.api.Assertions.assertThrows(
          nl.lon.core.error.InvalidValueException.class,
          () -> BudgetMandate.of(ProfessionalRole.NETWORK_DIRECTOR, BigDecimal.ZERO));
    }

    @Test
    void useBudget_rotterdamWithoutMandate_refusedNoBudgetMandate() {
      TestCase c = newCase(MethodologyProfile.rotterdam()).toExecute();
      assertTrue(c.profile().getIntervention().getBudgetMandate().isEmpty());
      assertViolations(c.refuse(budget("100"), NETWORK_DIRECTOR), "instrument.no-budget-mandate");
    }

    @Test
    void useBudget_leeuwardenWithoutMandate_refusedNoBudgetMandate() {
      TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute();
      assertViolations(c.refuse(budget("100"), NETWORK_DIRECTOR), "instrument.no-budget-mandate");
    }
  }

  // ------------------------------------------------------------------ client invited (Leeuwarden)

  @Nested
  class ClientInvitedToCaseConference {

    @Test
    void holdCaseConference_leeuwardenClientNotInvited_refused() {
      TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute();
      assertTrue(c.profile().isClientAlwaysInvitedToCaseConference());
      assertViolations(
          c.refuse(new CaseCommand.HoldMeeting(caseConference(c.today(), false)), NETWORK_DIRECTOR),
          "instrument.client-invited-to-case-conference");
    }

    @Test
    void holdCaseConference_leeuwardenClientInvited_allowed() {
      TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute();
      List<CaseEvent> events =
          c.accept(new CaseCommand.HoldMeeting(caseConference(c.today(), true)), NETWORK_DIRECTOR);
      MeetingHeld held = assertInstanceOf(MeetingHeld.class, events.get(0));
      assertTrue(held.getMeeting().isClientInvited());
    }

    @ParameterizedTest
    @MethodSource("nl.lon.rules.intervention.GuardRailsTest#presets")
    void holdCaseConference_clientNotInvited_allowedUnlessProfileAlwaysInvites(String preset) {
      TestCase c = newCase(preset(preset)).toExecute();
      CaseCommand.HoldMeeting cmd = new CaseCommand.HoldMeeting(caseConference(c.today(), false));
      if (c.profile().isClientAlwaysInvitedToCaseConference()) {
        assertEquals("leeuwarden", preset);
        assertViolations(
            c.refuse(cmd, NETWORK_DIRECTOR), "instrument.client-invited-to-case-conference");
      } else {
        c.accept(cmd, NETWORK_DIRECTOR);
      }
    }

    @Test
    void holdCaseConference_rotterdamClientNotInvited_allowed() {
      TestCase c = newCase(MethodologyProfile.rotterdam()).toExecute();
      c.accept(new CaseCommand.HoldMeeting(caseConference(c.today(), false)), NETWORK_DIRECTOR);
      assertEquals(
          Set.of(NETWORK_DIRECTOR.getId(), TRAJECTORY_DIRECTOR.getId()),
          Set.copyOf(c.state().getInvolvedProfessionals()));
    }

    @Test
    void holdNetworkMeeting_leeuwardenClientNotInvited_allowed() {
      TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute();
      Meeting networkMeeting =
          Meeting.builder()
              .from(caseConference(c.today(), false))
              .id(MeetingId.of("m-nw-1"))
              .kind(MeetingKind.NETWORK_MEETING)
              .build();
      c.accept(new CaseCommand.HoldMeeting(networkMeeting), NETWORK_DIRECTOR);
      assertEquals(Optional.of(c.today()), c.state().getLastNetworkMeetingOn());
    }
  }

  // ------------------------------------------------------------------ instruments with their own
  // command

  @Nested
  class OwnCommand {

    @ParameterizedTest
    @EnumSource(
        value = Instrument.class,
        names = {
          "HOME_VISIT",
          "TRAJECTORY_DIRECTION",
          "CASE_CONFERENCE",
          "ESCALATION",
          "PRESSURE_AND_COERCION"
        })
    void useInstrument_instrumentWithItsOwnCommand_refused(Instrument instrument) {
      TestCase c = newCase(MethodologyProfile.rotterdam()).toExecute();
      assertViolations(
          c.refuse(
              new CaseCommand.UseInstrument(
                  InstrumentUse.builder()
                      .instrument(instrument)
                      .description("recorded the wrong way")
                      .build()),
              NETWORK_DIRECTOR),
          "instrument.own-command");
    }

    @Test
    void useInstrument_bilateralContact_recordedByAnyCaseWorker() {
      TestCase c = newCase(MethodologyProfile.leeuwarden()).toExecute();
      InstrumentUsed e =
          used(
              c.accept(
                  new CaseCommand.UseInstrument(
                      InstrumentUse.builder()
                          .instrument(Instrument.BILATERAL_CONTACT)
                          .description("called the GP about the appointment")
                          .build()),
                  TRAJECTORY_DIRECTOR));
      assertEquals(Instrument.BILATERAL_CONTACT, e.getUse().getInstrument());
    }

    /**
     * Regression (review D46): information is for organisations outside the network and
     * consultation is advice where no takeover happens (seeds/004_ca47ed76719141bc.txt
     * l.1722-1731): network activities without a case, never an instrument on one.
     */
    @ParameterizedTest
    @MethodSource("nl.lon.rules.intervention.GuardRailsTest#presets")
    void useInstrument_informationAndConsultationOnACase_refusedAsNetworkActivity(String preset) {
      TestCase c = newCase(preset(preset)).toExecute();
      List<nl.lon.core.error.Violation> v =
          c.refuse(
              new CaseCommand.UseInstrument(
                  InstrumentUse.builder()
                      .instrument(Instrument.INFORMATION_AND_CONSULTATION)
                      .description("advice to the GP about their own client")
                      .build()),
              NETWORK_DIRECTOR);
      assertViolations(v, "instrument.own-command");
      assertTrue(v.get(0).reasonEn().contains("network activit"), v.toString());
    }

    @Test
    void useInstrument_beforeGatheringInformation_refusedOutOfOrder() {
      TestCase c = newCase(MethodologyProfile.rotterdam()).signal(SINGLE);
      assertViolations(c.refuse(bilateral(false), NETWORK_DIRECTOR), "step.out-of-order");
    }
  }
}
