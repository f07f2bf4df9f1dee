package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.lon.core.client.Household;
import nl.lon.core.error.CaseIdInUseException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Concern;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;
import nl.lon.testkit.sample.SampleDirectory;

/**
 * The open race through the public case service: two service instances on one storage open the same
 * case id at once, each for another client, round after round. Exactly one may win each round; the
 * other gets {@link CaseIdInUseException} and none of the winner's data, its personal data are
 * never stored, and the case's trail holds one applied open and one conflict.
 */
final class ServiceOpenRace {

  static final NetworkId NETWORK = NetworkId.of("race-net");
  static final ProfessionalId FIRST = ProfessionalId.of("p-race-first");
  static final ProfessionalId SECOND = ProfessionalId.of("p-race-second");

  private ServiceOpenRace() {}

  /** Fills the directory of a storage with the race's network, organisation and two directors. */
  static void prepare(Stores stores) {
    stores.directory().put(SampleDirectory.organisation("ggd", PartnerKind.GGD));
    stores.directory().put(SampleDirectory.network(NETWORK.getValue(), "Race"));
    stores
        .directory()
        .put(
            SampleDirectory.professional(
                FIRST.getValue(), "ggd", NETWORK.getValue(), ProfessionalRole.NETWORK_DIRECTOR));
    stores
        .directory()
        .put(
            SampleDirectory.professional(
                SECOND.getValue(), "ggd", NETWORK.getValue(), ProfessionalRole.NETWORK_DIRECTOR));
  }

  static CaseService service(Stores stores) {
    return CaseService.builder()
        .stores(stores)
        .profile(NETWORK, MethodologyProfile.enschede())
        .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  /** Runs the rounds; returns a one-line summary. */
  static String run(Stores stores, int rounds) throws Exception {
    prepare(stores);
    CaseService a = service(stores);
    CaseService b = service(stores);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int firstWon = 0;
    try {
      for (int round = 0; round < rounds; round++) {
        CaseId caseId = CaseId.generate();
        ClientNumber clientA = ClientNumber.of("C-a-" + round);
        ClientNumber clientB = ClientNumber.of("C-b-" + round);
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Optional<CaseState>> fa = pool.submit(opener(a, FIRST, caseId, clientA, start));
        Future<Optional<CaseState>> fb = pool.submit(opener(b, SECOND, caseId, clientB, start));
        Optional<CaseState> ra = fa.get();
        Optional<CaseState> rb = fb.get();
        String at = "round " + round + ": ";
        assertTrue(
            ra.isPresent() ^ rb.isPresent(),
            at + "exactly one opener must win, not " + (ra.isPresent() ? "both" : "neither"));
        ClientNumber winner = ra.isPresent() ? clientA : clientB;
        ClientNumber loser = ra.isPresent() ? clientB : clientA;
        firstWon += ra.isPresent() ? 1 : 0;
        CaseState won = ra.orElseGet(rb::get);
        assertEquals(
            Optional.of(winner), won.getClientNumber(), at + "the winner gets its own case");
        assertEquals(1, stores.eventStore().version(caseId), at + "one signal stored");
        CaseState stored = a.read(FIRST, Purpose.of("check race"), caseId);
        assertEquals(
            Optional.of(winner), stored.getClientNumber(), at + "the stored case is the winner's");
        assertTrue(
            stores.vault().contains(NETWORK, winner, caseId),
            at + "the winner's personal data are stored");
        assertTrue(
            !stores.vault().contains(NETWORK, loser, caseId),
            at + "the loser's personal data are never stored");
        List<AuditRecord> trail = new ArrayList<>();
        for (AuditRecord r : stores.auditLog().readForCase(NETWORK, caseId)) {
          if (r.getOperation().equals("report-signal")) {
            trail.add(r);
          }
        }
        assertEquals(2, trail.size(), at + "one audit record per opener: " + trail);
        assertEquals(
            1,
            trail.stream().filter(r -> r.getOutcome() == AuditOutcome.ALLOWED).count(),
            at + "one applied open");
        assertEquals(
            1,
            trail.stream().filter(r -> r.getOutcome() == AuditOutcome.CONFLICT).count(),
            at + "one conflict");
      }
    } finally {
      pool.shutdownNow();
    }
    return rounds
        + " open races, two service instances: "
        + rounds
        + " single winners (first instance won "
        + firstWon
        + "), 0 silent winners, 0 lost signals, 0 orphaned personal data";
  }

  private static Callable<Optional<CaseState>> opener(
      CaseService service,
      ProfessionalId actor,
      CaseId caseId,
      ClientNumber client,
      CyclicBarrier start) {
    Signal signal =
        Signal.builder()
            .id(SignalId.of("s-" + client.getValue()))
            .sourceKind(SignalSourceKind.RESIDENT)
            .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
            .receivedOn(LocalDate.of(2026, 3, 2))
            .addConcerns(Concern.NUISANCE)
            .clientInformed(true)
            .build();
    PersonalData data =
        PersonalData.builder()
            .name("Client " + client.getValue())
            .address("Straat 1")
            .residence("Rotterdam")
            .build();
    CaseCommand.ReportSignal open =
        new CaseCommand.ReportSignal(caseId, NETWORK, client, signal, Household.single());
    return () -> {
      start.await();
      try {
        return Optional.of(
            service
                .reportSignal(actor, Purpose.of("register report"), open, Optional.of(data))
                .state());
      } catch (CaseIdInUseException lost) {
        return Optional.empty();
      }
    };
  }
}
