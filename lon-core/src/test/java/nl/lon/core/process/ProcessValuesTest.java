package nl.lon.core.process;

import static nl.lon.core.testing.CaseFixtures.DEBT_BANK;
import static nl.lon.core.testing.CaseFixtures.GGZ;
import static nl.lon.core.testing.CaseFixtures.GGZ_MEMBER;
import static nl.lon.core.testing.CaseFixtures.HOUSING;
import static nl.lon.core.testing.CaseFixtures.HOUSING_MEMBER;
import static nl.lon.core.testing.CaseFixtures.NETWORK_DIRECTOR;
import static nl.lon.core.testing.CaseFixtures.RECEIVING_NETWORK;
import static nl.lon.core.testing.CaseFixtures.START;
import static nl.lon.core.testing.CaseFixtures.TRAJECTORY_DIRECTOR;
import static nl.lon.core.testing.InvalidValues.assertRejected;
import static nl.lon.core.testing.InvalidValues.assertRequired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.lon.core.network.Circuit;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.testing.CaseFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation and behaviour of the values of the primary process. */
class ProcessValuesTest {

  // ------------------------------------------------------------ Signal

  @Test
  void build_signalWithoutConcerns_throwsNotEmptyOnConcerns() {
    assertRejected(
        "Signal.concerns",
        "not-empty",
        () -> Signal.builder().from(CaseFixtures.signal()).concerns(List.of()).build());
  }

  @ParameterizedTest
  @EnumSource(
      value = SignalSourceKind.class,
      names = {"PARTNER_ORGANISATION", "OTHER_ORGANISATION"})
  void build_organisationSourceWithoutOrganisation_throwsOnSignallerOrganisation(
      SignalSourceKind source) {
    assertRejected(
        "Signal.signallerOrganisation",
        "organisation-for-organisation-source",
        () -> CaseFixtures.residentSignalBuilder().sourceKind(source).build());
  }

  @ParameterizedTest
  @EnumSource(
      value = SignalSourceKind.class,
      names = {"RESIDENT", "CLIENT", "RELATIVE"})
  void build_personSourceWithOrganisation_throwsOnSignallerOrganisation(SignalSourceKind source) {
    assertRejected(
        "Signal.signallerOrganisation",
        "organisation-for-organisation-source",
        () ->
            CaseFixtures.residentSignalBuilder()
                .sourceKind(source)
                .signallerOrganisation(HOUSING)
                .build());
  }

  @Test
  void build_personSourceWithSignallerKind_throwsOnSignallerKind() {
    assertRejected(
        "Signal.signallerKind",
        "organisation-for-organisation-source",
        () -> CaseFixtures.residentSignalBuilder().signallerKind(PartnerKind.POLICE).build());
  }

  @Test
  void build_notInformedWithoutReason_throwsReasonWhenNotInformed() {
    assertRejected(
        "Signal.notInformedReason",
        "reason-when-not-informed",
        () -> CaseFixtures.residentSignalBuilder().clientInformed(false).build());
  }

  @Test
  void build_notInformedWithBlankReason_throwsReasonWhenNotInformed() {
    assertRejected(
        "Signal.notInformedReason",
        "reason-when-not-informed",
        () ->
            CaseFixtures.residentSignalBuilder()
                .clientInformed(false)
                .notInformedReason("  ")
                .build());
  }

  @Test
  void build_informedWithReason_throwsOnlyWhenNotInformed() {
    assertRejected(
        "Signal.notInformedReason",
        "only-when-not-informed",
        () -> CaseFixtures.residentSignalBuilder().notInformedReason("risk for children").build());
  }

  @Test
  void build_notInformedWithReason_keepsReason() {
    Signal s =
        CaseFixtures.residentSignalBuilder()
            .clientInformed(false)
            .notInformedReason("high risk for the children")
            .build();
    assertFalse(s.isClientInformed());
    assertEquals(Optional.of("high risk for the children"), s.getNotInformedReason());
  }

  @Test
  void build_descriptionOver4000Characters_throwsMaxLength() {
    assertRejected(
        "Signal.description",
        "max-length-4000",
        () -> CaseFixtures.residentSignalBuilder().description("x".repeat(4001)).build());
  }

  @Test
  void build_signalWithoutDescription_defaultsToEmptyAndNoCrisis() {
    Signal s = CaseFixtures.residentSignalBuilder().description("x".repeat(4000)).build();
    assertEquals(4000, s.getDescription().length());
    Signal minimal = CaseFixtures.residentSignalBuilder().build();
    assertEquals("", minimal.getDescription());
    assertFalse(minimal.isAcuteCrisis());
  }

