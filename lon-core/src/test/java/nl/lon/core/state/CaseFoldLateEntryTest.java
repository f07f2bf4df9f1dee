package nl.lon.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.id.EscalationId;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.core.testing.CaseFixtures.EventFactory;
import nl.lon.core.testing.CaseFixtures.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Acts folded out of the order of their business dates: the state keeps the latest of each by
 * business date, on a tie the one folded last.
 */
class CaseFoldLateEntryTest {

  private EventFactory f;
  private CaseState executing;
  private LocalDate planned;

  @BeforeEach
  void setUp() {
    f = CaseFixtures.events();
    executing = CaseState.replay(f.historyTo(Stage.EXECUTING));
    planned = executing.getPlanAdoptedOn().get();
  }

  @Test
  void apply_earlierProgressReportAfterALaterOne_keepsTheLaterDateAndTheDeviation() {
    LocalDate later = planned.plusDays(10);
    CaseState s =
        executing
            .apply(f.on(later).progressReported(ProgressReport.of("deviates", true)))
            .apply(f.on(planned.plusDays(3)).progressReported(ProgressReport.of("fine", false)));
    assertEquals(Optional.of(later), s.getLastProgressReportOn());
    assertEquals(Optional.of(later), s.getPendingDeviationOn());
    assertEquals(Optional.of(later), s.getLastEventOn());
  }

  @Test
  void apply_evaluationDatedBeforeAPendingDeviation_leavesItPending() {
    LocalDate deviation = planned.plusDays(10);
    CaseState s =
        executing
            .apply(f.on(deviation).progressReported(ProgressReport.of("deviates", true)))
            .apply(f.on(planned.plusDays(5)).evaluationRecorded(EvaluationDecision.CONTINUE));
    assertEquals(Optional.of(deviation), s.getPendingDeviationOn());
    CaseState cleared = s.apply(f.on(deviation).evaluationRecorded(EvaluationDecision.CONTINUE));
    assertEquals(Optional.empty(), cleared.getPendingDeviationOn());
  }

  @Test
  void apply_earlierNetworkMeetingFoldedLast_keepsTheLaterMeetingAndHandlingDate() {
    LocalDate handled = executing.getLastHandledOn().get();
    CaseState s =
        executing
            .apply(f.on(planned.plusDays(20)).meetingHeld(MeetingKind.NETWORK_MEETING))
            .apply(f.on(planned.plusDays(2)).meetingHeld(MeetingKind.NETWORK_MEETING));
    assertEquals(Optional.of(planned.plusDays(20)), s.getLastNetworkMeetingOn());
    assertEquals(Optional.of(handled), s.getLastHandledOn(), "a meeting is no act of handling");
    CaseState informed = s.apply(f.on(planned.plusDays(4)).informationAdded(CaseFixtures.GGD));
    assertEquals(Optional.of(planned.plusDays(4)), informed.getLastHandledOn());
    assertEquals(Optional.of(planned.plusDays(20)), informed.getLastEventOn());
  }

  @Test
  void apply_scanScoredEarlierFoldedLast_keepsTheLaterScan_sameDayTakesTheLastFolded() {
    LocalDate day = planned.plusDays(9);
    CaseState s =
        executing
            .apply(f.on(day).lifeDomainScanRecorded(CaseFixtures.zrm2017Scan(day)))
            .apply(f.on(day).lifeDomainScanRecorded(CaseFixtures.zrm2017Scan(planned.plusDays(1))));
    assertEquals(day, s.getLatestScan().get().getScoredOn());
    CaseState sameDay = s.apply(f.on(day).lifeDomainScanRecorded(CaseFixtures.zrm2013Scan(day)));
    assertEquals(CaseFixtures.zrm2013Scan(day), sameDay.getLatestScan().get());
  }

  @Test
  void apply_consentRecordedWithAnEarlierDate_keepsTheLaterConsent() {
    LocalDate later = planned.plusDays(8);
    CaseState s =
        executing
            .apply(f.on(later).consentRecorded(CaseFixtures.consent(later)))
            .apply(f.on(planned).consentRecorded(CaseFixtures.consent(planned)));
    assertEquals(CaseFixtures.consent(later), s.getConsent().get());
    assertEquals(Optional.of(later), s.getConsentRecordedOn());
    CaseState replaced =
        s.apply(f.on(later).consentRecorded(CaseFixtures.consent(planned.plusDays(7))));
    assertEquals(CaseFixtures.consent(planned.plusDays(7)), replaced.getConsent().get());
  }

  @Test
  void apply_resolutionsFoldedOutOfDateOrder_areKeptByBusinessDate() {
    EscalationId one = EscalationId.of("esc-1");
    EscalationId two = EscalationId.of("esc-2");
    CaseState s =
        executing
            .apply(f.on(planned.plusDays(1)).escalationRaised(one))
            .apply(f.on(planned.plusDays(2)).escalationRaised(two))
            .apply(f.on(planned.plusDays(9)).escalationResolved(two))
            .apply(f.on(planned.plusDays(5)).escalationResolved(one));
    List<EscalationId> order =
        s.getResolutions().stream().map(EscalationResolved::getEscalationId).toList();
    assertEquals(List.of(one, two), order);
  }
}
