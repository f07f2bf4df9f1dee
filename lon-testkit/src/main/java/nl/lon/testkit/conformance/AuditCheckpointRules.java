package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.audit.AuditVerification.Problem;
import nl.lon.testkit.sample.SampleAuditEntries;
import org.junit.jupiter.api.Test;

/**
 * Rule L8: a checkpoint taken earlier finds a truncation, a wipe and a rewrite with recomputed
 * hashes.
 */
abstract class AuditCheckpointRules extends AuditLogGroup {

  private static final int RECORDS = 40;
  private static final int CHECKPOINT = 30;

  /** L8: a checkpoint is the head, and an untouched chain keeps holding it as it grows. */
  @Test
  void l8_checkpoint_isTheHeadAndKeepsHolding() {
    assertEquals(
        AuditCheckpoint.empty(NETWORK), log.checkpoint(NETWORK), "L8: an empty chain's checkpoint");
    assertTrue(log.verify(log.checkpoint(NETWORK)).isOk(), "L8: an empty checkpoint holds");
    appendEntries(log, 10);
    AuditRecord last = log.read(NETWORK, 10, 1).get(0);
    AuditCheckpoint cp = log.checkpoint(NETWORK);
    assertEquals(
        AuditCheckpoint.of(NETWORK, 10, last.getHash()),
        cp,
        "L8: a checkpoint is size and last hash");
    assertEquals(AuditVerification.ok(10), log.verify(cp), "L8: the checkpoint holds");
    for (int i = 11; i <= 15; i++) {
      log.append(SampleAuditEntries.entry(i));
    }
    assertEquals(
        AuditVerification.ok(15),
        log.verify(cp),
        "L8: a checkpoint keeps holding as the chain grows");
  }

  /** L8: records removed at the end with the head moved back are found against a checkpoint. */
  @Test
  void l8_truncation_isFound() {
    assertFoundAgainstCheckpoint(
        (t, chain) -> {
          for (long s = RECORDS; s > CHECKPOINT - 10; s--) {
            t.remove(NETWORK, s);
          }
          t.moveHead(NETWORK, CHECKPOINT - 10, chain.get(CHECKPOINT - 11).getHash());
        },
        "the chain was truncated to " + (CHECKPOINT - 10) + " records and the head moved back",
        CHECKPOINT - 9,
        Problem.MISSING);
  }

  /** L8: every record removed and the head reset are found against a checkpoint. */
  @Test
  void l8_wipe_isFound() {
    assertFoundAgainstCheckpoint(
        (t, chain) -> {
          for (long s = RECORDS; s >= 1; s--) {
            t.remove(NETWORK, s);
          }
          t.moveHead(NETWORK, 0, AuditChain.GENESIS_HASH);
        },
        "every record was removed and the head reset",
        1,
        Problem.MISSING);
  }

  /**
   * L8: a record before the checkpoint rewritten, every later hash recomputed with SHA-256 and the
   * head moved to match, is found against the checkpoint as CHECKPOINT_MISMATCH.
   */
  @Test
  void l8_rewriteBeforeCheckpointWithRecomputedHashes_isFound() {
    assertFoundAgainstCheckpoint(
        (t, chain) -> rewrite(t, chain, 12),
        "record 12 was rewritten with every later hash recomputed and the head moved",
        CHECKPOINT,
        Problem.CHECKPOINT_MISMATCH);
  }

  /** L8: the record at the checkpoint itself rewritten the same way is found too. */
  @Test
  void l8_rewriteAtCheckpointWithRecomputedHashes_isFound() {
    assertFoundAgainstCheckpoint(
        (t, chain) -> rewrite(t, chain, CHECKPOINT),
        "record " + CHECKPOINT + " was rewritten with every later hash recomputed",
        CHECKPOINT,
        Problem.CHECKPOINT_MISMATCH);
  }

  private void assertFoundAgainstCheckpoint(
      java.util.function.BiConsumer<AuditTampering, List<AuditRecord>> tamper,
      String what,
      long brokenAt,
      Problem problem) {
    for (int i = 1; i <= CHECKPOINT; i++) {
      log.append(SampleAuditEntries.entry(i));
    }
    AuditCheckpoint cp = log.checkpoint(NETWORK);
    for (int i = CHECKPOINT + 1; i <= RECORDS; i++) {
      log.append(SampleAuditEntries.entry(i));
    }
    assertTrue(log.verify(cp).isOk(), "L8: the checkpoint holds before tampering");
    List<AuditRecord> chain = readAll(log, NETWORK);
    AuditTampering t = tamperingOf(log, AuditSeal.sha256());
    tamper.accept(t, chain);
    assertFound(
        log, t, AuditSeal.sha256(), t.verify(log, cp), "L8", what, brokenAt, problem, false);
  }
}