  @Test
  void build_signalMissingRequiredAttributes_throwsRequiredNamingThem() {
    assertRequired("Signal.id", () -> Signal.builder().addConcerns(Concern.NUISANCE).build());
  }

  @Test
  void id_null_throwsRequired() {
    assertRequired("Signal.id", () -> Signal.builder().id(null));
  }

  // ------------------------------------------------------------ CoordinationDecision

  private static CoordinationDecision.Builder decision(CoordinationOutcome outcome) {
    return CoordinationDecision.builder()
        .outcome(outcome)
        .reason("grounds")
        .feedback(SignallerFeedback.of(START, "told the signaller"));
  }

  @Test
  void build_referToCircuitWithoutCircuit_throwsCircuitForReferral() {
    assertRejected(
        "CoordinationDecision.circuit",
        "circuit-for-referral",
        () -> decision(CoordinationOutcome.REFER_TO_CIRCUIT).build());
  }

  @Test
  void build_coordinateWithCircuit_throwsCircuitForReferral() {
    assertRejected(
        "CoordinationDecision.circuit",
        "circuit-for-referral",
        () -> decision(CoordinationOutcome.COORDINATE).circuit(Circuit.YOUTH).build());
  }

  @Test
  void build_referToOrganisationWithoutOrganisation_throwsOrganisationForReferral() {
    assertRejected(
        "CoordinationDecision.referredTo",
        "organisation-for-referral",
        () -> decision(CoordinationOutcome.REFER_TO_ORGANISATION).build());
  }

  @Test
  void build_outOfScopeWithOrganisation_throwsOrganisationForReferral() {
    assertRejected(
        "CoordinationDecision.referredTo",
        "organisation-for-referral",
        () -> decision(CoordinationOutcome.OUT_OF_SCOPE).referredTo(GGZ).build());
  }

  @Test
  void build_decisionWithBlankReason_throwsNotBlank() {
    assertRejected(
        "CoordinationDecision.reason",
        "not-blank",
        () -> decision(CoordinationOutcome.COORDINATE).reason(" ").build());
  }

  @ParameterizedTest
  @EnumSource(CoordinationOutcome.class)
  void isCoordinate_anyOutcome_trueOnlyForCoordinate(CoordinationOutcome outcome) {
    CoordinationDecision d = CaseFixtures.coordinationDecision(outcome, START);
    assertEquals(outcome == CoordinationOutcome.COORDINATE, d.isCoordinate());
    assertEquals(outcome == CoordinationOutcome.REFER_TO_CIRCUIT, d.getCircuit().isPresent());
    assertEquals(
        outcome == CoordinationOutcome.REFER_TO_ORGANISATION, d.getReferredTo().isPresent());
  }

  // ------------------------------------------------------------ PlanOfApproach

  private static PlanOfApproach plan() {
    return CaseFixtures.plan(1, START);
  }

  private static Activity activity(String goalCode) {
    return Activity.builder()
        .description("do it")
        .responsible(Responsible.of(GGZ))
        .dueOn(START.plusDays(7))
        .goalCode(goalCode)
        .build();
  }

  @Test
  void build_planWithoutGoals_throwsNotEmptyOnGoals() {
    assertRejected(
        "PlanOfApproach.goals",
        "not-empty",
        () ->
            PlanOfApproach.builder()
                .from(plan())
                .goals(List.of())
                .activities(List.of(plan().getActivities().get(2)))
                .build());
  }

  @Test
  void build_planWithoutActivities_throwsNotEmptyOnActivities() {
    assertRejected(
        "PlanOfApproach.activities",
        "not-empty",
        () -> PlanOfApproach.builder().from(plan()).activities(List.of()).build());
  }

  @Test
  void build_planWithBlankContext_throwsNotBlankOnContext() {
    assertRejected(
        "PlanOfApproach.context",
        "not-blank",
        () -> PlanOfApproach.builder().from(plan()).context("\t").build());
  }

  @Test
  void build_planWithoutContextAndVersion_throwsRequired() {
    assertRequired(
        "PlanOfApproach.version",
        () ->
            PlanOfApproach.builder()
                .addGoals(CaseFixtures.goal("G1", LifeDomain.HOUSING))
                .addActivities(activity("G1"))
                .build());
  }

  @Test
  void build_planWithDuplicateGoalCodes_throwsUniqueGoalCode() {
    assertRejected(
        "PlanOfApproach.goals",
        "unique-goal-code",
        () ->
            PlanOfApproach.builder()
                .from(plan())
                .addGoals(Goal.of("G1", LifeDomain.WORK, "Find daytime activities"))
                .build());
  }

