package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
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
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.ObligationKind;
import nl.lon.rules.figures.FiguresScope;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.HandoverRules;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.CommandReceipt;
import nl.lon.service.Purpose;
import nl.lon.testkit.sample.SampleDirectory;

/**
 * A warm handover through the public case service, on any storage: a case of a Rotterdam network
 * handed over to an Enschede network, accepted there and continued under Enschede's profile; a
 * second case declined and back on Rotterdam's agenda. The receiving director reads and acts, the
 * sending side keeps the case for its network director only, a third network sees nothing, both
 * chains record the handover, and a professional with roles in two networks has each network's
 * rights and no more.
 */
final class ServiceHandover {

  static final NetworkId ROTTERDAM = NetworkId.of("rdam-net");
  static final NetworkId ENSCHEDE = NetworkId.of("ens-net");
  static final NetworkId THIRD = NetworkId.of("lwd-net");

  static final ProfessionalId R_DIRECTOR = ProfessionalId.of("p-rdam-director");
  static final ProfessionalId R_CORE = ProfessionalId.of("p-rdam-core");
  static final ProfessionalId E_DIRECTOR = ProfessionalId.of("p-ens-director");
  static final ProfessionalId T_DIRECTOR = ProfessionalId.of("p-lwd-director");
  static final ProfessionalId DUAL = ProfessionalId.of("p-dual");
  static final ProfessionalId STEERING = ProfessionalId.of("p-steering");

  /** Noon UTC on 2 March 2026. */
  static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private static final Purpose WORK = Purpose.of("handle the case");

  private ServiceHandover() {}

