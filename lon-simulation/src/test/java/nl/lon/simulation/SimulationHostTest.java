package nl.lon.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.network.Ring;
import nl.lon.core.process.Concern;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;
import org.junit.jupiter.api.Test;

/** A simulation played in an embedder's network, with told cases inside it. */
class SimulationHostTest {
  private static final NetworkId HOST = NetworkId.of("host-noord");
  private static final ProfessionalId DIRECTOR = ProfessionalId.of("host-coordinator");
  private static final ProfessionalId POLICE_OFFICER = ProfessionalId.of("host-wijkagent");
  private static final CaseId TOLD = CaseId.of("told-001");
  private static final LocalDate START = LocalDate.of(2027, 3, 1);
  private static final LocalDate SIGNALLED = LocalDate.of(2027, 3, 2);
  private static final LocalDate JUDGED = LocalDate.of(2027, 3, 4);
  private static final List<PartnerKind> CORE =
      List.of(
          PartnerKind.GGD,
          PartnerKind.MUNICIPALITY,
          PartnerKind.POLICE,
          PartnerKind.HOUSING_CORPORATION,
          PartnerKind.SOCIAL_WORK,
          PartnerKind.MENTAL_HEALTH_CARE,
          PartnerKind.ADDICTION_CARE);

  /** One told case: signalled, then judged two days later; remembers the days it was asked. */
  private static final class OneToldCase implements ToldCases {
    final List<LocalDate> played = new ArrayList<>();

    @Override
    public List<LocalDate> days() {
      // the first day lies before the simulated period and is not played
      return List.of(START.minusDays(1), SIGNALLED, JUDGED);
    }

    @Override
    public void play(LocalDate day, CaseService service) {
      played.add(day);
      if (day.equals(SIGNALLED)) {
        Signal signal =
            Signal.builder()
                .id(SignalId.of("s-told-001"))
                .sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
                .signallerOrganisation(org(PartnerKind.POLICE))
                .signallerKind(PartnerKind.POLICE)
                .channel(SignalChannel.VIA_NETWORK_MEMBER)
                .receivedOn(day)
                .addConcerns(Concern.NUISANCE)
                .description("noise and threats")
                .clientInformed(true)
                .build();
        service.reportSignal(
            POLICE_OFFICER,
            Purpose.of("register report"),
            new CaseCommand.ReportSignal(
                TOLD, HOST, ClientNumber.of("T-001"), signal, Household.single()),
            Optional.empty());
      } else {
        service.execute(
            DIRECTOR,
            Purpose.of("judge"),
            TOLD,
            new CaseCommand.JudgeReport(
                ReportJudgement.IN_SCOPE,
                "nuisance without help",
                Set.of(TargetGroupAssignment.of(TargetGroup.NUISANCE_CAUSER, "nuisance"))),
            day,
            Optional.empty());
      }
    }
  }

  @Test
  void toldCases_areRecordedOnTheirDays_inTheHostNetwork_besideTheSimulatedOnes() {
    InMemoryStores stores = new InMemoryStores();
    register(stores.directory(), true);
    OneToldCase told = new OneToldCase();
    MethodologyProfile profile = MethodologyProfile.rotterdam();
    SimulationReport r =
        NetworkYearSimulation.run(
            settings(profile, 1),
            ProgressListener.NONE,
            SimulationHost.of(stores, HOST).withToldCases(told));

    assertEquals(List.of(SIGNALLED, JUDGED), told.played, "only the days inside the period");
    assertEquals(List.of(), r.getRefusals());
    assertTrue(r.getSignals() > 0, "simulated signals arrive");
    // the figures are the host network's: the simulated signals and the told one
    assertEquals(r.getSignals() + 1L, r.getFigures().getCasesSignalled().getValue().getAsLong());

    CaseService reader =
        CaseService.builder()
            .stores(stores)
            .profile(HOST, profile)
            .clock(
                java.time.Clock.fixed(
                    START.plusDays(200).atStartOfDay(Network.AMSTERDAM).toInstant(),
                    Network.AMSTERDAM))
            .build();
    List<CaseEvent> timeline = reader.timeline(DIRECTOR, Purpose.of("check"), TOLD);
    assertEquals(2, timeline.size());
    assertEquals(SIGNALLED, timeline.get(0).getBusinessDate());
    assertEquals(JUDGED, timeline.get(1).getBusinessDate());
    for (CaseEvent e : timeline) {
      assertEquals(
          e.getBusinessDate().atTime(LocalTime.of(9, 0)).atZone(Network.AMSTERDAM).toInstant(),
          e.getRecordedAt(),
          "a told act is recorded at nine on the day it happened");
    }
    List<Professional> added =
        stores.directory().professionals(HOST).stream()
            .filter(p -> p.getId().getValue().startsWith("host-noord-sim-trajectregisseur-"))
            .toList();
    assertEquals(2, added.size(), "the simulated trajectory directors join the host network");
  }

