package nl.lon.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditVerification.Problem;
import org.junit.jupiter.api.Test;

/** The chain checks against a head and a checkpoint, and the values they use. */
class AuditChainVerifierTest {

  private static final NetworkId N1 = NetworkId.of("n1");

  private static List<AuditRecord> chain(int size) {
    return new ArrayList<>(AuditChainTest.chain(size));
  }

  private static AuditCheckpoint headOf(List<AuditRecord> records) {
    return records.isEmpty()
        ? AuditCheckpoint.empty(N1)
        : AuditCheckpoint.of(N1, records.size(), records.get(records.size() - 1).getHash());
  }

  private static AuditVerification verify(List<AuditRecord> records, AuditCheckpoint head) {
    return AuditChain.verify(records, head, AuditSeal.sha256());
  }

  private static AuditVerification verify(
      List<AuditRecord> records, AuditCheckpoint head, AuditCheckpoint checkpoint) {
    AuditChain.Verifier v =
        AuditChain.verifier(AuditSeal.sha256()).head(head).checkpoint(checkpoint);
    for (AuditRecord r : records) {
      if (!v.accept(r)) {
        break;
      }
    }
    return v.result();
  }

  @Test
  void intactChainMatchingItsHead_isOk() {
    List<AuditRecord> c = chain(6);
    assertEquals(AuditVerification.ok(6), verify(c, headOf(c)));
    assertEquals(AuditVerification.ok(0), verify(List.of(), AuditCheckpoint.empty(N1)));
  }

  @Test
  void withoutHeadOrCheckpoint_theVerifierAgreesWithTheListCheck_onEveryKindOfDamage() {
    List<List<AuditRecord>> damaged = new ArrayList<>();
    List<AuditRecord> swapped = chain(6);
    java.util.Collections.swap(swapped, 1, 4);
    damaged.add(swapped);
    List<AuditRecord> removed = chain(6);
    removed.remove(3);
    damaged.add(removed);
    List<AuditRecord> repeated = chain(6);
    repeated.add(2, repeated.get(1));
    damaged.add(repeated);
    List<AuditRecord> altered = chain(6);
    altered.set(4, AuditRecord.builder().from(altered.get(4)).purpose("x").build());
    damaged.add(altered);
    for (List<AuditRecord> d : damaged) {
      AuditChain.Verifier v = AuditChain.verifier(AuditSeal.sha256());
      for (AuditRecord r : d) {
        if (!v.accept(r)) {
          break;
        }
      }
      assertEquals(AuditChain.verify(d), v.result());
      assertFalse(v.result().isOk());
    }
  }

  @Test
  void recordBeyondTheHead_isBeyondHead() {
    List<AuditRecord> c = chain(6);
    AuditCheckpoint head = headOf(c.subList(0, 5));
    AuditVerification v = verify(c, head);
    assertEquals(Problem.BEYOND_HEAD, v.getProblem().orElseThrow());
    assertEquals(6, v.getBrokenSequence().getAsLong());
    assertEquals(5, v.getRecordsChecked());
  }

  @Test
  void duplicateOfAnEarlierRecordAfterTheLast_isBeyondHead() {
    List<AuditRecord> c = chain(5);
    AuditCheckpoint head = headOf(c);
    c.add(c.get(1));
    assertEquals(Problem.BEYOND_HEAD, verify(c, head).getProblem().orElseThrow());
  }

  @Test
  void rowsWithoutAnyHead_areBeyondHeadAtOne() {
    AuditVerification v = verify(chain(2), AuditCheckpoint.empty(N1));
    assertEquals(Problem.BEYOND_HEAD, v.getProblem().orElseThrow());
    assertEquals(1, v.getBrokenSequence().getAsLong());
  }

  @Test
  void fewerRecordsThanTheHead_isMissing() {
    List<AuditRecord> c = chain(6);
    AuditVerification v = verify(c.subList(0, 4), headOf(c));
    assertEquals(Problem.MISSING, v.getProblem().orElseThrow());
    assertEquals(5, v.getBrokenSequence().getAsLong());
    assertTrue(v.getExplanation().get().contains("records 5 to 6 are missing"), v.toString());
  }

  @Test
  void lastRecordReplacedWithAValidHash_isBrokenLinkAgainstTheHead() {
    List<AuditRecord> c = chain(3);
    AuditCheckpoint head = headOf(c);
    c.set(
        2,
        AuditChain.link(
            3,
            c.get(1).getHash(),
            AuditEntry.builder().from(c.get(2).toEntry()).purpose("forged").build()));
    assertTrue(AuditChain.verify(c).isOk(), "the chain alone cannot see this");
    AuditVerification v = verify(c, head);
    assertEquals(Problem.BROKEN_LINK, v.getProblem().orElseThrow());
    assertEquals(3, v.getBrokenSequence().getAsLong());
  }

  @Test
  void recordOfAnotherNetwork_isAltered() {
    List<AuditRecord> other = new ArrayList<>();
    String prev = AuditChain.GENESIS_HASH;
    for (int i = 1; i <= 2; i++) {
      AuditRecord r =
          AuditChain.link(
              i,
              prev,
              AuditEntry.builder()
                  .from(AuditChainTest.entry(i))
                  .network(NetworkId.of("n2"))
                  .build());
      other.add(r);
      prev = r.getHash();
    }
    AuditVerification v = verify(other, AuditCheckpoint.of(N1, 2, prev));
    assertEquals(Problem.ALTERED, v.getProblem().orElseThrow());
    assertTrue(v.getExplanation().get().contains("network n2"), v.toString());
  }

