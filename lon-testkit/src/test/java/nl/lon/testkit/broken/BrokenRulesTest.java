package nl.lon.testkit.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.lon.testkit.conformance.AuditLogConformance;
import nl.lon.testkit.conformance.DirectoryConformance;
import nl.lon.testkit.conformance.EventStoreConformance;
import nl.lon.testkit.conformance.InvolvementIndexConformance;
import nl.lon.testkit.conformance.KitRule;
import nl.lon.testkit.conformance.PersonalDataVaultConformance;
import nl.lon.testkit.conformance.StoresConformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One broken adapter per rule the kit checks: each breaks exactly one rule, and the whole kit of
 * its port is run against it. The kit's test for that rule must fail with a message that starts
 * with the rule and says what is wrong (a fragment of the message is checked); every other test
 * that fails is listed, and names a rule too. As the reactive-streams TCK's own verification tests
 * do, this shows that each rule's test can fail, and fails for the right reason.
 */
class BrokenRulesTest {

  private static final Class<?>[] EVENT_STORE = {
    EventStoreConformance.Arguments.class, EventStoreConformance.Idempotency.class,
    EventStoreConformance.StreamNetwork.class, EventStoreConformance.OptimisticConcurrency.class,
    EventStoreConformance.AtomicWrite.class, EventStoreConformance.Positions.class,
    EventStoreConformance.Immutability.class, EventStoreConformance.Linearizability.class,
    EventStoreConformance.Reads.class
  };

  private static final Class<?>[] AUDIT_LOG = {
    AuditLogConformance.Append.class, AuditLogConformance.Reads.class,
    AuditLogConformance.Verification.class, AuditLogConformance.ChainPerNetwork.class,
    AuditLogConformance.Checkpoints.class, AuditLogConformance.KeyedSeal.class
  };

  private static final Class<?>[] VAULT = {
    PersonalDataVaultConformance.PutAndGet.class, PersonalDataVaultConformance.Erasure.class
  };

  private static final Class<?>[] DIRECTORY = {
    DirectoryConformance.PutAndLookup.class, DirectoryConformance.Lists.class
  };

  private static final Class<?>[] STORES = {
    StoresConformance.AllOrNothing.class, StoresConformance.Refusal.class,
    StoresConformance.Idempotency.class, StoresConformance.Failure.class
  };

  private static final Class<?>[] INDEX = {
    InvolvementIndexConformance.Registration.class, InvolvementIndexConformance.Matches.class,
    InvolvementIndexConformance.Expiry.class, InvolvementIndexConformance.Withdrawal.class
  };

  /** A failure message that names a rule: {@code "A4: ..."} or {@code "A7/R3: ..."}. */
  private static final Pattern NAMES_A_RULE =
      Pattern.compile("^[ALRVDUI][0-9](/[ALRVDUI][0-9])*: .+", Pattern.DOTALL);

  /**
   * One rule broken by one adapter.
   *
   * @param rule the rule the adapter breaks
   * @param kit the kit bound to the broken adapter
   * @param groups the kit's groups to run: every group of the port
   * @param test the kit test of the rule that must fail
   * @param fragment a fragment of that test's failure message
   * @param alsoFailing other tests that fail because of the same defect
   * @param mayFail tests that find the defect only with a probability
   */
  private record Breakage(
      KitRule rule,
      Class<?> kit,
      Class<?>[] groups,
      String test,
      String fragment,
      Set<String> alsoFailing,
      Set<String> mayFail) {

    static Breakage of(
        KitRule rule,
        Class<?> kit,
        Class<?>[] groups,
        String test,
        String fragment,
        String... alsoFailing) {
      return new Breakage(rule, kit, groups, test, fragment, Set.of(alsoFailing), Set.of());
    }

    Breakage mayAlsoFail(String... stochastic) {
      return new Breakage(rule, kit, groups, test, fragment, alsoFailing, Set.of(stochastic));
    }
  }

