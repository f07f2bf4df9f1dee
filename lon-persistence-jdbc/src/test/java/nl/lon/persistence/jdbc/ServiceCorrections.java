package nl.lon.persistence.jdbc;

import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.MENTAL_HEALTH;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.ORGANISATIONS;
import static nl.lon.core.testing.Cast.OTHER_LON;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.PROFESSIONALS;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.Commands.adoptPlan;
import static nl.lon.rules.testing.Commands.appoint;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.picture;
import static nl.lon.rules.testing.Commands.reportSignal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EntryCorrected;
import nl.lon.core.event.EntryWithdrawn;
import nl.lon.core.event.EventType;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.state.CaseState;
import nl.lon.core.state.EffectiveHistory;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.access.AccessPolicy;
import nl.lon.rules.agenda.Obligation;
import nl.lon.rules.agenda.ObligationKind;
import nl.lon.rules.figures.FigureKey;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.RuleId;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;
import nl.lon.testkit.time.TestClock;
import org.junit.jupiter.api.function.Executable;

/**
 * Corrections and withdrawals through the public case service, on any storage.
 *
 * <p>Three cases of the same network run to a plan of approach; their trajectory director then
 * reports progress and records information from the police and from mental health care. Two days
 * later he corrects his own entries (the report was of the day of the plan, the information came
 * from his own organisation), then withdraws the information of mental health care and the progress
 * report. The case state, the agenda of the network and his own agenda, and the figures
 * (organisations involved, with the small-cell threshold at its minimum of three so that the three
 * cases show) count each new version; the timeline keeps every original entry beside its correction
 * or withdrawal; another service instance reads the same state from the storage. After the author's
 * period, corrections are refused by the rules of the correction policy, each with its rule id,
 * nothing written and every attempt audited.
 */
final class ServiceCorrections {

