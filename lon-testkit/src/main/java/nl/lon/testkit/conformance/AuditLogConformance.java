package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.audit.AuditVerification.Problem;
import nl.lon.testkit.sample.SampleAuditEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link AuditLog} adapters: one test per rule L1-L4 of the {@link
 * AuditLog} contract, grouped by rule (conformiteitstest logging).
 *
 * <p>Extend it, return a new, empty log from {@link #createLog()} and a way to tamper with its
 * storage from {@link #tampering(AuditLog)}; the kit then checks that the hash chain is built as
 * {@link AuditChain#link} builds it, that it stays intact under many (and concurrent) appends,
 * and that {@link AuditLog#verify()} finds an altered, a removed and two reordered records.
 *
 * <pre>{@code
 * class JdbcAuditLogConformanceTest extends AuditLogConformance {
 *   protected AuditLog createLog() { return new JdbcAuditLog(freshDataSource()); }
 *   protected AuditTampering tampering(AuditLog log) { return new JdbcAuditTampering(dataSource); }
 * }
 * }</pre>
 *
 * <p>Rules L5 (retention) and L6 (no personal data) concern operation and content and are not
 * checked here. Not thread-safe; JUnit creates a new instance for each test.
 *
 * @since 0.1
 */
public abstract class AuditLogConformance {

  /** Threads appending at once in the L1 concurrency test. */
  static final int APPEND_THREADS = 8;

  private AuditLog log;

  /** Creates the kit; called by JUnit through the adapter's subclass. */
  protected AuditLogConformance() {}

  /**
   * Creates the log under test; called once before each test.
   *
   * @return a new, empty log; never null
   * @since 0.1
   */
  protected abstract AuditLog createLog();

  /**
   * A way to tamper with the records a log created by {@link #createLog()} has stored; called
   * after the records were appended.
   *
   * @param log the log to tamper with
   * @return tampering on the log's storage, or {@link AuditTampering#onCopy(AuditLog)}
   * @since 0.1
   */
  protected abstract AuditTampering tampering(AuditLog log);

  /**
   * What the log supports; override to switch capabilities off.
   *
   * @return {@link Capabilities#full()} unless overridden
   * @since 0.1
   */
  protected Capabilities capabilities() {
    return Capabilities.full();
  }

  /**
   * Releases a log after a test; does nothing unless overridden.
   *
   * @param log the log {@link #createLog()} returned
   * @throws Exception when releasing fails; the test then fails
   * @since 0.1
   */
  protected void release(AuditLog log) throws Exception {}

  @BeforeEach
  final void createLogUnderTest() {
    log = createLog();
    if (log == null) {
      throw new IllegalStateException("createLog() returned null; return the log under test");
    }
    assertEquals(0, log.size(), "createLog() must return an empty log: the kit counts from sequence 1");
  }

  @AfterEach
  final void releaseLogUnderTest() throws Exception {
    if (log != null) {
      release(log);
    }
  }

  /** Reads every record of a log through the port, page by page. */
  static List<AuditRecord> readAll(AuditLog log) {
    List<AuditRecord> all = new ArrayList<>();
    long from = 1;
    while (true) {
      List<AuditRecord> page = log.read(from, 500);
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
      from += page.size();
    }
  }

  private List<AuditEntry> appendEntries(int count) {
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      AuditEntry e = SampleAuditEntries.entry(i);
      log.append(e);
      entries.add(e);
    }
    return entries;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Rule L1: each append gets the next sequence and is sealed into the hash chain.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L1 append")
  public class Append {

    /** Creates the group; called by JUnit. */
    public Append() {}

    /** L1: the first record gets sequence 1 and the genesis hash as previous hash. */
    @Test
    void l1_firstAppend_getsSequenceOneAfterGenesis() {
      AuditEntry entry = SampleAuditEntries.entry(1);
      AuditRecord r = log.append(entry);
      assertEquals(1, r.getSequence(), "L1: the first record gets sequence 1");
      assertEquals(
          AuditChain.GENESIS_HASH, r.getPreviousHash(), "L1: the first record follows the genesis hash");
      assertEquals(
          AuditChain.link(1, AuditChain.GENESIS_HASH, entry),
          r,
          "L1: the record must be exactly what AuditChain.link computes");
      assertEquals(1, log.size(), "L1: size counts the records");
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
            "L1: record " + i + " must carry the hash of record " + (i - 1) + " as its previous hash"
                + " (the records are not chained)");
        assertEquals(
            AuditChain.hash(previous, AuditChain.canonicalText(r)),
            r.getHash(),
            "L1: record " + i + "'s hash must be AuditChain.hash(previous hash, canonical text)");
        assertEquals(entry, r.toEntry(), "L1: the record keeps exactly the entry's facts");
        previous = r.getHash();
      }
      assertEquals(50, log.size(), "L1: size is the last sequence");
      assertEquals(
          AuditVerification.ok(50),
          AuditChain.verify(readAll(log)),
          "L1: the stored records must form an intact chain");
    }

    /**
     * L1: 8 threads appending 50 records each never fork the chain and lose no record; the chain
     * verifies afterwards.
     */
    @Test
    void l1_concurrentAppends_neverForkTheChain() {
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
      assertEquals(total, log.size(), "L1: every concurrent append must be kept");
      List<AuditRecord> stored = readAll(log);
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
      assertEquals(chain, log.verify(), "L4: verify() must agree with AuditChain.verify");
    }
  }

  /**
   * Rules L2 and L3: records never change; reads are ordered, filtered and immutable.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L2 append-only, L3 reads")
  public class Reads {

    /** Creates the group; called by JUnit. */
    public Reads() {}

    /** L2: records read earlier are read back unchanged after later appends. */
    @Test
    void l2_earlierRecords_neverChange() {
      appendEntries(20);
      List<AuditRecord> before = readAll(log);
      appendEntries(5);
      assertEquals(
          before, readAll(log).subList(0, 20), "L2: appends must never change earlier records");
    }

    /** L3: reading pages from a sequence returns the records in sequence order. */
    @Test
    void l3_read_pagesInSequenceOrder() {
      appendEntries(30);
      List<AuditRecord> all = log.read(1, 100);
      assertEquals(30, all.size(), "L3: read returns every record up to maxCount");
      for (int i = 0; i < all.size(); i++) {
        assertEquals(i + 1, all.get(i).getSequence(), "L3: records in ascending sequence order");
      }
      List<AuditRecord> paged = new ArrayList<>();
      for (long from = 1; from <= 30; from += 7) {
        List<AuditRecord> page = log.read(from, 7);
        assertTrue(page.size() <= 7, "L3: at most maxCount records");
        assertEquals(from, page.get(0).getSequence(), "L3: a page starts at the sequence asked for");
        paged.addAll(page);
      }
      assertEquals(all, paged, "L3: pages read one after another make up the whole log");
      assertEquals(List.of(), log.read(31, 10), "L3: beyond the last sequence reads empty");
    }

    /** L3: arguments below 1 are refused. */
    @Test
    void l3_read_refusesArgumentsBelowOne() {
      appendEntries(2);
      assertThrows(
          InvalidValueException.class,
          () -> log.read(0, 10),
          "L3: a sequence below 1 must be refused with InvalidValueException");
      assertThrows(
          InvalidValueException.class,
          () -> log.read(1, 0),
          "L3: maxCount 0 must be refused with InvalidValueException");
    }

    /** L3: readForCase returns the records of that case only, in sequence order. */
    @Test
    void l3_readForCase_returnsOnlyThatCaseInOrder() {
      CaseId a = CaseId.of("kit-audit-case-a");
      CaseId b = CaseId.of("kit-audit-case-b");
      NetworkId n = NetworkId.of("kit-audit-net");
      List<Long> expected = new ArrayList<>();
      for (int i = 1; i <= 12; i++) {
        CaseId c = i % 3 == 0 ? a : b;
        AuditRecord r = log.append(SampleAuditEntries.entry(i, c, ClientNumber.of("C-" + i % 2), n));
        if (c.equals(a)) {
          expected.add(r.getSequence());
        }
      }
      List<Long> found = new ArrayList<>();
      for (AuditRecord r : log.readForCase(a)) {
        assertEquals(Optional.of(a), r.getCaseId(), "L3: readForCase returns that case only");
        found.add(r.getSequence());
      }
      assertEquals(expected, found, "L3: readForCase returns every record of the case, in order");
      assertEquals(List.of(), log.readForCase(CaseId.of("kit-audit-none")), "L3: unknown case");
    }

    /** L3: readForClient returns that client's records in that network only. */
    @Test
    void l3_readForClient_returnsOnlyThatClientOfThatNetwork() {
      ClientNumber client = ClientNumber.of("C-shared");
      NetworkId n1 = NetworkId.of("kit-audit-net-1");
      NetworkId n2 = NetworkId.of("kit-audit-net-2");
      CaseId c = CaseId.of("kit-audit-case");
      List<Long> expected = new ArrayList<>();
      for (int i = 1; i <= 12; i++) {
        NetworkId n = i % 2 == 0 ? n1 : n2;
        ClientNumber who = i % 3 == 0 ? ClientNumber.of("C-other") : client;
        AuditRecord r = log.append(SampleAuditEntries.entry(i, c, who, n));
        if (n.equals(n1) && who.equals(client)) {
          expected.add(r.getSequence());
        }
      }
      List<Long> found = new ArrayList<>();
      for (AuditRecord r : log.readForClient(n1, client)) {
        assertEquals(n1, r.getNetwork(), "L3: readForClient returns that network only");
        assertEquals(Optional.of(client), r.getClient(), "L3: readForClient returns that client only");
        found.add(r.getSequence());
      }
      assertEquals(expected, found, "L3: readForClient returns every record of the client, in order");
    }

    /** L3: reads return immutable snapshots. */
    @Test
    void l3_reads_returnImmutableSnapshots() {
      appendEntries(3);
      List<AuditRecord> read = log.read(1, 10);
      List<AuditRecord> forCase = log.readForCase(SampleAuditEntries.CASE);
      List<AuditRecord> forClient =
          log.readForClient(SampleAuditEntries.NETWORK, SampleAuditEntries.CLIENT);
      AuditRecord any = read.get(0);
      assertThrows(UnsupportedOperationException.class, () -> read.add(any), "L3: read is immutable");
      assertThrows(
          UnsupportedOperationException.class, () -> forCase.add(any), "L3: readForCase is immutable");
      assertThrows(
          UnsupportedOperationException.class,
          () -> forClient.add(any),
          "L3: readForClient is immutable");
      appendEntries(2);
      assertEquals(3, read.size(), "L3: an earlier read must not grow with later appends");
    }
  }

  /**
   * Rule L4: verify checks the stored chain and finds every altered, removed or reordered record.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L4 verify")
  public class Verification {

    private static final int RECORDS = 40;
    private static final long MIDDLE = 17;

    /** Creates the group; called by JUnit. */
    public Verification() {}

    /** L4: an empty log verifies as intact. */
    @Test
    void l4_emptyLog_verifiesOk() {
      assertTrue(log.verify().isOk(), "L4: an empty log is an intact chain");
    }

    /** L4: after 200 appends the log verifies, with the result {@link AuditChain#verify} gives. */
    @Test
    void l4_manyAppends_verifyOkAndAgreeWithAuditChain() {
      appendEntries(200);
      AuditVerification chain = AuditChain.verify(readAll(log));
      assertTrue(
          chain.isOk(),
          "L1: the records read back must form an intact chain: " + chain.getExplanation().orElse(""));
      assertEquals(
          chain, log.verify(), "L4: verify() must report what AuditChain.verify reports on the stored records");
      assertEquals(200, log.verify().getRecordsChecked(), "L4: verify() checks every record");
    }

    /** L4: a record altered in storage is found as ALTERED at its sequence. */
    @Test
    void l4_alteredRecord_isFound() {
      assertTamperingFound(t -> t.alter(MIDDLE), "record " + MIDDLE + " was altered", MIDDLE, Problem.ALTERED);
    }

    /** L4: the first record altered in storage is found as ALTERED at sequence 1. */
    @Test
    void l4_alteredFirstRecord_isFound() {
      assertTamperingFound(t -> t.alter(1), "record 1 was altered", 1, Problem.ALTERED);
    }

    /** L4: a record removed from storage is found as MISSING at its sequence. */
    @Test
    void l4_removedRecord_isFound() {
      assertTamperingFound(t -> t.remove(MIDDLE), "record " + MIDDLE + " was removed", MIDDLE, Problem.MISSING);
    }

    /** L4: two records swapped in storage are found as REORDERED at the first. */
    @Test
    void l4_swappedRecords_areFound() {
      assertTamperingFound(
          t -> t.swap(MIDDLE, MIDDLE + 1),
          "records " + MIDDLE + " and " + (MIDDLE + 1) + " were swapped",
          MIDDLE,
          Problem.REORDERED);
    }

    private void assertTamperingFound(
        java.util.function.Consumer<AuditTampering> tamper,
        String what,
        long brokenAt,
        Problem problem) {
      appendEntries(RECORDS);
      assertTrue(log.verify().isOk(), "L4: the log verifies before tampering");
      AuditTampering t = tampering(log);
      if (t == null) {
        throw new IllegalStateException("tampering(log) returned null; return AuditTampering.onCopy(log) at least");
      }
      tamper.accept(t);
      AuditVerification v = t.verify(log);
      String where = t.changesStorage() ? "in storage" : "in a copy of the records";
      assertFalse(
          v.isOk(),
          "L4: after " + what + " " + where + ", verify() must report the chain broken, but it"
              + " reported it intact");
      assertEquals(
          Optional.of(problem),
          v.getProblem(),
          "L4: after " + what + ", verify() must report " + problem + ": " + v.getExplanation().orElse(""));
      assertEquals(
          OptionalLong.of(brokenAt),
          v.getBrokenSequence(),
          "L4: after " + what + ", verify() must report the chain broken at sequence " + brokenAt);
      if (t.changesStorage()) {
        assertEquals(
            AuditChain.verify(readAll(log)),
            v,
            "L4: verify() must check what is actually stored, as AuditChain.verify does");
      } else {
        assertTrue(
            log.verify().isOk(),
            "L4: only a copy was tampered with; the log itself must still verify as intact");
      }
    }
  }
}
