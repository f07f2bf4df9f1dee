package nl.lon.testkit.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import nl.lon.testkit.conformance.AuditLogConformance;
import nl.lon.testkit.conformance.DirectoryConformance;
import nl.lon.testkit.conformance.EventStoreConformance;
import nl.lon.testkit.conformance.PersonalDataVaultConformance;
import nl.lon.testkit.conformance.StoresConformance;
import org.junit.jupiter.api.Test;

/**
 * Runs the kit against deliberately broken implementations and expects exactly the kit tests for
 * the broken rule to fail, with a message naming the rule; the other tests of the same groups
 * must pass, so each failure points at the defect. The correct doubles pass the whole kit, and a
 * capability switched off turns its tests into skips with the reason. {@link BrokenRulesTest}
 * breaks every checked rule in turn.
 */
class BrokenImplementationsTest {

  @Test
  void readThenWriteWithoutLock_failsTheA7RaceTests() {
    KitRun run = KitRun.of(BrokenKits.UnlockedEventStoreKit.class, EventStoreConformance.Linearizability.class);
    assertFails(
        run,
        Set.of(
            "a7_stochastic_racingAppendersAtOneVersion_exactlyOneWinsEachRound",
            "a7_stochastic_retryingAppenders_loseNoUpdate"),
        "A7:");
  }

  @Test
  void ignoredIdempotencyKey_failsTheA2RepeatTests() {
    KitRun run = KitRun.of(BrokenKits.KeyIgnoringEventStoreKit.class, EventStoreConformance.Idempotency.class);
    assertFails(
        run,
        Set.of(
            "a2_sameKeyTwice_returnsEarlierResultAsDuplicateAndWritesNothing",
            "a2_sameKeyAfterLaterAppends_returnsEarlierResultNotConflict",
            "a2_sameKeyOtherBatch_isAConflictNotAReplay",
            "a2_sameContentLaterRecordingInstant_isARepeat",
            "a2_sameContentRetriedAfterStreamMovedOn_isARepeat"),
        "A2:");
  }

  @Test
  void partialBatchWrites_failTheA5AllOrNothingTests() {
    KitRun run =
        KitRun.of(
            BrokenKits.PartialBatchEventStoreKit.class,
            EventStoreConformance.Arguments.class,
            EventStoreConformance.AtomicWrite.class);
    // writing event by event also lets concurrent readers see part of a batch, when they look at
    // the wrong moment; the stochastic test may or may not catch that in one run
    run.failed.remove("a5_stochastic_concurrentReaders_neverSeePartOfABatch");
    assertFails(
        run,
        Set.of(
            "a5_batchWithWrongSecondSequence_writesNothing",
            "a5_batchWithSecondEventOfAnotherCase_writesNothing"),
        "A5:");
  }

  /** Every tampering test of group L4 (the two without tampering pass). */
  private static final Set<String> L4_TAMPERING =
      Set.of(
          "l4_alteredRecord_isFound",
          "l4_alteredFirstRecord_isFound",
          "l4_removedRecord_isFound",
          "l4_removedLastRecord_isFoundThroughTheHead",
          "l4_swappedRecords_areFound",
          "l4_rowBeyondTheHead_isFound",
          "l4_duplicatedRow_isFound",
          "l4_headMovedBack_isFound",
          "l4_lastRecordReplacedWithValidHash_isFoundThroughTheHead",
          "l4_verifyAll_namesTheBrokenChainOnly");

  /** Every tampering test of group L8. */
  private static final Set<String> L8_TAMPERING =
      Set.of(
          "l8_truncation_isFound",
          "l8_wipe_isFound",
          "l8_rewriteBeforeCheckpointWithRecomputedHashes_isFound",
          "l8_rewriteAtCheckpointWithRecomputedHashes_isFound");