  @Test
  void build_activityReferringToUnknownGoal_throwsKnownGoal() {
    assertRejected(
        "PlanOfApproach.activities",
        "known-goal",
        () -> PlanOfApproach.builder().from(plan()).addActivities(activity("G9")).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10_001})
  void build_planVersionOutOfRange_throwsRange(int version) {
    assertRejected(
        "PlanOfApproach.version",
        "range-1-10000",
        () -> PlanOfApproach.builder().from(plan()).version(version).build());
  }

  @Test
  void goal_knownAndUnknownCode_findsOnlyKnown() {
    assertEquals(LifeDomain.INCOME, plan().goal("G2").orElseThrow().getLifeDomain());
    assertTrue(plan().goal("G3").isEmpty());
  }

  @Test
  void taskDivision_fixturePlan_groupsActivitiesByResponsible() {
    var division = plan().taskDivision();
    assertEquals(3, division.keySet().size());
    assertEquals(
        "Register with the debt bank",
        division.get(Responsible.of(DEBT_BANK)).get(0).getDescription());
    assertEquals(1, division.get(Responsible.of(HOUSING, HOUSING_MEMBER)).size());
  }

  @Test
  void of_goalWithMalformedCode_throwsIdentifierFormat() {
    assertRejected("Goal.code", "identifier-format", () -> Goal.of("G 1", LifeDomain.WORK, "x"));
  }

  @Test
  void of_goalWithBlankDescription_throwsNotBlank() {
    assertRejected("Goal.description", "not-blank", () -> Goal.of("G1", LifeDomain.WORK, ""));
  }

  @Test
  void of_goalWithNullDomain_throwsRequired() {
    assertRequired("Goal.lifeDomain", () -> Goal.of("G1", null, "x"));
  }

  @Test
  void build_activityWithBlankDescription_throwsNotBlank() {
    assertRejected(
        "Activity.description",
        "not-blank",
        () -> Activity.builder().from(activity("G1")).description("").build());
  }

  // ------------------------------------------------------------ Meeting

  private static Meeting meeting() {
    return CaseFixtures.meeting(MeetingKind.CASE_CONFERENCE, START);
  }

  @Test
  void build_meetingWhoseChairIsNotAParticipant_throwsChairParticipates() {
    assertRejected(
        "Meeting.technicalChair",
        "chair-participates",
        () -> Meeting.builder().from(meeting()).technicalChair(HOUSING_MEMBER).build());
  }

  @Test
  void build_meetingWhoseCoordinatorIsNotAParticipant_throwsCoordinatorParticipates() {
    assertRejected(
        "Meeting.contentCoordinator",
        "coordinator-participates",
        () -> Meeting.builder().from(meeting()).contentCoordinator(HOUSING_MEMBER).build());
  }

  @Test
  void build_clientPresentButNotInvited_throwsPresentImpliesInvited() {
    assertRejected(
        "Meeting.clientPresent",
        "present-implies-invited",
        () -> Meeting.builder().from(meeting()).clientInvited(false).clientPresent(true).build());
  }

  @Test
  void build_meetingWithoutParticipants_throwsNotEmpty() {
    assertRejected(
        "Meeting.participants",
        "not-empty",
        () -> Meeting.builder().from(meeting()).participants(List.of()).build());
  }

  @Test
  void build_oneParticipantChairingAndCoordinating_isValid() {
    Meeting m =
        Meeting.builder()
            .from(meeting())
            .participants(List.of(GGZ_MEMBER))
            .technicalChair(GGZ_MEMBER)
            .contentCoordinator(GGZ_MEMBER)
            .clientInvited(true)
            .clientPresent(true)
            .build();
    assertEquals(m.getTechnicalChair(), m.getContentCoordinator());
    assertTrue(m.isClientPresent());
  }

  @Test
  void build_meetingMissingAttributes_throwsRequiredNamingThem() {
    assertRequired("Meeting.id", () -> Meeting.builder().addParticipants(NETWORK_DIRECTOR).build());
  }

  @Test
  void getLevel_meetingKinds_mapToCollaborationLevels() {
    assertEquals(CollaborationLevel.CASE, MeetingKind.CASE_CONFERENCE.getLevel());
    assertEquals(CollaborationLevel.NETWORK, MeetingKind.NETWORK_MEETING.getLevel());
    assertEquals(CollaborationLevel.ADMINISTRATION, MeetingKind.STEERING_GROUP.getLevel());
  }

  // ------------------------------------------------------------ Closure