  /** Monday 2 March 2026: the signals, the plans. */
  static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);

  /** The progress reports and the information. */
  static final LocalDate DAY_1 = DAY_0.plusDays(1);

  /** The corrections and withdrawals, within the author's period of 14 days. */
  static final LocalDate DAY_3 = DAY_0.plusDays(3);

  /** The refused corrections: 16 days after the entries, past the author's period. */
  static final LocalDate DAY_17 = DAY_1.plusDays(16);

  /** Rotterdam with the smallest small-cell threshold, so that three cases show in the figures. */
  static final MethodologyProfile PROFILE =
      MethodologyProfile.builder()
          .from(MethodologyProfile.rotterdam())
          .access(
              AccessPolicy.builder()
                  .from(MethodologyProfile.rotterdam().getAccess())
                  .smallCellThreshold(MethodologyProfile.MIN_SMALL_CELL_THRESHOLD)
                  .build())
          .build();

  static final List<CaseId> CASES =
      List.of(CaseId.of("case-corr-1"), CaseId.of("case-corr-2"), CaseId.of("case-corr-3"));

  private static final CaseId FIRST = CASES.get(0);
  private static final Purpose WORK = Purpose.of("keep the case file right");
  private static final ReportingPeriod YEAR = ReportingPeriod.ofYear(DAY_0.getYear());

  // the entries of each case, by sequence
  private static final long JUDGEMENT = 2;
  private static final long PROGRESS = 7;
  private static final long POLICE_INFORMATION = 8;
  private static final long MENTAL_HEALTH_INFORMATION = 9;

  private static final Set<String> CORRECTIONS = Set.of("correct-entry", "withdraw-entry");

  private ServiceCorrections() {}

  /** Plays the corrections on a storage and checks what was stored; returns a one-line summary. */
  static String run(Stores stores) {
    stores.directory().put(LON);
    stores.directory().put(OTHER_LON);
    ORGANISATIONS.forEach(stores.directory()::put);
    PROFESSIONALS.forEach(stores.directory()::put);
    TestClock clock = TestClock.at(DAY_0);
    CaseService service = service(stores, clock);

    for (CaseId c : CASES) {
      service.reportSignal(
          HOUSING_MEMBER.getId(),
          Purpose.of("register report"),
          reportSignal(c, ClientNumber.of("C-" + c.getValue()), DAY_0),
          Optional.empty());
      act(service, NETWORK_DIRECTOR.getId(), c, judgeInScope());
      act(service, NETWORK_DIRECTOR.getId(), c, coordinate(DAY_0));
      act(service, NETWORK_DIRECTOR.getId(), c, picture());
      act(service, NETWORK_DIRECTOR.getId(), c, appoint(PROFILE));
      act(service, TRAJECTORY_DIRECTOR.getId(), c, adoptPlan(DAY_0));
    }
    clock.setDate(DAY_1);
    for (CaseId c : CASES) {
      act(
          service,
          TRAJECTORY_DIRECTOR.getId(),
          c,
          new CaseCommand.ReportProgress(ProgressReport.of("client keeps the agreements", false)));
      act(
          service,
          TRAJECTORY_DIRECTOR.getId(),
          c,
          new CaseCommand.AddInformation(POLICE, "known to the police"));
      assertEquals(
          MENTAL_HEALTH_INFORMATION,
          act(
                  service,
                  TRAJECTORY_DIRECTOR.getId(),
                  c,
                  new CaseCommand.AddInformation(MENTAL_HEALTH, "known to mental health care"))
              .getVersion());
    }

    // ---------------------------------------------------------------- as entered
    CaseState entered = read(service);
    assertEquals(Optional.of(DAY_1), entered.getLastProgressReportOn());
    assertTrue(entered.getInvolvedOrganisations().containsAll(Set.of(POLICE, MENTAL_HEALTH)));
    int organisations = entered.getInvolvedOrganisations().size();
    assertEquals(Optional.of(DAY_1), progressReportSince(service, clock.today()));
    assertEquals(3L, casesWithOrganisations(service, organisations), "figures as entered");

    // ---------------------------------------------------------------- the author corrects
    clock.setDate(DAY_3);
    for (CaseId c : CASES) {
      service.correctEntry(
          TRAJECTORY_DIRECTOR.getId(),
          WORK,
          c,
          new CaseCommand.CorrectEntry(
              PROGRESS,
              new CaseCommand.ReportProgress(
                  ProgressReport.of("client keeps the agreements; reported at the plan", false)),
              Optional.of(DAY_0),
              "the report was made on the day of the plan"));
      assertEquals(
          11,
          service
              .correctEntry(
                  TRAJECTORY_DIRECTOR.getId(),
                  WORK,
                  c,
                  new CaseCommand.CorrectEntry(
                      POLICE_INFORMATION,
                      new CaseCommand.AddInformation(AMW, "known to social work"),
                      "the information came from social work, not from the police"))
              .getVersion());
    }
    CaseState corrected = read(service);
    assertEquals(Optional.of(DAY_0), corrected.getLastProgressReportOn(), "the corrected report");
    assertFalse(corrected.getInvolvedOrganisations().contains(POLICE), "the police information");
    assertEquals(organisations - 1, corrected.getInvolvedOrganisations().size());
    assertEquals(
        Optional.of(DAY_0),
        progressReportSince(service, clock.today()),
        "the agendas count the corrected report");
    assertEquals(3L, casesWithOrganisations(service, organisations - 1), "figures corrected");
    assertEquals(0L, casesWithOrganisations(service, organisations), "figures corrected");
    assertEquals(corrected, read(service(stores, clock)), "a fresh service reads the same state");

    List<CaseEvent> timeline = service.timeline(NETWORK_DIRECTOR.getId(), WORK, FIRST);
    assertEquals(11, timeline.size(), "the originals and their corrections");
    assertEquals(EventType.PROGRESS_REPORTED, timeline.get((int) PROGRESS - 1).getType());
    assertEquals(DAY_1, timeline.get((int) PROGRESS - 1).getBusinessDate(), "the original date");
    assertEquals(EventType.INFORMATION_ADDED, timeline.get((int) POLICE_INFORMATION - 1).getType());
    EntryCorrected progressCorrection = (EntryCorrected) timeline.get(9);
    assertEquals(PROGRESS, progressCorrection.getCorrectedSequence());
    assertEquals(DAY_0, progressCorrection.getReplacement().getBusinessDate());
    assertEquals(DAY_3, progressCorrection.getBusinessDate(), "the correction is of its own day");
    assertEquals(POLICE_INFORMATION, ((EntryCorrected) timeline.get(10)).getCorrectedSequence());
    assertEquals(TRAJECTORY_DIRECTOR.getId(), timeline.get(10).getActor());
    assertEquals(9, EffectiveHistory.of(timeline).size());

    // ---------------------------------------------------------------- the author withdraws
    for (CaseId c : CASES) {
      service.withdrawEntry(
          TRAJECTORY_DIRECTOR.getId(),
          WORK,
          c,
          new CaseCommand.WithdrawEntry(
              MENTAL_HEALTH_INFORMATION, "mental health care was never asked"));
      assertEquals(
          13,
          service
              .withdrawEntry(
                  TRAJECTORY_DIRECTOR.getId(),
                  WORK,
                  c,
                  new CaseCommand.WithdrawEntry(PROGRESS, "no progress was reported yet"))
              .getVersion());
    }
    CaseState withdrawn = read(service);
    assertEquals(Optional.empty(), withdrawn.getLastProgressReportOn(), "no report counts");
    assertFalse(withdrawn.getInvolvedOrganisations().contains(MENTAL_HEALTH));
    assertEquals(organisations - 2, withdrawn.getInvolvedOrganisations().size());
    assertEquals(
        Optional.empty(),
        progressReportSince(service, clock.today()),
        "no progress report obligation");
    assertTrue(
        agendaKinds(service, clock.today()).contains(ObligationKind.FIRST_CONTACT),
        "first contact is due again");
    assertEquals(3L, casesWithOrganisations(service, organisations - 2), "figures withdrawn");
    assertEquals(0L, casesWithOrganisations(service, organisations - 1), "figures withdrawn");
    assertEquals(withdrawn, read(service(stores, clock)), "a fresh service reads the same state");
    timeline = service.timeline(NETWORK_DIRECTOR.getId(), WORK, FIRST);
    assertEquals(13, timeline.size());
    assertEquals(
        MENTAL_HEALTH_INFORMATION, ((EntryWithdrawn) timeline.get(11)).getWithdrawnSequence());
    assertEquals(PROGRESS, ((EntryWithdrawn) timeline.get(12)).getWithdrawnSequence());
    assertEquals(EventType.INFORMATION_ADDED, timeline.get(8).getType(), "the original stays");
    assertEquals(7, EffectiveHistory.of(timeline).size());

    // ---------------------------------------------------------------- refused
    clock.setDate(DAY_17);
    refused(
        stores,
        RuleId.CORRECTION_PERIOD_OVER,
        () ->
            service.correctEntry(
                TRAJECTORY_DIRECTOR.getId(),
                WORK,
                FIRST,
                new CaseCommand.CorrectEntry(
                    POLICE_INFORMATION,
                    new CaseCommand.AddInformation(HOUSING_MEMBER.getOrganisation(), "housing"),
                    "the information came from the housing corporation")));
    refused(
        stores,
        RuleId.CORRECTION_NOT_AUTHOR,
        () ->
            service.correctEntry(
                TRAJECTORY_DIRECTOR.getId(),
                WORK,
                FIRST,
                new CaseCommand.CorrectEntry(
                    JUDGEMENT, judgeInScope(), "the judgement was someone else's")));
    refused(
        stores,
        RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE,
        () ->
            service.correctEntry(
                NETWORK_DIRECTOR.getId(),
                WORK,
                FIRST,
                new CaseCommand.CorrectEntry(
                    JUDGEMENT,
                    new CaseCommand.JudgeReport(
                        ReportJudgement.OUT_OF_SCOPE, "single problem", Set.of()),
                    "out of scope after all")));
    refused(
        stores,
        RuleId.CORRECTION_SIGNAL_STAYS,
        () ->
            service.withdrawEntry(
                NETWORK_DIRECTOR.getId(),
                WORK,
                FIRST,
                new CaseCommand.WithdrawEntry(1, "no case")));
    assertEquals(withdrawn, read(service(stores, clock)), "the refusals changed nothing");

    // ---------------------------------------------------------------- audited
    List<String> audited =
        stores.auditLog().readForCase(NETWORK, FIRST).stream()
            .filter(r -> CORRECTIONS.contains(r.getOperation()))
            .map(ServiceCorrections::describe)
            .toList();
    String td = TRAJECTORY_DIRECTOR.getId().getValue();
    String nd = NETWORK_DIRECTOR.getId().getValue();
    assertEquals(
        List.of(
            "correct-entry ALLOWED " + td + " " + DAY_3 + " []",
            "correct-entry ALLOWED " + td + " " + DAY_3 + " []",
            "withdraw-entry ALLOWED " + td + " " + DAY_3 + " []",
            "withdraw-entry ALLOWED " + td + " " + DAY_3 + " []",
            refusal(td, RuleId.CORRECTION_PERIOD_OVER),
            refusal(td, RuleId.CORRECTION_NOT_AUTHOR),
            refusal(nd, RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE),
            "withdraw-entry REFUSED "
                + nd
                + " "
                + DAY_17
                + " ["
                + RuleId.CORRECTION_SIGNAL_STAYS.getId()
                + "]"),
        audited,
        "every correction and withdrawal of the first case in its audit trail");
    return "corrections: "
        + CASES.size()
        + " cases corrected and withdrawn, "
        + audited.size()
        + " audit records of the first";
  }

  private static nl.lon.service.CommandReceipt act(
      CaseService service, ProfessionalId actor, CaseId c, CaseCommand command) {
    return service.execute(actor, WORK, c, command, Optional.empty());
  }

  /** The state of the first case; every case has the same. */
  private static CaseState read(CaseService service) {
    CaseState first = service.read(NETWORK_DIRECTOR.getId(), WORK, FIRST);
    for (CaseId c : CASES) {
      CaseState s = service.read(NETWORK_DIRECTOR.getId(), WORK, c);
      assertEquals(first.getLastProgressReportOn(), s.getLastProgressReportOn(), c.getValue());
      assertEquals(first.getInvolvedOrganisations(), s.getInvolvedOrganisations(), c.getValue());
    }
    return first;
  }

  /**
   * Since when the trajectory director's progress report is due for the first case: the same in the
   * network's agenda and in his own.
   */
  private static Optional<LocalDate> progressReportSince(CaseService service, LocalDate today) {
    Optional<LocalDate> network =
        service
            .networkAgenda(NETWORK_DIRECTOR.getId(), WORK, NETWORK, today)
            .getObligations()
            .stream()
            .filter(o -> o.getCaseId().equals(FIRST))
            .filter(o -> o.getKind() == ObligationKind.PROGRESS_REPORT)
            .map(Obligation::getSince)
            .findFirst();
    Optional<LocalDate> own =
        service.myAgenda(TRAJECTORY_DIRECTOR.getId(), WORK, today).getObligations().stream()
            .filter(o -> o.getCaseId().equals(FIRST))
            .filter(o -> o.getKind() == ObligationKind.PROGRESS_REPORT)
            .map(Obligation::getSince)
            .findFirst();
    assertEquals(network, own, "the network's agenda and the trajectory director's");
    return network;
  }

  /** The kinds of obligation of the first case in the trajectory director's agenda. */
  private static Set<ObligationKind> agendaKinds(CaseService service, LocalDate today) {
    return service.myAgenda(TRAJECTORY_DIRECTOR.getId(), WORK, today).getObligations().stream()
        .filter(o -> o.getCaseId().equals(FIRST))
        .map(Obligation::getKind)
        .collect(Collectors.toSet());
  }

  /** The cases with a number of organisations involved, by the figures of the year. */
  private static long casesWithOrganisations(CaseService service, int organisations) {
    ManagementFigures figures = service.figures(NETWORK_DIRECTOR.getId(), WORK, NETWORK, YEAR);
    OptionalLong value =
        figures
            .table(FigureKey.ORGANISATIONS_INVOLVED)
            .orElseThrow()
            .cell(Integer.toString(organisations))
            .orElseThrow()
            .getValue();
    assertTrue(value.isPresent(), () -> "suppressed: " + figures.getTables());
    return value.getAsLong();
  }

  /** Refused with the rule, nothing written to the case. */
  private static void refused(Stores stores, RuleId rule, Executable attempt) {
    long version = stores.eventStore().version(FIRST);
    RuleViolationException e = assertThrows(RuleViolationException.class, attempt);
    assertTrue(
        e.getViolations().stream().map(Violation::rule).anyMatch(rule.getId()::equals),
        () -> rule.getId() + " in " + e.getViolations());
    assertEquals(version, stores.eventStore().version(FIRST), "nothing written");
  }

  private static String refusal(String actor, RuleId rule) {
    return "correct-entry REFUSED " + actor + " " + DAY_17 + " [" + rule.getId() + "]";
  }

  private static String describe(AuditRecord r) {
    return r.getOperation()
        + " "
        + r.getOutcome()
        + " "
        + r.getActor().getValue()
        + " "
        + r.getDetails().getOrDefault("businessDate", "-")
        + " "
        + (r.getOutcome() == AuditOutcome.REFUSED
            ? r.getRuleIds().stream().filter(id -> id.startsWith("correction.")).toList()
            : List.of());
  }

  /** A service over the storage with the clock; a fresh one has empty snapshots and projections. */
  private static CaseService service(Stores stores, TestClock clock) {
    return CaseService.builder().stores(stores).profile(NETWORK, PROFILE).clock(clock).build();
  }
}