  private static final List<Breakage> BREAKAGES =
      List.of(
          Breakage.of(
              KitRule.A1,
              BrokenKits.ArgumentSkippingEventStoreKit.class,
              EVENT_STORE,
              "a1_negativeExpectedVersion_isRefusedAndWritesNothing",
              "expected version -1 must be refused",
              "a1_signalNamingAnotherNetwork_isRefusedAndWritesNothing",
              "a1_malformedIdempotencyKey_isRefusedAndWritesNothing",
              "a1_sequenceNotFollowingExpectedVersion_isRefusedAndWritesNothing",
              "a1_eventOfAnotherCase_isRefusedAndWritesNothing",
              "a5_batchWithWrongSecondSequence_writesNothing",
              "a5_batchWithSecondEventOfAnotherCase_writesNothing"),
          Breakage.of(
              KitRule.A2,
              BrokenKits.BlindReplayEventStoreKit.class,
              EVENT_STORE,
              "a2_sameKeyOtherBatch_isAConflictNotAReplay",
              "not answered with the earlier result"),
          Breakage.of(
              KitRule.A3,
              BrokenKits.NetworkIgnoringEventStoreKit.class,
              EVENT_STORE,
              "a3_appendNamingAnotherNetwork_isRefusedAndWritesNothing",
              "an append naming",
              "a3_anotherNetworkWithStaleVersion_isRefusedAsNetworkError"),
          Breakage.of(
                  KitRule.A4,
                  BrokenKits.VersionIgnoringEventStoreKit.class,
                  EVENT_STORE,
                  "a4_staleExpectedVersion_isRefusedWithBothVersionsAndWritesNothing",
                  "to a stream at version 3 must be refused with ConcurrencyConflictException",
                  "a4_expectedVersionAhead_isRefusedWithBothVersions",
                  "a4_unknownStreamWithNonZeroExpectedVersion_isRefused",
                  "a2_failedAppend_doesNotUseUpItsKey")
              .mayAlsoFail(
                  "a7_stochastic_racingAppendersAtOneVersion_exactlyOneWinsEachRound",
                  "a7_stochastic_retryingAppenders_loseNoUpdate"),
          Breakage.of(
                  KitRule.A5,
                  BrokenKits.PartialBatchEventStoreKit.class,
                  EVENT_STORE,
                  "a5_batchWithWrongSecondSequence_writesNothing",
                  "(all or none) must write nothing",
                  "a5_batchWithSecondEventOfAnotherCase_writesNothing")
              .mayAlsoFail("a5_stochastic_concurrentReaders_neverSeePartOfABatch"),
          Breakage.of(
              KitRule.A6,
              BrokenKits.PerNetworkPositionsEventStoreKit.class,
              EVENT_STORE,
              "a6_positions_increaseInBatchOrderAcrossAllAppends",
              "positions must rise strictly"),
          Breakage.of(
              KitRule.A7,
              BrokenKits.UnlockedEventStoreKit.class,
              EVENT_STORE,
              "a7_stochastic_racingAppendersAtOneVersion_exactlyOneWinsEachRound",
              "exactly one may win",
              "a7_stochastic_retryingAppenders_loseNoUpdate"),
          Breakage.of(
              KitRule.A9,
              BrokenKits.SortingEventStoreKit.class,
              EVENT_STORE,
              "a9_writtenEvents_neverChange",
              "must never change or move"),
          Breakage.of(
              KitRule.R1,
              BrokenKits.MutableReadEventStoreKit.class,
              EVENT_STORE,
              "r1_read_returnsImmutableSnapshot",
              "read must return an immutable list"),
          Breakage.of(
              KitRule.R2,
              BrokenKits.ReadFromIgnoringEventStoreKit.class,
              EVENT_STORE,
              "r2_readFromSequence_returnsThatSequenceOnwards",
              "from sequence 4 reads 4 to 6"),
          Breakage.of(
                  KitRule.R3,
                  BrokenKits.BatchCountingEventStoreKit.class,
                  EVENT_STORE,
                  "r3_version_isLastSequence",
                  "the version is the sequence of the last event",
                  "a5_versionIncreasesByOnePerEvent",
                  "a5_everyEventType_readsBackUnchanged")
              .mayAlsoFail("a5_stochastic_concurrentReaders_neverSeePartOfABatch"),
          Breakage.of(
              KitRule.R4,
              BrokenKits.EveryNetworkReadingEventStoreKit.class,
              EVENT_STORE,
              "r4_readNetwork_excludesOtherNetworks",
              "another network's events must be excluded"),
          Breakage.of(
              KitRule.R5,
              BrokenKits.EveryNetworkStreamsEventStoreKit.class,
              EVENT_STORE,
              "r5_streams_listsTheNetworksStreamsWithEvents",
              "streams are listed per network"),
          Breakage.of(
              KitRule.L1,
              BrokenKits.UnlockedAuditLogKit.class,
              AUDIT_LOG,
              "l1_stochastic_concurrentAppends_neverForkTheChain",
              "every concurrent append must be kept",
              "l7_stochastic_concurrentAppendsInTwoNetworks_keepBothChainsIntact"),
          Breakage.of(
              KitRule.L2,
              BrokenKits.UpsertingAuditLogKit.class,
              AUDIT_LOG,
              "l2_earlierRecords_neverChange",
              "appends must never change earlier records"),
          Breakage.of(
              KitRule.L3,
              BrokenKits.CaseReadAcrossNetworksAuditLogKit.class,
              AUDIT_LOG,
              "l3_readForCase_returnsOnlyThatCaseOfThatNetworkInOrder",
              "readForCase returns that network's records only"),
          Breakage.of(
              KitRule.L4,
              BrokenKits.StopsAtHeadAuditLogKit.class,
              AUDIT_LOG,
              "l4_rowBeyondTheHead_isFound",
              "stored beyond the head in storage, verification must report the chain broken",
              "l4_headMovedBack_isFound",
              "l4_duplicatedRow_isFound"),
          Breakage.of(
              KitRule.L7,
              BrokenKits.OneChainAuditLogKit.class,
              AUDIT_LOG,
              "l7_twoNetworks_haveIndependentSequencesFromGenesis",
              "the networks share one chain",
              "l7_stochastic_concurrentAppendsInTwoNetworks_keepBothChainsIntact",
              "l4_verifyAll_namesTheBrokenChainOnly"),
          Breakage.of(
              KitRule.L8,
              BrokenKits.CheckpointIgnoredAuditLogKit.class,
              AUDIT_LOG,
              "l8_truncation_isFound",
              "truncated to 20 records",
              "l8_wipe_isFound",
              "l8_rewriteAtCheckpointWithRecomputedHashes_isFound",
              "l8_rewriteBeforeCheckpointWithRecomputedHashes_isFound"),
          Breakage.of(
              KitRule.L9,
              BrokenKits.SealIgnoredAuditLogKit.class,
              AUDIT_LOG,
              "l9_keyedLog_sealsWithTheKey",
              "sealed as AuditChain.link computes it with the log's seal",
              "l9_rewriteWithRecomputedSha256_isFoundWithoutCheckpoint"),
          Breakage.of(
              KitRule.V1,
              BrokenKits.KeepingVaultKit.class,
              VAULT,
              "v1_putAgain_replacesTheData",
              "put replaces earlier data"),
          Breakage.of(
              KitRule.V2,
              BrokenKits.ClientKeyedVaultKit.class,
              VAULT,
              "v2_sameClientNumberInTwoNetworks_areSeparateEntries",
              "entries are keyed by network too"),
          Breakage.of(
              KitRule.V3,
              BrokenKits.NotErasingVaultKit.class,
              VAULT,
              "v3_erase_removesTheDataAndReportsWhetherThereWereAny",
              "get is empty after erase",
              "v4_erasure_leavesEventsAndAuditRecordsIntact",
              "v3_erase_removesEveryCaseOfTheClientOnly"),
          Breakage.of(
              KitRule.V4,
              BrokenKits.CascadingVaultKit.class,
              VAULT,
              "v4_erasure_leavesEventsAndAuditRecordsIntact",
              "erasure must leave the case events readable and unchanged"),
          Breakage.of(
              KitRule.D1,
              BrokenKits.KeepingDirectoryKit.class,
              DIRECTORY,
              "d1_putSameId_replaces",
              "put replaces the network"),
          Breakage.of(
              KitRule.D2,
              BrokenKits.PlaceholderDirectoryKit.class,
              DIRECTORY,
              "d2_unknownIds_areEmpty",
              "unknown network"),
          Breakage.of(
              KitRule.D3,
              BrokenKits.PutOrderDirectoryKit.class,
              DIRECTORY,
              "d3_networks_areOrderedById",
              "networks ordered by id"),
          Breakage.of(
              KitRule.D4,
              BrokenKits.NetworkJoiningDirectoryKit.class,
              DIRECTORY,
              "d4_professionalWithUnknownReferences_isStored",
              "no reference checks"),
          Breakage.of(
              KitRule.U1,
              BrokenKits.RecordDroppingStoresKit.class,
              STORES,
              "u1_auditOnly_writesTheRecordOnly",
              "the audit-only unit's record must be stored",
              "u1_erasure_removesTheEntryWithItsRecord"),
          Breakage.of(
              KitRule.U2,
              BrokenKits.AuditFirstStoresKit.class,
              STORES,
              "u2_versionConflict_writesNothing",
              "a refused unit must write no audit record",
              "u2_otherNetwork_writesNothing",
              "u3_otherBatchSameKey_isAConflictNotAReplay",
              "u3_sameBatchSameKey_isADuplicateWithItsOwnRecord"),
          Breakage.of(
              KitRule.U3,
              BrokenKits.BlindReplayStoresKit.class,
              STORES,
              "u3_otherBatchSameKey_isAConflictNotAReplay",
              "not replayed"),
          Breakage.of(
              KitRule.U4,
              BrokenKits.SeparateStepsStoresKit.class,
              STORES,
              "u4_faultAtEveryStep_leavesNothingOrEverything",
              "must write no event",
              "u3_sameBatchSameKey_isADuplicateWithItsOwnRecord"),
          Breakage.of(
              KitRule.I1,
              BrokenKits.TwiceRegisteringIndexKit.class,
              INDEX,
              "i1_registerAgain_keepsOneRegistrationRefreshed",
              "registering again keeps the first day",
              "i1_olderRepeat_keepsTheLaterLastActiveDay",
              "i2_match_showsTheFirstDayOfARefreshedRegistration",
              "i3_refreshedRegistration_staysByItsLastActiveDay"),
          Breakage.of(
              KitRule.I2,
              BrokenKits.OneWayIndexKit.class,
              INDEX,
              "i2_twoRegistrations_seeEachOther",
              "matches are symmetric",
              "i1_registerAgain_keepsOneRegistrationRefreshed",
              "i2_manyRegistrations_areOrderedAndImmutable",
              "i2_match_showsTheFirstDayOfARefreshedRegistration",
              "i3_refreshedRegistration_staysByItsLastActiveDay",
              "i4_withdraw_removesThatRegistrationOnly"),
          Breakage.of(
              KitRule.I3,
              BrokenKits.EveryNetworkExpiringIndexKit.class,
              INDEX,
              "i3_expire_removesExactlyTheNetworksInactiveRegistrations",
              "one registration of network 1 was inactive"),
          Breakage.of(
              KitRule.I4,
              BrokenKits.KeepingIndexKit.class,
              INDEX,
              "i4_withdraw_removesThatRegistrationOnly",
              "the withdrawn registration is gone"));

