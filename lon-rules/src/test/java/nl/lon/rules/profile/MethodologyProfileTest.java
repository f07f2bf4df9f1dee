package nl.lon.rules.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainMapping;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.rules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three presets as the source describes them, deriving profiles, and validation. */
class MethodologyProfileTest {

  static Stream<MethodologyProfile> presets() {
    return Stream.of(
        MethodologyProfile.rotterdam(),
        MethodologyProfile.enschede(),
        MethodologyProfile.leeuwarden());
  }

  @Nested
  class Rotterdam {
    private final MethodologyProfile p = MethodologyProfile.rotterdam();

    @Test
    void rotterdam_intervention_stuurgroep_l836to841_noEvictionRuleOff_coercionAsMeasures() {
      var i = p.getIntervention();
      assertEquals("stuurgroep", i.getContentEscalation().option(4).orElseThrow().getBodyNl());
      assertEquals(
          "stuurgroep", i.getOrganisationalEscalation().option(2).orElseThrow().getBodyNl());
      // l.1637-1638 is Leeuwarden's rule; l.1692-1696 Rotterdam's continuum names no body
      assertFalse(i.isNoEvictionWithChildren());
      assertTrue(i.getCoercionEscalation().isEmpty());
      assertTrue(i.getBudgetMandate().isEmpty());
    }

    @Test
    void rotterdam_identity_idAndName() {
      assertEquals("rotterdam", p.getId());
      assertTrue(p.getName().startsWith("Rotterdam"));
    }

    @Test
    void rotterdam_eligibility_youthAndHomelessOwnCircuits_l305to310() {
      EligibilityRule e = p.getEligibility();
      // l.305-306: "een apart stedelijk circuit voor toeleiding van daklozen"
      assertFalse(e.isHomelessInScope());
      // l.308-310: "in Rotterdam en Leeuwarden is een apart jeugdcircuit"
      assertFalse(e.isYouthInScope());
    }

    @Test
    void rotterdam_eligibility_assumedTwoDomainsOfAllAndExPrisonersIn() {
      // assumptions: the source gives Rotterdam no threshold ("meerdere leefgebieden", l.211; hard
      // criteria doubted, l.322-324) and says nothing on ex-prisoners (PresetProvenance marks both
      // ASSUMPTION); all domains count, dealing with the neighbourhood (l.211) among them
      EligibilityRule e = p.getEligibility();
      assertEquals(2, e.getMinProblemDomains());
      assertEquals(EnumSet.allOf(LifeDomain.class), e.getCountedDomains());
      assertTrue(e.getCountedDomains().contains(LifeDomain.NEIGHBOURHOOD));
      assertTrue(e.isExPrisonersInScope());
    }

    @Test
    void rotterdam_process_networkMeetingAppointsWithFallbackAndCrisisTriage_l1414l1470to1473() {
      // l.1470-1473 appointment in the network meeting, the fallback; l.1414-1416 crisis triage;
      // the interval of 14 days is an assumption within "1 keer per 2, 3 of 4 weken" (l.1453)
      assertEquals(ProcessDeadlines.none(), p.getDeadlines());
      assertEquals(AppointmentAuthority.NETWORK_MEETING, p.getAppointedBy());
      assertTrue(p.isNetworkDirectorFallback());
      assertFalse(p.isScanBeforeIntegralPicture());
      assertTrue(p.isCrisisTriageAtIntake());
      assertFalse(p.isClientAlwaysInvitedToCaseConference());
      assertEquals(14, p.getNetworkMeetingIntervalDays());
      assertEquals(ProfessionalRole.NETWORK_DIRECTOR, p.getEvaluatedBy());
    }

    @Test
    void rotterdam_closeAndFollow_inRegularCareFollowedAfterSixAndTwelveMonths_l1528l1538() {
      // l.1528-1529 closes in regular care; l.1538-1540 "na bijvoorbeeld 6 en 12 maanden";
      // a drop-out is discussed again, not reopened at once (the expert advice, l.549-550)
      assertEquals(ClosingCriterion.IN_REGULAR_CARE, p.getClosingCriterion());
      assertEquals(List.of(6, 12), p.getFollowUp().getCheckAfterMonths());
      assertFalse(p.getFollowUp().isDropOutReopens());
      // who closes in Rotterdam is not described: the network director is an assumption
      assertEquals(ProfessionalRole.NETWORK_DIRECTOR, p.getClosedBy());
    }