  @Test
  void verifyThatAlwaysSaysOk_failsEveryL4AndL8TamperingTest() {
    KitRun run =
        KitRun.of(
            BrokenKits.AlwaysOkAuditLogKit.class,
            AuditLogConformance.Verification.class,
            AuditLogConformance.Checkpoints.class);
    Set<String> expected = new TreeSet<>(L4_TAMPERING);
    expected.addAll(L8_TAMPERING);
    assertFails(run, expected, "L");
    run.failed.forEach(
        (test, failure) ->
            assertTrue(
                failure.getMessage().startsWith(test.substring(0, 2).toUpperCase()),
                () -> test + " names its own rule: " + failure.getMessage()));
  }

  @Test
  void unchainedHashes_failTheL1ChainTestsAndEveryL4TamperingTest() {
    KitRun run =
        KitRun.of(
            BrokenKits.UnchainedAuditLogKit.class,
            AuditLogConformance.Append.class,
            AuditLogConformance.Verification.class);
    Set<String> expected = new TreeSet<>(L4_TAMPERING);
    expected.remove("l4_verifyAll_namesTheBrokenChainOnly"); // its own check sees the altered hash
    expected.addAll(
        Set.of(
            "l1_appends_getSequencesWithoutGapsAndChainHashes",
            "l1_stochastic_concurrentAppends_neverForkTheChain",
            "l4_manyAppends_verifyOkAndAgreeWithAuditChain"));
    assertFails(run, expected, "L");
    // its verify() finds an altered record, but not as AuditChain.verify does: it misses the links
    assertTrue(
        run.failed.get("l4_alteredRecord_isFound").getMessage().contains("as AuditChain.verify does"),
        () -> "the altered-record failure names the disagreement with AuditChain:\n" + run);
    assertTrue(
        run.failed.get("l1_appends_getSequencesWithoutGapsAndChainHashes").getMessage().contains("not chained"),
        "the L1 failure says the records are not chained");
  }

  @Test
  void correctSimpleLog_passesTheWholeAuditLogKit() {
    KitRun run = KitRun.of(BrokenKits.CorrectAuditLogKit.class, AUDIT_GROUPS);
    assertEquals(Set.of(), run.failed.keySet(), () -> "the correct double must pass:\n" + run);
    assertEquals(Set.of(), run.skipped.keySet(), () -> "nothing is skipped:\n" + run);
    assertTrue(run.passed.size() >= 32, () -> "the whole kit ran:\n" + run);
  }

  @Test
  void oneChainForAllNetworks_failsTheL7SequenceTests() {
    KitRun run =
        KitRun.of(
            BrokenKits.OneChainAuditLogKit.class,
            AuditLogConformance.ChainPerNetwork.class,
            AuditLogConformance.Verification.class);
    assertFails(
        run,
        Set.of(
            "l7_twoNetworks_haveIndependentSequencesFromGenesis",
            "l7_stochastic_concurrentAppendsInTwoNetworks_keepBothChainsIntact",
            // the shared chain cannot be verified per network: the other chain looks broken
            "l4_verifyAll_namesTheBrokenChainOnly"),
        "L");
    assertTrue(
        run.failed.get("l7_twoNetworks_haveIndependentSequencesFromGenesis").getMessage().startsWith("L7:")
            && run.failed.get("l7_twoNetworks_haveIndependentSequencesFromGenesis").getMessage()
                .contains("share one chain"),
        () -> "the L7 failure says the networks share a chain:\n" + run);
  }

  @Test
  void appendsWithoutLock_failTheConcurrentAppendTestsOfL1AndL7() {
    KitRun run =
        KitRun.of(
            BrokenKits.UnlockedAuditLogKit.class,
            AuditLogConformance.Append.class,
            AuditLogConformance.ChainPerNetwork.class);
    assertFails(
        run,
        Set.of(
            "l1_stochastic_concurrentAppends_neverForkTheChain",
            "l7_stochastic_concurrentAppendsInTwoNetworks_keepBothChainsIntact"),
        "L");
    assertTrue(
        run.failed.get("l7_stochastic_concurrentAppendsInTwoNetworks_keepBothChainsIntact").getMessage().startsWith("L7:"),
        () -> run.toString());
  }

