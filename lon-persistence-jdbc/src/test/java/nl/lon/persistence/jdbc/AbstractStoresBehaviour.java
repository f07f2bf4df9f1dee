package nl.lon.persistence.jdbc;

import static nl.lon.persistence.jdbc.TestData.N1;
import static nl.lon.persistence.jdbc.TestData.N2;
import static nl.lon.persistence.jdbc.TestData.batch;
import static nl.lon.persistence.jdbc.TestData.entry;
import static nl.lon.persistence.jdbc.TestData.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.IdempotencyKeyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.audit.AuditVerification.Problem;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.memory.InMemoryAuditLog;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.testkit.sample.SamplePersonalData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Behaviour of the four JDBC adapters that is their own, run against each database by a subclass:
 * the schema and its migration, what the SQL storage does with unusual values, paging and storage
 * order in verification, tampering with rows and heads, transactions and locks, null arguments, and
 * the same answers as the in-memory reference. The numbered contract rules are checked by the
 * conformance kit ({@link H2ConformanceTest}, {@link PostgresConformanceTest}).
 */
abstract class AbstractStoresBehaviour {

  private static final CaseId C1 = CaseId.of("c1");
  private static final CaseId C2 = CaseId.of("c2");
  private static final CaseId C3 = CaseId.of("c3");

  /** A migrated-or-empty database for one test; the same schema state as a new database. */
  abstract DataSource openDatabase();

  /** Gives the database of one test back. */
  abstract void closeDatabase(DataSource dataSource);

  DataSource dataSource;
  JdbcStores stores;
  EventStore store;
  AuditLog log;
  PersonalDataVault vault;
  Directory directory;

  @BeforeEach
  void open() {
    dataSource = openDatabase();
    stores = JdbcStores.create(dataSource);
    store = stores.eventStore();
    log = stores.auditLog();
    vault = stores.personalDataVault();
    directory = stores.directory();
  }

  @AfterEach
  void close() {
    closeDatabase(dataSource);
  }

