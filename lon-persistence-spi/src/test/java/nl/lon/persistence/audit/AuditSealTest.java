package nl.lon.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import nl.lon.core.error.InvalidValueException;
import nl.lon.persistence.audit.AuditVerification.Problem;
import org.junit.jupiter.api.Test;

class AuditSealTest {

  static byte[] key() {
    byte[] k = new byte[32];
    for (int i = 0; i < k.length; i++) {
      k[i] = (byte) i;
    }
    return k;
  }

  @Test
  void sha256_isTheChainsPlainHash() {
    String text = AuditChain.canonicalText(1, AuditChainTest.entry(1));
    assertEquals(
        AuditChain.hash(AuditChain.GENESIS_HASH, text),
        AuditSeal.sha256().hash(AuditChain.GENESIS_HASH, text));
    assertFalse(AuditSeal.sha256().isKeyed());
    assertEquals("SHA-256", AuditSeal.sha256().getAlgorithm());
  }

  @Test
  void hmacSha256_isPinnedAgainstAnIndependentComputation() {
    AuditRecord r =
        AuditChain.link(
            1, AuditChain.GENESIS_HASH, AuditChainTest.entry(1), AuditSeal.hmacSha256(key()));
    assertEquals(AuditChainTest.PINNED_FIRST_HMAC, r.getHash());
    assertNotEquals(AuditChainTest.PINNED_FIRST_HASH, r.getHash());
  }

  @Test
  void shortOrNullKey_isRejected() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> AuditSeal.hmacSha256(new byte[31]));
    assertEquals("AuditSeal.key", e.getField());
    assertEquals("min-length-32", e.getRule());
    assertThrows(InvalidValueException.class, () -> AuditSeal.hmacSha256(null));
  }

  @Test
  void key_isCopied_andNeverPrinted() {
    byte[] k = key();
    AuditSeal seal = AuditSeal.hmacSha256(k);
    String before = seal.hash(AuditChain.GENESIS_HASH, "x");
    k[0] = 42;
    assertEquals(
        before,
        seal.hash(AuditChain.GENESIS_HASH, "x"),
        "changing the caller's array changes nothing");
    String printed = seal.toString();
    assertTrue(printed.contains("HMAC-SHA-256"), printed);
    assertFalse(printed.contains(HexFormat.of().formatHex(key())), printed);
    assertFalse(printed.contains("0, 1, 2"), printed);
    assertEquals(AuditSeal.hmacSha256(key()), AuditSeal.hmacSha256(key()));
    assertNotEquals(AuditSeal.hmacSha256(key()), AuditSeal.hmacSha256(new byte[32]));
    assertNotEquals(AuditSeal.sha256(), AuditSeal.hmacSha256(key()));
  }

  @Test
  void keyedChain_rewrittenWithPlainSha256_isAltered() {
    AuditSeal seal = AuditSeal.hmacSha256(key());
    List<AuditRecord> chain = new ArrayList<>();
    String prev = AuditChain.GENESIS_HASH;
    for (int i = 1; i <= 5; i++) {
      AuditRecord r = AuditChain.link(i, prev, AuditChainTest.entry(i), seal);
      chain.add(r);
      prev = r.getHash();
    }
    assertTrue(AuditChain.verify(chain, seal).isOk());
    assertEquals(
        Problem.ALTERED,
        AuditChain.verify(chain).getProblem().orElseThrow(),
        "checked without the key");
    // an intruder rewrites record 3 and recomputes every later hash with plain SHA-256
    List<AuditRecord> forged = new ArrayList<>(chain.subList(0, 2));
    prev = chain.get(1).getHash();
    for (int i = 3; i <= 5; i++) {
      AuditEntry e = chain.get(i - 1).toEntry();
      if (i == 3) {
        e = AuditEntry.builder().from(e).purpose("curiosity").build();
      }
      AuditRecord r = AuditChain.link(i, prev, e);
      forged.add(r);
      prev = r.getHash();
    }
    AuditVerification v =
        AuditChain.verify(forged, AuditCheckpoint.of(chain.get(0).getNetwork(), 5, prev), seal);
    assertEquals(Problem.ALTERED, v.getProblem().orElseThrow());
    assertEquals(3, v.getBrokenSequence().getAsLong());
    assertTrue(v.getExplanation().get().contains("under the log's key"));
  }
}