    @Test
    void rotterdam_plan_networkDirectorDraftsTheConceptPlan_l1452to1455() {
      // l.1452: "In Rotterdam stelt de netwerkregisseur alvast een concept plan van aanpak op"
      assertEquals(ProfessionalRole.NETWORK_DIRECTOR, p.getPlanPresentedBy());
    }

    @Test
    void rotterdam_intake_alwaysAnInquiryRoundWithPartnersPerReport_l1423to1424() {
      // l.1423: "Rotterdam start altijd een onderzoek- en inventarisatieronde"; l.1424 "afhankelijk
      // van de melding"
      assertEquals(InquiryRoundPolicy.of(true, false, false), p.getInquiryRound());
    }

    @Test
    void rotterdam_intake_noSignallerConsultationAndClientInformedOnlyRecorded_l1400l1434() {
      // the source describes neither for Rotterdam (assumptions)
      assertFalse(p.isSignallerConsultedOnFollowUp());
      assertEquals(ClientInformedPolicy.RECORDED, p.getClientInformedBeforeReport());
    }

    @Test
    void rotterdam_intervention_noCareBudget() {
      assertTrue(p.getIntervention().getBudgetMandate().isEmpty());
    }
  }

  @Nested
  class Enschede {
    private final MethodologyProfile p = MethodologyProfile.enschede();

    @Test
    void enschede_eligibility_threeOfSixDomainsAndYouthInScope_l290to297l308() {
      EligibilityRule e = p.getEligibility();
      assertEquals(3, e.getMinProblemDomains());
      assertEquals(
          Set.of(
              LifeDomain.HOUSING,
              LifeDomain.CARE,
              LifeDomain.EDUCATION,
              LifeDomain.SAFETY,
              LifeDomain.WORK,
              LifeDomain.WELFARE),
          e.getCountedDomains());
      assertTrue(e.isYouthInScope());
    }

    @Test
    void enschede_deadlines_fiveFiveTenWorkingDays_l1414l1440l1483() {
      ProcessDeadlines d = p.getDeadlines();
      assertEquals(OptionalInt.of(5), d.getJudgeReportWithin());
      assertEquals(OptionalInt.of(5), d.getAppointProblemOwnerWithin());
      assertEquals(OptionalInt.of(10), d.getPresentPlanWithin());
    }

    @Test
    void enschede_process_networkDirectorAppointsScanFirst_l861l1443() {
      // l.861-862 direct appointment; l.1443-1444 Scan Leefgebieden; l.1521-1522 the problem owner
      // evaluates; no fallback is an assumption (the source describes it for R and L only)
      assertEquals(AppointmentAuthority.NETWORK_DIRECTOR, p.getAppointedBy());
      assertFalse(p.isNetworkDirectorFallback());
      assertTrue(p.isScanBeforeIntegralPicture());
      assertFalse(p.isCrisisTriageAtIntake());
      assertFalse(p.isClientAlwaysInvitedToCaseConference());
      assertEquals(
          ProfessionalRole.TRAJECTORY_DIRECTOR, p.getEvaluatedBy(), "the problem owner evaluates");
    }

    @Test
    void enschede_closeAndFollow_selfReliant_l1530_followUpPerExpertAdvice_l547() {
      // l.1530-1531 closes when self-reliant; the 6 months are the expert advice (l.546-548),
      // not Enschede's described practice; a drop-out is discussed again (l.549-550)
      assertEquals(ClosingCriterion.SELF_RELIANT, p.getClosingCriterion());
      assertEquals(List.of(6), p.getFollowUp().getCheckAfterMonths());
      assertFalse(p.getFollowUp().isDropOutReopens());
    }