  @Test
  void everyCheckedRule_hasABrokenImplementation() {
    Set<KitRule> checked = EnumSet.noneOf(KitRule.class);
    for (KitRule r : KitRule.values()) {
      if (r.getCoverage() != KitRule.Coverage.UNTESTED) {
        checked.add(r);
      }
    }
    Set<KitRule> broken = EnumSet.noneOf(KitRule.class);
    BREAKAGES.forEach(b -> assertTrue(broken.add(b.rule()), b.rule() + " is broken once"));
    assertEquals(
        checked, broken, "every rule the kit checks has a broken implementation that shows it");
  }

  @TestFactory
  Stream<DynamicTest> brokenRule_failsTheRulesTestWithAMessageNamingIt() {
    return BREAKAGES.stream()
        .map(b -> dynamicTest(b.rule() + " broken by " + b.kit().getSimpleName(), () -> check(b)));
  }

  private static void check(Breakage b) {
    KitRun run = KitRun.of(b.kit(), b.groups());
    Set<String> failed = new TreeSet<>(run.failed.keySet());
    failed.removeAll(b.mayFail());
    Set<String> expected = new TreeSet<>(b.alsoFailing());
    expected.add(b.test());
    assertEquals(expected, failed, () -> "kit outcome:\n" + run);
    String message = String.valueOf(run.failed.get(b.test()).getMessage());
    assertTrue(
        message.startsWith(b.rule() + ":"),
        () -> b.test() + " must fail naming rule " + b.rule() + ": " + message);
    assertTrue(
        message.contains(b.fragment()),
        () -> b.test() + " must say \"" + b.fragment() + "\": " + message);
    run.failed.forEach(
        (test, failure) ->
            assertTrue(
                NAMES_A_RULE.matcher(String.valueOf(failure.getMessage())).matches(),
                () -> test + " fails with a message naming a rule: " + failure));
    assertFalse(run.passed.isEmpty(), () -> "the rest of the kit ran and passed:\n" + run);
  }
}
