package nl.lon.testkit.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import nl.lon.testkit.conformance.AuditLogConformance;
import nl.lon.testkit.conformance.DirectoryConformance;
import nl.lon.testkit.conformance.EventStoreConformance;
import nl.lon.testkit.conformance.InvolvementIndexConformance;
import nl.lon.testkit.conformance.PersonalDataVaultConformance;
import org.junit.jupiter.api.Test;

/**
 * What the kit does with its doubles beyond one broken rule each ({@link BrokenRulesTest} breaks
 * every checked rule in turn): the correct doubles pass the whole kit, a capability switched off
 * turns its tests into skips with the reason, and defects that reach several tests of a group (an
 * ignored idempotency key, a verify() that always says ok or checks no links, a checkpoint compared
 * by size) fail exactly those tests, each with a message naming its rule.
 */
class BrokenImplementationsTest {

  @Test
  void ignoredIdempotencyKey_failsTheA2RepeatTests() {
    KitRun run =
        KitRun.of(
            BrokenKits.KeyIgnoringEventStoreKit.class, EventStoreConformance.Idempotency.class);
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
        run.failed
            .get("l4_alteredRecord_isFound")
            .getMessage()
            .contains("as AuditChain.verify does"),
        () -> "the altered-record failure names the disagreement with AuditChain:\n" + run);
    assertTrue(
        run.failed
            .get("l1_appends_getSequencesWithoutGapsAndChainHashes")
            .getMessage()
            .contains("not chained"),
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
  void keyedSealCapabilityOff_turnsTheL9TestsIntoSkipsWithTheReason() {
    KitRun run =
        KitRun.of(BrokenKits.NoKeyedSealAuditLogKit.class, AuditLogConformance.KeyedSeal.class);
    assertEquals(Set.of(), run.failed.keySet(), () -> run.toString());
    assertEquals(2, run.skipped.size(), () -> "every L9 test is skipped:\n" + run);
    run.skipped
        .values()
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
    KitRun run = vaultKit(BrokenKits.CorrectVaultKit.class);
    assertEquals(Set.of(), run.failed.keySet(), () -> "the correct double must pass:\n" + run);
    assertEquals(Set.of(), run.skipped.keySet(), () -> "nothing is skipped:\n" + run);
    assertEquals(11, run.passed.size(), () -> "the whole kit ran:\n" + run);
  }

  @Test
  void vaultKeyedByClientNotCase_failsTheV2CaseTestOnly() {
    assertFails(
        vaultKit(BrokenKits.CaseBlindVaultKit.class),
        Set.of("v2_twoCasesOfOneClient_areSeparateEntries"),
        "V2:");
  }

  @Test
  void vaultErasingTheLastCaseOnly_failsTheV3EveryCaseTestOnly() {
    assertFails(
        vaultKit(BrokenKits.OneCaseErasingVaultKit.class),
        Set.of("v3_erase_removesEveryCaseOfTheClientOnly"),
        "V3:");
  }

  /** The whole vault kit run against a broken vault. */
  private static KitRun vaultKit(Class<?> kit) {
    return KitRun.of(
        kit,
        PersonalDataVaultConformance.PutAndGet.class,
        PersonalDataVaultConformance.Erasure.class);
  }

  @Test
  void directoryWithoutDefect_passesTheWholeDirectoryKit() {
    KitRun run =
        KitRun.of(
            BrokenKits.CorrectDirectoryKit.class,
            DirectoryConformance.PutAndLookup.class,
            DirectoryConformance.Lists.class);
    assertEquals(Set.of(), run.failed.keySet(), () -> "the correct double must pass:\n" + run);
    assertEquals(7, run.passed.size(), () -> "the whole kit ran:\n" + run);
  }

  @Test
  void indexWithoutDefect_passesTheWholeIndexKit() {
    KitRun run =
        KitRun.of(
            BrokenKits.CorrectInvolvementIndexKit.class,
            InvolvementIndexConformance.Registration.class,
            InvolvementIndexConformance.Matches.class,
            InvolvementIndexConformance.Expiry.class,
            InvolvementIndexConformance.Withdrawal.class,
            InvolvementIndexConformance.Untested.class);
    assertEquals(Set.of(), run.failed.keySet(), () -> "the correct double must pass:\n" + run);
    assertEquals(Set.of("i5_untested_noContentStored"), run.skipped.keySet(), () -> run.toString());
    assertEquals(14, run.passed.size(), () -> "the whole kit ran:\n" + run);
  }

  @Test
  void capabilityOff_turnsTheA7TestsIntoSkipsWithTheReason() {
    KitRun run =
        KitRun.of(
            BrokenKits.SingleWriterEventStoreKit.class,
            EventStoreConformance.Linearizability.class);
    assertEquals(Set.of(), run.failed.keySet(), () -> run.toString());
    assertEquals(4, run.skipped.size(), () -> "every A7 test is skipped:\n" + run);
    run.skipped
        .values()
        .forEach(
            reason -> {
              assertTrue(reason.contains("capability concurrentWriters is off"), reason);
              assertTrue(reason.contains("embedded single-writer store"), reason);
            });
  }

  /** Exactly the expected tests fail, each with a message that starts with the rule. */
  private static void assertFails(KitRun run, Set<String> expected, String rulePrefix) {
    assertEquals(
        new TreeSet<>(expected), new TreeSet<>(run.failed.keySet()), () -> "kit outcome:\n" + run);
    run.failed.forEach(
        (test, failure) ->
            assertTrue(
                String.valueOf(failure.getMessage()).startsWith(rulePrefix),
                () ->
                    test
                        + " must fail with a message naming rule "
                        + rulePrefix
                        + " but said: "
                        + failure));
    assertTrue(
        run.passed.size() + run.failed.size() >= expected.size() + 1,
        () -> "the group ran:\n" + run);
    assertEquals(Set.of(), run.skipped.keySet(), () -> "nothing is skipped:\n" + run);
  }
}