  void sql(String statement, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // =====================================================================================
  // schema

  @Test
  void migrate_again_appliesNothingAndKeepsData() {
    store.append(C1, N1, 0, batch(C1, 1, 2), Optional.empty());
    assertEquals(0, JdbcStores.migrate(dataSource));
    JdbcStores again = JdbcStores.create(dataSource);
    assertEquals(batch(C1, 1, 2), again.eventStore().read(C1));
    assertEquals(2, JdbcStores.withoutMigration(dataSource).eventStore().version(C1));
  }

  @Test
  void create_nullDataSource_isRejected() {
    assertThrows(InvalidValueException.class, () -> JdbcStores.create(null));
    assertThrows(InvalidValueException.class, () -> new JdbcEventStore(null));
    assertThrows(InvalidValueException.class, () -> new JdbcAuditLog(null));
    assertThrows(InvalidValueException.class, () -> new JdbcPersonalDataVault(null));
    assertThrows(InvalidValueException.class, () -> new JdbcDirectory(null));
  }

  // =====================================================================================
  // event store: storage

  @Test
  void append_signalWithEscapesAndUnicode_roundTripsThroughCodec() {
    CaseEvent signal = TestData.signal(C1, N1);
    store.append(C1, N1, 0, List.of(signal), Optional.empty());
    assertEquals(List.of(signal), store.read(C1));
    assertEquals(signal, store.readNetwork(N1, 0, 10).get(0).getEvent());
  }

  @Test
  void append_callerChangesListAfterwards_storeUnaffected() {
    List<CaseEvent> events = new ArrayList<>(batch(C1, 1, 2));
    store.append(C1, N1, 0, events, Optional.empty());
    events.clear();
    assertEquals(2, store.read(C1).size());
  }

  // =====================================================================================
  // event store: conflicts the database finds

  @Test
  void append_sequenceTakenBehindTheStreamRow_isRefusedByTheUniqueConstraint() {
    store.append(C1, N1, 0, batch(C1, 1, 1), Optional.empty());
    // a row written around the adapter: sequence 2 is taken, the stream row still says 1, so the
    // fast path lets the append through and only the database can refuse it
    sql(
        "INSERT INTO lon_events (global_position, stream_id, seq_no, network_id, event_type,"
            + " payload) VALUES (1000, 'c1', 2, 'n1', 'CASE_REOPENED', ?)",
        nl.lon.persistence.codec.EventCodec.create().encode(event(C1, 2)));
    ConcurrencyConflictException e =
        assertThrows(
            ConcurrencyConflictException.class,
            () -> store.append(C1, N1, 1, batch(C1, 2, 1), Optional.of("k")));
    assertEquals(1, e.getExpectedVersion());
    assertEquals(2, e.getActualVersion(), "the version read after the rollback");
    // nothing of the refused batch stayed: no key, and the position counter was rolled back
    assertEquals(1, store.version(C1));
    AppendResult next = store.append(C2, N1, 0, batch(C2, 1, 1), Optional.of("k"));
    assertFalse(next.isDuplicate());
    assertEquals(List.of(2L), next.getPositions());
  }

  // =====================================================================================
  // event store: the order of the checks

  @Test
  void append_sameKeyAfterLaterAppends_stillReturnsEarlierResult() {
    AppendResult first = store.append(C1, N1, 0, batch(C1, 1, 1), Optional.of("cmd-1"));
    store.append(C1, N1, 1, batch(C1, 2, 1), Optional.of("cmd-2"));
    AppendResult again = store.append(C1, N1, 0, batch(C1, 1, 1), Optional.of("cmd-1"));
    // the same batch under its key is answered from the key although the stream moved on (A2
    // before A4)
    assertEquals(first.asDuplicate(), again);
    // the same key with another batch is never answered with the earlier result: it is refused
    // before the network and version checks (A2 before A3 and A4), and writes nothing
    assertThrows(
        IdempotencyKeyConflictException.class,
        () -> store.append(C1, N2, 7, batch(C1, 8, 1), Optional.of("cmd-1")));
    assertEquals(2, store.version(C1));
  }

  // =====================================================================================
  // event store: same answers as the in-memory reference

  @Test
  @Timeout(120)
  void randomOperations_sameAnswersAsInMemoryReference() {
    EventStore reference = new InMemoryEventStore();
    Random random = new Random(20260302);
    CaseId[] streams = {C1, C2, C3, CaseId.of("c4")};
    NetworkId[] networks = {N1, N2};
    for (int op = 0; op < 300; op++) {
      CaseId s = streams[random.nextInt(streams.length)];
      NetworkId n = random.nextInt(10) == 0 ? N2 : (s.equals(C2) ? N2 : N1);
      long version = reference.version(s);
      long expected =
          switch (random.nextInt(6)) {
            case 0 -> Math.max(0, version - 1);
            case 1 -> version + 1;
            default -> version;
          };
      int count = 1 + random.nextInt(3);
      List<CaseEvent> events = batch(s, expected + 1, count);
      Optional<String> key =
          random.nextBoolean() ? Optional.of("key-" + random.nextInt(40)) : Optional.empty();
      String want = outcome(() -> reference.append(s, n, expected, events, key));
      String got = outcome(() -> store.append(s, n, expected, events, key));
      assertEquals(want, got, "operation " + op);
    }
    for (CaseId s : streams) {
      assertEquals(reference.read(s), store.read(s));
      assertEquals(reference.version(s), store.version(s));
      assertEquals(reference.read(s, 3), store.read(s, 3));
    }
    for (NetworkId n : networks) {
      assertEquals(reference.readNetwork(n, 0, 1000), store.readNetwork(n, 0, 1000));
      assertEquals(reference.readNetwork(n, 7, 5), store.readNetwork(n, 7, 5));
      assertEquals(reference.streams(n), store.streams(n));
    }
  }

  private static String outcome(Supplier<AppendResult> append) {
    try {
      return append.get().toString();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  // =====================================================================================
  // audit log

  @Test
  void audit_sameRecordsAndHashesAsInMemoryReference() {
    AuditLog reference = new InMemoryAuditLog();
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      entries.add(entry(i, "c" + (i % 3), "C" + (i % 2), i % 4 == 0 ? "n2" : "n1"));
    }
    entries.add(TestData.richEntry());
    entries.add(TestData.refusedEntryOfAnUnknownActor());
    entries.add(
        AuditEntry.builder()
            .from(entry(99, "c1", "C1", "n1"))
            .caseId(Optional.empty())
            .client(Optional.empty())
            .actorOrganisation(Optional.empty())
            .operation("search")
            .action(AuditAction.EXECUTE)
            .build());
    for (AuditEntry e : entries) {
      assertEquals(reference.append(e), log.append(e));
    }
    assertEquals(reference.networks(), log.networks());
    for (NetworkId n : reference.networks()) {
      assertEquals(reference.read(n, 1, 100), log.read(n, 1, 100));
      assertEquals(reference.checkpoint(n), log.checkpoint(n));
      assertEquals(reference.readForCase(n, CaseId.of("c1")), log.readForCase(n, CaseId.of("c1")));
    }
    assertEquals(reference.verify(), log.verify());
    NetworkId rich = TestData.richEntry().getNetwork();
    assertEquals(
        reference.readForCase(rich, CaseId.of("c-9")), log.readForCase(rich, CaseId.of("c-9")));
  }

  @Test
  void audit_everyFact_roundTripsExactly() {
    AuditEntry rich = TestData.richEntry();
    AuditRecord r = log.append(rich);
    AuditRecord stored = log.read(rich.getNetwork(), 1, 1).get(0);
    assertEquals(r, stored);
    assertEquals(rich, stored.toEntry());
    assertEquals(rich.getRuleIds(), stored.getRuleIds());
    assertEquals(rich.getDetails(), stored.getDetails());
    AuditEntry bounds =
        AuditEntry.builder()
            .from(rich)
            .occurredAt(Instant.parse("1900-01-01T00:00:00Z"))
            .actorOrganisation(Optional.empty())
            .details(java.util.Map.of())
            .ruleIds(List.of())
            .build();
    log.append(bounds);
    log.append(
        AuditEntry.builder()
            .from(bounds)
            .occurredAt(Instant.parse("2199-12-31T23:59:59Z"))
            .build());
    List<AuditRecord> all = log.read(rich.getNetwork(), 1, 10);
    assertEquals(bounds, all.get(1).toEntry());
    assertEquals(Instant.parse("2199-12-31T23:59:59Z"), all.get(2).getOccurredAt());
    assertTrue(log.verify(rich.getNetwork()).isOk());
  }

  @Test
  void audit_detailsEncoding_roundTripsAndRejectsMalformedText() {
    java.util.Map<String, String> details = new java.util.TreeMap<>();
    details.put("a", "");
    details.put("b.c", "x;y=z\\w\\;");
    details.put("businessDate", "2027-04-22");
    String text = JdbcAuditLog.encodeDetails(details);
    assertEquals("a=;b.c=x\\;y\\=z\\\\w\\\\\\;;businessDate=2027-04-22", text);
    assertEquals(details, JdbcAuditLog.decodeDetails(text));
    assertEquals(java.util.Map.of(), JdbcAuditLog.decodeDetails(""));
    assertThrows(IllegalArgumentException.class, () -> JdbcAuditLog.decodeDetails("novalue"));
    assertThrows(IllegalArgumentException.class, () -> JdbcAuditLog.decodeDetails("a=1;a=2"));
    assertThrows(IllegalArgumentException.class, () -> JdbcAuditLog.decodeDetails("a=1\\"));
  }

  @Test
  void audit_verify_afterAppendsAcrossSeveralPages_isOk() {
    JdbcAuditLog paged = new JdbcAuditLog(dataSource, 7);
    assertTrue(paged.verify().isOk());
    assertEquals(0, paged.verify(N1).getRecordsChecked());
    int n = 3 * 7 + 3;
    for (int i = 1; i <= n; i++) {
      paged.append(entry(i, "c" + (i % 3), "C" + (i % 2), "n1"));
      if (i % 7 == 0) {
        assertTrue(paged.verify(N1).isOk(), "after " + i);
      }
    }
    AuditVerification v = paged.verify(N1);
    assertTrue(v.isOk(), v.toString());
    assertEquals(n, v.getRecordsChecked());
    assertEquals(n, paged.size(N1));
    assertEquals(v, log.verify(N1));
    // a problem on a later page is reported with the records checked on earlier pages
    sql("UPDATE lon_audit_records SET operation = 'read-timeline' WHERE seq_no = 16");
    AuditVerification broken = paged.verify(N1);
    assertEquals(Optional.of(Problem.ALTERED), broken.getProblem());
    assertEquals(16, broken.getBrokenSequence().getAsLong());
    assertEquals(15, broken.getRecordsChecked());
    assertEquals(broken, log.verify(N1));
  }

  @Test
  void audit_readForCaseAndClient_filterInSequenceOrder() {
    log.append(entry(1, "c1", "C1", "n1"));
    log.append(entry(2, "c2", "C2", "n1"));
    log.append(entry(3, "c1", "C1", "n1"));
    log.append(entry(4, "c1", "C1", "n2"));
    assertEquals(
        List.of(1L, 3L),
        log.readForCase(N1, CaseId.of("c1")).stream().map(AuditRecord::getSequence).toList());
    assertEquals(
        List.of(1L),
        log.readForCase(N2, CaseId.of("c1")).stream().map(AuditRecord::getSequence).toList());
    assertEquals(
        List.of(1L, 3L),
        log.readForClient(N1, ClientNumber.of("C1")).stream()
            .map(AuditRecord::getSequence)
            .toList());
    assertEquals(List.of(), log.readForCase(N1, CaseId.of("nope")));
    assertThrows(InvalidValueException.class, () -> log.readForCase(N1, null));
    assertThrows(InvalidValueException.class, () -> log.readForCase(null, CaseId.of("c1")));
    assertThrows(InvalidValueException.class, () -> log.readForClient(null, ClientNumber.of("C1")));
    assertThrows(InvalidValueException.class, () -> log.readForClient(N1, null));
    assertThrows(InvalidValueException.class, () -> log.append(null));
    assertThrows(InvalidValueException.class, () -> log.verify((NetworkId) null));
    assertThrows(InvalidValueException.class, () -> log.verify((AuditCheckpoint) null));
    assertThrows(InvalidValueException.class, () -> log.checkpoint(null));
    assertThrows(InvalidValueException.class, () -> log.size(null));
  }

  @Test
  void audit_verify_findsRecordsSwappedInStorage_evenAcrossPages() {
    JdbcAuditLog paged = new JdbcAuditLog(dataSource, 7);
    for (int i = 1; i <= 20; i++) {
      log.append(entry(i, "c1", "C1", "n1"));
    }
    // an intruder exchanges the storage places of records 7 and 8 (a page ends after 7)
    sql("UPDATE lon_audit_records SET chain_position = 1000 WHERE chain_position = 7");
    sql("UPDATE lon_audit_records SET chain_position = 7 WHERE chain_position = 8");
    sql("UPDATE lon_audit_records SET chain_position = 8 WHERE chain_position = 1000");
    List<AuditRecord> stored = log.read(N1, 1, 100);
    assertEquals(8, stored.get(6).getSequence(), "reads follow the storage order");
    AuditVerification whole = AuditChain.verify(stored);
    assertEquals(Optional.of(Problem.REORDERED), whole.getProblem());
    assertEquals(7, whole.getBrokenSequence().getAsLong());
    assertEquals(whole, log.verify(N1));
    assertEquals(whole, paged.verify(N1));
  }

  @Test
  void audit_verify_reportsUnreadableRowAsAltered() {
    for (int i = 1; i <= 3; i++) {
      log.append(entry(i, "c1", "C1", "n1"));
    }
    sql("UPDATE lon_audit_records SET record_hash = 'not-a-hash' WHERE seq_no = 2");
    AuditVerification v = log.verify(N1);
    assertEquals(Optional.of(Problem.ALTERED), v.getProblem());
    assertEquals(2, v.getBrokenSequence().getAsLong());
    assertEquals(1, v.getRecordsChecked());
    assertThrows(JdbcStoreException.class, () -> log.read(N1, 1, 10));
  }

  @Test
  void audit_verify_walksEveryRow_alsoBeyondTheHeadAndAtOddPositions() {
    JdbcAuditLog paged = new JdbcAuditLog(dataSource, 7);
    for (int i = 1; i <= 14; i++) {
      log.append(entry(i, "c1", "C1", "n1"));
    }
    AuditRecord last = log.read(N1, 14, 1).get(0);
    AuditRecord next = AuditChain.link(15, last.getHash(), entry(15, "c1", "C1", "n1"));
    // an intruder inserts a correctly linked row after the head (the head still says 14)
    sql(
        "INSERT INTO lon_audit_records SELECT network_id, 15, 15, event_id, occurred_at, actor_id,"
            + " actor_organisation_id, on_behalf_of, client_number, case_id, audit_action, operation,"
            + " data_categories, purpose, emergency_reason, authorised, relationship_to_case,"
            + " consent_or_legal_basis, emergency_override, legal_basis, outcome, rule_ids, details,"
            + " record_hash, ? FROM lon_audit_records WHERE seq_no = 14",
        next.getHash());
    sql(
        "UPDATE lon_audit_records SET event_id = ?, occurred_at = ?, audit_action = ?, operation = ?,"
            + " relationship_to_case = ?, outcome = ? WHERE seq_no = 15",
        next.getEventId(),
        java.time.OffsetDateTime.ofInstant(next.getOccurredAt(), java.time.ZoneOffset.UTC),
        next.getAction().name(),
        next.getOperation(),
        next.getChecks().isRelationshipToCase(),
        next.getOutcome().name());
    assertEquals(next, log.read(N1, 15, 1).get(0), "the forged row reads back as a linked record");
    assertTrue(AuditChain.verify(log.read(N1, 1, 100)).isOk(), "the rows alone form a chain");
    for (AuditLog l : List.of(log, paged)) {
      AuditVerification v = l.verify(N1);
      assertEquals(Optional.of(Problem.BEYOND_HEAD), v.getProblem(), v.toString());
      assertEquals(15, v.getBrokenSequence().getAsLong());
      assertEquals(14, v.getRecordsChecked());
    }
    // a row moved to a position before every other is still walked
    sql("DELETE FROM lon_audit_records WHERE seq_no = 15");
    sql("UPDATE lon_audit_records SET chain_position = -5 WHERE seq_no = 9");
    AuditVerification v = paged.verify(N1);
    assertEquals(Optional.of(Problem.REORDERED), v.getProblem(), v.toString());
    assertEquals(1, v.getBrokenSequence().getAsLong());
    assertEquals(v, log.verify(N1));
  }

  @Test
  void audit_rowsWithoutAHead_areBeyondTheHead_andTheirNetworkIsListed() {
    log.append(entry(1, "c1", "C1", "n1"));
    log.append(entry(2, "c1", "C1", "n2"));
    sql("DELETE FROM lon_audit_heads WHERE network_id = 'n2'");
    assertEquals(Set.of(N1, N2), log.networks());
    assertEquals(0, log.size(N2));
    AuditLogVerification all = log.verify();
    assertEquals(Set.of(N2), all.getBroken().keySet(), all.toString());
    assertEquals(Optional.of(Problem.BEYOND_HEAD), all.getChains().get(N2).getProblem());
    sql("UPDATE lon_audit_heads SET last_hash = 'x' WHERE network_id = 'n1'");
    assertEquals(Optional.of(Problem.BROKEN_LINK), log.verify(N1).getProblem());
    assertThrows(JdbcStoreException.class, () -> log.checkpoint(N1));
  }

  @Test
  void audit_keyedStores_sealWithTheKey_andFindAPlainRewriteWithoutCheckpoint() {
    byte[] key =
        "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    AuditSeal seal = AuditSeal.hmacSha256(key);
    AuditLog keyed = JdbcStores.create(dataSource, seal).auditLog();
    for (int i = 1; i <= 4; i++) {
      keyed.append(entry(i, "c1", "C1", "n1"));
    }
    List<AuditRecord> chain = keyed.read(N1, 1, 10);
    assertTrue(AuditChain.verify(chain, seal).isOk());
    assertFalse(AuditChain.verify(chain).isOk(), "not plain SHA-256");
    assertTrue(keyed.verify().isOk());
    assertFalse(log.verify(N1).isOk(), "a log without the key cannot verify a keyed chain");
    // rewrite record 2 and recompute every later hash, and the head, with plain SHA-256
    String previous = chain.get(0).getHash();
    for (int i = 2; i <= 4; i++) {
      AuditEntry facts = chain.get(i - 1).toEntry();
      if (i == 2) {
        facts = AuditEntry.builder().from(facts).purpose("rewritten").build();
      }
      AuditRecord forged = AuditChain.link(i, previous, facts);
      sql(
          "UPDATE lon_audit_records SET purpose = ?, previous_hash = ?, record_hash = ? WHERE seq_no = ?",
          forged.getPurpose(),
          forged.getPreviousHash(),
          forged.getHash(),
          (long) i);
      previous = forged.getHash();
    }
    sql("UPDATE lon_audit_heads SET last_hash = ? WHERE network_id = 'n1'", previous);
    AuditVerification v = keyed.verify(N1);
    assertEquals(Optional.of(Problem.ALTERED), v.getProblem(), v.toString());
    assertEquals(2, v.getBrokenSequence().getAsLong());
    assertThrows(InvalidValueException.class, () -> JdbcStores.create(dataSource, null));
    assertThrows(InvalidValueException.class, () -> new JdbcAuditLog(dataSource, (AuditSeal) null));
    assertFalse(keyed.toString().contains("0123456789abcdef"));
  }

  @Test
  @Timeout(60)
  void audit_appendInTransaction_doesNotCommit_andLocksOnlyItsNetwork() throws Exception {
    JdbcAuditLog jdbc = stores.auditLog();
    log.append(entry(1, "c1", "C1", "n1"));
    log.append(entry(2, "c1", "C1", "n2"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      AuditRecord pending = jdbc.appendInTransaction(c, entry(3, "c1", "C1", "n1"));
      assertEquals(2, pending.getSequence());
      assertEquals(1, log.size(N1), "nothing is committed yet");
      // the open transaction holds network n1's head: an append to n2 does not wait for it
      Future<AuditRecord> other = pool.submit(() -> log.append(entry(4, "c1", "C1", "n2")));
      assertEquals(2, other.get(20, TimeUnit.SECONDS).getSequence());
      Future<AuditRecord> same = pool.submit(() -> log.append(entry(5, "c1", "C1", "n1")));
      assertThrows(
          java.util.concurrent.TimeoutException.class,
          () -> same.get(300, TimeUnit.MILLISECONDS),
          "an append to n1 waits for the open transaction");
      c.commit();
      assertEquals(3, same.get(30, TimeUnit.SECONDS).getSequence());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(3, log.size(N1));
    assertTrue(log.verify().isOk(), () -> log.verify().toString());
  }

  @Test
  @Timeout(120)
  void audit_racingFirstAppendsToNewNetworks_insertOneHeadEach() throws Exception {
    int threads = 6;
    int networks = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int n = 0; n < networks; n++) {
        String network = "fresh-" + n;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          AuditLog own = new JdbcAuditLog(dataSource);
          futures.add(
              pool.submit(
                  () -> {
                    start.await();
                    for (int i = 0; i < 3; i++) {
                      own.append(entry(thread * 100 + i, "c1", "C1", network));
                    }
                    return null;
                  }));
        }
        for (Future<?> f : futures) {
          f.get(60, TimeUnit.SECONDS);
        }
        AuditVerification v = log.verify(NetworkId.of(network));
        assertTrue(v.isOk(), v.toString());
        assertEquals(threads * 3, v.getRecordsChecked());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(networks, log.networks().size());
  }

  @Test
  @Timeout(120)
  void audit_concurrentAppendsOnManyConnections_chainStaysIntact() throws Exception {
    int threads = 8;
    int perThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        // a separate adapter per thread: nothing is shared but the database
        AuditLog own = new JdbcAuditLog(dataSource);
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    own.append(
                        entry(
                            thread * 1000 + i, "c" + thread, "C1", thread % 2 == 0 ? "n1" : "n2"));
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    AuditLogVerification v = log.verify();
    assertTrue(v.isOk(), v.toString());
    assertEquals(threads * perThread, v.getRecordsChecked());
    assertEquals(threads * perThread / 2, log.size(N1));
    assertEquals(threads * perThread / 2, log.size(N2));
  }

  // =====================================================================================
  // vault

  @Test
  void vault_nulls_areRejected() {
    ClientNumber client = ClientNumber.of("C-1");
    CaseId caseId = CaseId.of("case-1");
    assertEquals(
        "PersonalDataVault.data",
        assertThrows(InvalidValueException.class, () -> vault.put(N1, client, caseId, null))
            .getField());
    assertEquals(
        "PersonalDataVault.caseId",
        assertThrows(
                InvalidValueException.class,
                () -> vault.put(N1, client, null, SamplePersonalData.of(1)))
            .getField());
    assertEquals(
        "PersonalDataVault.network",
        assertThrows(InvalidValueException.class, () -> vault.get(null, client, caseId))
            .getField());
    assertEquals(
        "PersonalDataVault.caseId",
        assertThrows(InvalidValueException.class, () -> vault.get(N1, client, null)).getField());
    assertEquals(
        "PersonalDataVault.client",
        assertThrows(InvalidValueException.class, () -> vault.erase(N1, null)).getField());
    assertThrows(InvalidValueException.class, () -> vault.contains(null, null, null));
  }

  // =====================================================================================
  // directory

  @Test
  void directory_organisations_keepKindRingAndMandate() {
    PartnerOrganisation ggd = TestData.organisation("ggd", PartnerKind.GGD);
    PartnerOrganisation police = TestData.shellPoliceWithMandate();
    directory.put(ggd);
    directory.put(police);
    assertEquals(Optional.of(ggd), directory.organisation(OrganisationId.of("ggd")));
    assertEquals(Optional.of(police), directory.organisation(OrganisationId.of("politie")));
    assertEquals(Optional.empty(), directory.organisation(OrganisationId.of("x")));
  }

  @Test
  void directory_professionals_perNetworkSortedById() {
    directory.put(TestData.professional("p2", N1));
    directory.put(TestData.professional("P1", N1));
    directory.put(TestData.professional("p1", N1));
    directory.put(TestData.professional("p3", N2));
    assertEquals(
        List.of(
            TestData.professional("P1", N1),
            TestData.professional("p1", N1),
            TestData.professional("p2", N1)),
        directory.professionals(N1));
    assertEquals(List.of(TestData.professional("p3", N2)), directory.professionals(N2));
    // moving a professional to another network moves them in the lists too
    directory.put(TestData.professional("p2", N2));
    assertEquals(2, directory.professionals(N1).size());
    assertEquals(
        Optional.of(TestData.professional("p2", N2)),
        directory.professional(ProfessionalId.of("p2")));
    assertEquals(List.of(), directory.professionals(NetworkId.of("n9")));
  }

  @Test
  void directory_nulls_areRejected() {
    assertThrows(
        InvalidValueException.class, () -> directory.put((nl.lon.core.network.Network) null));
    assertThrows(InvalidValueException.class, () -> directory.network(null));
    assertThrows(InvalidValueException.class, () -> directory.professionals(null));
    assertThrows(InvalidValueException.class, () -> directory.professional(null));
    assertThrows(InvalidValueException.class, () -> directory.organisation(null));
  }
}
