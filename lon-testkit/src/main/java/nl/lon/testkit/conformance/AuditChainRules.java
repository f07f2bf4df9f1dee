package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.testkit.sample.SampleAuditEntries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Rule L7: each network has a chain of its own. */
abstract class AuditChainRules extends AuditLogGroup {

  /**
   * L7: appends to two networks, interleaved, give each network sequences from 1 after the genesis
   * hash, chained within the network only.
   */
  @Test
  void l7_twoNetworks_haveIndependentSequencesFromGenesis() {
    Assumptions.assumeTrue(
        capabilities().supportsMultipleNetworks(), capabilities().multipleNetworksSkip("L7"));
    String previousA = AuditChain.GENESIS_HASH;
    String previousB = AuditChain.GENESIS_HASH;
    for (int i = 1; i <= 10; i++) {
      AuditEntry a = SampleAuditEntries.entry(i);
      AuditRecord ra = log.append(a);
      assertEquals(
          AuditChain.link(i, previousA, a),
          ra,
          "L7: record "
              + i
              + " of network "
              + NETWORK
              + " must follow that network's record "
              + (i - 1)
              + " only (the networks share one chain)");
      previousA = ra.getHash();
      if (i % 2 == 0) {
        AuditEntry b =
            SampleAuditEntries.entry(
                100 + i, SampleAuditEntries.CASE, SampleAuditEntries.CLIENT, OTHER);
        AuditRecord rb = log.append(b);
        assertEquals(
            AuditChain.link(i / 2, previousB, b),
            rb,
            "L7: network "
                + OTHER
                + " must have sequences of its own from 1 after the genesis"
                + " hash (the networks share one chain)");
        previousB = rb.getHash();
      }
    }
    assertEquals(10, log.size(NETWORK), "L7: size counts one network's records");
    assertEquals(5, log.size(OTHER), "L7: size counts one network's records");
    assertEquals(Set.of(NETWORK, OTHER), log.networks(), "L7: networks() names both networks");
    assertTrue(
        readAll(log, OTHER).stream().allMatch(r -> r.getNetwork().equals(OTHER)),
        "L7: read returns one network's records only");
    assertEquals(5, readAll(log, OTHER).size(), "L7: read returns one network's records only");
    assertEquals(AuditVerification.ok(10), log.verify(NETWORK), "L7: each chain verifies alone");
    assertEquals(AuditVerification.ok(5), log.verify(OTHER), "L7: each chain verifies alone");
    assertEquals(
        AuditCheckpoint.of(OTHER, 5, previousB),
        log.checkpoint(OTHER),
        "L7: each chain has its head");
  }

  /** L7: appending to one network leaves another's chain and head exactly as they were. */
  @Test
  void l7_appendsToOneNetwork_neverChangeAnother() {
    Assumptions.assumeTrue(
        capabilities().supportsMultipleNetworks(), capabilities().multipleNetworksSkip("L7"));
    for (int i = 1; i <= 5; i++) {
      log.append(
          SampleAuditEntries.entry(i, SampleAuditEntries.CASE, SampleAuditEntries.CLIENT, OTHER));
    }
    AuditCheckpoint other = log.checkpoint(OTHER);
    List<AuditRecord> before = readAll(log, OTHER);
    appendEntries(log, 20);
    assertEquals(other, log.checkpoint(OTHER), "L7: another network's head must not move");
    assertEquals(before, readAll(log, OTHER), "L7: another network's records must not change");
    assertTrue(log.verify(other).isOk(), "L7: another network's checkpoint must still hold");
  }

  /** L7: a network without records has an empty, intact chain. */
  @Test
  void l7_unknownNetwork_hasAnEmptyChain() {
    appendEntries(log, 3);
    NetworkId none = NetworkId.of("kit-audit-no-records");
    assertEquals(0, log.size(none), "L7: a network without records has size 0");
    assertEquals(List.of(), log.read(none, 1, 10), "L7: a network without records reads empty");
    assertEquals(AuditCheckpoint.empty(none), log.checkpoint(none), "L7: its head is the genesis");
    assertEquals(AuditVerification.ok(0), log.verify(none), "L7: its chain is intact");
    assertFalse(log.networks().contains(none), "L7: networks() names networks with records only");
  }

  /**
   * L7: 4 threads appending to each of two networks at once keep both chains gap-free and intact.
   */
  @Test
  void l7_stochastic_concurrentAppendsInTwoNetworks_keepBothChainsIntact() {
    Assumptions.assumeTrue(
        capabilities().supportsConcurrentWriters(), capabilities().concurrentWritersSkip("L7"));
    Assumptions.assumeTrue(
        capabilities().supportsMultipleNetworks(), capabilities().multipleNetworksSkip("L7"));
    int perThread = 40;
    List<Callable<List<AuditRecord>>> tasks = new ArrayList<>();
    for (int t = 0; t < APPEND_THREADS; t++) {
      int thread = t;
      NetworkId n = t % 2 == 0 ? NETWORK : OTHER;
      tasks.add(
          () -> {
            List<AuditRecord> appended = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              appended.add(
                  log.append(
                      SampleAuditEntries.entry(
                          1000L * (thread + 1) + i,
                          SampleAuditEntries.CASE,
                          SampleAuditEntries.CLIENT,
                          n)));
            }
            return appended;
          });
    }
    try (Race race = new Race(APPEND_THREADS, "l7")) {
      race.all(tasks);
    }
    int each = APPEND_THREADS / 2 * perThread;
    for (NetworkId n : List.of(NETWORK, OTHER)) {
      assertEquals(each, log.size(n), "L7: every concurrent append to " + n + " must be kept");
      List<AuditRecord> stored = readAll(log, n);
      for (int i = 0; i < stored.size(); i++) {
        assertEquals(
            i + 1,
            stored.get(i).getSequence(),
            "L7: sequences of " + n + " without gaps or repeats");
      }
      AuditVerification v = AuditChain.verify(stored);
      assertTrue(
          v.isOk(),
          "L7: concurrent appends forked the chain of " + n + ": " + v.getExplanation().orElse(""));
      assertEquals(v, log.verify(n), "L4: verify() must agree with AuditChain.verify");
    }
    assertTrue(log.verify().isOk(), "L7: both chains are intact");
  }
}
