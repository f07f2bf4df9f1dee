package nl.lon.service;

import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.HOUSING;
import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.POLICE_MEMBER;
import static nl.lon.rules.testing.Commands.close;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.rules.testing.RulesFixtures.signalFrom;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lon.core.client.Household;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.CaseIdInUseException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.LonException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.Professional;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.access.AccessPolicy;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.service.ServiceFixtures.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outcome of every attempt on the case service and its one audit record: refused commands,
 * emergency overrides, write-only partners, another network's cases, unknown professionals, the
 * small-cell floor of the figures, emergency reasons, and the race of two openers of one case id.
 */
class CaseServiceOutcomesTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-9");
  private static final ClientNumber CLIENT = ClientNumber.of("client-0009");
  private static final Purpose WORK = Purpose.of("handle the case");
  private static final Purpose LOOK = Purpose.of("prepare the network meeting");

  static Stream<MethodologyProfile> presets() {
    return RulesFixtures.presets().stream();
  }

  /** The sample case, signalled by the housing corporation and judged in scope (version 2). */
  private static World openCase(MethodologyProfile profile) {
    World w = world(profile, DAY_0);
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        reportSignal(CASE, CLIENT, w.today()),
        Optional.empty());
    w.clock.advanceDays(1);
    w.service.judgeReport(
        NETWORK_DIRECTOR.getId(), Purpose.of("judge report"), CASE, judgeInScope());
    return w;
  }

  private static AuditRecord lastAudit(World w) {
    return w.audit.read(w.audit.size(), 1).get(0);
  }

  // ---------------------------------------------------------------- (a) refused command

  @ParameterizedTest
  @MethodSource("presets")
  void refusedCommand_leavesExactlyOneRefusedRecordWithTheViolationsRuleIdsAndNoEvent(
      MethodologyProfile profile) {
    World w = openCase(profile);
    long version = w.store.version(CASE);
    int caseRecords = w.audit.readForCase(CASE).size();
    long records = w.audit.size();

    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> w.service.close(NETWORK_DIRECTOR.getId(), WORK, CASE, close(profile)));

    assertEquals(version, w.store.version(CASE), "no event");
    assertEquals(records + 1, w.audit.size(), "exactly one record");
    List<AuditRecord> trail = w.audit.readForCase(CASE);
    assertEquals(caseRecords + 1, trail.size());
    AuditRecord r = trail.get(trail.size() - 1);
    assertEquals(AuditOutcome.REFUSED, r.getOutcome());
    Set<String> violated =
        e.getViolations().stream().map(Violation::rule).collect(Collectors.toSet());
    assertFalse(violated.isEmpty());
    assertEquals(violated, r.getRuleIds());
    assertEquals(NETWORK_DIRECTOR.getId(), r.getActor());
    assertEquals(AuditAction.UPDATE, r.getAction());
    assertNotEquals("true", r.getDetails().get("stateReturned"), "no state left the service");
    assertTrue(
        trail.stream().skip(caseRecords).noneMatch(x -> x.getOutcome() == AuditOutcome.ALLOWED),
        "a refused command is not audited as allowed");
  }

  // ---------------------------------------------------------------- (b) emergency write

  @Test
  void emergencyWriteByAnUninvolvedCoreMember_isAllowedAndFlagged_butGrantsNoLaterOrdinaryRead() {
    World w = openCase(MethodologyProfile.enschede());
    assertThrows(
        AccessDeniedException.class,
        () -> w.service.read(POLICE_MEMBER.getId(), LOOK, CASE),
        "the police are not involved in the case");
    String reason = "client threatens the neighbours with a knife tonight";
    // asks the housing corporation, which signalled and is involved already: involves nobody new
    // (an override may not involve anyone, access.emergency-self-involvement)
    CaseCommand.RequestInformation ask =
        new CaseCommand.RequestInformation(
            Set.of(HOUSING), "do you know the client and the household?");

    CommandReceipt r =
        w.service.requestInformation(
            POLICE_MEMBER.getId(), Purpose.of("acute danger").inEmergency(reason), CASE, ask);

    assertEquals(3, r.getVersion());
    assertEquals(3, w.store.version(CASE));
    AuditRecord written = lastAudit(w);
    assertEquals(AuditOutcome.ALLOWED, written.getOutcome());
    assertEquals(AuditAction.UPDATE, written.getAction());
    assertEquals(POLICE_MEMBER.getId(), written.getActor());
    assertTrue(written.getChecks().isEmergencyOverride());
    assertFalse(written.getChecks().isAuthorised(), "the policy alone would have denied it");
    assertEquals(Optional.of(reason), written.getEmergencyReason());
    assertFalse(w.store.read(CASE).isEmpty());

    long before = w.audit.size();
    AccessDeniedException denied =
        assertThrows(
            AccessDeniedException.class, () -> w.service.read(POLICE_MEMBER.getId(), LOOK, CASE));
    assertEquals("access.viewer-scope", denied.getRule());
    assertThrows(
        AccessDeniedException.class,
        () -> w.service.personalData(POLICE_MEMBER.getId(), LOOK, CASE));
    assertEquals(before + 2, w.audit.size());
    AuditRecord later = lastAudit(w);
    assertEquals(AuditOutcome.DENIED, later.getOutcome());
    assertFalse(later.getChecks().isEmergencyOverride());
    CaseState now = w.service.read(NETWORK_DIRECTOR.getId(), LOOK, CASE);
    assertFalse(
        now.getInvolvedProfessionals().contains(POLICE_MEMBER.getId()),
        "writing is no involvement");
    assertFalse(now.getInvolvedOrganisations().contains(POLICE));
  }

  // ---------------------------------------------------------------- (c) write-only partner

  @Test
  void rotterdamInvolvedPartnerAddsInformation_receiptWithoutState_auditedWithStateNotReturned() {
    World w = openCase(MethodologyProfile.rotterdam());

    CommandReceipt r =
        w.service.addInformation(
            HOUSING_MEMBER.getId(),
            WORK,
            CASE,
            new CaseCommand.AddInformation(HOUSING, "rent arrears of four months"));

    assertEquals(CASE, r.getCaseId());
    assertEquals(3, r.getVersion());
    assertFalse(r.isReplay());
    assertEquals(Optional.empty(), r.getState());
    AccessDeniedException e = assertThrows(AccessDeniedException.class, r::state);
    assertEquals("access.write-only", e.getRule());
    assertFalse(e.getMessage().contains("rent arrears"));
    assertFalse(r.toString().contains("rent arrears"));
    AuditRecord written = lastAudit(w);
    assertEquals(AuditOutcome.ALLOWED, written.getOutcome());
    assertEquals(HOUSING_MEMBER.getId(), written.getActor());
    assertEquals("false", written.getDetails().get("stateReturned"));
    assertEquals(3, w.store.version(CASE), "the command itself was carried out");

    CommandReceipt byDirector =
        w.service.addInformation(
            NETWORK_DIRECTOR.getId(),
            WORK,
            CASE,
            new CaseCommand.AddInformation(HOUSING, "payment plan agreed"));
    assertEquals(4, byDirector.state().getVersion());
    assertEquals("true", lastAudit(w).getDetails().get("stateReturned"));
  }

  // ---------------------------------------------------------------- (d) another network's case

  @ParameterizedTest
  @MethodSource("presets")
  void anotherNetworksDirector_sameAnswerForAnExistingAndAMissingCase_auditedDeniedAndNotFound(
      MethodologyProfile profile) {
    World w = openCase(profile);
    CaseId missing = CaseId.of("case-missing");
    int trailBefore = w.audit.readForCase(CASE).size();

    NotFoundException existing =
        assertThrows(
            NotFoundException.class, () -> w.service.read(FOREIGN_DIRECTOR.getId(), LOOK, CASE));
    NotFoundException absent =
        assertThrows(
            NotFoundException.class, () -> w.service.read(FOREIGN_DIRECTOR.getId(), LOOK, missing));

    assertEquals(existing.getClass(), absent.getClass());
    assertEquals(
        existing.getMessage().replace(CASE.getValue(), "<id>"),
        absent.getMessage().replace(missing.getValue(), "<id>"),
        "nothing tells the two apart");
    List<AuditRecord> trail = w.audit.readForCase(CASE);
    assertEquals(trailBefore + 1, trail.size());
    AuditRecord denied = trail.get(trail.size() - 1);
    assertEquals(AuditOutcome.DENIED, denied.getOutcome());
    assertEquals(FOREIGN_DIRECTOR.getId(), denied.getActor());
    assertEquals(NETWORK, denied.getNetwork(), "in the chain of the case's network");
    assertEquals(Set.of("access.other-network"), denied.getRuleIds());
    List<AuditRecord> missingTrail = w.audit.readForCase(missing);
    assertEquals(1, missingTrail.size());
    AuditRecord notFound = missingTrail.get(0);
    assertEquals(AuditOutcome.NOT_FOUND, notFound.getOutcome());
    assertEquals(FOREIGN_DIRECTOR.getId(), notFound.getActor());
    assertEquals(
        OTHER_NETWORK, notFound.getNetwork(), "in the chain of the director's own network");
    assertEquals(Set.of("not-found.case"), notFound.getRuleIds());
    assertEquals(Optional.empty(), notFound.getClient());
    assertTrue(w.audit.verify().isOk());

    // the same for a command
    NotFoundException write =
        assertThrows(
            NotFoundException.class,
            () -> w.service.judgeReport(FOREIGN_DIRECTOR.getId(), WORK, CASE, judgeInScope()));
    NotFoundException writeMissing =
        assertThrows(
            NotFoundException.class,
            () -> w.service.judgeReport(FOREIGN_DIRECTOR.getId(), WORK, missing, judgeInScope()));
    assertEquals(
        write.getMessage().replace(CASE.getValue(), "<id>"),
        writeMissing.getMessage().replace(missing.getValue(), "<id>"));
    assertEquals(2, w.store.version(CASE));
    assertEquals(0, w.store.version(missing));
  }

  // ---------------------------------------------------------------- (e) unknown professional

  @Test
  void unknownProfessional_everyAttemptIsAuditedNotFoundWithTheClaimedActorId() {
    World w = openCase(MethodologyProfile.enschede());
    ProfessionalId ghost = ProfessionalId.of("ghost-1");
    List<Executable> attempts =
        List.of(
            () -> w.service.read(ghost, LOOK, CASE),
            () -> w.service.judgeReport(ghost, WORK, CASE, judgeInScope()),
            () ->
                w.service.reportSignal(
                    ghost,
                    Purpose.of("register report"),
                    reportSignal(
                        CaseId.of("case-ghost"), ClientNumber.of("client-ghost"), w.today()),
                    Optional.empty()),
            () -> w.service.figures(ghost, LOOK, NETWORK, ReportingPeriod.ofYear(2026)),
            () -> w.service.read(ghost, LOOK, CaseId.of("case-missing")));

    for (Executable attempt : attempts) {
      long before = w.audit.size();
      NotFoundException e = assertThrows(NotFoundException.class, attempt::execute);
      assertTrue(e.getMessage().startsWith("professional ghost-1"), e.getMessage());
      assertEquals(before + 1, w.audit.size(), "audited once");
      AuditRecord r = lastAudit(w);
      assertEquals(AuditOutcome.NOT_FOUND, r.getOutcome());
      assertEquals(ghost, r.getActor(), "the actor as claimed");
      assertEquals(Optional.empty(), r.getActorOrganisation());
      assertEquals(Set.of("not-found.professional"), r.getRuleIds());
    }
    assertEquals(2, w.store.version(CASE));
    assertEquals(0, w.store.version(CaseId.of("case-ghost")));
    assertTrue(w.audit.verify().isOk());
  }

  // ---------------------------------------------------------------- (f) figures threshold

  @Test
  void figures_thresholdBelowTheProfiles_isRefusedAndAudited_allowedReadsRecordTheirThreshold() {
    World w = openCase(MethodologyProfile.enschede());
    ReportingPeriod year = ReportingPeriod.ofYear(2026);
    int floor = w.profile.getSmallCellThreshold();

    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> w.service.figures(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, year, floor - 1));
    assertEquals("not-below-profile", e.getRule());
    AuditRecord refused = lastAudit(w);
    assertEquals(AuditOutcome.REFUSED, refused.getOutcome());
    assertEquals(NETWORK_DIRECTOR.getId(), refused.getActor());
    assertEquals(Integer.toString(floor - 1), refused.getDetails().get("suppressionThreshold"));
    assertFalse(refused.getRuleIds().isEmpty());
    assertThrows(
        InvalidValueException.class,
        () -> w.service.figures(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, year, 1));

    w.service.figures(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, year);
    AuditRecord allowed = lastAudit(w);
    assertEquals(AuditOutcome.ALLOWED, allowed.getOutcome());
    assertEquals(Integer.toString(floor), allowed.getDetails().get("suppressionThreshold"));

    w.service.figures(NETWORK_DIRECTOR.getId(), LOOK, NETWORK, year, floor + 3);
    assertEquals(
        Integer.toString(floor + 3), lastAudit(w).getDetails().get("suppressionThreshold"));
    assertEquals(AuditOutcome.ALLOWED, lastAudit(w).getOutcome());
  }

  @Test
  void figures_profileWithTheMinimumThreshold_allowsThatThreshold() {
    MethodologyProfile low =
        MethodologyProfile.builder()
            .from(MethodologyProfile.enschede())
            .access(
                AccessPolicy.builder()
                    .from(AccessPolicy.enschede())
                    .smallCellThreshold(MethodologyProfile.MIN_SMALL_CELL_THRESHOLD)
                    .build())
            .build();
    World w = openCase(low);

    w.service.figures(
        NETWORK_DIRECTOR.getId(),
        LOOK,
        NETWORK,
        ReportingPeriod.ofYear(2026),
        MethodologyProfile.MIN_SMALL_CELL_THRESHOLD);

    assertEquals(AuditOutcome.ALLOWED, lastAudit(w).getOutcome());
    assertEquals("3", lastAudit(w).getDetails().get("suppressionThreshold"));
    assertThrows(
        InvalidValueException.class,
        () -> AccessPolicy.builder().from(AccessPolicy.enschede()).smallCellThreshold(1).build());
  }

  // ---------------------------------------------------------------- (g) emergency reasons

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u200B",
        "\u200B\u200B\u200B",
        "\u0000",
        "\u0000\u0000",
        " \u200B \u0000 ",
        "!!",
        "a"
      })
  void emergencyReason_withoutWords_isRefused(String reason) {
    assertThrows(InvalidValueException.class, () -> Purpose.of("acute danger").inEmergency(reason));
  }

  @Test
  void emergencyReason_withAControlCharacterBesideWords_isRefusedAndLeaksNothing() {
    World w = openCase(MethodologyProfile.enschede());

    assertThrows(
        InvalidValueException.class,
        () ->
            w.service.read(
                POLICE_MEMBER.getId(),
                Purpose.of("acute danger").inEmergency("fire\u0000 tonight"),
                CASE));

    assertEquals(2, w.store.version(CASE));
  }

  // ---------------------------------------------------------------- (h) the open race

  @Test
  void openRace_twoServicesOneCaseIdDifferentClients_oneWinsAndTheLoserSeesNothingOfTheWinner()
      throws Exception {
    World w = world(MethodologyProfile.enschede(), DAY_0);
    CaseService[] services = {w.service, w.newService()};
    Professional[] openers = {HOUSING_MEMBER, POLICE_MEMBER};
    PartnerKind[] kinds = {PartnerKind.HOUSING_CORPORATION, PartnerKind.POLICE};
    int rounds = 300;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < rounds; round++) {
        CaseId caseId = CaseId.of("race-" + round);
        ClientNumber[] clients = {ClientNumber.of("a-" + round), ClientNumber.of("b-" + round)};
        PersonalData[] data = {
          PersonalData.builder()
              .name("Anna Winter " + round)
              .address("Dorpsstraat 1")
              .residence("Westdorp")
              .build(),
          PersonalData.builder()
              .name("Bert Zomer " + round)
              .address("Kerkplein 2")
              .residence("Oostdorp")
              .build()
        };
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          int me = i;
          CaseCommand.ReportSignal open =
              new CaseCommand.ReportSignal(
                  caseId,
                  NETWORK,
                  clients[me],
                  signalFrom(openers[me].getOrganisation(), kinds[me], w.today()),
                  Household.single());
          Callable<Object> task =
              () -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                  return services[me].reportSignal(
                      openers[me].getId(),
                      Purpose.of("register report"),
                      open,
                      Optional.of(data[me]));
                } catch (LonException e) {
                  return e;
                }
              };
          outcomes.add(pool.submit(task));
        }
        Object[] result = {
          outcomes.get(0).get(30, TimeUnit.SECONDS), outcomes.get(1).get(30, TimeUnit.SECONDS)
        };
        String where = "round " + round + ": " + result[0] + " / " + result[1];

        int winner = result[0] instanceof CommandReceipt ? 0 : 1;
        int loser = 1 - winner;
        assertTrue(result[winner] instanceof CommandReceipt, where);
        assertTrue(result[loser] instanceof CaseIdInUseException, where);
        CommandReceipt won = (CommandReceipt) result[winner];
        assertFalse(won.isReplay(), where);
        assertEquals(1, won.getVersion(), where);
        assertEquals(1, w.store.version(caseId), where);

        assertEquals(
            Optional.of(data[winner]), w.vault.get(NETWORK, clients[winner], caseId), where);
        assertFalse(
            w.vault.contains(NETWORK, clients[loser], caseId),
            "the loser's data are not stored: " + where);

        for (CaseService s : services) {
          assertSeesNothing(
              () -> s.read(openers[loser].getId(), LOOK, caseId), clients[winner], where);
          assertSeesNothing(
              () -> s.personalData(openers[loser].getId(), LOOK, caseId), clients[winner], where);
        }
        assertEquals(
            Optional.of(clients[winner]),
            services[loser].read(NETWORK_DIRECTOR.getId(), LOOK, caseId).getClientNumber(),
            where);

        List<AuditRecord> trail = w.audit.readForCase(caseId);
        List<AuditRecord> opens =
            trail.stream()
                .filter(r -> r.getOperation().equals("report-signal"))
                .collect(Collectors.toList());
        assertEquals(
            1, opens.stream().filter(r -> r.getOutcome() == AuditOutcome.ALLOWED).count(), where);
        assertEquals(2, opens.size(), "one record per attempt: " + where);
        AuditRecord allowed =
            opens.stream().filter(r -> r.getOutcome() == AuditOutcome.ALLOWED).findFirst().get();
        assertEquals(openers[winner].getId(), allowed.getActor(), where);
        assertEquals(Optional.of(clients[winner]), allowed.getClient(), where);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(w.audit.verify().isOk());
  }

  /** The call is denied or not found; it never returns the winner's case or data. */
  private static void assertSeesNothing(
      Callable<?> call, ClientNumber winnersClient, String where) {
    try {
      Object got = call.call();
      throw new AssertionError("the loser got " + got + " in " + where);
    } catch (AccessDeniedException | NotFoundException e) {
      assertFalse(e.getMessage().contains(winnersClient.getValue()), where);
    } catch (Exception e) {
      throw new AssertionError("unexpected " + e + " in " + where, e);
    }
  }

  @Test
  void receipt_stateOfAReadingActorEqualsAFreshRead() {
    World w = openCase(MethodologyProfile.enschede());

    CommandReceipt r =
        w.service.addInformation(
            HOUSING_MEMBER.getId(),
            WORK,
            CASE,
            new CaseCommand.AddInformation(HOUSING, "known at the housing corporation"));

    assertEquals(
        "true",
        lastAudit(w).getDetails().get("stateReturned"),
        "the returned state counts as a read");
    assertEquals(r.state(), w.service.read(HOUSING_MEMBER.getId(), LOOK, CASE));
  }
}
