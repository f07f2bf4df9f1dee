package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.audit.AuditVerification.Problem;
import nl.lon.testkit.sample.SampleAuditEntries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Rule L9: a log with a keyed seal finds a rewrite with recomputed SHA-256 hashes without a
 * checkpoint.
 */
abstract class AuditKeyedSealRules extends AuditLogGroup {

  private AuditLog keyedLog(AuditSeal seal) {
    Assumptions.assumeTrue(capabilities().supportsKeyedSeal(), capabilities().keyedSealSkip("L9"));
    AuditLog keyed = createKeyedLog(seal);
    if (keyed == null) {
      throw new IllegalStateException("createKeyedLog(seal) returned null; return the keyed log");
    }
    alsoCreated.add(keyed);
    assertEquals(Set.of(), keyed.networks(), "createKeyedLog(seal) must return an empty log");
    return keyed;
  }

  /** L9: the keyed log seals each record with the key, not with plain SHA-256. */
  @Test
  void l9_keyedLog_sealsWithTheKey() {
    AuditSeal seal = AuditSeal.hmacSha256(KEY);
    AuditLog keyed = keyedLog(seal);
    String previous = AuditChain.GENESIS_HASH;
    for (int i = 1; i <= 10; i++) {
      AuditEntry e = SampleAuditEntries.entry(i);
      AuditRecord r = keyed.append(e);
      assertEquals(
          AuditChain.link(i, previous, e, seal),
          r,
          "L9: record " + i + " must be sealed as AuditChain.link computes it with the log's seal");
      assertNotEquals(
          AuditChain.link(i, previous, e).getHash(),
          r.getHash(),
          "L9: a keyed log must not seal with plain SHA-256");
      previous = r.getHash();
    }
    assertEquals(AuditVerification.ok(10), keyed.verify(NETWORK), "L9: the keyed chain verifies");
    assertTrue(keyed.verify(keyed.checkpoint(NETWORK)).isOk(), "L9: its checkpoint holds");
  }

  /**
   * L9: a record rewritten with every later hash recomputed with plain SHA-256 and the head moved
   * to match is found as ALTERED at that record by verify() alone.
   */
  @Test
  void l9_rewriteWithRecomputedSha256_isFoundWithoutCheckpoint() {
    AuditSeal seal = AuditSeal.hmacSha256(KEY);
    AuditLog keyed = keyedLog(seal);
    appendEntries(keyed, 30);
    AuditTampering t = tamperingOf(keyed, seal);
    rewrite(t, readAll(keyed, NETWORK), 12);
    AuditVerification v = t.verify(keyed, NETWORK);
    assertFound(
        keyed,
        t,
        seal,
        v,
        "L9",
        "record 12 was rewritten with plain SHA-256 hashes recomputed and the head moved",
        12,
        Problem.ALTERED,
        true);
    assertFalse(t.verify(keyed).isOk(), "L9: verify() of the whole log must be broken too");
  }
}