  @Test
  void verifyThatStopsAtTheHead_failsTheL4RowsBeyondHeadTests() {
    KitRun run = KitRun.of(BrokenKits.StopsAtHeadAuditLogKit.class, AUDIT_GROUPS);
    assertFails(
        run,
        Set.of(
            "l4_rowBeyondTheHead_isFound", "l4_duplicatedRow_isFound", "l4_headMovedBack_isFound"),
        "L4:");
  }

  @Test
  void checkpointIgnored_failsEveryL8TamperingTest() {
    KitRun run = KitRun.of(BrokenKits.CheckpointIgnoredAuditLogKit.class, AUDIT_GROUPS);
    assertFails(run, L8_TAMPERING, "L8:");
  }

  @Test
  void checkpointSizesOnly_failTheL8RewriteTests() {
    KitRun run = KitRun.of(BrokenKits.CheckpointSizeOnlyAuditLogKit.class, AUDIT_GROUPS);
    assertFails(
        run,
        Set.of(
            "l8_rewriteBeforeCheckpointWithRecomputedHashes_isFound",
            "l8_rewriteAtCheckpointWithRecomputedHashes_isFound"),
        "L8:");
  }

  @Test
  void keyedSealIgnored_failsTheL9Tests() {
    KitRun run = KitRun.of(BrokenKits.SealIgnoredAuditLogKit.class, AUDIT_GROUPS);
    assertFails(
        run,
        Set.of("l9_keyedLog_sealsWithTheKey", "l9_rewriteWithRecomputedSha256_isFoundWithoutCheckpoint"),
        "L9:");
  }

  @Test
  void keyedSealCapabilityOff_turnsTheL9TestsIntoSkipsWithTheReason() {
    KitRun run = KitRun.of(BrokenKits.NoKeyedSealAuditLogKit.class, AuditLogConformance.KeyedSeal.class);
    assertEquals(Set.of(), run.failed.keySet(), () -> run.toString());
    assertEquals(2, run.skipped.size(), () -> "every L9 test is skipped:\n" + run);
    run.skipped.values()
        .forEach(
            reason -> {
              assertTrue(reason.contains("capability keyedSeal is off"), reason);
              assertTrue(reason.contains("cannot hold a key"), reason);
            });
  }

  /** Every group of the audit-log kit. */
  private static final Class<?>[] AUDIT_GROUPS = {
    AuditLogConformance.Append.class,
    AuditLogConformance.Reads.class,
    AuditLogConformance.Verification.class,
    AuditLogConformance.ChainPerNetwork.class,
    AuditLogConformance.Checkpoints.class,
    AuditLogConformance.KeyedSeal.class
  };

  @Test
  void naiveStoreWithoutDefect_passesTheWholeEventStoreKit() {
    KitRun run =
        KitRun.of(
            BrokenKits.CorrectNaiveEventStoreKit.class,
            EventStoreConformance.Arguments.class,
            EventStoreConformance.Idempotency.class,
            EventStoreConformance.StreamNetwork.class,
            EventStoreConformance.OptimisticConcurrency.class,
            EventStoreConformance.AtomicWrite.class,
            EventStoreConformance.Positions.class,
            EventStoreConformance.Immutability.class,
            EventStoreConformance.Linearizability.class,
            EventStoreConformance.Reads.class);
    assertEquals(Set.of(), run.failed.keySet(), () -> "the correct double must pass:\n" + run);
    assertEquals(Set.of(), run.skipped.keySet(), () -> "nothing is skipped:\n" + run);
    assertTrue(run.passed.size() >= 30, () -> "the whole kit ran:\n" + run);
  }

