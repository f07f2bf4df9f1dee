package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
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
 * The conformance kit for {@link AuditLog} adapters: tests for rules L1-L4 and L7-L9 of the
 * {@link AuditLog} contract, grouped by rule and named after it (conformiteitstest logging).
 *
 * <p>Extend it, return a new, empty log sealed with {@link AuditSeal#sha256()} from {@link
 * #createLog()}, one sealed with a given key from {@link #createKeyedLog(AuditSeal)}, and a way
 * to tamper with a log's storage from {@link #tampering(AuditLog)}; the kit then checks that each
 * network's hash chain is built as {@link AuditChain#link} builds it, that chains are independent
 * and stay intact under many (and concurrent) appends, that {@link AuditLog#verify(NetworkId)}
 * checks every stored row against the head and finds altered, removed, reordered and duplicated
 * records and rows beyond the head, that {@link AuditLog#verify(AuditCheckpoint)} finds a
 * truncation, a wipe and a rewrite with recomputed hashes, and that a keyed log finds such a
 * rewrite even without a checkpoint.
 *
 * <pre>{@code
 * class JdbcAuditLogConformanceTest extends AuditLogConformance {
 *   protected AuditLog createLog() { return new JdbcAuditLog(freshDataSource()); }
 *   protected AuditLog createKeyedLog(AuditSeal seal) { return new JdbcAuditLog(freshDataSource(), seal); }
 *   protected AuditTampering tampering(AuditLog log) { return new JdbcAuditTampering(dataSource); }
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Rules L5 (retention) and L6 (no personal data) concern operation and content and are not
 * checked here; that appends to two networks do not wait on each other (L7) cannot be seen from
 * outside and is checked only as far as both chains stay intact under concurrent appends. Not
 * thread-safe; JUnit creates a new instance for each test.
 *
 * @since 0.1
 */
public abstract class AuditLogConformance {

  /** Threads appending at once in the L1 concurrency test. */
  static final int APPEND_THREADS = 8;

  /** The network of the sample entries, whose chain most tests use. */
  static final NetworkId NETWORK = SampleAuditEntries.NETWORK;

  /** A second network. */
  static final NetworkId OTHER = NetworkId.of("kit-audit-other-network");

  /** The key of the keyed log in the L9 tests: 32 bytes, 0x4c ('L') each. */
  static final byte[] KEY = "LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private AuditLog log;
  private final List<AuditLog> alsoCreated = new ArrayList<>();

  /** Creates the kit; called by JUnit through the adapter's subclass. */
  protected AuditLogConformance() {}

  /**
   * Creates the log under test; called once before each test.
   *
   * @return a new, empty log sealed with {@link AuditSeal#sha256()}; never null
   * @since 0.1
   */
  protected abstract AuditLog createLog();

  /**
   * Creates a log sealed with a keyed seal, for rule L9; called at most once per test, after
   * {@link #createLog()}, and released like it. Override it, or switch the capability off with
   * {@link Capabilities#withoutKeyedSeal(String)}.
   *
   * @param seal the keyed seal, {@link AuditSeal#hmacSha256(byte[])}
   * @return a new, empty log with that seal, on empty storage; never null
   * @since 0.1
   */
  protected AuditLog createKeyedLog(AuditSeal seal) {
    throw new UnsupportedOperationException(
        "L9: override createKeyedLog(AuditSeal) to return a log sealed with the given seal, or"
            + " switch the capability off with Capabilities.withoutKeyedSeal(reason)");
  }

  /**
   * A way to tamper with what a log created by {@link #createLog()} or {@link
   * #createKeyedLog(AuditSeal)} has stored; called after the records were appended.
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
   * @param log the log {@link #createLog()} or {@link #createKeyedLog(AuditSeal)} returned
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
    assertEquals(
        Set.of(), log.networks(), "createLog() must return an empty log: the kit counts from sequence 1");
    assertEquals(0, log.size(NETWORK), "createLog() must return an empty log: the kit counts from sequence 1");
  }

  @AfterEach
  final void releaseLogUnderTest() throws Exception {
    for (AuditLog other : alsoCreated) {
      release(other);
    }
    if (log != null) {
      release(log);
    }
  }

  /** Reads every record of a network's chain through the port, page by page. */
  static List<AuditRecord> readAll(AuditLog log, NetworkId network) {
    List<AuditRecord> all = new ArrayList<>();
    long from = 1;
    while (true) {
      List<AuditRecord> page = log.read(network, from, 500);
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
      from += page.size();
    }
  }

  private List<AuditEntry> appendEntries(AuditLog to, int count) {
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      AuditEntry e = SampleAuditEntries.entry(i);
      to.append(e);
      entries.add(e);
    }
    return entries;
  }

  private AuditTampering tamperingOf(AuditLog l, AuditSeal seal) {
    AuditTampering t = tampering(l);
    if (t == null) {
      throw new IllegalStateException(
          "tampering(log) returned null; return AuditTampering.onCopy(log) at least");
    }
    if (t instanceof CopiedAuditRecords) {
      ((CopiedAuditRecords) t).seal(seal);
    }
    return t;
  }

  private static String where(AuditTampering t) {
    return t.changesStorage() ? "in storage" : "in a copy of the records";
  }

  /**
   * Asserts a tampering was found as expected and, when storage was changed, exactly as {@link
   * AuditChain} finds it on what is stored (or, when the copy was changed, that the log itself
   * is still intact).
   */
  private static void assertFound(
      AuditLog l,
      AuditTampering t,
      AuditSeal seal,
      AuditVerification v,
      String rule,
      String what,
      long brokenAt,
      Problem problem,
      boolean compareWithChain) {
    assertFalse(
        v.isOk(),
        rule + ": after " + what + " " + where(t) + ", verification must report the chain broken,"
            + " but it reported it intact");
    assertEquals(
        Optional.of(problem),
        v.getProblem(),
        rule + ": after " + what + ", verification must report " + problem + ": "
            + v.getExplanation().orElse(""));
    assertEquals(
        OptionalLong.of(brokenAt),
        v.getBrokenSequence(),
        rule + ": after " + what + ", verification must report the chain broken at sequence "
            + brokenAt + ": " + v.getExplanation().orElse(""));
    if (t.changesStorage()) {
      if (compareWithChain) {
        assertEquals(
            AuditChain.verify(readAll(l, NETWORK), l.checkpoint(NETWORK), seal),
            t.verify(l, NETWORK),
            rule + ": verify() must check what is actually stored, as AuditChain.verify does on"
                + " the stored records and the head");
      }
    } else {
      assertTrue(
          l.verify().isOk(),
          rule + ": only a copy was tampered with; the log itself must still verify as intact");
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Rule L1: each append gets the next sequence of its network's chain and is sealed into it.
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
            "L1: record " + i + " must carry the hash of record " + (i - 1) + " as its previous hash"
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
     * L1: 8 threads appending 50 records each to one network never fork its chain and lose no
     * record; the chain verifies afterwards.
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
      appendEntries(log, 20);
      List<AuditRecord> before = readAll(log, NETWORK);
      appendEntries(log, 5);
      assertEquals(
          before,
          readAll(log, NETWORK).subList(0, 20),
          "L2: appends must never change earlier records");
    }

    /** L3: reading pages from a sequence returns the records in sequence order. */
    @Test
    void l3_read_pagesInSequenceOrder() {
      appendEntries(log, 30);
      List<AuditRecord> all = log.read(NETWORK, 1, 100);
      assertEquals(30, all.size(), "L3: read returns every record up to maxCount");
      for (int i = 0; i < all.size(); i++) {
        assertEquals(i + 1, all.get(i).getSequence(), "L3: records in ascending sequence order");
      }
      List<AuditRecord> paged = new ArrayList<>();
      for (long from = 1; from <= 30; from += 7) {
        List<AuditRecord> page = log.read(NETWORK, from, 7);
        assertTrue(page.size() <= 7, "L3: at most maxCount records");
        assertEquals(from, page.get(0).getSequence(), "L3: a page starts at the sequence asked for");
        paged.addAll(page);
      }
      assertEquals(all, paged, "L3: pages read one after another make up the whole log");
      assertEquals(List.of(), log.read(NETWORK, 31, 10), "L3: beyond the last sequence reads empty");
    }

    /** L3: arguments below 1 or null are refused. */
    @Test
    void l3_read_refusesArgumentsBelowOneOrNull() {
      appendEntries(log, 2);
      assertThrows(
          InvalidValueException.class,
          () -> log.read(NETWORK, 0, 10),
          "L3: a sequence below 1 must be refused with InvalidValueException");
      assertThrows(
          InvalidValueException.class,
          () -> log.read(NETWORK, 1, 0),
          "L3: maxCount 0 must be refused with InvalidValueException");
      assertThrows(
          InvalidValueException.class,
          () -> log.read(null, 1, 1),
          "L3: a null network must be refused with InvalidValueException");
    }

    /** L3: readForCase returns the records of that case in that network only, in order. */
    @Test
    void l3_readForCase_returnsOnlyThatCaseOfThatNetworkInOrder() {
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
      log.append(SampleAuditEntries.entry(99, a, ClientNumber.of("C-1"), OTHER));
      List<Long> found = new ArrayList<>();
      for (AuditRecord r : log.readForCase(n, a)) {
        assertEquals(Optional.of(a), r.getCaseId(), "L3: readForCase returns that case only");
        assertEquals(n, r.getNetwork(), "L3: readForCase returns that network's records only");
        found.add(r.getSequence());
      }
      assertEquals(expected, found, "L3: readForCase returns every record of the case, in order");
      assertEquals(
          List.of(), log.readForCase(n, CaseId.of("kit-audit-none")), "L3: unknown case");
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
      appendEntries(log, 3);
      List<AuditRecord> read = log.read(NETWORK, 1, 10);
      List<AuditRecord> forCase = log.readForCase(NETWORK, SampleAuditEntries.CASE);
      List<AuditRecord> forClient = log.readForClient(NETWORK, SampleAuditEntries.CLIENT);
      Set<NetworkId> networks = log.networks();
      AuditRecord any = read.get(0);
      assertThrows(UnsupportedOperationException.class, () -> read.add(any), "L3: read is immutable");
      assertThrows(
          UnsupportedOperationException.class, () -> forCase.add(any), "L3: readForCase is immutable");
      assertThrows(
          UnsupportedOperationException.class,
          () -> forClient.add(any),
          "L3: readForClient is immutable");
      assertThrows(
          UnsupportedOperationException.class, () -> networks.add(OTHER), "L7: networks() is immutable");
      appendEntries(log, 2);
      assertEquals(3, read.size(), "L3: an earlier read must not grow with later appends");
    }
  }

  /**
   * Rule L4: verify checks every stored record of a chain against its head and finds every
   * altered, removed, reordered or duplicated record and every row beyond the head.
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
          "L1: the records read back must form an intact chain: " + chain.getExplanation().orElse(""));
      assertEquals(
          chain,
          log.verify(NETWORK),
          "L4: verify() must report what AuditChain.verify reports on the stored records");
      assertEquals(
          200, log.verify(NETWORK).getRecordsChecked(), "L4: verify() checks every record");
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
          t -> t.remove(NETWORK, RECORDS),
          "the last record was removed",
          RECORDS,
          Problem.MISSING);
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
     * L4: a correctly linked record stored after the last one without moving the head is found
     * as BEYOND_HEAD: verify reads every stored row, not only those the head counts.
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
                      RECORDS, record(RECORDS - 1).getHash(), AuditTampering.altered(record(RECORDS)).toEntry())),
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
        log.append(SampleAuditEntries.entry(i, SampleAuditEntries.CASE, SampleAuditEntries.CLIENT, OTHER));
      }
      AuditTampering t = tamperingOf(log, AuditSeal.sha256());
      t.overwrite(AuditTampering.altered(record(MIDDLE)));
      AuditLogVerification v = t.verify(log);
      assertFalse(v.isOk(), "L4: a broken chain makes the whole log broken");
      assertEquals(
          Set.of(NETWORK, OTHER), v.getChains().keySet(), "L4: verify() reports every chain");
      assertEquals(
          Set.of(NETWORK), v.getBroken().keySet(), "L4: only the tampered chain is broken");
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
      assertFound(log, t, AuditSeal.sha256(), t.verify(log, NETWORK), "L4", what, brokenAt, problem, true);
      assertFalse(t.verify(log).isOk(), "L4: verify() of the whole log must be broken too");
    }
  }

  /**
   * Rule L7: each network has a chain of its own.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L7 a chain per network")
  public class ChainPerNetwork {

    /** Creates the group; called by JUnit. */
    public ChainPerNetwork() {}

    /**
     * L7: appends to two networks, interleaved, give each network sequences from 1 after the
     * genesis hash, chained within the network only.
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
            "L7: record " + i + " of network " + NETWORK + " must follow that network's record "
                + (i - 1) + " only (the networks share one chain)");
        previousA = ra.getHash();
        if (i % 2 == 0) {
          AuditEntry b =
              SampleAuditEntries.entry(100 + i, SampleAuditEntries.CASE, SampleAuditEntries.CLIENT, OTHER);
          AuditRecord rb = log.append(b);
          assertEquals(
              AuditChain.link(i / 2, previousB, b),
              rb,
              "L7: network " + OTHER + " must have sequences of its own from 1 after the genesis"
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
          AuditCheckpoint.of(OTHER, 5, previousB), log.checkpoint(OTHER), "L7: each chain has its head");
    }

    /** L7: appending to one network leaves another's chain and head exactly as they were. */
    @Test
    void l7_appendsToOneNetwork_neverChangeAnother() {
      Assumptions.assumeTrue(
          capabilities().supportsMultipleNetworks(), capabilities().multipleNetworksSkip("L7"));
      for (int i = 1; i <= 5; i++) {
        log.append(SampleAuditEntries.entry(i, SampleAuditEntries.CASE, SampleAuditEntries.CLIENT, OTHER));
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
     * L7: 4 threads appending to each of two networks at once keep both chains gap-free and
     * intact.
     */
    @Test
    void l7_concurrentAppendsInTwoNetworks_keepBothChainsIntact() {
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
                            1000L * (thread + 1) + i, SampleAuditEntries.CASE, SampleAuditEntries.CLIENT, n)));
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
              i + 1, stored.get(i).getSequence(), "L7: sequences of " + n + " without gaps or repeats");
        }
        AuditVerification v = AuditChain.verify(stored);
        assertTrue(v.isOk(), "L7: concurrent appends forked the chain of " + n + ": " + v.getExplanation().orElse(""));
        assertEquals(v, log.verify(n), "L4: verify() must agree with AuditChain.verify");
      }
      assertTrue(log.verify().isOk(), "L7: both chains are intact");
    }
  }

  /**
   * Rule L8: a checkpoint taken earlier finds a truncation, a wipe and a rewrite with recomputed
   * hashes.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L8 checkpoints")
  public class Checkpoints {

    private static final int RECORDS = 40;
    private static final int CHECKPOINT = 30;

    /** Creates the group; called by JUnit. */
    public Checkpoints() {}

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
          AuditCheckpoint.of(NETWORK, 10, last.getHash()), cp, "L8: a checkpoint is size and last hash");
      assertEquals(AuditVerification.ok(10), log.verify(cp), "L8: the checkpoint holds");
      for (int i = 11; i <= 15; i++) {
        log.append(SampleAuditEntries.entry(i));
      }
      assertEquals(
          AuditVerification.ok(15), log.verify(cp), "L8: a checkpoint keeps holding as the chain grows");
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
     * L8: a record before the checkpoint rewritten, every later hash recomputed with SHA-256 and
     * the head moved to match, is found against the checkpoint as CHECKPOINT_MISMATCH.
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
      assertFound(log, t, AuditSeal.sha256(), t.verify(log, cp), "L8", what, brokenAt, problem, false);
    }
  }

  /** Overwrites a chain from a sequence on with recomputed SHA-256 hashes and moves the head. */
  static void rewrite(AuditTampering t, List<AuditRecord> chain, long fromSequence) {
    List<AuditRecord> forged =
        AuditTampering.rewritten(
            chain,
            fromSequence,
            e -> AuditEntry.builder().from(e).purpose("rewritten by an intruder").build());
    for (int i = (int) fromSequence - 1; i < forged.size(); i++) {
      t.overwrite(forged.get(i));
    }
    AuditRecord last = forged.get(forged.size() - 1);
    t.moveHead(last.getNetwork(), last.getSequence(), last.getHash());
  }

  /**
   * Rule L9: a log with a keyed seal finds a rewrite with recomputed SHA-256 hashes without a
   * checkpoint.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("L9 keyed seal")
  public class KeyedSeal {

    /** Creates the group; called by JUnit. */
    public KeyedSeal() {}

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
     * L9: a record rewritten with every later hash recomputed with plain SHA-256 and the head
     * moved to match is found as ALTERED at that record by verify() alone.
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

  /**
   * The rules this kit cannot check, reported as skips with the reason (see {@link KitRule}).
   *
   * @since 0.2
   */
  @Nested
  @DisplayName("untested rules")
  public class Untested {

    /** Creates the group; called by JUnit. */
    public Untested() {}

    /** L5: reported, not checked. */
    @Test
    void l5_untested_retentionIsAnOperatorsAction() {
      org.junit.jupiter.api.Assumptions.abort("L5 is not checked: purging old records is an operator's"
          + " action outside the port");
    }

    /** L6: reported, not checked. */
    @Test
    void l6_untested_recordsHoldNoCaseContent() {
      org.junit.jupiter.api.Assumptions.abort("L6 is not checked by the kit: it cannot tell case content"
          + " from a purpose text; the case service's hostile-input tests check that none reaches a record");
    }
  }
}