    @Test
    void enschede_problemOwnerPresentsThePlanAndCloses_l1482l1503l1586() {
      // l.1482-1484 presents the plan to the MDO; l.1503 "zorgt voor afsluiting en evaluatie"
      assertEquals(ProfessionalRole.TRAJECTORY_DIRECTOR, p.getPlanPresentedBy());
      assertEquals(ProfessionalRole.TRAJECTORY_DIRECTOR, p.getClosedBy());
    }

    @Test
    void enschede_intake_clientInformedRequiredSignallerConsulted_l1400l1434() {
      // l.1400-1401 "moet de signaalinbrenger de betrokken inwoner(s) op de hoogte brengen";
      // l.1434-1435 "overleg met de signaalinbrenger over het vervolg (terugkoppeling)"
      assertEquals(ClientInformedPolicy.REQUIRED, p.getClientInformedBeforeReport());
      assertTrue(p.isSignallerConsultedOnFollowUp());
    }

    @Test
    void enschede_intake_alsoAsksOtherNetworks_l1422() {
      // l.1422: "Enschede doet ook een informatieverzoek aan enkele andere netwerken"
      assertEquals(InquiryRoundPolicy.of(false, false, true), p.getInquiryRound());
    }

    @Test
    void enschede_intervention_teamLeaderHoldsAPot_l1717to1720_amountIsAnAssumption() {
      // the pot and the team leader's mandate are the source's; EUR 25,000 a year is an assumption
      // and the source sets no cap per case
      var mandate = p.getIntervention().getBudgetMandate().orElseThrow();
      assertEquals(ProfessionalRole.NETWORK_DIRECTOR, mandate.getHolder());
      assertEquals(0, new BigDecimal("25000").compareTo(mandate.getPotPerYear()));
      assertTrue(mandate.getMaxPerCase().isEmpty());
    }

    @Test
    void enschede_intervention_coercionStraightToTheCityInterventionTeam_l1698() {
      var route = p.getIntervention().getCoercionEscalation().orElseThrow();
      assertEquals(1, route.getOptions().size());
      assertEquals("stedelijk interventieteam", route.option(1).orElseThrow().getBodyNl());
    }

    @Test
    void enschede_intervention_noEvictionRuleOff_l1637to1638IsLeeuwardens() {
      assertFalse(p.getIntervention().isNoEvictionWithChildren());
    }
  }

  @Nested
  class Leeuwarden {
    private final MethodologyProfile p = MethodologyProfile.leeuwarden();

    @Test
    void leeuwarden_intervention_noEvictionWithChildren_l1637to1638_begeleidingscommissie_l841() {
      var i = p.getIntervention();
      assertTrue(i.isNoEvictionWithChildren());
      assertEquals(
          "begeleidingscommissie", i.getContentEscalation().option(4).orElseThrow().getBodyNl());
      assertEquals(
          "begeleidingscommissie",
          i.getOrganisationalEscalation().option(2).orElseThrow().getBodyNl());
      // l.1702-1716: the measures are used directly
      assertTrue(i.getCoercionEscalation().isEmpty());
    }

    @Test
    void leeuwarden_eligibility_homelessAndExPrisonersIn_l303_youthOut_l308to310() {
      EligibilityRule e = p.getEligibility();
      // the threshold is an assumption: the broader scope of l.295-301 is said of rural teams
      assertEquals(2, e.getMinProblemDomains());
      assertTrue(e.isHomelessInScope());
      assertTrue(e.isExPrisonersInScope());
      assertFalse(e.isYouthInScope());
    }

    @Test
    void leeuwarden_process_clientAlwaysInvitedAndEveryCaseAtEveryMeeting_l1616l1523() {
      // l.1615-1616 always invited to the zorgoverleg; l.1522-1523 every case at every meeting;
      // 28 days is an assumption within "1 keer per 2, 3 of 4 weken" (l.1453)
      assertTrue(p.isClientAlwaysInvitedToCaseConference());
      assertTrue(p.isEvaluateAtEveryNetworkMeeting());
      assertEquals(28, p.getNetworkMeetingIntervalDays());
      assertEquals(AppointmentAuthority.NETWORK_MEETING, p.getAppointedBy());
      assertTrue(p.isNetworkDirectorFallback());
      assertFalse(p.isCrisisTriageAtIntake());
      assertEquals(ProcessDeadlines.none(), p.getDeadlines());
    }