  @Test
  void build_movedWithHandoverWithoutNetwork_throwsHandoverForMove() {
    assertRejected(
        "Closure.handoverTo",
        "handover-for-move",
        () -> Closure.of(ClosureReason.MOVED_WITH_HANDOVER));
  }

  @Test
  void build_otherReasonWithHandoverNetwork_throwsHandoverForMove() {
    assertRejected(
        "Closure.handoverTo",
        "handover-for-move",
        () ->
            Closure.builder()
                .reason(ClosureReason.SELF_RELIANT_AGAIN)
                .handoverTo(RECEIVING_NETWORK)
                .build());
  }

  @Test
  void build_otherWithoutRemarks_throwsRemarksForOther() {
    assertRejected("Closure.remarks", "remarks-for-other", () -> Closure.of(ClosureReason.OTHER));
  }

  @Test
  void build_otherWithBlankRemarks_throwsRemarksForOther() {
    assertRejected(
        "Closure.remarks",
        "remarks-for-other",
        () -> Closure.builder().reason(ClosureReason.OTHER).remarks("   ").build());
  }

  @Test
  void build_validClosures_keepTheirAttributes() {
    Closure moved =
        Closure.builder()
            .reason(ClosureReason.MOVED_WITH_HANDOVER)
            .handoverTo(RECEIVING_NETWORK)
            .build();
    assertEquals(Optional.of(RECEIVING_NETWORK), moved.getHandoverTo());
    Closure other =
        Closure.builder().reason(ClosureReason.OTHER).remarks("client emigrated").build();
    assertEquals("client emigrated", other.getRemarks());
    assertEquals("", Closure.of(ClosureReason.DECEASED).getRemarks());
  }

  @Test
  void of_nullReason_throwsRequired() {
    assertRequired("Closure.reason", () -> Closure.of(null));
  }

  // ------------------------------------------------------------ Evaluation

  @Test
  void build_evaluationWithoutGoalResults_throwsNotEmpty() {
    assertRejected(
        "Evaluation.goalResults",
        "not-empty",
        () ->
            Evaluation.builder()
                .agreementsKept(true)
                .decision(EvaluationDecision.CONTINUE)
                .build());
  }

  @Test
  void isAllGoalsReached_mixedAndAllReached_trueOnlyWhenAllReached() {
    assertFalse(CaseFixtures.evaluation(EvaluationDecision.ADJUST).isAllGoalsReached());
    assertTrue(CaseFixtures.evaluation(EvaluationDecision.CLOSE).isAllGoalsReached());
  }

  // ------------------------------------------------------------ small values

  @Test
  void of_responsibleWithNullOrganisation_throwsRequired() {
    assertRequired(
        "Responsible.organisation", () -> Responsible.of((nl.lon.core.id.OrganisationId) null));
  }

