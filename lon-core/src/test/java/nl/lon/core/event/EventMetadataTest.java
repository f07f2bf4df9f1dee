package nl.lon.core.event;

import static nl.lon.core.testing.CaseFixtures.CASE_ID;
import static nl.lon.core.testing.CaseFixtures.GGZ;
import static nl.lon.core.testing.CaseFixtures.NETWORK_DIRECTOR;
import static nl.lon.core.testing.CaseFixtures.START;
import static nl.lon.core.testing.InvalidValues.assertRejected;
import static nl.lon.core.testing.InvalidValues.assertRequired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.testing.CaseFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of event metadata and of the events' own fields; the type of every event class. */
class EventMetadataTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private static EventMetadata metadata() {
    return EventMetadata.of(CASE_ID, 1, START, AT, NETWORK_DIRECTOR);
  }

  // ------------------------------------------------------------ metadata

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void of_sequenceBelowOne_throwsRange(long sequence) {
    assertRejected(
        "EventMetadata.sequence",
        "range-1-" + Long.MAX_VALUE,
        () -> EventMetadata.of(CASE_ID, sequence, START, AT, NETWORK_DIRECTOR));
  }

  @Test
  void of_nullCaseId_throwsRequired() {
    assertRequired(
        "EventMetadata.caseId", () -> EventMetadata.of(null, 1, START, AT, NETWORK_DIRECTOR));
  }

  @Test
  void of_nullBusinessDate_throwsRequired() {
    assertRequired(
        "EventMetadata.businessDate",
        () -> EventMetadata.of(CASE_ID, 1, null, AT, NETWORK_DIRECTOR));
  }

  @Test
  void of_nullRecordedAt_throwsRequired() {
    assertRequired(
        "EventMetadata.recordedAt",
        () -> EventMetadata.of(CASE_ID, 1, START, null, NETWORK_DIRECTOR));
  }

  @Test
  void of_nullActor_throwsRequired() {
    assertRequired("EventMetadata.actor", () -> EventMetadata.of(CASE_ID, 1, START, AT, null));
  }

  @Test
  void of_sameArguments_equalMetadata() {
    assertEquals(metadata(), metadata());
    assertEquals(metadata().hashCode(), metadata().hashCode());
    assertNotEquals(metadata(), EventMetadata.of(CASE_ID, 2, START, AT, NETWORK_DIRECTOR));
  }

  @Test
  void getters_event_delegateToMetadata() {
    EventMetadata m = EventMetadata.of(CASE_ID, 7, START.plusDays(3), AT, NETWORK_DIRECTOR);
    CaseEvent e = ConsentWithdrawn.builder().metadata(m).build();
    assertEquals(m, e.getMetadata());
    assertEquals(CASE_ID, e.getCaseId());
    assertEquals(7, e.getSequence());
    assertEquals(START.plusDays(3), e.getBusinessDate());
    assertEquals(AT, e.getRecordedAt());
    assertEquals(NETWORK_DIRECTOR, e.getActor());
  }

  @Test
  void build_eventWithoutMetadata_throwsRequired() {
    assertRequired("ConsentWithdrawn.metadata", () -> ConsentWithdrawn.builder().build());
  }

  // ------------------------------------------------------------ event types

  @Test
  void getType_fullLifecycle_coversEveryActTypeOnce() {
    List<CaseEvent> events = CaseFixtures.fullLifecycle();
    Set<EventType> types = events.stream().map(CaseEvent::getType).collect(Collectors.toSet());
    Set<EventType> acts = EnumSet.allOf(EventType.class);
    acts.removeIf(EventType::isCorrection);
    assertEquals(acts, types, "the lifecycle records acts; corrections are tested apart");
  }

  @Test
  void isCorrection_onlyTheCorrectionTypes() {
    Set<EventType> corrections = EnumSet.allOf(EventType.class);
    corrections.removeIf(t -> !t.isCorrection());
    assertEquals(EnumSet.of(EventType.ENTRY_CORRECTED, EventType.ENTRY_WITHDRAWN), corrections);
  }

  @Test
  void getType_everyEventClass_matchesConstantNamedAfterClass() {
    for (CaseEvent e : CaseFixtures.fullLifecycle()) {
      String simpleName = e.getClass().getSimpleName().replaceFirst("^Immutable", "");
      String expected = simpleName.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
      assertEquals(expected, e.getType().name(), simpleName);
    }
  }

  @Test
  void permittedSubclasses_caseEvent_oneClassPerEventType() {
    assertEquals(EventType.values().length, CaseEvent.class.getPermittedSubclasses().length);
  }

  // ------------------------------------------------------------ event fields

  @Test
  void build_reportJudgedWithBlankReason_throwsNotBlank() {
    assertRejected(
        "ReportJudged.reason",
        "not-blank",
        () ->
            ReportJudged.builder()
                .metadata(metadata())
                .judgement(nl.lon.core.process.ReportJudgement.IN_SCOPE)
                .reason(" ")
                .build());
  }

  @Test
  void build_homeVisitWithoutVisitors_throwsNotEmpty() {
    assertRejected(
        "HomeVisitRecorded.visitors",
        "not-empty",
        () ->
            HomeVisitRecorded.builder()
                .metadata(metadata())
                .findings("nobody home")
                .clientReached(false)
                .build());
  }

  @Test
  void build_homeVisitWithBlankFindings_throwsNotBlank() {
    assertRejected(
        "HomeVisitRecorded.findings",
        "not-blank",
        () ->
            HomeVisitRecorded.builder()
                .metadata(metadata())
                .addVisitors(NETWORK_DIRECTOR)
                .findings("")
                .clientReached(true)
                .build());
  }

  @Test
  void build_informationRequestedWithoutOrganisations_throwsNotEmpty() {
    assertRejected(
        "InformationRequested.organisations",
        "not-empty",
        () -> InformationRequested.builder().metadata(metadata()).question("known?").build());
  }

  @Test
  void build_informationAddedWithBlankSummary_throwsNotBlank() {
    assertRejected(
        "InformationAdded.summary",
        "not-blank",
        () ->
            InformationAdded.builder().metadata(metadata()).organisation(GGZ).summary("").build());
  }

  @Test
  void build_caseReopenedWithBlankReason_throwsNotBlank() {
    assertRejected(
        "CaseReopened.reason",
        "not-blank",
        () -> CaseReopened.builder().metadata(metadata()).reason(" ").build());
  }

  @Test
  void build_coercionMeasureRecordedWithBlankCode_throwsNotBlank() {
    assertRejected(
        "CoercionMeasureRecorded.measureCode",
        "not-blank",
        () ->
            CoercionMeasureRecorded.builder()
                .metadata(metadata())
                .measureCode("")
                .level(3)
                .executedBy(GGZ)
                .reason("danger")
                .build());
  }

  @Test
  void build_escalationRequestedWithBlankBottleneck_throwsNotBlank() {
    assertRejected(
        "EscalationRequested.bottleneck",
        "not-blank",
        () ->
            EscalationRequested.builder()
                .metadata(metadata())
                .kind(EscalationKind.CONTENT)
                .bottleneck(" ")
                .build());
  }

  @Test
  void build_integralPictureWithBlankSummary_throwsNotBlank() {
    assertRejected(
        "IntegralPictureFormed.summary",
        "not-blank",
        () -> IntegralPictureFormed.builder().metadata(metadata()).summary("").build());
  }

  @Test
  void build_progressTalkWithBlankSummary_throwsNotBlank() {
    assertRejected(
        "ProgressTalkHeld.summary",
        "not-blank",
        () ->
            ProgressTalkHeld.builder()
                .metadata(metadata())
                .trajectoryDirector(NETWORK_DIRECTOR)
                .summary(" ")
                .build());
  }

  @Test
  void build_signalReceivedWithoutHousehold_throwsRequired() {
    assertRequired(
        "SignalReceived.household",
        () ->
            SignalReceived.builder()
                .metadata(metadata())
                .network(CaseFixtures.NETWORK)
                .clientNumber(CaseFixtures.CLIENT)
                .signal(CaseFixtures.signal())
                .build());
  }
}
