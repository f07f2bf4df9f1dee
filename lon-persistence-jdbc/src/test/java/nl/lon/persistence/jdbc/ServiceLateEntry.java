package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;
import nl.lon.testkit.sample.SampleDirectory;

/**
 * A case entered late through the public case service, on any storage: a signal received weeks ago
 * and its judgement are entered today with the days they happened, a judgement dated before the
 * signal is refused, and a decision given without a date is dated today in the network's time zone
 * (Europe/Amsterdam), where it is already the next day while the clock's UTC day is not over. Every
 * event keeps its business date and the clock's recording instant, and every audit record the
 * business date, as stored and read back.
 */
final class ServiceLateEntry {

  static final NetworkId NETWORK = NetworkId.of("late-net");
  static final ProfessionalId DIRECTOR = ProfessionalId.of("p-late-director");

  /** 23:30 UTC on 2 March 2026: 00:30 on 3 March in Amsterdam. */
  static final Instant NOW = Instant.parse("2026-03-02T23:30:00Z");

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 20);
  static final LocalDate JUDGED = LocalDate.of(2026, 2, 23);
  static final LocalDate TODAY_IN_AMSTERDAM = LocalDate.of(2026, 3, 3);

  private static final Purpose WORK = Purpose.of("enter the case file");

  private ServiceLateEntry() {}

  /** Plays the late entry on a storage and checks what was stored; returns a one-line summary. */
  static String run(Stores stores) {
    stores.directory().put(SampleDirectory.organisation("ggd", PartnerKind.GGD));
    stores.directory().put(SampleDirectory.network(NETWORK.getValue(), "Late"));
    stores
        .directory()
        .put(
            SampleDirectory.professional(
                DIRECTOR.getValue(), "ggd", NETWORK.getValue(), ProfessionalRole.NETWORK_DIRECTOR));
    CaseService service = service(stores);
    CaseId caseId = CaseId.of("case-late-entry");

    service.reportSignal(
        DIRECTOR,
        Purpose.of("register report"),
        new CaseCommand.ReportSignal(
            caseId, NETWORK, ClientNumber.of("C-late"), signal(), Household.single()),
        Optional.empty());
    assertThrows(
        RuleViolationException.class,
        () -> service.judgeReport(DIRECTOR, WORK, caseId, judgement(), RECEIVED.minusDays(1)),
        "a judgement dated before the signal was received");
    assertEquals(1, stores.eventStore().version(caseId), "the refused judgement wrote nothing");
    service.judgeReport(DIRECTOR, WORK, caseId, judgement(), JUDGED);
    service.decideCoordination(DIRECTOR, WORK, caseId, coordination());

    // read back through another instance, whose snapshots are empty
    List<CaseEvent> timeline = service(stores).timeline(DIRECTOR, WORK, caseId);
    assertEquals(
        List.of(RECEIVED, JUDGED, TODAY_IN_AMSTERDAM),
        timeline.stream().map(CaseEvent::getBusinessDate).toList(),
        "business dates as stored");
    timeline.forEach(e -> assertEquals(NOW, e.getRecordedAt(), "recorded at the clock's instant"));
    List<String> dated =
        stores.auditLog().readForCase(NETWORK, caseId).stream()
            .filter(r -> !r.getOperation().equals("read-timeline"))
            .map(ServiceLateEntry::describe)
            .toList();
    assertEquals(
        List.of(
            "report-signal ALLOWED " + RECEIVED,
            "judge-report REFUSED " + RECEIVED.minusDays(1),
            "judge-report ALLOWED " + JUDGED,
            "decide-coordination ALLOWED " + TODAY_IN_AMSTERDAM),
        dated,
        "the business date of each write in its audit record");
    return "late entry: "
        + timeline.size()
        + " events with their business dates, recorded at "
        + NOW;
  }

  private static String describe(AuditRecord r) {
    return r.getOperation()
        + " "
        + r.getOutcome()
        + " "
        + r.getDetails().getOrDefault("businessDate", "-");
  }

  /** The service with a clock in UTC, so that its zone is not the network's. */
  private static CaseService service(Stores stores) {
    return CaseService.builder()
        .stores(stores)
        .profile(NETWORK, MethodologyProfile.enschede())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  private static Signal signal() {
    return Signal.builder()
        .id(SignalId.of("s-late"))
        .sourceKind(SignalSourceKind.RESIDENT)
        .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
        .receivedOn(RECEIVED)
        .addConcerns(Concern.NUISANCE, Concern.DEBTS)
        .clientInformed(true)
        .build();
  }

  private static CaseCommand.JudgeReport judgement() {
    return new CaseCommand.JudgeReport(
        ReportJudgement.IN_SCOPE,
        "two life domains",
        Set.of(TargetGroupAssignment.of(TargetGroup.CARE_MISSER, "no provider can help alone")));
  }

  private static CaseCommand.DecideCoordination coordination() {
    return new CaseCommand.DecideCoordination(
        CoordinationDecision.builder()
            .outcome(CoordinationOutcome.COORDINATE)
            .reason("several partners involved")
            .feedback(SignallerFeedback.of(JUDGED, "the network takes the case on"))
            .build());
  }
}