    @Test
    void leeuwarden_closeAndFollow_inRegularCare_l1528_followUpPerExpertAdvice_l547() {
      assertEquals(ClosingCriterion.IN_REGULAR_CARE, p.getClosingCriterion());
      assertEquals(List.of(6), p.getFollowUp().getCheckAfterMonths());
      assertFalse(p.getFollowUp().isDropOutReopens());
    }

    @Test
    void leeuwarden_problemOwnerCloses_l1603_networkDirectorBringsThePlan() {
      // l.1603 "meldt de teamleider als hij de casus heeft afgesloten"; who prepares the plan is
      // not described (the meeting discusses it and appoints the contact person, l.1453-1471): an
      // assumption
      assertEquals(ProfessionalRole.TRAJECTORY_DIRECTOR, p.getClosedBy());
      assertEquals(ProfessionalRole.NETWORK_DIRECTOR, p.getPlanPresentedBy());
    }

    @Test
    void leeuwarden_intake_clientInformedAndMotivatedFormToAllPartners_l1401l1420() {
      // l.1401-1402 "informeert men de betrokken inwoner(s) en worden zij gemotiveerd"; l.1420-1421
      // "naar alle netwerkpartners"; l.1435-1436 feedback is wished for, not practice
      assertEquals(ClientInformedPolicy.ADVISED, p.getClientInformedBeforeReport());
      assertEquals(InquiryRoundPolicy.of(false, true, false), p.getInquiryRound());
      assertFalse(p.isSignallerConsultedOnFollowUp());
    }

    @Test
    void leeuwarden_intervention_noEvictionWithChildren_l1636to1638() {
      assertTrue(p.getIntervention().isNoEvictionWithChildren());
    }
  }

  @ParameterizedTest
  @MethodSource("presets")
  void preset_cadence_contactWithinOneMonthReportEveryThreeMonthsTalkMonthly_l1507to1511(
      MethodologyProfile p) {
    ReportingCadence c = p.getCadence();
    assertEquals(1, c.getFirstContactWithinMonths());
    assertEquals(3, c.getReportEveryMonths());
    assertTrue(c.isReportOnDeviation());
    assertEquals(1, c.getProgressTalkEveryMonths());
    assertEquals(ReportingCadence.standard(), c);
  }

  @ParameterizedTest
  @MethodSource("presets")
  void preset_assumedDefaults_standardMappingDutchCalendarThresholdEvaluationInterval(
      MethodologyProfile p) {
    // assumptions, not the source: the calendar, the scan threshold and mapping; no evaluation
    // interval, because the source says "van tijd tot tijd" (l.1518)
    assertEquals(LifeDomainMapping.standard(), p.getLifeDomainMapping());
    assertEquals(WorkingDayCalendar.dutch(), p.getCalendar());
    assertEquals(SelfRelianceLevel.NOT_SELF_RELIANT, p.getProblemDomainThreshold());
    assertEquals(OptionalInt.empty(), p.getEvaluationEveryMonths());
  }

