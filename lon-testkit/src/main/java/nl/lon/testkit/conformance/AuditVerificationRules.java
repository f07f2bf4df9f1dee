package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Consumer;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.audit.AuditVerification.Problem;
import nl.lon.testkit.sample.SampleAuditEntries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Rule L4: verify checks every stored record of a chain against its head and finds every altered,
 * removed, reordered or duplicated record and every row beyond the head.
 */
abstract class AuditVerificationRules extends AuditLogGroup {

  private static final int RECORDS = 40;
  private static final long MIDDLE = 17;

  /** L4: an empty log verifies as intact, and so does the empty chain of any network. */
  @Test
  void l4_emptyLog_verifiesOk() {
    assertTrue(log.verify().isOk(), "L4: an empty log is intact");
    assertEquals(Set.of(), log.verify().getChains().keySet(), "L4: an empty log has no chains");
    assertEquals(
        AuditVerification.ok(0), log.verify(NETWORK), "L4: a network without records is intact");
  }

  /** L4: after 200 appends the log verifies, with the result {@link AuditChain#verify} gives. */
  @Test
  void l4_manyAppends_verifyOkAndAgreeWithAuditChain() {
    appendEntries(log, 200);
    AuditVerification chain = AuditChain.verify(readAll(log, NETWORK));
    assertTrue(
        chain.isOk(),
        "L1: the records read back must form an intact chain: "
            + chain.getExplanation().orElse(""));
    assertEquals(
        chain,
        log.verify(NETWORK),
        "L4: verify() must report what AuditChain.verify reports on the stored records");
    assertEquals(200, log.verify(NETWORK).getRecordsChecked(), "L4: verify() checks every record");
    AuditLogVerification all = log.verify();
    assertTrue(all.isOk(), "L4: verify() of every chain is intact");
    assertEquals(Set.of(NETWORK), all.getChains().keySet(), "L4: verify() names every chain");
    assertEquals(200, all.getRecordsChecked(), "L4: verify() checks every record");
  }

  /** L4: a record altered in storage is found as ALTERED at its sequence. */
  @Test
  void l4_alteredRecord_isFound() {
    assertTamperingFound(
        t -> t.overwrite(AuditTampering.altered(record(MIDDLE))),
        "record " + MIDDLE + " was altered",
        MIDDLE,
        Problem.ALTERED);
  }

  /** L4: the first record altered in storage is found as ALTERED at sequence 1. */
  @Test
  void l4_alteredFirstRecord_isFound() {
    assertTamperingFound(
        t -> t.overwrite(AuditTampering.altered(record(1))),
        "record 1 was altered",
        1,
        Problem.ALTERED);
  }

  /** L4: a record removed from storage is found as MISSING at its sequence. */
  @Test
  void l4_removedRecord_isFound() {
    assertTamperingFound(
        t -> t.remove(NETWORK, MIDDLE),
        "record " + MIDDLE + " was removed",
        MIDDLE,
        Problem.MISSING);
  }

  /** L4: the last record removed, the head left alone, is found as MISSING. */
  @Test
  void l4_removedLastRecord_isFoundThroughTheHead() {
    assertTamperingFound(
        t -> t.remove(NETWORK, RECORDS), "the last record was removed", RECORDS, Problem.MISSING);
  }

  /** L4: two records swapped in storage are found as REORDERED at the first. */
  @Test
  void l4_swappedRecords_areFound() {
    assertTamperingFound(
        t -> t.swap(NETWORK, MIDDLE, MIDDLE + 1),
        "records " + MIDDLE + " and " + (MIDDLE + 1) + " were swapped",
        MIDDLE,
        Problem.REORDERED);
  }

  /**
   * L4: a correctly linked record stored after the last one without moving the head is found as
   * BEYOND_HEAD: verify reads every stored row, not only those the head counts.
   */
  @Test
  void l4_rowBeyondTheHead_isFound() {
    assertTamperingFound(
        t ->
            t.insertAfterLast(
                AuditChain.link(
                    RECORDS + 1, record(RECORDS).getHash(), SampleAuditEntries.entry(RECORDS + 1))),
        "a linked record " + (RECORDS + 1) + " was stored beyond the head",
        RECORDS + 1,
        Problem.BEYOND_HEAD);
  }

  /** L4: a record duplicated after the last one is found as BEYOND_HEAD. */
  @Test
  void l4_duplicatedRow_isFound() {
    assertTamperingFound(
        t -> t.insertAfterLast(record(MIDDLE)),
        "record " + MIDDLE + " was stored a second time",
        RECORDS + 1,
        Problem.BEYOND_HEAD);
  }

  /** L4: a head moved back one record, the rows left alone, is found as BEYOND_HEAD. */
  @Test
  void l4_headMovedBack_isFound() {
    assertTamperingFound(
        t -> t.moveHead(NETWORK, RECORDS - 1, record(RECORDS - 1).getHash()),
        "the head was moved back to record " + (RECORDS - 1),
        RECORDS,
        Problem.BEYOND_HEAD);
  }

  /**
   * L4: a last record replaced by one with a valid hash, the head left alone, is found as
   * BROKEN_LINK: its hash is not the one the head recorded.
   */
  @Test
  void l4_lastRecordReplacedWithValidHash_isFoundThroughTheHead() {
    assertTamperingFound(
        t ->
            t.overwrite(
                AuditChain.link(
                    RECORDS,
                    record(RECORDS - 1).getHash(),
                    AuditTampering.altered(record(RECORDS)).toEntry())),
        "the last record was replaced with a valid hash",
        RECORDS,
        Problem.BROKEN_LINK);
  }

  /** L4: verify() of the whole log says which chain is broken and which are intact. */
  @Test
  void l4_verifyAll_namesTheBrokenChainOnly() {
    Assumptions.assumeTrue(
        capabilities().supportsMultipleNetworks(), capabilities().multipleNetworksSkip("L4"));
    appendEntries(log, RECORDS);
    for (int i = 1; i <= 5; i++) {
      log.append(
          SampleAuditEntries.entry(i, SampleAuditEntries.CASE, SampleAuditEntries.CLIENT, OTHER));
    }
    AuditTampering t = tamperingOf(log, AuditSeal.sha256());
    t.overwrite(AuditTampering.altered(record(MIDDLE)));
    AuditLogVerification v = t.verify(log);
    assertFalse(v.isOk(), "L4: a broken chain makes the whole log broken");
    assertEquals(
        Set.of(NETWORK, OTHER), v.getChains().keySet(), "L4: verify() reports every chain");
    assertEquals(Set.of(NETWORK), v.getBroken().keySet(), "L4: only the tampered chain is broken");
    assertEquals(
        AuditVerification.ok(5), v.getChains().get(OTHER), "L4: the other chain is intact");
  }

  private AuditRecord record(long sequence) {
    return log.read(NETWORK, sequence, 1).get(0);
  }

  private void assertTamperingFound(
      Consumer<AuditTampering> tamper, String what, long brokenAt, Problem problem) {
    appendEntries(log, RECORDS);
    assertTrue(log.verify().isOk(), "L4: the log verifies before tampering");
    AuditTampering t = tamperingOf(log, AuditSeal.sha256());
    tamper.accept(t);
    assertFound(
        log, t, AuditSeal.sha256(), t.verify(log, NETWORK), "L4", what, brokenAt, problem, true);
    assertFalse(t.verify(log).isOk(), "L4: verify() of the whole log must be broken too");
  }
}
