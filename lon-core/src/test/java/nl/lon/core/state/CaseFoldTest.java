package nl.lon.core.state;

import static nl.lon.core.testing.CaseFixtures.CARE_PURCHASE_AMOUNT;
import static nl.lon.core.testing.CaseFixtures.CASE_ID;
import static nl.lon.core.testing.CaseFixtures.CLIENT;
import static nl.lon.core.testing.CaseFixtures.DEBT_BANK;
import static nl.lon.core.testing.CaseFixtures.ESCALATION;
import static nl.lon.core.testing.CaseFixtures.GGD;
import static nl.lon.core.testing.CaseFixtures.GGZ;
import static nl.lon.core.testing.CaseFixtures.GGZ_MEMBER;
import static nl.lon.core.testing.CaseFixtures.HOUSING;
import static nl.lon.core.testing.CaseFixtures.HOUSING_MEMBER;
import static nl.lon.core.testing.CaseFixtures.MUNICIPALITY;
import static nl.lon.core.testing.CaseFixtures.NETWORK;
import static nl.lon.core.testing.CaseFixtures.NETWORK_DIRECTOR;
import static nl.lon.core.testing.CaseFixtures.OTHER_CASE_ID;
import static nl.lon.core.testing.CaseFixtures.POLICE;
import static nl.lon.core.testing.CaseFixtures.RECEIVING_NETWORK;
import static nl.lon.core.testing.CaseFixtures.SOCIAL_WORK;
import static nl.lon.core.testing.CaseFixtures.START;
import static nl.lon.core.testing.CaseFixtures.TRAJECTORY_DIRECTOR;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.client.Consent;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.EvaluationRecorded;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.event.IntegralPictureFormed;
import nl.lon.core.event.LifeDomainScanRecorded;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.event.TrajectoryDirectorAppointed;
import nl.lon.core.id.EscalationId;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.Instrument;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.core.testing.CaseFixtures.EventFactory;
import nl.lon.core.testing.CaseFixtures.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fold of {@link CaseState}: for every event type, what folding it in a valid state changes,
 * and that folding it where it cannot follow throws {@link IllegalEventException}.
 */
class CaseFoldTest {

  private EventFactory f;

  @BeforeEach
  void setUp() {
    f = CaseFixtures.events();
  }

  /** The state of a new case brought to a stage; {@link #f} then stamps the next event. */
  private CaseState at(Stage stage) {
    return CaseState.replay(f.historyTo(stage));
  }

  /** A case ended because the report was judged out of scope. */
  private CaseState ended() {
    return CaseState.replay(
        List.of(f.signalReceived(), f.reportJudged(ReportJudgement.OUT_OF_SCOPE)));
  }

  /** A closed case that was transferred. */
  private CaseState transferred() {
    return at(Stage.EXECUTING).apply(f.caseTransferred());
  }

  private static IllegalEventException assertIllegal(CaseState state, CaseEvent event) {
    IllegalEventException e = assertThrows(IllegalEventException.class, () -> state.apply(event));
    assertTrue(
        e.getMessage().startsWith(event.getType() + " #" + event.getSequence()),
        "message names type and sequence: " + e.getMessage());
    return e;
  }