  @Test
  void builder_newSettingsUnset_defaultsKeepTheLibrarysBehaviour() {
    MethodologyProfile p = MethodologyProfile.builder().from(MethodologyProfile.enschede()).build();
    MethodologyProfile bare =
        MethodologyProfile.builder()
            .id("bare")
            .name("Bare")
            .access(p.getAccess())
            .eligibility(p.getEligibility())
            .deadlines(ProcessDeadlines.none())
            .appointedBy(AppointmentAuthority.NETWORK_MEETING)
            .networkDirectorFallback(true)
            .scanBeforeIntegralPicture(false)
            .cadence(ReportingCadence.standard())
            .networkMeetingIntervalDays(14)
            .evaluateAtEveryNetworkMeeting(false)
            .evaluatedBy(ProfessionalRole.NETWORK_DIRECTOR)
            .closingCriterion(ClosingCriterion.IN_REGULAR_CARE)
            .followUp(FollowUpPolicy.of(false, 6))
            .crisisTriageAtIntake(false)
            .clientAlwaysInvitedToCaseConference(false)
            .problemDomainThreshold(SelfRelianceLevel.NOT_SELF_RELIANT)
            .build();
    assertEquals(ProfessionalRole.NETWORK_DIRECTOR, bare.getClosedBy());
    assertEquals(ProfessionalRole.TRAJECTORY_DIRECTOR, bare.getPlanPresentedBy());
    assertFalse(bare.isSignallerConsultedOnFollowUp());
    assertEquals(ClientInformedPolicy.RECORDED, bare.getClientInformedBeforeReport());
    assertEquals(InquiryRoundPolicy.asNeeded(), bare.getInquiryRound());
    assertFalse(bare.getInquiryRound().describesARound());
    assertEquals(OptionalInt.empty(), bare.getEvaluationEveryMonths());
  }

  @Test
  void presets_calledTwice_equal() {
    assertEquals(MethodologyProfile.rotterdam(), MethodologyProfile.rotterdam());
    assertEquals(
        MethodologyProfile.enschede().hashCode(), MethodologyProfile.enschede().hashCode());
    assertNotEquals(MethodologyProfile.rotterdam(), MethodologyProfile.leeuwarden());
  }

  @Test
  void presets_ids_distinct() {
    assertEquals(3, presets().map(MethodologyProfile::getId).distinct().count());
  }

  // ---------------------------------------------------------------- deriving

  @Test
  void builderFrom_enschedeWithNewIdNameAndDeadlines_changesOnlyThose() {
    MethodologyProfile base = MethodologyProfile.enschede();
    ProcessDeadlines three = ProcessDeadlines.builder().judgeReportWithin(3).build();
    MethodologyProfile mine =
        MethodologyProfile.builder()
            .from(base)
            .id("almelo")
            .name("Almelo")
            .deadlines(three)
            .build();

    assertEquals("almelo", mine.getId());
    assertEquals("Almelo", mine.getName());
    assertEquals(three, mine.getDeadlines());
    assertEquals(
        OptionalInt.empty(),
        mine.getDeadlines().getAppointProblemOwnerWithin(),
        "a deadlines value is replaced whole, not merged");

    assertEquals(base.getEligibility(), mine.getEligibility());
    assertEquals(base.getAppointedBy(), mine.getAppointedBy());
    assertEquals(base.isNetworkDirectorFallback(), mine.isNetworkDirectorFallback());
    assertEquals(base.isScanBeforeIntegralPicture(), mine.isScanBeforeIntegralPicture());
    assertEquals(base.getCadence(), mine.getCadence());
    assertEquals(base.getNetworkMeetingIntervalDays(), mine.getNetworkMeetingIntervalDays());
    assertEquals(base.isEvaluateAtEveryNetworkMeeting(), mine.isEvaluateAtEveryNetworkMeeting());
    assertEquals(base.getEvaluationEveryMonths(), mine.getEvaluationEveryMonths());
    assertEquals(base.getEvaluatedBy(), mine.getEvaluatedBy());
    assertEquals(base.getClosedBy(), mine.getClosedBy());
    assertEquals(base.getPlanPresentedBy(), mine.getPlanPresentedBy());
    assertEquals(base.isSignallerConsultedOnFollowUp(), mine.isSignallerConsultedOnFollowUp());
    assertEquals(base.getClientInformedBeforeReport(), mine.getClientInformedBeforeReport());
    assertEquals(base.getInquiryRound(), mine.getInquiryRound());
    assertEquals(base.getClosingCriterion(), mine.getClosingCriterion());
    assertEquals(base.getFollowUp(), mine.getFollowUp());
    assertEquals(base.isCrisisTriageAtIntake(), mine.isCrisisTriageAtIntake());
    assertEquals(
        base.isClientAlwaysInvitedToCaseConference(), mine.isClientAlwaysInvitedToCaseConference());
    assertEquals(base.getProblemDomainThreshold(), mine.getProblemDomainThreshold());
    assertEquals(base.getLifeDomainMapping(), mine.getLifeDomainMapping());
    assertEquals(base.getIntervention(), mine.getIntervention());
    assertEquals(base.getAccess(), mine.getAccess());
    assertEquals(base.getCalendar(), mine.getCalendar());

    MethodologyProfile back =
        MethodologyProfile.builder()
            .from(mine)
            .id(base.getId())
            .name(base.getName())
            .deadlines(base.getDeadlines())
            .build();
    assertEquals(base, back, "only id, name and deadlines differed");
  }