  @Test
  void of_responsibleVariants_keepGivenParts() {
    assertEquals(Optional.of(GGZ), Responsible.of(GGZ).getOrganisation());
    assertTrue(Responsible.of(GGZ).getProfessional().isEmpty());
    assertEquals(
        Optional.of(TRAJECTORY_DIRECTOR), Responsible.of(TRAJECTORY_DIRECTOR).getProfessional());
    assertTrue(Responsible.of(TRAJECTORY_DIRECTOR).getOrganisation().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-1"})
  void build_instrumentUseWithNonPositiveAmount_throwsPositive(String amount) {
    assertRejected(
        "InstrumentUse.amount",
        "positive",
        () -> CaseFixtures.carePurchase(new BigDecimal(amount)));
  }

  @Test
  void build_instrumentUseWithBlankDescription_throwsNotBlank() {
    assertRejected(
        "InstrumentUse.description",
        "not-blank",
        () -> InstrumentUse.builder().instrument(Instrument.HOME_VISIT).description("").build());
  }

  @Test
  void build_instrumentUseWithoutAmount_isNoEviction() {
    InstrumentUse use =
        InstrumentUse.builder()
            .instrument(Instrument.BILATERAL_CONTACT)
            .description("call")
            .build();
    assertTrue(use.getAmount().isEmpty());
    assertFalse(use.isEviction());
  }

  @Test
  void of_progressReportWithBlankSummary_throwsNotBlank() {
    assertRejected("ProgressReport.summary", "not-blank", () -> ProgressReport.of(" ", false));
  }

  @Test
  void of_progressReport_defaultsNotStalledAndReachable() {
    ProgressReport r = ProgressReport.of("fine", true);
    assertTrue(r.isDeviatesFromPlan());
    assertFalse(r.isStalled());
    assertFalse(r.isClientUnreachable());
  }

  @Test
  void of_progressReportWithNullSummary_throwsRequired() {
    assertRequired("ProgressReport.summary", () -> ProgressReport.of(null, false));
  }

  @Test
  void of_workAgreementWithBlankWhat_throwsNotBlank() {
    assertRejected(
        "WorkAgreement.what", "not-blank", () -> WorkAgreement.of(Responsible.of(GGZ), "", START));
  }

  @Test
  void of_signallerFeedbackWithBlankSummary_throwsNotBlank() {
    assertRejected("SignallerFeedback.summary", "not-blank", () -> SignallerFeedback.of(START, ""));
  }

  @Test
  void of_warmHandoverWithBlankContact_throwsNotBlank() {
    assertRejected(
        "WarmHandover.receivingContact",
        "not-blank",
        () -> WarmHandover.of(RECEIVING_NETWORK, " ", "summary"));
  }

  @Test
  void of_warmHandoverWithBlankSummary_throwsNotBlank() {
    assertRejected(
        "WarmHandover.summary",
        "not-blank",
        () -> WarmHandover.of(RECEIVING_NETWORK, "contact", ""));
  }

  @Test
  void of_followUpCheckWithNullRemarks_throwsRequired() {
    assertRequired(
        "FollowUpCheck.remarks", () -> FollowUpCheck.of(FollowUpOutcome.CARE_COMPLETED, null));
  }

  @ParameterizedTest
  @EnumSource(Concern.class)
  void getLifeDomains_everyConcern_touchesAtLeastOneLifeDomain(Concern concern) {
    assertFalse(concern.getLifeDomains().isEmpty(), concern.name());
  }

  @Test
  void getLifeDomains_fixtureSignalConcerns_touchHousingIncomeCareRelationsWelfare() {
    // squalor -> housing, care; rent arrears -> income, housing; isolation -> relations, welfare
    java.util.Set<LifeDomain> touched = java.util.EnumSet.noneOf(LifeDomain.class);
    CaseFixtures.signal().getConcerns().forEach(c -> touched.addAll(c.getLifeDomains()));
    assertEquals(
        java.util.EnumSet.of(
            LifeDomain.HOUSING,
            LifeDomain.CARE,
            LifeDomain.INCOME,
            LifeDomain.RELATIONS,
            LifeDomain.WELFARE),
        touched);
  }

  @Test
  void build_signalWithoutMinorFlag_isNotAMinor() {
    assertFalse(CaseFixtures.residentSignalBuilder().build().isClientMinor());
    assertTrue(CaseFixtures.residentSignalBuilder().clientMinor(true).build().isClientMinor());
  }

  @Test
  void getNumber_processSteps_numberedOneToNineInOrder() {
    ProcessStep[] steps = ProcessStep.values();
    assertEquals(9, steps.length);
    for (int i = 0; i < steps.length; i++) {
      assertEquals(i + 1, steps[i].getNumber());
    }
    assertEquals(1, ProcessStep.SIGNAL.getNumber());
    assertEquals(9, ProcessStep.FOLLOW_UP.getNumber());
  }

  // ------------------------------------------------------------ NetworkActivity

  private static NetworkActivity.Builder consultation() {
    return NetworkActivity.builder()
        .kind(NetworkActivityKind.CONSULTATION)
        .heldOn(START)
        .organisation("huisartsenpraktijk De Linde")
        .topic("advice on a patient who avoids care");
  }

  /** Consultation and information need no case (seeds/004_ca47ed76719141bc.txt l.1722-1731). */
  @Test
  void build_consultation_keepsKindDateOrganisationAndTopic() {
    NetworkActivity a = consultation().build();
    assertEquals(NetworkActivityKind.CONSULTATION, a.getKind());
    assertEquals(START, a.getHeldOn());
    assertEquals("huisartsenpraktijk De Linde", a.getOrganisation());
  }

  @Test
  void build_networkActivityWithBlankTopic_throwsNotBlankOnTopic() {
    assertRejected("NetworkActivity.topic", "not-blank", () -> consultation().topic(" ").build());
  }

  @Test
  void build_networkActivityWithTopicOver200Characters_throwsMaxLength() {
    assertRejected(
        "NetworkActivity.topic",
        "max-length-200",
        () -> consultation().topic("x".repeat(201)).build());
  }

  @Test
  void build_networkActivityInTheYear2200_throwsPlausibleDate() {
    assertRejected(
        "NetworkActivity.heldOn",
        "plausible-date",
        () -> consultation().heldOn(java.time.LocalDate.of(2200, 1, 1)).build());
  }
}