  /** Plays the handovers on a storage and checks what was stored; returns a one-line summary. */
  static String run(Stores stores) {
    directory(stores);
    CaseService service = service(stores);

    // ------------------------------------------------------------ accepted
    CaseId sent = CaseId.of("case-handover-a");
    open(service, sent, "s-handover-a");
    service.transfer(
        R_DIRECTOR,
        WORK,
        sent,
        new CaseCommand.Transfer(
            WarmHandover.of(ENSCHEDE, "netwerkregisseur Enschede", "client moves to Enschede")
                .receivedBy(E_DIRECTOR)));

    Agenda incoming = service.networkAgenda(E_DIRECTOR, WORK, ENSCHEDE, TODAY);
    assertEquals(
        List.of(sent),
        incoming.getObligations().stream()
            .filter(o -> o.getKind() == ObligationKind.DECIDE_ON_HANDOVER)
            .map(o -> o.getCaseId())
            .toList(),
        "the receiving director has the decision on the agenda");
    assertEquals(
        List.of(sent),
        service.myAgenda(E_DIRECTOR, WORK, TODAY).getObligations().stream()
            .filter(o -> o.getKind() == ObligationKind.DECIDE_ON_HANDOVER)
            .map(o -> o.getCaseId())
            .toList(),
        "the receiver the handover names has it on their own agenda too");
    assertEquals(
        CaseStatus.TRANSFERRED,
        service.read(E_DIRECTOR, WORK, sent).getStatus(),
        "the receiving director reads the case handed over");
    assertEquals(
        CaseStatus.TRANSFERRED,
        service.read(R_DIRECTOR, WORK, sent).getStatus(),
        "the sending director keeps the case");
    assertThrows(
        AccessDeniedException.class,
        () -> service.read(R_CORE, WORK, sent),
        "no one else of the sending network sees it after the handover");
    assertThrows(
        NotFoundException.class,
        () -> service.read(T_DIRECTOR, WORK, sent),
        "a third network sees nothing");
    assertThrows(
        NotFoundException.class,
        () ->
            service.acceptHandover(
                T_DIRECTOR, WORK, sent, ClientNumber.of("T-1"), HandoverRules.Resumption.REJUDGE),
        "nor can it accept");

    CommandReceipt accepted =
        service.acceptHandover(
            E_DIRECTOR, WORK, sent, ClientNumber.of("E-1"), HandoverRules.Resumption.CONTINUE);
    CaseId received = HandoverRules.receivingCase(sent, ENSCHEDE);
    assertEquals(received, accepted.getCaseId());
    CaseState there = service(stores).read(E_DIRECTOR, WORK, received);
    assertEquals(Optional.of(ENSCHEDE), there.getNetwork(), "the case continues in Enschede");
    assertEquals(ProcessStep.INTEGRAL_PICTURE, there.getStep(), "from the step chosen");
    assertThrows(
        RuleViolationException.class,
        () ->
            service.acceptHandover(
                E_DIRECTOR, WORK, sent, ClientNumber.of("E-1"), HandoverRules.Resumption.CONTINUE),
        "a handover is decided once");
    assertTrue(
        service.networkAgenda(E_DIRECTOR, WORK, ENSCHEDE, TODAY).getObligations().stream()
            .noneMatch(o -> o.getKind() == ObligationKind.DECIDE_ON_HANDOVER),
        "the decision is off the agenda");
    assertTrue(
        operations(stores, ROTTERDAM, sent).containsAll(Set.of("transfer", "accept-handover")),
        "the sending chain records the handover: " + operations(stores, ROTTERDAM, sent));
    assertTrue(
        operations(stores, ENSCHEDE, sent).contains("transfer"),
        "the receiving chain records the proposal");
    assertTrue(
        operations(stores, ENSCHEDE, received)
            .containsAll(Set.of("report-signal", "accept-handover")),
        "the receiving chain records the acceptance");
    AuditRecord acceptance =
        stores.auditLog().readForCase(ENSCHEDE, received).stream()
            .filter(r -> r.getOperation().equals("accept-handover"))
            .findFirst()
            .orElseThrow();
    assertEquals("across-regions", acceptance.getDetails().get("region"));
    assertEquals(sent.getValue(), acceptance.getDetails().get("fromCase"));

    // ------------------------------------------------------------ declined
    CaseId declined = CaseId.of("case-handover-b");
    open(service, declined, "s-handover-b");
    service.transfer(
        R_DIRECTOR,
        WORK,
        declined,
        new CaseCommand.Transfer(
            WarmHandover.of(ENSCHEDE, "netwerkregisseur Enschede", "client may move")));
    service.declineHandover(E_DIRECTOR, WORK, declined, "the client stays in Rotterdam");
    CaseState back = service(stores).read(R_DIRECTOR, WORK, declined);
    assertEquals(CaseStatus.OPEN, back.getStatus(), "the case is back in Rotterdam");
    assertEquals(ProcessStep.INTEGRAL_PICTURE, back.getStep(), "where it stood");
    assertThrows(
        NotFoundException.class,
        () -> service.read(E_DIRECTOR, WORK, declined),
        "the receiving side no longer sees it");
    assertTrue(
        service.networkAgenda(R_DIRECTOR, WORK, ROTTERDAM, TODAY).getObligations().stream()
            .anyMatch(o -> o.getCaseId().equals(declined)),
        "the case is on the sender's agenda again");
    assertTrue(
        operations(stores, ENSCHEDE, declined).contains("decline-handover"),
        "the receiving chain records the decline");
    assertTrue(
        operations(stores, ROTTERDAM, declined).contains("decline-handover"),
        "the sending chain records the decline");

    // ------------------------------------------------------------ two networks, one person
    CaseId local = CaseId.of("case-dual");
    service.reportSignal(
        R_DIRECTOR,
        Purpose.of("register report"),
        new CaseCommand.ReportSignal(
            local, ROTTERDAM, ClientNumber.of("R-dual"), signal("s-dual"), Household.single()),
        Optional.empty());
    assertEquals(
        CaseStatus.OPEN,
        service.read(DUAL, WORK, local).getStatus(),
        "a core member of the coordinating organisation reads the Rotterdam case");
    RuleViolationException notDirectorHere =
        assertThrows(
            RuleViolationException.class,
            () -> service.judgeReport(DUAL, WORK, local, judgement()),
            "judging in Rotterdam needs the Rotterdam role, which is core member");
    assertTrue(
        notDirectorHere.getViolations().stream()
            .anyMatch(v -> v.rule().equals("role.network-director")),
        notDirectorHere.getViolations().toString());
    assertThrows(
        AccessDeniedException.class,
        () -> service.networkAgenda(DUAL, WORK, ROTTERDAM, TODAY),
        "no network director in Rotterdam");
    service.networkAgenda(DUAL, WORK, ENSCHEDE, TODAY); // network director in Enschede
    CaseId enschedeCase = CaseId.of("case-dual-ens");
    service.reportSignal(
        E_DIRECTOR,
        Purpose.of("register report"),
        new CaseCommand.ReportSignal(
            enschedeCase,
            ENSCHEDE,
            ClientNumber.of("E-2"),
            signal("s-dual-ens"),
            Household.single()),
        Optional.empty());
    assertEquals(
        ProcessStep.GATHER_INFORMATION,
        service.judgeReport(DUAL, WORK, enschedeCase, judgement()).getStep(),
        "in Enschede the same person judges as its network director");

    // ------------------------------------------------------------ regional figures
    FiguresScope both = FiguresScope.region("Twente en Rijnmond", Set.of(ROTTERDAM, ENSCHEDE));
    ReportingPeriod period = ReportingPeriod.of(TODAY.minusMonths(1), TODAY.plusDays(1));
    service.figures(STEERING, WORK, both, period, 0);
    assertThrows(
        AccessDeniedException.class,
        () ->
            service.figures(
                STEERING,
                WORK,
                FiguresScope.region("alle", Set.of(ROTTERDAM, ENSCHEDE, THIRD)),
                period,
                0),
        "a network the steering group holds no role in gives no figures");
    assertFalse(
        stores.auditLog().readForCase(ROTTERDAM, received).stream().findAny().isPresent(),
        "the receiving case is not in the sending chain");
    return "handover: accepted as " + received + ", declined back to " + ROTTERDAM;
  }