  @Test
  void correctSimpleVault_passesTheWholeVaultKit() {
    KitRun run = KitRun.of(BrokenKits.CorrectVaultKit.class, PersonalDataVaultConformance.PutAndGet.class,
        PersonalDataVaultConformance.Erasure.class);
    assertEquals(Set.of(), run.failed.keySet(), () -> "the correct double must pass:\n" + run);
    assertEquals(Set.of(), run.skipped.keySet(), () -> "nothing is skipped:\n" + run);
    assertEquals(8, run.passed.size(), () -> "the whole kit ran:\n" + run);
  }

  @Test
  void directoryWithoutDefect_passesTheWholeDirectoryKit() {
    KitRun run = KitRun.of(BrokenKits.CorrectDirectoryKit.class, DirectoryConformance.PutAndLookup.class,
        DirectoryConformance.Lists.class);
    assertEquals(Set.of(), run.failed.keySet(), () -> "the correct double must pass:\n" + run);
    assertEquals(7, run.passed.size(), () -> "the whole kit ran:\n" + run);
  }

  @Test
  void capabilityOff_turnsTheA7TestsIntoSkipsWithTheReason() {
    KitRun run =
        KitRun.of(BrokenKits.SingleWriterEventStoreKit.class, EventStoreConformance.Linearizability.class);
    assertEquals(Set.of(), run.failed.keySet(), () -> run.toString());
    assertEquals(4, run.skipped.size(), () -> "every A7 test is skipped:\n" + run);
    run.skipped.values()
        .forEach(
            reason -> {
              assertTrue(reason.contains("capability concurrentWriters is off"), reason);
              assertTrue(reason.contains("embedded single-writer store"), reason);
            });
  }

  @Test
  void separateSteps_failTheU4FaultInjectionTest() {
    KitRun run = KitRun.of(BrokenKits.SeparateStepsStoresKit.class, StoresConformance.Failure.class,
        StoresConformance.AllOrNothing.class);
    assertFails(run, Set.of("u4_faultAtEveryStep_leavesNothingOrEverything"), "U4:");
  }

  @Test
  void auditRecordKeptOnRefusal_failsTheU2Tests() {
    KitRun run = KitRun.of(BrokenKits.AuditFirstStoresKit.class, StoresConformance.Refusal.class,
        StoresConformance.AllOrNothing.class);
    assertFails(run, Set.of("u2_versionConflict_writesNothing", "u2_otherNetwork_writesNothing"), "U2");
  }

  @Test
  void blindReplay_failsTheU3OtherBatchTest() {
    KitRun run = KitRun.of(BrokenKits.BlindReplayStoresKit.class, StoresConformance.Idempotency.class);
    assertFails(run, Set.of("u3_otherBatchSameKey_isAConflictNotAReplay"), "U3:");
  }

  @Test
  void blindReplay_failsTheA2OtherBatchTest() {
    KitRun run = KitRun.of(BrokenKits.BlindReplayEventStoreKit.class, EventStoreConformance.Idempotency.class);
    assertFails(run, Set.of("a2_sameKeyOtherBatch_isAConflictNotAReplay"), "A2:");
  }

  private static final Class<?>[] EVENT_STORE_GROUPS = {
    EventStoreConformance.Arguments.class, EventStoreConformance.Idempotency.class,
    EventStoreConformance.StreamNetwork.class, EventStoreConformance.OptimisticConcurrency.class,
    EventStoreConformance.AtomicWrite.class, EventStoreConformance.Positions.class,
    EventStoreConformance.Immutability.class, EventStoreConformance.Linearizability.class,
    EventStoreConformance.Reads.class
  };

