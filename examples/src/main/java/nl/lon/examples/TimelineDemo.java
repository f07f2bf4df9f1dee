package nl.lon.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.state.CaseState;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * A minimal runnable example: builds one case from events under the Enschede profile, prints its
 * timeline in Dutch and English, one refused command with its reasons, and the agenda.
 *
 * @since 0.1
 */
public final class TimelineDemo {

  private TimelineDemo() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    MethodologyProfile profile = MethodologyProfile.enschede();
    ProcessRules rules = ProcessRules.of(profile);
    NetworkId network = NetworkId.of("enschede-noord");
    Professional director =
        Professional.builder()
            .id(ProfessionalId.of("pm-bakker"))
            .displayName("Procesmanager Bakker")
            .organisation(OrganisationId.of("gemeente-enschede"))
            .network(network)
            .addRoles(ProfessionalRole.NETWORK_DIRECTOR)
            .build();
    CaseId caseId = CaseId.of("case-2026-001");
    LocalDate day = LocalDate.of(2026, 3, 2);

    CaseState state = CaseState.empty();
    List<CaseEvent> history = new ArrayList<>();
    Signal signal =
        Signal.builder()
            .id(SignalId.of("s-1"))
            .sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
            .signallerOrganisation(OrganisationId.of("domijn"))
            .signallerKind(PartnerKind.HOUSING_CORPORATION)
            .channel(SignalChannel.VIA_NETWORK_MEMBER)
            .receivedOn(day)
            .addConcerns(
                Concern.DOMESTIC_SQUALOR,
                Concern.RENT_ARREARS,
                Concern.ISOLATION,
                Concern.PSYCHOLOGICAL_PROBLEMS)
            .description("Neighbours report a smell; rent three months behind")
            .clientInformed(true)
            .build();
    // Enschede: the signaller informs the client before the report (seeds/004_ca47ed76719141bc.txt
    // l.1400-1401)
    Decision refused =
        rules.decide(
            state,
            new CaseCommand.ReportSignal(
                caseId,
                network,
                ClientNumber.of("C-1001"),
                Signal.builder()
                    .from(signal)
                    .clientInformed(false)
                    .notInformedReason("the signaller did not want to alarm the client")
                    .build(),
                Household.single()),
            new CommandContext(day, instant(day), director));
    System.out.println("Refused command (the client not informed, under the Enschede profile):");
    refused
        .getViolations()
        .forEach(
            v -> {
              System.out.println("  nl: " + v.reasonNl());
              System.out.println("  en: " + v.reasonEn());
            });

    state =
        apply(
            rules,
            state,
            new CaseCommand.ReportSignal(
                caseId, network, ClientNumber.of("C-1001"), signal, Household.single()),
            director,
            day,
            history);

    state =
        apply(
            rules,
            state,
            new CaseCommand.JudgeReport(
                ReportJudgement.IN_SCOPE,
                "problems on housing, care and welfare",
                Set.of(
                    TargetGroupAssignment.of(
                        TargetGroup.CARE_AVOIDER, "does not open the door to care workers"))),
            director,
            day.plusDays(3),
            history);
    state =
        apply(
            rules,
            state,
            new CaseCommand.DecideCoordination(
                CoordinationDecision.builder()
                    .outcome(CoordinationOutcome.COORDINATE)
                    .reason("several partners involved, no coherent plan")
                    .feedback(
                        SignallerFeedback.of(day.plusDays(7), "the network takes the case on"))
                    .build()),
            director,
            day.plusDays(7),
            history);

    System.out.println();
    System.out.println("Timeline of " + caseId + ":");
    for (CaseEvent e : history) {
      System.out.printf(
          "  %s #%d %-28s %s%n",
          e.getBusinessDate(),
          e.getSequence(),
          e.getType().label(Locale.forLanguageTag("nl")),
          e.getType().label(Locale.ENGLISH));
    }
    System.out.println();
    System.out.println("Agenda on " + day.plusDays(20) + " (" + profile.getName() + "):");
    AgendaRules.of(profile)
        .forCase(state, day.plusDays(20))
        .getObligations()
        .forEach(
            o ->
                System.out.printf(
                    "  due %s %-24s %s %s%n",
                    o.getDueOn(),
                    o.getKind().label(Locale.forLanguageTag("nl")),
                    o.isOverdue() ? "OVERDUE" : "",
                    o.getBasis()));
  }

  private static CaseState apply(
      ProcessRules rules,
      CaseState state,
      CaseCommand command,
      Professional actor,
      LocalDate date,
      List<CaseEvent> history) {
    Decision d = rules.decide(state, command, new CommandContext(date, instant(date), actor));
    CaseState next = state;
    for (CaseEvent e : d.orElseThrow()) {
      next = next.apply(e);
      history.add(e);
    }
    return next;
  }

  private static Instant instant(LocalDate date) {
    return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }
}