  @Test
  void builderFrom_rotterdamWithoutCrisisTriage_otherPresetsUntouched() {
    MethodologyProfile mine =
        MethodologyProfile.builder()
            .from(MethodologyProfile.rotterdam())
            .id("schiedam")
            .crisisTriageAtIntake(false)
            .build();
    assertFalse(mine.isCrisisTriageAtIntake());
    assertTrue(MethodologyProfile.rotterdam().isCrisisTriageAtIntake());
    assertEquals(MethodologyProfile.rotterdam().getFollowUp(), mine.getFollowUp());
  }

  @Test
  void builderFrom_customCalendarWithClosureDays_keptOnTheProfile() {
    WorkingDayCalendar withClosure =
        WorkingDayCalendar.dutch().withClosureDays(Set.of(java.time.LocalDate.of(2025, 12, 29)));
    MethodologyProfile mine =
        MethodologyProfile.builder()
            .from(MethodologyProfile.leeuwarden())
            .calendar(withClosure)
            .build();
    assertFalse(mine.getCalendar().isWorkingDay(java.time.LocalDate.of(2025, 12, 29)));
    assertTrue(
        MethodologyProfile.leeuwarden()
            .getCalendar()
            .isWorkingDay(java.time.LocalDate.of(2025, 12, 29)));
  }

  // ---------------------------------------------------------------- validation

