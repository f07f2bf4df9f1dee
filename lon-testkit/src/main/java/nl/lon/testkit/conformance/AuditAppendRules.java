package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.testkit.sample.SampleAuditEntries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Rule L1: each append gets the next sequence of its network's chain and is sealed into it. */
abstract class AuditAppendRules extends AuditLogGroup {

  /** L1: the first record gets sequence 1 and the genesis hash as previous hash. */
  @Test
  void l1_firstAppend_getsSequenceOneAfterGenesis() {
    AuditEntry entry = SampleAuditEntries.entry(1);
    AuditRecord r = log.append(entry);
    assertEquals(1, r.getSequence(), "L1: the first record gets sequence 1");
    assertEquals(
        AuditChain.GENESIS_HASH,
        r.getPreviousHash(),
        "L1: the first record follows the genesis hash");
    assertEquals(
        AuditChain.link(1, AuditChain.GENESIS_HASH, entry),
        r,
        "L1: the record must be exactly what AuditChain.link computes");
    assertEquals(1, log.size(NETWORK), "L1: size counts the records");
  }

  /**
   * L1: 50 appends get sequences 1-50 without gaps, each chained to the one before as {@link
   * AuditChain#link} computes, and store only the entry's facts.
   */
  @Test
  void l1_appends_getSequencesWithoutGapsAndChainHashes() {
    String previous = AuditChain.GENESIS_HASH;
    for (int i = 1; i <= 50; i++) {
      AuditEntry entry = SampleAuditEntries.entry(i);
      AuditRecord r = log.append(entry);
      assertEquals(i, r.getSequence(), "L1: record " + i + " gets sequence size() + 1");
      assertEquals(
          previous,
          r.getPreviousHash(),
          "L1: record "
              + i
              + " must carry the hash of record "
              + (i - 1)
              + " as its previous hash"
              + " (the records are not chained)");
      assertEquals(
          AuditChain.hash(previous, AuditChain.canonicalText(r)),
          r.getHash(),
          "L1: record " + i + "'s hash must be AuditChain.hash(previous hash, canonical text)");
      assertEquals(entry, r.toEntry(), "L1: the record keeps exactly the entry's facts");
      previous = r.getHash();
    }
    assertEquals(50, log.size(NETWORK), "L1: size is the last sequence");
    assertEquals(
        AuditVerification.ok(50),
        AuditChain.verify(readAll(log, NETWORK)),
        "L1: the stored records must form an intact chain");
    assertEquals(
        AuditCheckpoint.of(NETWORK, 50, previous),
        log.checkpoint(NETWORK),
        "L1: the head must be at the last record");
  }

  /**
   * L1: 8 threads appending 50 records each to one network never fork its chain and lose no record;
   * the chain verifies afterwards.
   */
  @Test
  void l1_stochastic_concurrentAppends_neverForkTheChain() {
    Assumptions.assumeTrue(
        capabilities().supportsConcurrentWriters(), capabilities().concurrentWritersSkip("L1"));
    int perThread = 50;
    List<Callable<List<AuditRecord>>> tasks = new ArrayList<>();
    for (int t = 0; t < APPEND_THREADS; t++) {
      int thread = t;
      tasks.add(
          () -> {
            List<AuditRecord> appended = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              appended.add(log.append(SampleAuditEntries.entry(1000L * (thread + 1) + i)));
            }
            return appended;
          });
    }
    List<List<AuditRecord>> results;
    try (Race race = new Race(APPEND_THREADS, "l1")) {
      results = race.all(tasks);
    }
    int total = APPEND_THREADS * perThread;
    assertEquals(total, log.size(NETWORK), "L1: every concurrent append must be kept");
    List<AuditRecord> stored = readAll(log, NETWORK);
    assertEquals(total, stored.size(), "L1: every record can be read");
    Set<String> eventIds = new HashSet<>();
    for (int i = 0; i < stored.size(); i++) {
      assertEquals(i + 1, stored.get(i).getSequence(), "L1: sequences without gaps or repeats");
      assertTrue(
          eventIds.add(stored.get(i).getEventId()),
          "L1: entry " + stored.get(i).getEventId() + " is stored twice");
    }
    Set<AuditRecord> storedSet = new HashSet<>(stored);
    for (List<AuditRecord> perThreadRecords : results) {
      for (AuditRecord r : perThreadRecords) {
        assertTrue(
            storedSet.contains(r),
            "L1: record " + r.getSequence() + " returned by append is not what is stored");
      }
    }
    AuditVerification chain = AuditChain.verify(stored);
    assertTrue(
        chain.isOk(),
        "L1: concurrent appends forked the chain: " + chain.getExplanation().orElse(""));
    assertEquals(chain, log.verify(NETWORK), "L4: verify() must agree with AuditChain.verify");
  }
}