  @Test
  void malformedStoredHead_isBrokenLinkAtOne() {
    AuditChain.Verifier v = AuditChain.verifier(AuditSeal.sha256()).head(N1, 3, "not-a-hash");
    assertFalse(v.accept(AuditChainTest.chain(1).get(0)));
    AuditVerification r = v.result();
    assertEquals(Problem.BROKEN_LINK, r.getProblem().orElseThrow());
    assertEquals(1, r.getBrokenSequence().getAsLong());
    assertEquals(
        Problem.BROKEN_LINK,
        AuditChain.verifier(AuditSeal.sha256())
            .head(N1, 0, "a".repeat(64))
            .result()
            .getProblem()
            .orElseThrow());
  }

  @Test
  void unreadableRow_isAlteredAtItsSequence() {
    List<AuditRecord> c = chain(3);
    AuditChain.Verifier v = AuditChain.verifier(AuditSeal.sha256()).head(headOf(c));
    assertTrue(v.accept(c.get(0)));
    assertFalse(v.acceptUnreadable(2, "bad hash"));
    AuditVerification r = v.result();
    assertEquals(Problem.ALTERED, r.getProblem().orElseThrow());
    assertEquals(2, r.getBrokenSequence().getAsLong());
    assertEquals(1, r.getRecordsChecked());
  }

  @Test
  void checkpoint_stillHeld_isOk_evenAfterLaterAppends() {
    List<AuditRecord> c = chain(8);
    AuditCheckpoint cp = headOf(c.subList(0, 5));
    assertEquals(AuditVerification.ok(8), verify(c, headOf(c), cp));
    assertEquals(AuditVerification.ok(5), verify(c.subList(0, 5), cp, cp));
  }

  @Test
  void truncatedWithTheHeadMovedBack_isMissingAgainstTheCheckpoint() {
    List<AuditRecord> c = chain(8);
    AuditCheckpoint cp = headOf(c);
    List<AuditRecord> truncated = c.subList(0, 5);
    assertTrue(verify(truncated, headOf(truncated)).isOk(), "the truncated chain is consistent");
    AuditVerification v = verify(truncated, headOf(truncated), cp);
    assertEquals(Problem.MISSING, v.getProblem().orElseThrow());
    assertEquals(6, v.getBrokenSequence().getAsLong());
    assertTrue(v.getExplanation().get().contains("checkpoint"), v.toString());
  }

  @Test
  void wipedWithTheHeadReset_isMissingAtOneAgainstTheCheckpoint() {
    AuditCheckpoint cp = headOf(chain(4));
    AuditVerification v = verify(List.of(), AuditCheckpoint.empty(N1), cp);
    assertEquals(Problem.MISSING, v.getProblem().orElseThrow());
    assertEquals(1, v.getBrokenSequence().getAsLong());
    assertTrue(v.getExplanation().get().contains("wiped"), v.toString());
  }

  @Test
  void rewriteBeforeTheCheckpointWithRecomputedHashes_isCheckpointMismatch() {
    List<AuditRecord> c = chain(8);
    AuditCheckpoint cp = headOf(c.subList(0, 6));
    List<AuditRecord> forged = new ArrayList<>(c.subList(0, 2));
    String prev = c.get(1).getHash();
    for (int i = 3; i <= 8; i++) {
      AuditEntry e = c.get(i - 1).toEntry();
      if (i == 3) {
        e = AuditEntry.builder().from(e).purpose("curiosity").build();
      }
      AuditRecord r = AuditChain.link(i, prev, e);
      forged.add(r);
      prev = r.getHash();
    }
    assertTrue(
        verify(forged, headOf(forged)).isOk(),
        "recomputed hashes and head: the chain alone is fine");
    AuditVerification v = verify(forged, headOf(forged), cp);
    assertEquals(Problem.CHECKPOINT_MISMATCH, v.getProblem().orElseThrow());
    assertEquals(6, v.getBrokenSequence().getAsLong());
  }

  @Test
  void headAndCheckpointOfTwoNetworks_areRefused() {
    AuditChain.Verifier v = AuditChain.verifier(AuditSeal.sha256()).head(AuditCheckpoint.empty(N1));
    assertThrows(
        InvalidValueException.class, () -> v.checkpoint(AuditCheckpoint.empty(NetworkId.of("n2"))));
  }

  @Test
  void checkpoint_validation() {
    assertEquals(
        "genesis-when-empty",
        assertThrows(InvalidValueException.class, () -> AuditCheckpoint.of(N1, 0, "a".repeat(64)))
            .getRule());
    assertThrows(
        InvalidValueException.class, () -> AuditCheckpoint.of(N1, -1, AuditChain.GENESIS_HASH));
    assertThrows(InvalidValueException.class, () -> AuditCheckpoint.of(N1, 3, "xyz"));
    assertEquals(AuditCheckpoint.of(N1, 0, AuditChain.GENESIS_HASH), AuditCheckpoint.empty(N1));
  }

  @Test
  void logVerification_saysPerChainAndOverall() {
    Map<NetworkId, AuditVerification> chains = new TreeMap<>();
    chains.put(NetworkId.of("b"), AuditVerification.ok(3));
    chains.put(
        NetworkId.of("a"), AuditVerification.broken(1, 2, Problem.MISSING, "record 2 is missing"));
    AuditLogVerification v = AuditLogVerification.of(chains);
    assertFalse(v.isOk());
    assertEquals(4, v.getRecordsChecked());
    assertEquals(List.of(NetworkId.of("a")), List.copyOf(v.getBroken().keySet()));
    assertEquals(
        List.of(NetworkId.of("a"), NetworkId.of("b")), List.copyOf(v.getChains().keySet()));
    assertTrue(
        v.getExplanation().get().contains("network a: broken at sequence 2 (MISSING)"),
        v.toString());
    assertTrue(AuditLogVerification.of(Map.of()).isOk());
  }
}