  private static MethodologyProfile.Builder fromEnschede() {
    return MethodologyProfile.builder().from(MethodologyProfile.enschede());
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            "MethodologyProfile.id",
            (Supplier<Object>) () -> fromEnschede().id("has space").build()),
        Arguments.of(
            "MethodologyProfile.id", (Supplier<Object>) () -> fromEnschede().id("").build()),
        Arguments.of(
            "MethodologyProfile.name", (Supplier<Object>) () -> fromEnschede().name(" ").build()),
        Arguments.of(
            "MethodologyProfile.networkMeetingIntervalDays",
            (Supplier<Object>) () -> fromEnschede().networkMeetingIntervalDays(6).build()),
        Arguments.of(
            "MethodologyProfile.networkMeetingIntervalDays",
            (Supplier<Object>) () -> fromEnschede().networkMeetingIntervalDays(92).build()),
        Arguments.of(
            "MethodologyProfile.evaluationEveryMonths",
            (Supplier<Object>) () -> fromEnschede().evaluationEveryMonths(0).build()),
        Arguments.of(
            "MethodologyProfile.evaluationEveryMonths",
            (Supplier<Object>) () -> fromEnschede().evaluationEveryMonths(25).build()),
        Arguments.of(
            "MethodologyProfile.closedBy",
            (Supplier<Object>) () -> fromEnschede().closedBy(ProfessionalRole.CORE_MEMBER).build()),
        Arguments.of(
            "MethodologyProfile.planPresentedBy",
            (Supplier<Object>)
                () -> fromEnschede().planPresentedBy(ProfessionalRole.TEAM_SUPPORT).build()),
        Arguments.of(
            "MethodologyProfile.evaluatedBy",
            (Supplier<Object>)
                () -> fromEnschede().evaluatedBy(ProfessionalRole.SHELL_MEMBER).build()),
        Arguments.of(
            "ProcessDeadlines.judgeReportWithin",
            (Supplier<Object>) () -> ProcessDeadlines.builder().judgeReportWithin(0).build()),
        Arguments.of(
            "ProcessDeadlines.appointProblemOwnerWithin",
            (Supplier<Object>)
                () -> ProcessDeadlines.builder().appointProblemOwnerWithin(251).build()),
        Arguments.of(
            "ProcessDeadlines.presentPlanWithin",
            (Supplier<Object>) () -> ProcessDeadlines.builder().presentPlanWithin(-1).build()),
        Arguments.of(
            "ReportingCadence.firstContactWithinMonths",
            (Supplier<Object>)
                () ->
                    ReportingCadence.builder()
                        .from(ReportingCadence.standard())
                        .firstContactWithinMonths(0)
                        .build()),
        Arguments.of(
            "ReportingCadence.reportEveryMonths",
            (Supplier<Object>)
                () ->
                    ReportingCadence.builder()
                        .from(ReportingCadence.standard())
                        .reportEveryMonths(25)
                        .build()),
        Arguments.of(
            "ReportingCadence.progressTalkEveryMonths",
            (Supplier<Object>)
                () ->
                    ReportingCadence.builder()
                        .from(ReportingCadence.standard())
                        .progressTalkEveryMonths(0)
                        .build()),
        Arguments.of(
            "EligibilityRule.minProblemDomains",
            (Supplier<Object>) () -> EligibilityRule.atLeast(0).build()),
        Arguments.of(
            "EligibilityRule.minProblemDomains",
            (Supplier<Object>)
                () ->
                    EligibilityRule.builder()
                        .from(MethodologyProfile.enschede().getEligibility())
                        .minProblemDomains(7)
                        .build()),
        Arguments.of(
            "EligibilityRule.countedDomains",
            (Supplier<Object>)
                () ->
                    EligibilityRule.builder()
                        .minProblemDomains(1)
                        .youthInScope(true)
                        .homelessInScope(true)
                        .exPrisonersInScope(true)
                        .build()),
        Arguments.of(
            "FollowUpPolicy.checkAfterMonths",
            (Supplier<Object>) () -> FollowUpPolicy.of(true, 12, 6)),
        Arguments.of(
            "FollowUpPolicy.checkAfterMonths", (Supplier<Object>) () -> FollowUpPolicy.of(true, 0)),
        Arguments.of(
            "FollowUpPolicy.checkAfterMonths",
            (Supplier<Object>) () -> FollowUpPolicy.of(true, 6, 6)));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void build_invalidValue_throwsInvalidValueExceptionNamingTheField(
      String field, Supplier<Object> build) {
    Executable e = build::get;
    InvalidValueException ex = assertThrows(InvalidValueException.class, e);
    assertEquals(field, ex.getField());
    assertFalse(ex.getRule().isBlank());
    assertTrue(ex.getMessage().contains(field), ex.getMessage());
  }

  @Test
  void build_missingRequiredAttributes_throwsInvalidValueExceptionNamingThem() {
    InvalidValueException ex =
        assertThrows(
            InvalidValueException.class,
            () -> MethodologyProfile.builder().id("x").name("X").build());
    assertTrue(ex.getMessage().contains("MethodologyProfile.eligibility"), ex.getMessage());
    assertTrue(ex.getMessage().contains("MethodologyProfile.closingCriterion"), ex.getMessage());
    assertEquals(InvalidValueException.RULE_REQUIRED, ex.getRule());
  }

  @Test
  void build_validEdgeValues_accepted() {
    MethodologyProfile p =
        fromEnschede()
            .networkMeetingIntervalDays(7)
            .evaluationEveryMonths(24)
            .evaluatedBy(ProfessionalRole.NETWORK_DIRECTOR)
            .build();
    assertEquals(7, p.getNetworkMeetingIntervalDays());
    assertEquals(OptionalInt.of(24), p.getEvaluationEveryMonths());
    assertEquals(
        91, fromEnschede().networkMeetingIntervalDays(91).build().getNetworkMeetingIntervalDays());
    assertEquals(List.of(), FollowUpPolicy.of(false).getCheckAfterMonths());
    assertEquals(
        6,
        EligibilityRule.builder()
            .from(MethodologyProfile.enschede().getEligibility())
            .minProblemDomains(6)
            .build()
            .getMinProblemDomains());
  }
}