  @Test
  void aHost_holdsOneNetwork() {
    InMemoryStores stores = new InMemoryStores();
    register(stores.directory(), true);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NetworkYearSimulation.run(
                    settings(MethodologyProfile.rotterdam(), 2),
                    ProgressListener.NONE,
                    SimulationHost.of(stores, HOST)));
    assertTrue(e.getMessage().contains("one network"), e.getMessage());
  }

  @Test
  void aHostWithoutADebtBank_isRefusedWithWhatIsMissing() {
    InMemoryStores stores = new InMemoryStores();
    register(stores.directory(), false);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NetworkYearSimulation.run(
                    settings(MethodologyProfile.rotterdam(), 1),
                    ProgressListener.NONE,
                    SimulationHost.of(stores, HOST)));
    assertTrue(
        e.getMessage().contains("host-noord") && e.getMessage().contains("debt bank"),
        e.getMessage());
  }

  @Test
  void anUnknownHostNetwork_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NetworkYearSimulation.run(
                    settings(MethodologyProfile.rotterdam(), 1),
                    ProgressListener.NONE,
                    SimulationHost.of(new InMemoryStores(), HOST)));
    assertTrue(e.getMessage().contains("no network host-noord"), e.getMessage());
  }

  private static SimulationSettings settings(MethodologyProfile profile, int networks) {
    return SimulationSettings.builder()
        .profile(profile)
        .start(START)
        .days(90)
        .networks(networks)
        .trajectoryDirectorsPerNetwork(2)
        .build();
  }

  private static OrganisationId org(PartnerKind kind) {
    return OrganisationId.of("host-" + kind.name().toLowerCase(java.util.Locale.ROOT));
  }

  private static void register(Directory directory, boolean withDebtBank) {
    Network.Builder network =
        Network.builder()
            .id(HOST)
            .name("Netwerk Noord")
            .area("Noord")
            .inhabitants(30_000)
            .principal(org(PartnerKind.MUNICIPALITY))
            .contractor(org(PartnerKind.GGD));
    for (PartnerKind kind : CORE) {
      directory.put(
          PartnerOrganisation.builder()
              .id(org(kind))
              .name(kind.name())
              .kind(kind)
              .ring(Ring.CORE)
              .hasMandate(true)
              .build());
      network.addCoreTeam(org(kind));
    }
    if (withDebtBank) {
      directory.put(
          PartnerOrganisation.builder()
              .id(org(PartnerKind.DEBT_BANK))
              .name("Kredietbank")
              .kind(PartnerKind.DEBT_BANK)
              .ring(Ring.SHELL)
              .hasMandate(false)
              .build());
      network.addShellPartners(org(PartnerKind.DEBT_BANK));
    }
    directory.put(network.build());
    directory.put(
        Professional.builder()
            .id(DIRECTOR)
            .displayName("Coördinator")
            .organisation(org(PartnerKind.GGD))
            .network(HOST)
            .addRoles(ProfessionalRole.NETWORK_DIRECTOR)
            .build());
    directory.put(
        Professional.builder()
            .id(POLICE_OFFICER)
            .displayName("Wijkagent")
            .organisation(org(PartnerKind.POLICE))
            .network(HOST)
            .addRoles(ProfessionalRole.CORE_MEMBER)
            .build());
  }
}