  private static Set<String> operations(Stores stores, NetworkId network, CaseId caseId) {
    return stores.auditLog().readForCase(network, caseId).stream()
        .map(AuditRecord::getOperation)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static void open(CaseService service, CaseId caseId, String signalId) {
    service.reportSignal(
        R_DIRECTOR,
        Purpose.of("register report"),
        new CaseCommand.ReportSignal(
            caseId,
            ROTTERDAM,
            ClientNumber.of("R-" + signalId),
            signal(signalId),
            Household.single()),
        Optional.empty());
    service.judgeReport(R_DIRECTOR, WORK, caseId, judgement());
    service.decideCoordination(R_DIRECTOR, WORK, caseId, coordination());
  }

  private static void directory(Stores stores) {
    stores.directory().put(SampleDirectory.organisation("ggd", PartnerKind.GGD));
    stores
        .directory()
        .put(region(SampleDirectory.network(ROTTERDAM.getValue(), "Noord"), "Rijnmond"));
    stores.directory().put(region(SampleDirectory.network(ENSCHEDE.getValue(), "Oost"), "Twente"));
    stores.directory().put(region(SampleDirectory.network(THIRD.getValue(), "West"), "Friesland"));
    stores
        .directory()
        .put(
            SampleDirectory.professional(
                R_DIRECTOR.getValue(),
                "ggd",
                ROTTERDAM.getValue(),
                ProfessionalRole.NETWORK_DIRECTOR));
    stores
        .directory()
        .put(
            SampleDirectory.professional(
                R_CORE.getValue(), "ggd", ROTTERDAM.getValue(), ProfessionalRole.CORE_MEMBER));
    stores
        .directory()
        .put(
            SampleDirectory.professional(
                E_DIRECTOR.getValue(),
                "ggd",
                ENSCHEDE.getValue(),
                ProfessionalRole.NETWORK_DIRECTOR));
    stores
        .directory()
        .put(
            SampleDirectory.professional(
                T_DIRECTOR.getValue(), "ggd", THIRD.getValue(), ProfessionalRole.NETWORK_DIRECTOR));
    stores
        .directory()
        .put(
            Professional.builder()
                .id(DUAL)
                .displayName("Professional in twee netwerken")
                .organisation(OrganisationId.of("ggd"))
                .network(ROTTERDAM)
                .addRoles(ProfessionalRole.CORE_MEMBER)
                .putFurtherMemberships(ENSCHEDE, ImmutableSet.of(ProfessionalRole.NETWORK_DIRECTOR))
                .build());
    stores
        .directory()
        .put(
            Professional.builder()
                .id(STEERING)
                .displayName("Stuurgroep")
                .organisation(OrganisationId.of("ggd"))
                .network(ROTTERDAM)
                .addRoles(ProfessionalRole.STEERING_GROUP_MEMBER)
                .putFurtherMemberships(
                    ENSCHEDE, ImmutableSet.of(ProfessionalRole.STEERING_GROUP_MEMBER))
                .build());
  }

  private static Network region(Network n, String region) {
    return Network.builder().from(n).region(region).build();
  }

  private static CaseService service(Stores stores) {
    return CaseService.builder()
        .stores(stores)
        .profile(ROTTERDAM, MethodologyProfile.rotterdam())
        .profile(ENSCHEDE, MethodologyProfile.enschede())
        .profile(THIRD, MethodologyProfile.enschede())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  private static Signal signal(String id) {
    return Signal.builder()
        .id(SignalId.of(id))
        .sourceKind(SignalSourceKind.RESIDENT)
        .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
        .receivedOn(TODAY.minusDays(7))
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
            .feedback(SignallerFeedback.of(TODAY, "the network takes the case on"))
            .build());
  }
}