  @Test
  void skippedArgumentChecks_failTheA1Tests() {
    KitRun run = KitRun.of(BrokenKits.ArgumentSkippingEventStoreKit.class, EVENT_STORE_GROUPS);
    assertFailsByRule(run, Set.of(
        "a1_negativeExpectedVersion_isRefusedAndWritesNothing",
        "a1_signalNamingAnotherNetwork_isRefusedAndWritesNothing",
        "a1_malformedIdempotencyKey_isRefusedAndWritesNothing",
        "a1_sequenceNotFollowingExpectedVersion_isRefusedAndWritesNothing",
        "a1_eventOfAnotherCase_isRefusedAndWritesNothing",
        "a5_batchWithWrongSecondSequence_writesNothing",
        "a5_batchWithSecondEventOfAnotherCase_writesNothing"));
  }

  @Test
  void ignoredStreamNetwork_failsTheA3Tests() {
    KitRun run = KitRun.of(BrokenKits.NetworkIgnoringEventStoreKit.class, EVENT_STORE_GROUPS);
    assertFailsByRule(run, Set.of(
        "a3_anotherNetworkWithStaleVersion_isRefusedAsNetworkError",
        "a3_appendNamingAnotherNetwork_isRefusedAndWritesNothing"));
  }

  @Test
  void ignoredExpectedVersion_failsTheA4AndA7Tests() {
    KitRun run = KitRun.of(BrokenKits.VersionIgnoringEventStoreKit.class, EVENT_STORE_GROUPS);
    assertTrue(run.failed.keySet().containsAll(Set.of(
        "a4_unknownStreamWithNonZeroExpectedVersion_isRefused",
        "a4_staleExpectedVersion_isRefusedWithBothVersionsAndWritesNothing",
        "a4_expectedVersionAhead_isRefusedWithBothVersions",
        "a7_stochastic_racingAppendersAtOneVersion_exactlyOneWinsEachRound")), () -> "kit outcome:\n" + run);
    run.failed.keySet().forEach(name -> assertTrue(name.startsWith("a2_") || name.startsWith("a4_")
        || name.startsWith("a7_"), () -> name + " should not fail for an ignored expected version"));
  }

  @Test
  void positionsPerNetwork_failTheA6Test() {
    KitRun run = KitRun.of(BrokenKits.PerNetworkPositionsEventStoreKit.class, EVENT_STORE_GROUPS);
    assertFailsByRule(run, Set.of("a6_positions_increaseInBatchOrderAcrossAllAppends"));
  }

  @Test
  void ignoredReadFrom_failsTheR2Test() {
    KitRun run = KitRun.of(BrokenKits.ReadFromIgnoringEventStoreKit.class, EVENT_STORE_GROUPS);
    assertFailsByRule(run, Set.of("r2_readFromSequence_returnsThatSequenceOnwards"));
  }

  /** Exactly the expected tests fail, each with a message that starts with its own rule. */
  private static void assertFailsByRule(KitRun run, Set<String> expected) {
    assertEquals(new TreeSet<>(expected), new TreeSet<>(run.failed.keySet()), () -> "kit outcome:\n" + run);
    run.failed.forEach((test, failure) -> {
      String rule = test.substring(0, test.indexOf('_')).toUpperCase(java.util.Locale.ROOT);
      assertTrue(String.valueOf(failure.getMessage()).startsWith(rule) || String.valueOf(failure.getMessage())
          .startsWith("A1"), () -> test + " must fail with a message naming rule " + rule + " but said: " + failure);
    });
  }

  /** Exactly the expected tests fail, each with a message that starts with the rule. */
  private static void assertFails(KitRun run, Set<String> expected, String rulePrefix) {
    assertEquals(new TreeSet<>(expected), new TreeSet<>(run.failed.keySet()), () -> "kit outcome:\n" + run);
    run.failed.forEach(
        (test, failure) ->
            assertTrue(
                String.valueOf(failure.getMessage()).startsWith(rulePrefix),
                () -> test + " must fail with a message naming rule " + rulePrefix + " but said: " + failure));
    assertTrue(run.passed.size() + run.failed.size() >= expected.size() + 1, () -> "the group ran:\n" + run);
    assertEquals(Set.of(), run.skipped.keySet(), () -> "nothing is skipped:\n" + run);
  }
}
