package nl.lon.examples;

import java.time.*;
import java.util.*;
import nl.lon.core.client.*;
import nl.lon.core.id.*;
import nl.lon.core.network.*;
import nl.lon.core.process.*;
import nl.lon.persistence.memory.*;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.*;

/**
 * Embedding quickstart: an in-memory network, one signal, one judgement, the agenda. Each act is
 * entered with the day it happened; the service records it now (its clock is the system's).
 */
public final class Quickstart {
  private Quickstart() {}

  /** Runs the quickstart. @param args ignored */
  public static void main(String[] args) {
    var stores = new InMemoryStores();
    var directory = stores.directory();
    var net = NetworkId.of("noord");
    var ggd = OrganisationId.of("ggd");
    directory.put(PartnerOrganisation.builder().id(ggd).name("GGD").kind(PartnerKind.GGD).build());
    directory.put(
        Network.builder()
            .id(net)
            .name("LON Noord")
            .area("Noord")
            .inhabitants(30_000)
            .principal(ggd)
            .contractor(ggd)
            .addCoreTeam(ggd)
            .build());
    var me = ProfessionalId.of("coordinator");
    directory.put(
        Professional.builder()
            .id(me)
            .displayName("Coördinator")
            .organisation(ggd)
            .network(net)
            .addRoles(ProfessionalRole.NETWORK_DIRECTOR)
            .build());
    var service =
        CaseService.builder().stores(stores).profile(net, MethodologyProfile.enschede()).build();
    var receivedOn = LocalDate.of(2026, 3, 2); // the case opens on the day its signal came in
    var caseId = CaseId.generate();
    var signal =
        Signal.builder()
            .id(SignalId.of("s-1"))
            .sourceKind(SignalSourceKind.RESIDENT)
            .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
            .receivedOn(receivedOn)
            .addConcerns(Concern.DOMESTIC_SQUALOR, Concern.DEBTS, Concern.ISOLATION)
            .clientInformed(true)
            .build();
    service.reportSignal(
        me,
        Purpose.of("register report"),
        new CaseCommand.ReportSignal(
            caseId, net, ClientNumber.of("C-1"), signal, Household.single()),
        Optional.empty());
    var state =
        service
            .judgeReport(
                me,
                Purpose.of("judge report"),
                caseId,
                new CaseCommand.JudgeReport(
                    ReportJudgement.IN_SCOPE,
                    "three life domains",
                    Set.of(TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "neighbours worry"))),
                receivedOn) // judged that same day; leave the date out for today
            .state();
    System.out.println("Case " + caseId + " is in step " + state.getStep().label(Locale.ENGLISH));
    service
        .networkAgenda(me, Purpose.of("plan week"), net, receivedOn)
        .getObligations()
        .forEach(
            o ->
                System.out.println(
                    "Due " + o.getDueOn() + ": " + o.getKind().label(Locale.ENGLISH)));
  }
}