  /**
   * Asserts that a fold changed nothing but the version (one more) and the date of the last event;
   * in particular the actor does not become involved by writing. The history grows by the event.
   */
  private static void assertOnlyVersionChanged(CaseState before, CaseState after) throws Exception {
    assertEquals(before.getVersion() + 1, after.getVersion());
    List<String> differences = new ArrayList<>();
    for (Method m : CaseState.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0
          && !m.getName().equals("getVersion")
          && !m.getName().equals("getLastEventOn")
          && !m.getName().equals("getLastHandledOn")
          && !m.getName().equals("getHistory")) {
        if (!m.invoke(before).equals(m.invoke(after))) {
          differences.add(m.getName());
        }
      }
    }
    assertEquals(List.of(), differences, "attributes that changed");
    assertEquals(before.getHistory().size() + 1, after.getHistory().size());
  }

  // ================================================================ general guards

  @Nested
  class Guards {

    @Test
    void empty_noEvents_isAtSignalWithVersionZeroAndNotOpen() {
      CaseState empty = CaseState.empty();
      assertEquals(0, empty.getVersion());
      assertEquals(ProcessStep.SIGNAL, empty.getStep());
      assertEquals(CaseStatus.OPEN, empty.getStatus());
      assertFalse(empty.isOpen());
      assertEquals(Optional.empty(), empty.getCaseId());
      assertEquals(BigDecimal.ZERO, empty.getCarePurchaseSpent());
    }

    @Test
    void apply_sequenceSkippingOne_throwsIllegalEvent() {
      CaseState state = at(Stage.RECEIVED);
      IllegalEventException e =
          assertIllegal(state, f.sequence(3).reportJudged(ReportJudgement.IN_SCOPE));
      assertTrue(e.getMessage().contains("sequence must be 2"), e.getMessage());
    }

    @Test
    void apply_sequenceRepeated_throwsIllegalEvent() {
      CaseState state = at(Stage.GATHERING_INFORMATION);
      assertIllegal(state, f.sequence(2).informationRequested());
    }

    @Test
    void apply_firstEventWithSequenceTwo_throwsIllegalEvent() {
      assertIllegal(CaseState.empty(), f.sequence(2).signalReceived());
    }

    @Test
    void apply_eventOfAnotherCase_throwsIllegalEvent() {
      CaseState state = at(Stage.GATHERING_INFORMATION);
      CaseEvent foreign = f.forCase(OTHER_CASE_ID).informationRequested();
      IllegalEventException e = assertIllegal(state, foreign);
      assertTrue(e.getMessage().contains(OTHER_CASE_ID.getValue()), e.getMessage());
    }

    @Test
    void apply_illegalEvent_leavesStateUsable() {
      CaseState state = at(Stage.RECEIVED);
      EventFactory branch = f.copy();
      assertIllegal(state, branch.planAdopted(1));
      CaseState next = state.apply(f.reportJudged(ReportJudgement.IN_SCOPE));
      assertEquals(2, next.getVersion());
      assertEquals(1, state.getVersion());
    }

    @Test
    void apply_reopenedAfterTransfer_handoverDeclined_caseBackWhereItStood() {
      CaseState state = transferred();
      CaseState back = state.apply(f.copy().caseReopened());
      assertEquals(CaseStatus.OPEN, back.getStatus());
      assertEquals(state.getStep(), back.getStep());
      assertTrue(back.getTransferredTo().isEmpty());
      assertTrue(back.getTransferredOn().isEmpty());
      assertEquals(state.getReopenCount(), back.getReopenCount());
    }

    @Test
    void apply_anyEventTypeAfterTransfer_throwsIllegalEvent() {
      CaseState state = transferred();
      List<CaseEvent> candidates =
          List.of(
              f.copy().consentRecorded(),
              f.copy().progressReported(ProgressReport.of("still running", false)),
              f.copy().meetingHeld(MeetingKind.CASE_CONFERENCE),
              f.copy().caseClosed(CaseFixtures.closure()),
              f.copy().caseTransferred(),
              f.copy().escalationResolved(ESCALATION),
              f.copy().signalReceived());
      for (CaseEvent e : candidates) {
        IllegalEventException x = assertIllegal(state, e);
        assertTrue(x.getMessage().contains("transferred"), x.getMessage());
      }
    }

    @Test
    void replay_fullLifecycle_endsTransferredWithEverythingFolded() {
      CaseState s = CaseState.replay(CaseFixtures.fullLifecycle());
      assertAll(
          () -> assertEquals(30, s.getVersion()),
          () ->
              assertEquals(
                  Optional.empty(), s.getConceptPlan(), "adopting the plan ends the concept"),
          () -> assertEquals(CaseStatus.TRANSFERRED, s.getStatus()),
          () -> assertEquals(java.util.List.of("archief GGD, kast 3"), s.getPaperFileLocations()),
          () -> assertEquals(Optional.of(RECEIVING_NETWORK), s.getTransferredTo()),
          () -> assertEquals(Optional.of(NETWORK), s.getNetwork()),
          () -> assertEquals(ProcessStep.INTEGRAL_PICTURE, s.getStep()),
          () -> assertEquals(1, s.getReopenCount()),
          () -> assertEquals(2, s.getPlan().orElseThrow().getVersion()),
          () -> assertEquals(0, CARE_PURCHASE_AMOUNT.compareTo(s.getCarePurchaseSpent())),
          () -> assertEquals(1, s.getEscalations().size()),
          () -> assertTrue(s.getOpenEscalations().isEmpty()),
          () -> assertEquals(1, s.getResolutions().size()),
          () -> assertEquals(1, s.getCoercionMeasures().size()),
          () -> assertEquals(1, s.getUnreachableCount()),
          () -> assertTrue(s.getConsent().orElseThrow().getWithdrawnOn().isPresent()),
          () -> assertTrue(s.getTrajectoryDirector().isEmpty()),
          () -> assertTrue(s.hasTargetGroup(TargetGroup.NUISANCE_CAUSER)));
    }
  }

  // ================================================================ SIGNAL_RECEIVED

  @Nested
  class SignalReceivedFold {

    @Test
    void apply_signalReceivedOnEmptyState_opensCaseInReceiveReport() {
      SignalReceived e = f.signalReceived();
      CaseState s = CaseState.empty().apply(e);
      assertAll(
          () -> assertEquals(1, s.getVersion()),
          () -> assertEquals(Optional.of(CASE_ID), s.getCaseId()),
          () -> assertEquals(Optional.of(NETWORK), s.getNetwork()),
          () -> assertEquals(Optional.of(CLIENT), s.getClientNumber()),
          () -> assertEquals(Optional.of(e.getSignal()), s.getSignal()),
          () -> assertEquals(Optional.of(CaseFixtures.household()), s.getHousehold()),
          () -> assertEquals(Optional.of(START), s.getSignalReceivedOn()),
          () -> assertEquals(ProcessStep.RECEIVE_REPORT, s.getStep()),
          () -> assertEquals(CaseStatus.OPEN, s.getStatus()),
          () -> assertTrue(s.isOpen()),
          () -> assertEquals(Set.of(HOUSING), s.getInvolvedOrganisations()),
          // the reporter is not involved by writing the signal; its organisation is, as signaller
          () -> assertEquals(Set.of(), s.getInvolvedProfessionals()));
    }

    @Test
    void apply_signalFromResident_involvesNoOrganisation() {
      CaseState s =
          CaseState.empty()
              .apply(
                  f.signalReceived(
                      CaseFixtures.residentSignalBuilder().build(), CaseFixtures.household()));
      assertTrue(s.getInvolvedOrganisations().isEmpty());
    }

    @Test
    void apply_secondSignalReceived_throwsIllegalEvent() {
      CaseState s = at(Stage.RECEIVED);
      IllegalEventException e = assertIllegal(s, f.signalReceived());
      assertTrue(e.getMessage().contains("exactly one opening signal"), e.getMessage());
    }

    @Test
    void apply_nonSignalAsFirstEvent_throwsIllegalEvent() {
      assertIllegal(CaseState.empty(), f.copy().reportJudged(ReportJudgement.IN_SCOPE));
      assertIllegal(CaseState.empty(), f.copy().consentRecorded());
      assertIllegal(CaseState.empty(), f.copy().caseTransferred());
      assertIllegal(CaseState.empty(), f.copy().meetingHeld(MeetingKind.NETWORK_MEETING));
      assertIllegal(CaseState.empty(), f.copy().caseReopened());
      assertIllegal(CaseState.empty(), f.copy().followUpRecorded(FollowUpOutcome.STILL_IN_CARE));
      assertIllegal(CaseState.empty(), f.copy().escalationResolved(ESCALATION));
    }
  }

  // ================================================================ REPORT_JUDGED

  @Nested
  class ReportJudgedFold {

    @Test
    void apply_reportJudgedInScope_movesToGatherInformation() {
      CaseState before = at(Stage.RECEIVED);
      ReportJudged e = f.reportJudged(ReportJudgement.IN_SCOPE);
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(ProcessStep.GATHER_INFORMATION, s.getStep()),
          () -> assertEquals(CaseStatus.OPEN, s.getStatus()),
          () -> assertEquals(Optional.of(ReportJudgement.IN_SCOPE), s.getJudgement()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getJudgedOn()),
          () -> assertEquals(e.getTargetGroups(), s.getTargetGroups()),
          () -> assertTrue(s.hasTargetGroup(TargetGroup.CARE_AVOIDER)),
          () -> assertFalse(s.hasTargetGroup(TargetGroup.CARE_MISSER)));
    }

    @Test
    void apply_reportJudgedOutOfScope_endsCase() {
      CaseState before = at(Stage.RECEIVED);
      ReportJudged e = f.reportJudged(ReportJudgement.OUT_OF_SCOPE);
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(CaseStatus.ENDED, s.getStatus()),
          () -> assertFalse(s.isOpen()),
          () -> assertEquals(ProcessStep.RECEIVE_REPORT, s.getStep()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getClosedOn()),
          () -> assertEquals(Optional.of(ReportJudgement.OUT_OF_SCOPE), s.getJudgement()));
    }

    @Test
    void apply_reportJudgedAcuteCrisis_continuesToGatherInformation() {
      CaseState s = at(Stage.RECEIVED).apply(f.reportJudged(ReportJudgement.ACUTE_CRISIS));
      assertEquals(ProcessStep.GATHER_INFORMATION, s.getStep());
      assertTrue(s.isOpen());
    }

    @Test
    void apply_reportJudgedTwice_throwsIllegalEvent() {
      assertIllegal(at(Stage.GATHERING_INFORMATION), f.reportJudged(ReportJudgement.IN_SCOPE));
    }

    @Test
    void apply_reportJudgedOnEndedCase_throwsIllegalEvent() {
      assertIllegal(ended(), f.reportJudged(ReportJudgement.IN_SCOPE));
    }
  }

  // ================================================================ INFORMATION_REQUESTED / ADDED

  @Nested
  class InformationFold {

    @Test
    void apply_informationRequested_involvesTheOrganisationsAsked() {
      CaseState before = at(Stage.GATHERING_INFORMATION);
      CaseState after = before.apply(f.as(GGZ_MEMBER).informationRequested());
      assertEquals(before.getVersion() + 1, after.getVersion());
      assertEquals(before.getStep(), after.getStep());
      assertFalse(
          after.getInvolvedProfessionals().contains(GGZ_MEMBER),
          "asking does not involve the asker");
      assertEquals(before.getInvolvedProfessionals(), after.getInvolvedProfessionals());
      assertFalse(before.getInvolvedOrganisations().contains(POLICE));
      assertTrue(after.getInvolvedOrganisations().containsAll(java.util.Set.of(GGZ, POLICE)));
    }

    @Test
    void apply_informationRequestedBeforeJudgement_throwsIllegalEvent() {
      assertIllegal(at(Stage.RECEIVED), f.informationRequested());
    }

    @Test
    void apply_informationRequestedOnEndedCase_throwsIllegalEvent() {
      assertIllegal(ended(), f.informationRequested());
    }

    @Test
    void apply_informationAdded_involvesOrganisation() {
      CaseState before = at(Stage.GATHERING_INFORMATION);
      CaseState s = before.apply(f.informationAdded(GGZ));
      assertEquals(Set.of(HOUSING, GGZ), s.getInvolvedOrganisations());
      assertEquals(ProcessStep.GATHER_INFORMATION, s.getStep());
    }

    @Test
    void apply_informationAddedInLaterStep_involvesOrganisation() {
      CaseState s = at(Stage.EXECUTING).apply(f.informationAdded(POLICE));
      assertTrue(s.getInvolvedOrganisations().contains(POLICE));
      assertEquals(ProcessStep.EXECUTE, s.getStep());
    }

    @Test
    void apply_informationAddedOnClosedCase_throwsIllegalEvent() {
      assertIllegal(at(Stage.CLOSED), f.informationAdded(GGZ));
    }

    @Test
    void apply_informationAddedBeforeJudgement_throwsIllegalEvent() {
      assertIllegal(at(Stage.RECEIVED), f.informationAdded(GGZ));
    }
  }

  // ================================================================ HOME_VISIT_RECORDED

  @Nested
  class HomeVisitFold {

    @Test
    void apply_homeVisitClientNotReached_countsUnreachableAndInvolvesVisitors() {
      CaseState before = at(Stage.GATHERING_INFORMATION);
      CaseState s = before.apply(f.homeVisitRecorded(false));
      assertEquals(before.getUnreachableCount() + 1, s.getUnreachableCount());
      assertTrue(
          s.getInvolvedProfessionals().containsAll(Set.of(NETWORK_DIRECTOR, HOUSING_MEMBER)));
    }

    @Test
    void apply_homeVisitClientReached_keepsUnreachableCount() {
      CaseState before = at(Stage.EXECUTING);
      CaseState s = before.apply(f.homeVisitRecorded(true));
      assertEquals(0, s.getUnreachableCount());
      assertTrue(s.getInvolvedProfessionals().contains(HOUSING_MEMBER));
    }

    @Test
    void apply_homeVisitBeforeJudgement_throwsIllegalEvent() {
      assertIllegal(at(Stage.RECEIVED), f.homeVisitRecorded(true));
    }

    @Test
    void apply_homeVisitOnClosedCase_throwsIllegalEvent() {
      assertIllegal(at(Stage.CLOSED), f.homeVisitRecorded(true));
    }
  }

  // ================================================================ COORDINATION_DECIDED

  @Nested
  class CoordinationFold {

    @Test
    void apply_coordinationDecidedCoordinate_movesToIntegralPicture() {
      CaseState before = at(Stage.GATHERING_INFORMATION);
      CoordinationDecided e = f.coordinationDecided(CoordinationOutcome.COORDINATE);
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(ProcessStep.INTEGRAL_PICTURE, s.getStep()),
          () -> assertEquals(CaseStatus.OPEN, s.getStatus()),
          () -> assertEquals(Optional.of(e.getDecision()), s.getCoordinationDecision()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getCoordinationDecidedOn()));
    }

    @ParameterizedTest
    @EnumSource(
        value = CoordinationOutcome.class,
        names = "COORDINATE",
        mode = EnumSource.Mode.EXCLUDE)
    void apply_coordinationDecidedOtherOutcome_endsCase(CoordinationOutcome outcome) {
      CaseState before = at(Stage.GATHERING_INFORMATION);
      CoordinationDecided e = f.coordinationDecided(outcome);
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(CaseStatus.ENDED, s.getStatus()),
          () -> assertEquals(ProcessStep.GATHER_INFORMATION, s.getStep()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getClosedOn()),
          () ->
              assertEquals(
                  Optional.of(outcome), s.getCoordinationDecision().map(d -> d.getOutcome())));
    }

    @Test
    void apply_coordinationReferringToOrganisation_involvesIt() {
      CaseState s =
          at(Stage.GATHERING_INFORMATION)
              .apply(f.coordinationDecided(CoordinationOutcome.REFER_TO_ORGANISATION));
      assertTrue(s.getInvolvedOrganisations().contains(GGZ));
    }

    @Test
    void apply_coordinationDecidedBeforeJudgement_throwsIllegalEvent() {
      assertIllegal(at(Stage.RECEIVED), f.coordinationDecided(CoordinationOutcome.COORDINATE));
    }

    @Test
    void apply_coordinationDecidedTwice_throwsIllegalEvent() {
      assertIllegal(at(Stage.COORDINATED), f.coordinationDecided(CoordinationOutcome.COORDINATE));
    }
  }

  // ================================================================ TRAJECTORY_DIRECTOR_APPOINTED

  @Nested
  class DirectorFold {

    @Test
    void apply_directorAppointed_setsDirectorOrganisationAndDate() {
      CaseState before = at(Stage.COORDINATED);
      TrajectoryDirectorAppointed e = f.trajectoryDirectorAppointed(false);
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(Optional.of(TRAJECTORY_DIRECTOR), s.getTrajectoryDirector()),
          () -> assertEquals(Optional.of(SOCIAL_WORK), s.getTrajectoryDirectorOrganisation()),
          () -> assertFalse(s.isTrajectoryDirectorTemporary()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getDirectorAppointedOn()),
          () -> assertTrue(s.getInvolvedOrganisations().contains(SOCIAL_WORK)),
          () -> assertTrue(s.getInvolvedProfessionals().contains(TRAJECTORY_DIRECTOR)),
          () -> assertEquals(ProcessStep.INTEGRAL_PICTURE, s.getStep()));
    }

    @Test
    void apply_temporaryDirectorThenRegular_replacesDirectorAndClearsTemporary() {
      CaseState temp = at(Stage.COORDINATED).apply(f.trajectoryDirectorAppointed(true));
      assertTrue(temp.isTrajectoryDirectorTemporary());
      assertEquals(Optional.of(NETWORK_DIRECTOR), temp.getTrajectoryDirector());
      assertEquals(Optional.of(GGD), temp.getTrajectoryDirectorOrganisation());
      CaseState regular = temp.apply(f.trajectoryDirectorAppointed(false));
      assertFalse(regular.isTrajectoryDirectorTemporary());
      assertEquals(Optional.of(TRAJECTORY_DIRECTOR), regular.getTrajectoryDirector());
    }

    @Test
    void apply_directorAppointedWhileExecuting_replacesDirector() {
      CaseState s = at(Stage.EXECUTING).apply(f.trajectoryDirectorAppointed(true));
      assertEquals(Optional.of(NETWORK_DIRECTOR), s.getTrajectoryDirector());
      assertEquals(ProcessStep.EXECUTE, s.getStep());
    }

    @Test
    void apply_directorAppointedBeforeCoordination_throwsIllegalEvent() {
      assertIllegal(at(Stage.GATHERING_INFORMATION), f.trajectoryDirectorAppointed(false));
    }

    @Test
    void apply_directorAppointedInCloseStep_throwsIllegalEvent() {
      assertIllegal(at(Stage.CLOSING), f.trajectoryDirectorAppointed(false));
    }
  }

  // ================================================================ LIFE_DOMAIN_SCAN_RECORDED

  @Nested
  class ScanFold {

    @Test
    void apply_scanRecorded_setsLatestScan() {
      CaseState before = at(Stage.COORDINATED);
      LifeDomainScanRecorded e = f.lifeDomainScanRecorded();
      CaseState s = before.apply(e);
      assertEquals(Optional.of(e.getScan()), s.getLatestScan());
      assertEquals(ProcessStep.INTEGRAL_PICTURE, s.getStep());
    }

    @Test
    void apply_secondScan_replacesLatestScan() {
      CaseState first = at(Stage.EXECUTING).apply(f.lifeDomainScanRecorded());
      CaseState second = first.apply(f.lifeDomainScanRecorded(CaseFixtures.zrm2013Scan(f.date())));
      assertEquals(
          nl.lon.core.scan.ScanInstrument.ZRM_2013,
          second.getLatestScan().orElseThrow().getInstrument());
    }

    @Test
    void apply_scanBeforeCoordination_throwsIllegalEvent() {
      assertIllegal(at(Stage.GATHERING_INFORMATION), f.lifeDomainScanRecorded());
    }

    @Test
    void apply_scanOnClosedCase_throwsIllegalEvent() {
      assertIllegal(at(Stage.CLOSED), f.lifeDomainScanRecorded());
    }
  }

  // ================================================================ INTEGRAL_PICTURE_FORMED

  @Nested
  class IntegralPictureFold {

    @Test
    void apply_integralPictureFormed_movesToPlanAndReplacesTargetGroups() {
      CaseState before = at(Stage.COORDINATED);
      IntegralPictureFormed e = f.integralPictureFormed();
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(ProcessStep.PLAN_OF_APPROACH, s.getStep()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getIntegralPictureFormedOn()),
          () -> assertEquals(e.getTargetGroups(), s.getTargetGroups()),
          () -> assertTrue(s.hasTargetGroup(TargetGroup.NUISANCE_CAUSER)));
    }

    @Test
    void apply_integralPictureWithoutTargetGroups_keepsJudgedTargetGroups() {
      CaseState before = at(Stage.COORDINATED);
      IntegralPictureFormed e =
          IntegralPictureFormed.builder().metadata(f.metadata()).summary("picture").build();
      CaseState s = before.apply(e);
      assertEquals(before.getTargetGroups(), s.getTargetGroups());
      assertFalse(s.getTargetGroups().isEmpty());
    }

    @Test
    void apply_integralPictureBeforeCoordination_throwsIllegalEvent() {
      assertIllegal(at(Stage.GATHERING_INFORMATION), f.integralPictureFormed());
    }

    @Test
    void apply_integralPictureTwice_throwsIllegalEvent() {
      assertIllegal(at(Stage.PICTURED), f.integralPictureFormed());
    }
  }

  // ================================================================ PLAN_ADOPTED

  @Nested
  class PlanFold {

    @Test
    void apply_firstPlanAdopted_movesToExecuteAndInvolvesResponsibles() {
      CaseState before = at(Stage.PICTURED);
      PlanAdopted e = f.planAdopted(1);
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(ProcessStep.EXECUTE, s.getStep()),
          () -> assertEquals(Optional.of(e.getPlan()), s.getPlan()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getPlanAdoptedOn()),
          () -> assertTrue(s.getInvolvedOrganisations().containsAll(Set.of(HOUSING, DEBT_BANK))),
          () ->
              assertTrue(
                  s.getInvolvedProfessionals()
                      .containsAll(Set.of(HOUSING_MEMBER, TRAJECTORY_DIRECTOR))));
    }

    @Test
    void apply_secondPlanAfterAdjustment_movesBackToExecuteAndClearsDeviation() {
      CaseState executing = at(Stage.EXECUTING);
      CaseState deviated = executing.apply(f.progressReported(ProgressReport.of("off plan", true)));
      CaseState adjusting = deviated.apply(f.evaluationRecorded(EvaluationDecision.ADJUST));
      PlanAdopted e = f.planAdopted(2);
      CaseState s = adjusting.apply(e);
      assertAll(
          () -> assertEquals(ProcessStep.EXECUTE, s.getStep()),
          () -> assertEquals(2, s.getPlan().orElseThrow().getVersion()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getPlanAdoptedOn()),
          () -> assertEquals(Optional.empty(), s.getPendingDeviationOn()));
    }

    @Test
    void apply_secondPlanWhileExecuting_isAdopted() {
      CaseState s = at(Stage.EXECUTING).apply(f.planAdopted(2));
      assertEquals(2, s.getPlan().orElseThrow().getVersion());
    }

    @Test
    void apply_planBeforeIntegralPicture_throwsIllegalEvent() {
      assertIllegal(at(Stage.COORDINATED), f.planAdopted(1));
    }

    @Test
    void apply_firstPlanWithVersionTwo_throwsIllegalEvent() {
      IllegalEventException e = assertIllegal(at(Stage.PICTURED), f.planAdopted(2));
      assertTrue(e.getMessage().contains("plan version must be 1"), e.getMessage());
    }

    @Test
    void apply_planVersionRepeated_throwsIllegalEvent() {
      assertIllegal(at(Stage.EXECUTING), f.planAdopted(1));
    }

    @Test
    void apply_planVersionSkipped_throwsIllegalEvent() {
      assertIllegal(at(Stage.EXECUTING), f.planAdopted(3));
    }

    @Test
    void apply_newPlanInCloseStep_throwsIllegalEvent() {
      assertIllegal(at(Stage.CLOSING), f.planAdopted(2));
    }
  }

  // ================================================================ PROGRESS_REPORTED

  @Nested
  class ProgressReportFold {

    @Test
    void apply_progressReportedOnPlan_setsLastReportWithoutDeviation() {
      CaseState before = at(Stage.EXECUTING);
      CaseEvent e = f.progressReported(ProgressReport.of("on track", false));
      CaseState s = before.apply(e);
      assertEquals(Optional.of(e.getBusinessDate()), s.getLastProgressReportOn());
      assertEquals(Optional.empty(), s.getPendingDeviationOn());
      assertEquals(0, s.getUnreachableCount());
    }

    @Test
    void apply_progressReportedDeviation_setsPendingDeviation() {
      CaseState before = at(Stage.EXECUTING);
      CaseEvent e = f.progressReported(ProgressReport.of("off plan", true));
      CaseState s = before.apply(e);
      assertEquals(Optional.of(e.getBusinessDate()), s.getPendingDeviationOn());
      assertEquals(Optional.of(e.getBusinessDate()), s.getLastProgressReportOn());
      assertEquals(ProcessStep.EXECUTE, s.getStep());
    }

    @Test
    void apply_progressReportedClientUnreachable_countsUnreachable() {
      ProgressReport r =
          ProgressReport.builder()
              .summary("no contact")
              .deviatesFromPlan(false)
              .clientUnreachable(true)
              .build();
      CaseState s = at(Stage.EVALUATING).apply(f.progressReported(r));
      assertEquals(1, s.getUnreachableCount());
      assertEquals(ProcessStep.EVALUATE, s.getStep());
    }

    @Test
    void apply_progressReportedBeforePlan_throwsIllegalEvent() {
      assertIllegal(at(Stage.PICTURED), f.progressReported(ProgressReport.of("x", false)));
    }

    @Test
    void apply_progressReportedOnClosedCase_throwsIllegalEvent() {
      assertIllegal(at(Stage.CLOSED), f.progressReported(ProgressReport.of("x", false)));
    }
  }

  // ================================================================ PROGRESS_TALK_HELD

  @Nested
  class ProgressTalkFold {

    @Test
    void apply_progressTalkHeld_setsDateAndInvolvesDirector() {
      CaseState before = at(Stage.EXECUTING);
      CaseEvent e = f.as(NETWORK_DIRECTOR).progressTalkHeld();
      CaseState s = before.apply(e);
      assertEquals(Optional.of(e.getBusinessDate()), s.getLastProgressTalkOn());
      assertTrue(s.getInvolvedProfessionals().contains(TRAJECTORY_DIRECTOR));
    }

    @Test
    void apply_progressTalkBeforePlan_throwsIllegalEvent() {
      assertIllegal(at(Stage.PICTURED), f.progressTalkHeld());
    }

    @Test
    void apply_progressTalkInCloseStep_throwsIllegalEvent() {
      assertIllegal(at(Stage.CLOSING), f.progressTalkHeld());
    }
  }

  // ================================================================ MEETING_HELD

  @Nested
  class MeetingFold {

    @Test
    void apply_networkMeetingHeld_setsLastNetworkMeetingAndInvolvesParticipants() {
      CaseState before = at(Stage.PICTURED);
      CaseEvent e = f.meetingHeld(MeetingKind.NETWORK_MEETING);
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getLastNetworkMeetingOn()),
          () ->
              assertTrue(
                  s.getInvolvedOrganisations().containsAll(Set.of(SOCIAL_WORK, GGZ, POLICE))),
          () -> assertTrue(s.getInvolvedOrganisations().contains(MUNICIPALITY), "work agreement"),
          () ->
              assertTrue(
                  s.getInvolvedProfessionals()
                      .containsAll(Set.of(TRAJECTORY_DIRECTOR, GGZ_MEMBER))),
          () -> assertEquals(before.getStep(), s.getStep()));
    }

    @Test
    void apply_caseConferenceHeld_doesNotCountAsNetworkMeeting() {
      CaseState s = at(Stage.EXECUTING).apply(f.meetingHeld(MeetingKind.CASE_CONFERENCE));
      assertEquals(Optional.empty(), s.getLastNetworkMeetingOn());
      assertTrue(s.getInvolvedProfessionals().contains(GGZ_MEMBER));
    }

    @Test
    void apply_meetingOnClosedCase_isFolded() {
      CaseState before = at(Stage.CLOSED);
      CaseEvent e = f.meetingHeld(MeetingKind.NETWORK_MEETING);
      CaseState s = before.apply(e);
      assertEquals(CaseStatus.CLOSED, s.getStatus());
      assertEquals(Optional.of(e.getBusinessDate()), s.getLastNetworkMeetingOn());
    }

    @Test
    void apply_meetingOnFreshSignal_isFolded() {
      CaseState s = at(Stage.RECEIVED).apply(f.meetingHeld(MeetingKind.NETWORK_MEETING));
      assertEquals(ProcessStep.RECEIVE_REPORT, s.getStep());
      assertTrue(s.getLastNetworkMeetingOn().isPresent());
    }

    @Test
    void apply_meetingOnEndedCase_throwsIllegalEvent() {
      assertIllegal(ended(), f.meetingHeld(MeetingKind.CASE_CONFERENCE));
    }
  }

  // ================================================================ EVALUATION_RECORDED

  @Nested
  class EvaluationFold {

    @Test
    void apply_evaluationAdjust_movesToEvaluate() {
      CaseState before = at(Stage.EXECUTING);
      EvaluationRecorded e = f.evaluationRecorded(EvaluationDecision.ADJUST);
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(ProcessStep.EVALUATE, s.getStep()),
          () -> assertEquals(Optional.of(e.getEvaluation()), s.getLastEvaluation()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getLastEvaluatedOn()),
          () -> assertEquals(0, s.getUnreachableCount()));
    }

    @Test
    void apply_evaluationClose_movesToCloseStep() {
      CaseState s = at(Stage.EXECUTING).apply(f.evaluationRecorded(EvaluationDecision.CLOSE));
      assertEquals(ProcessStep.CLOSE, s.getStep());
      assertTrue(s.getLastEvaluation().orElseThrow().isAllGoalsReached());
      assertTrue(s.isOpen());
    }

    @ParameterizedTest
    @EnumSource(
        value = EvaluationDecision.class,
        names = {"CONTINUE", "ESCALATE"})
    void apply_evaluationContinueOrEscalate_backToExecuteAndClearsDeviation(EvaluationDecision d) {
      CaseState deviated =
          at(Stage.EXECUTING).apply(f.progressReported(ProgressReport.of("off plan", true)));
      assertTrue(deviated.getPendingDeviationOn().isPresent());
      CaseState s = deviated.apply(f.evaluationRecorded(d));
      assertEquals(ProcessStep.EXECUTE, s.getStep());
      assertEquals(Optional.empty(), s.getPendingDeviationOn());
    }

    @Test
    void apply_evaluationFromEvaluateStep_continuesToExecute() {
      CaseState s = at(Stage.EVALUATING).apply(f.evaluationRecorded(EvaluationDecision.CONTINUE));
      assertEquals(ProcessStep.EXECUTE, s.getStep());
    }

    /**
     * Regression (review D41): the evaluation covers only the agreements the partners make among
     * themselves (seeds/004_ca47ed76719141bc.txt l.1524-1525), while the consciously guided
     * explosion needs a client who repeatedly proved unreachable (l.1630-1632): partners not
     * keeping their agreements is not the client being unreachable.
     */
    @Test
    void apply_evaluationAgreementsNotKept_doesNotCountTowardClientUnreachable() {
      Evaluation broken =
          Evaluation.builder()
              .from(CaseFixtures.evaluation(EvaluationDecision.CONTINUE))
              .agreementsKept(false)
              .build();
      CaseState before = at(Stage.EXECUTING);
      CaseState s = before.apply(f.evaluationRecorded(broken));
      assertEquals(before.getUnreachableCount(), s.getUnreachableCount());
      assertEquals(0, s.getUnreachableCount());
      assertFalse(s.getLastEvaluation().orElseThrow().isAgreementsKept());
    }

    @Test
    void apply_evaluationBeforePlan_throwsIllegalEvent() {
      assertIllegal(at(Stage.PICTURED), f.evaluationRecorded(EvaluationDecision.CONTINUE));
    }

    @Test
    void apply_evaluationInCloseStep_throwsIllegalEvent() {
      assertIllegal(at(Stage.CLOSING), f.evaluationRecorded(EvaluationDecision.CLOSE));
    }
  }

  // ================================================================ ESCALATION_*

  @Nested
  class EscalationFold {

    @Test
    void apply_escalationRequested_changesOnlyVersionAndActor() throws Exception {
      CaseState before = at(Stage.EXECUTING);
      assertOnlyVersionChanged(
          before, before.apply(f.as(TRAJECTORY_DIRECTOR).escalationRequested()));
    }

    @Test
    void apply_escalationRequestedBeforeCoordination_throwsIllegalEvent() {
      assertIllegal(at(Stage.GATHERING_INFORMATION), f.escalationRequested());
    }

    @Test
    void apply_escalationRaised_opensEscalation() {
      CaseState before = at(Stage.EXECUTING);
      EscalationRaised e = f.escalationRaised(ESCALATION);
      CaseState s = before.apply(e);
      assertEquals(java.util.Map.of(ESCALATION, e), s.getOpenEscalations());
      assertEquals(List.of(e), s.getEscalations());
      assertTrue(s.getResolutions().isEmpty());
    }

    @Test
    void apply_twoEscalationsRaised_bothOpenInOrder() {
      EscalationId second = EscalationId.of("esc-2");
      CaseState s =
          at(Stage.COORDINATED)
              .apply(f.escalationRaised(ESCALATION))
              .apply(f.escalationRaised(second));
      assertEquals(List.of(ESCALATION, second), List.copyOf(s.getOpenEscalations().keySet()));
      assertEquals(2, s.getEscalations().size());
    }

    @Test
    void apply_escalationRaisedWithOpenId_throwsIllegalEvent() {
      CaseState s = at(Stage.EXECUTING).apply(f.escalationRaised(ESCALATION));
      assertIllegal(s, f.escalationRaised(ESCALATION));
    }

    @Test
    void apply_escalationRaisedWithResolvedId_throwsIllegalEvent() {
      CaseState s =
          at(Stage.EXECUTING)
              .apply(f.escalationRaised(ESCALATION))
              .apply(f.escalationResolved(ESCALATION));
      assertIllegal(s, f.escalationRaised(ESCALATION));
    }

    @Test
    void apply_escalationRaisedBeforeCoordination_throwsIllegalEvent() {
      assertIllegal(at(Stage.GATHERING_INFORMATION), f.escalationRaised(ESCALATION));
    }

    @Test
    void apply_escalationResolved_closesEscalationAndRecordsResolution() {
      EscalationId second = EscalationId.of("esc-2");
      CaseState open =
          at(Stage.EXECUTING)
              .apply(f.escalationRaised(ESCALATION))
              .apply(f.escalationRaised(second));
      EscalationResolved e = f.escalationResolved(ESCALATION);
      CaseState s = open.apply(e);
      assertEquals(Set.of(second), s.getOpenEscalations().keySet());
      assertEquals(List.of(e), s.getResolutions());
      assertEquals(2, s.getEscalations().size());
    }

    @Test
    void apply_escalationResolvedOnClosedCase_isFolded() {
      CaseState open = at(Stage.CLOSING).apply(f.escalationRaised(ESCALATION));
      CaseState closed = open.apply(f.caseClosed(CaseFixtures.closure()));
      CaseState s = closed.apply(f.escalationResolved(ESCALATION));
      assertTrue(s.getOpenEscalations().isEmpty());
    }

    @Test
    void apply_resolvingEscalationNeverRaised_throwsIllegalEvent() {
      IllegalEventException e =
          assertIllegal(at(Stage.EXECUTING), f.escalationResolved(ESCALATION));
      assertTrue(e.getMessage().contains("is not open"), e.getMessage());
    }

    @Test
    void apply_resolvingEscalationTwice_throwsIllegalEvent() {
      CaseState s =
          at(Stage.EXECUTING)
              .apply(f.escalationRaised(ESCALATION))
              .apply(f.escalationResolved(ESCALATION));
      assertIllegal(s, f.escalationResolved(ESCALATION));
    }
  }

  // ================================================================ COERCION_MEASURE_RECORDED

  @Nested
  class CoercionFold {

    @Test
    void apply_coercionMeasureRecorded_appendsMeasureAndInvolvesExecutor() {
      CaseState before = at(Stage.EXECUTING);
      CoercionMeasureRecorded e = f.coercionMeasureRecorded();
      CaseState s = before.apply(e);
      assertEquals(List.of(e), s.getCoercionMeasures());
      assertTrue(s.getInvolvedOrganisations().contains(GGD));
    }

    @Test
    void apply_coercionMeasureWhileGatheringInformation_isFolded() {
      CaseState s = at(Stage.GATHERING_INFORMATION).apply(f.coercionMeasureRecorded());
      assertEquals(1, s.getCoercionMeasures().size());
    }

    @Test
    void apply_coercionMeasureBeforeJudgement_throwsIllegalEvent() {
      assertIllegal(at(Stage.RECEIVED), f.coercionMeasureRecorded());
    }

    @Test
    void apply_coercionMeasureOnEndedCase_throwsIllegalEvent() {
      assertIllegal(ended(), f.coercionMeasureRecorded());
    }
  }

  // ================================================================ INSTRUMENT_USED

  @Nested
  class InstrumentFold {

    @Test
    void apply_carePurchaseTwice_addsAmountsAndInvolvesAgreeingPartners() {
      CaseState s =
          at(Stage.EXECUTING)
              .apply(f.instrumentUsed(CaseFixtures.carePurchase(new BigDecimal("250.00"))))
              .apply(f.instrumentUsed(CaseFixtures.carePurchase(new BigDecimal("99.50"))));
      assertEquals(new BigDecimal("349.50"), s.getCarePurchaseSpent());
      assertTrue(s.getInvolvedOrganisations().contains(MUNICIPALITY));
      assertEquals(2, s.getCarePurchases().size(), "each spending kept for the network's pot");
      assertEquals(
          Optional.of(new BigDecimal("99.50")), s.getCarePurchases().get(1).getUse().getAmount());
    }

    @Test
    void apply_otherInstrumentWithAmount_leavesBudgetUntouched() {
      InstrumentUse visit =
          InstrumentUse.builder()
              .instrument(Instrument.CONSCIOUSLY_GUIDED_EXPLOSION)
              .description("confront with eviction")
              .addAgreedBy(HOUSING, POLICE)
              .amount(new BigDecimal("10"))
              .build();
      CaseState s = at(Stage.EXECUTING).apply(f.instrumentUsed(visit));
      assertEquals(BigDecimal.ZERO, s.getCarePurchaseSpent());
      assertTrue(s.getCarePurchases().isEmpty());
      assertTrue(s.getInvolvedOrganisations().contains(POLICE));
    }

    @Test
    void apply_instrumentOnClosedCase_throwsIllegalEvent() {
      assertIllegal(at(Stage.CLOSED), f.instrumentUsed(CaseFixtures.carePurchase(BigDecimal.ONE)));
    }

    @Test
    void apply_instrumentBeforeJudgement_throwsIllegalEvent() {
      assertIllegal(
          at(Stage.RECEIVED), f.instrumentUsed(CaseFixtures.carePurchase(BigDecimal.ONE)));
    }
  }

  // ================================================================ CASE_CLOSED

  @Nested
  class CloseFold {

    @Test
    void apply_caseClosed_closesIntoFollowUp() {
      CaseState before = at(Stage.CLOSING);
      CaseClosed e = f.caseClosed(CaseFixtures.closure());
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(CaseStatus.CLOSED, s.getStatus()),
          () -> assertEquals(ProcessStep.FOLLOW_UP, s.getStep()),
          () -> assertFalse(s.isOpen()),
          () -> assertEquals(Optional.of(e.getClosure()), s.getClosure()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getClosedOn()),
          () -> assertTrue(s.getFollowUps().isEmpty()));
    }

    @Test
    void apply_caseClosedWhileGatheringInformation_isFolded() {
      CaseState s =
          at(Stage.GATHERING_INFORMATION)
              .apply(f.caseClosed(nl.lon.core.process.Closure.of(ClosureReason.DECEASED)));
      assertEquals(CaseStatus.CLOSED, s.getStatus());
    }

    @Test
    void apply_caseClosedTwice_throwsIllegalEvent() {
      assertIllegal(at(Stage.CLOSED), f.caseClosed(CaseFixtures.closure()));
    }

    @Test
    void apply_caseClosedBeforeJudgement_throwsIllegalEvent() {
      assertIllegal(at(Stage.RECEIVED), f.caseClosed(CaseFixtures.closure()));
    }

    @Test
    void apply_caseClosedOnEndedCase_throwsIllegalEvent() {
      assertIllegal(ended(), f.caseClosed(CaseFixtures.closure()));
    }
  }

  // ================================================================ FOLLOW_UP_RECORDED

  @Nested
  class FollowUpFold {

    @Test
    void apply_followUpsOnClosedCase_appendedInOrder() {
      CaseState closed = at(Stage.CLOSED);
      FollowUpRecorded first = f.followUpRecorded(FollowUpOutcome.STILL_IN_CARE);
      FollowUpRecorded second = f.followUpRecorded(FollowUpOutcome.DROPPED_OUT);
      CaseState s = closed.apply(first).apply(second);
      assertEquals(List.of(first, second), s.getFollowUps());
      assertEquals(CaseStatus.CLOSED, s.getStatus());
    }

    @Test
    void apply_followUpOnOpenCase_throwsIllegalEvent() {
      IllegalEventException e =
          assertIllegal(at(Stage.EXECUTING), f.followUpRecorded(FollowUpOutcome.CARE_COMPLETED));
      assertTrue(e.getMessage().contains("closed case"), e.getMessage());
    }

    @Test
    void apply_followUpOnEndedCase_throwsIllegalEvent() {
      assertIllegal(ended(), f.followUpRecorded(FollowUpOutcome.CARE_COMPLETED));
    }

    @Test
    void apply_caseClosedAgainAfterReopen_startsWithNoFollowUps() {
      CaseState s =
          at(Stage.CLOSED)
              .apply(f.followUpRecorded(FollowUpOutcome.DROPPED_OUT))
              .apply(f.caseReopened())
              .apply(f.caseClosed(CaseFixtures.closure()));
      assertTrue(s.getFollowUps().isEmpty());
    }
  }

  // ================================================================ CASE_REOPENED

  @Nested
  class ReopenFold {

    @Test
    void apply_caseReopenedAfterClosure_reopensAtIntegralPicture() {
      CaseState closed = at(Stage.CLOSED).apply(f.followUpRecorded(FollowUpOutcome.DROPPED_OUT));
      CaseReopened e = f.caseReopened();
      CaseState s = closed.apply(e);
      assertAll(
          () -> assertEquals(CaseStatus.OPEN, s.getStatus()),
          () -> assertTrue(s.isOpen()),
          () -> assertEquals(ProcessStep.INTEGRAL_PICTURE, s.getStep()),
          () -> assertEquals(Optional.empty(), s.getClosure()),
          () -> assertEquals(Optional.empty(), s.getClosedOn()),
          () -> assertEquals(Optional.empty(), s.getTrajectoryDirector()),
          () -> assertEquals(Optional.empty(), s.getTrajectoryDirectorOrganisation()),
          () -> assertEquals(Optional.empty(), s.getDirectorAppointedOn()),
          () -> assertFalse(s.isTrajectoryDirectorTemporary()),
          () -> assertEquals(Optional.of(e.getBusinessDate()), s.getCoordinationDecidedOn()),
          () -> assertEquals(1, s.getReopenCount()));
    }

    @Test
    void apply_caseReopenedAfterEnd_reopensAtGatherInformation() {
      CaseState s = ended().apply(f.caseReopened());
      assertEquals(CaseStatus.OPEN, s.getStatus());
      assertEquals(ProcessStep.GATHER_INFORMATION, s.getStep());
      assertTrue(s.getReopenedOn().isPresent());
      assertEquals(Optional.empty(), s.getClosedOn());
    }

    @Test
    void apply_reopenedCase_acceptsDirectorAndIntegralPictureAgain() {
      CaseState s =
          at(Stage.CLOSED)
              .apply(f.caseReopened())
              .apply(f.trajectoryDirectorAppointed(false))
              .apply(f.integralPictureFormed());
      assertEquals(ProcessStep.PLAN_OF_APPROACH, s.getStep());
      assertEquals(Optional.of(TRAJECTORY_DIRECTOR), s.getTrajectoryDirector());
    }

    @Test
    void apply_reopenedCaseWithEarlierPlan_adoptsNextVersionInPlanStep() {
      CaseState reopened =
          at(Stage.CLOSED)
              .apply(f.caseReopened())
              .apply(f.trajectoryDirectorAppointed(false))
              .apply(f.integralPictureFormed());
      int next = reopened.getPlan().get().getVersion() + 1;
      CaseState s = reopened.apply(f.planAdopted(next));
      assertEquals(ProcessStep.EXECUTE, s.getStep());
      assertEquals(next, s.getPlan().get().getVersion());
    }

    @Test
    void apply_secondReopen_countsTwo() {
      CaseState s =
          at(Stage.CLOSED)
              .apply(f.caseReopened())
              .apply(f.caseClosed(CaseFixtures.closure()))
              .apply(f.caseReopened());
      assertEquals(2, s.getReopenCount());
    }

    @Test
    void apply_caseReopenedWhileOpen_throwsIllegalEvent() {
      IllegalEventException e = assertIllegal(at(Stage.EXECUTING), f.caseReopened());
      assertTrue(e.getMessage().contains("closed or ended"), e.getMessage());
    }
  }

  // ================================================================ CASE_TRANSFERRED

  @Nested
  class TransferFold {

    @Test
    void apply_caseTransferred_setsStatusAndReceivingNetwork() {
      CaseState before = at(Stage.EXECUTING);
      CaseTransferred e = f.caseTransferred();
      CaseState s = before.apply(e);
      assertAll(
          () -> assertEquals(CaseStatus.TRANSFERRED, s.getStatus()),
          () -> assertFalse(s.isOpen()),
          () -> assertEquals(Optional.of(RECEIVING_NETWORK), s.getTransferredTo()),
          () -> assertEquals(Optional.of(NETWORK), s.getNetwork()),
          () -> assertEquals(before.getStep(), s.getStep()));
    }

    @Test
    void apply_closedCaseTransferred_isFolded() {
      CaseState s = at(Stage.CLOSED).apply(f.caseTransferred());
      assertEquals(CaseStatus.TRANSFERRED, s.getStatus());
    }

    @Test
    void apply_transferOnEmptyCase_throwsIllegalEvent() {
      assertIllegal(CaseState.empty(), f.caseTransferred());
    }
  }

  // ================================================================ CONSENT_*

  @Nested
  class ConsentFold {

    @Test
    void apply_consentRecorded_setsConsentInForce() {
      CaseState before = at(Stage.RECEIVED);
      ConsentRecorded e = f.consentRecorded();
      CaseState s = before.apply(e);
      assertEquals(Optional.of(e.getConsent()), s.getConsent());
      assertTrue(s.hasConsentOn(e.getBusinessDate()));
      assertFalse(s.hasConsentOn(e.getBusinessDate().minusDays(1)));
      assertEquals(before.getStep(), s.getStep());
    }

    @Test
    void apply_consentRecordedOnEndedCase_isFolded() {
      CaseState s = ended().apply(f.consentRecorded());
      assertTrue(s.getConsent().isPresent());
    }

    @Test
    void apply_consentRecordedAgain_replacesConsent() {
      CaseState first = at(Stage.RECEIVED).apply(f.consentRecorded());
      Consent named = CaseFixtures.namedConsent(f.date(), GGZ);
      CaseState s = first.apply(f.consentRecorded(named));
      assertEquals(Optional.of(named), s.getConsent());
    }

    @Test
    void apply_consentWithdrawn_endsConsentOnBusinessDate() {
      CaseState consented = at(Stage.RECEIVED).apply(f.consentRecorded());
      LocalDate signed = consented.getConsent().orElseThrow().getSignedOn();
      CaseEvent e = f.later(10).consentWithdrawn();
      CaseState s = consented.apply(e);
      LocalDate withdrawn = e.getBusinessDate();
      assertEquals(Optional.of(withdrawn), s.getConsent().orElseThrow().getWithdrawnOn());
      assertEquals(signed, s.getConsent().orElseThrow().getSignedOn());
      assertTrue(s.hasConsentOn(withdrawn.minusDays(1)));
      assertFalse(s.hasConsentOn(withdrawn));
    }

    @Test
    void apply_consentWithdrawnWithoutConsent_throwsIllegalEvent() {
      IllegalEventException e = assertIllegal(at(Stage.EXECUTING), f.consentWithdrawn());
      assertTrue(e.getMessage().contains("no consent in force"), e.getMessage());
    }

    @Test
    void apply_consentWithdrawnTwice_throwsIllegalEvent() {
      CaseState s = at(Stage.RECEIVED).apply(f.consentRecorded()).apply(f.consentWithdrawn());
      assertIllegal(s, f.consentWithdrawn());
    }

    @Test
    void apply_consentWithdrawnBeforeSigningDate_throwsIllegalEvent() {
      CaseState s =
          at(Stage.RECEIVED).apply(f.consentRecorded(CaseFixtures.consent(START.plusMonths(1))));
      assertIllegal(s, f.on(START.plusDays(5)).consentWithdrawn());
    }

    @Test
    void apply_consentRecordedOnEmptyCase_throwsIllegalEvent() {
      assertIllegal(CaseState.empty(), f.consentRecorded());
    }
  }
}
