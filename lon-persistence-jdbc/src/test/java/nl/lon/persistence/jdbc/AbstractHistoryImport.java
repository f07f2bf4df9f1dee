package nl.lon.persistence.jdbc;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.ORGANISATIONS;
import static nl.lon.core.testing.Cast.OTHER_LON;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static nl.lon.core.testing.Cast.PROFESSIONALS;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.Commands.adoptPlan;
import static nl.lon.rules.testing.Commands.appoint;
import static nl.lon.rules.testing.Commands.close;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.evaluate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.picture;
import static nl.lon.rules.testing.Commands.progress;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.rules.testing.Commands.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Professional;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;
import nl.lon.service.history.HistoryAct;
import nl.lon.service.history.HistoryFormat;
import nl.lon.service.history.HistoryImporter;
import nl.lon.service.history.ImportReport;
import nl.lon.service.history.ImportRuleId;
import nl.lon.testkit.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history importer on one storage: a valid file, a file with every kind of error, the same file
 * twice, a file cut short, a changed line after an import, and who may import.
 */
abstract class AbstractHistoryImport {

  /** The storage under test, empty. */
  abstract Stores openStores();

  /** Frees the storage. */
  abstract void closeStores(Stores stores);

  private static final MethodologyProfile PROFILE = MethodologyProfile.rotterdam();
  private static final LocalDate DAY_0 = LocalDate.of(2024, 3, 4);
  private static final Purpose PURPOSE = Purpose.of("import the history of the former system");

  @TempDir Path dir;

  private Stores stores;
  private TestClock clock;
  private HistoryImporter importer;

  @BeforeEach
  void setUp() {
    stores = openStores();
    stores.directory().put(LON);
    stores.directory().put(OTHER_LON);
    ORGANISATIONS.forEach(stores.directory()::put);
    PROFESSIONALS.forEach(stores.directory()::put);
    clock = TestClock.at(LocalDate.of(2026, 1, 12));
    importer =
        HistoryImporter.builder()
            .stores(stores)
            .profile(NETWORK, PROFILE)
            .profile(OTHER_NETWORK, PROFILE)
            .clock(clock)
            .build();
  }

  @AfterEach
  void tearDown() {
    closeStores(stores);
  }

  // ---------------------------------------------------------------- the file

  private static String line(CaseId c, LocalDate d, Professional p, CaseCommand act) {
    return HistoryFormat.encode(new HistoryAct(c, NETWORK, d, p.getId(), act));
  }

  /** A whole case from signal to closure: ten acts over two months. */
  private static List<String> caseLines(String id, LocalDate d0) {
    CaseId c = CaseId.of(id);
    return new ArrayList<>(
        List.of(
            line(c, d0, HOUSING_MEMBER, reportSignal(c, ClientNumber.of("C-" + id), d0)),
            line(c, d0.plusDays(1), NETWORK_DIRECTOR, judgeInScope()),
            line(c, d0.plusDays(3), NETWORK_DIRECTOR, coordinate(d0.plusDays(3))),
            line(c, d0.plusDays(5), NETWORK_DIRECTOR, appoint(PROFILE)),
            line(c, d0.plusDays(8), TRAJECTORY_DIRECTOR, scan(d0.plusDays(8))),
            line(c, d0.plusDays(9), NETWORK_DIRECTOR, picture()),
            line(c, d0.plusDays(12), TRAJECTORY_DIRECTOR, adoptPlan(d0.plusDays(12))),
            line(c, d0.plusDays(30), TRAJECTORY_DIRECTOR, progress(false)),
            line(c, d0.plusDays(60), TRAJECTORY_DIRECTOR, evaluate(EvaluationDecision.CLOSE)),
            line(c, d0.plusDays(61), TRAJECTORY_DIRECTOR, close(PROFILE))));
  }

  private Path write(String name, List<String> lines) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private ImportReport run(Path file) {
    return importer.importFile(NETWORK_DIRECTOR.getId(), PURPOSE, file);
  }

  private List<String> valid() {
    List<String> all = new ArrayList<>();
    all.addAll(caseLines("h-1", DAY_0));
    all.addAll(caseLines("h-2", DAY_0.plusDays(7)));
    all.addAll(caseLines("h-3", DAY_0.plusDays(14)));
    return all;
  }

  private long version(String id) {
    return stores.eventStore().version(CaseId.of(id));
  }

  private List<AuditRecord> audit() {
    return stores.auditLog().read(NETWORK, 1, 10_000);
  }

  // ---------------------------------------------------------------- tests

  @Test
  void validFile_importsEveryCaseAsOneAuditedAppend() throws Exception {
    ImportReport r = run(write("export.jsonl", valid()));

    assertEquals(3, r.getCasesImported(), r::toText);
    assertEquals(0, r.getCasesRefused(), r::toText);
    assertEquals(0, r.getBadLines().size());
    assertEquals(30, r.getActsImported());
    assertEquals(30, r.getLines());
    assertEquals(30, r.getEventsWritten());
    CaseState s = CaseState.replay(stores.eventStore().read(CaseId.of("h-2")));
    assertEquals(CaseStatus.CLOSED, s.getStatus());
    List<CaseEvent> h1 = stores.eventStore().read(CaseId.of("h-1"));
    assertEquals(DAY_0, h1.get(0).getBusinessDate());
    assertEquals(DAY_0.plusDays(61), h1.get(9).getBusinessDate());
    // the history is the case service's own: it reads it and goes on with it
    CaseService service =
        CaseService.builder().stores(stores).profile(NETWORK, PROFILE).clock(clock).build();
    assertEquals(10, service.timeline(NETWORK_DIRECTOR.getId(), PURPOSE, CaseId.of("h-3")).size());

    List<AuditRecord> cases =
        audit().stream()
            .filter(a -> a.getOperation().equals(HistoryImporter.OPERATION_CASE))
            .collect(Collectors.toList());
    assertEquals(3, cases.size());
    AuditRecord second = cases.get(1);
    assertEquals(Optional.of(CaseId.of("h-2")), second.getCaseId());
    assertEquals(AuditOutcome.ALLOWED, second.getOutcome());
    assertEquals("export.jsonl", second.getDetails().get("file"));
    assertEquals("11-20", second.getDetails().get("lines"));
    assertEquals("10", second.getDetails().get("acts"));
    AuditRecord run = importRecord();
    assertEquals(NETWORK_DIRECTOR.getId(), run.getActor());
    assertEquals("export.jsonl", run.getDetails().get("file"));
    assertEquals("3", run.getDetails().get("casesImported"));
    assertEquals("30", run.getDetails().get("lines"));
    assertTrue(r.toHtml().contains("<td>3</td>"), r::toHtml);
    assertTrue(r.toText().contains("cases imported:         3"), r::toText);
  }

  /**
   * More cases than the writer holds waiting: every one is written (and its audit record is in the
   * chain, in the order of the file) when the call returns.
   */
  @Test
  void manyCases_allWrittenInFileOrderWhenTheCallReturns() throws Exception {
    List<String> all = new ArrayList<>();
    int cases = 150;
    for (int i = 1; i <= cases; i++) {
      all.addAll(caseLines("m-" + i, DAY_0.plusDays(i % 20)));
    }
    all.addAll(5 * 10, List.of("{\"case\":\"m-bad\",")); // a refused case among them

    ImportReport r = run(write("many.jsonl", all));

    assertEquals(cases, r.getCasesImported(), r::toText);
    assertEquals(1, r.getCasesRefused(), r::toText);
    for (int i = 1; i <= cases; i++) {
      assertEquals(10, version("m-" + i), "m-" + i);
    }
    List<String> order =
        audit().stream()
            .filter(a -> a.getOperation().equals(HistoryImporter.OPERATION_CASE))
            .map(a -> a.getCaseId().orElseThrow().getValue())
            .collect(Collectors.toList());
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= cases; i++) {
      expected.add("m-" + i);
    }
    expected.add(5, "m-bad");
    assertEquals(expected, order);
    assertEquals(String.valueOf(cases), importRecord().getDetails().get("casesImported"));
  }

  /** A line with an unknown member (which the format ignores) that makes it {@code length} long. */
  private static String padded(String line, int length) {
    String head = line.substring(0, line.length() - 1) + ",\"padding\":\"";
    return head + "x".repeat(Math.max(0, length - head.length() - 2)) + "\"}";
  }

  /** A line longer than the format allows refuses its case, named from the line's beginning. */
  @Test
  void lineLongerThanTheFormatAllows_refusesItsCaseOnly() throws Exception {
    List<String> all = new ArrayList<>(caseLines("ok-1", DAY_0));
    List<String> big = caseLines("long-line", DAY_0);
    big.set(4, padded(big.get(4), HistoryFormat.MAX_LINE_CHARACTERS + 1)); // line 15
    all.addAll(big);
    all.addAll(caseLines("ok-2", DAY_0));
    all.add(1, padded(all.get(1), HistoryFormat.MAX_LINE_CHARACTERS)); // as long as allowed
    all.remove(2);

    ImportReport r = run(write("long.jsonl", all));

    assertEquals(2, r.getCasesImported(), r::toText);
    ImportReport.CaseRefusal refused = refusal(r, "long-line");
    assertEquals(15, refused.line());
    assertEquals(ImportRuleId.LINE_TOO_LONG.getId(), refused.ruleId());
    assertEquals(0, version("long-line"));
    assertEquals(10, version("ok-2"));
  }

  /**
   * A line too long to read whose fields hold a {@code "case"} of their own is the case's of its
   * top level: the case before it is not cut short, and the line's own case is refused.
   */
  @Test
  void lineTooLongNamingAnotherCaseInItsFields_refusesItsOwnCaseOnly() throws Exception {
    List<String> all = new ArrayList<>(caseLines("case-a", DAY_0));
    List<String> b = caseLines("case-b", DAY_0);
    // the fields first, holding a "case" and more than the line's maximum; the line's own case
    // after
    String judge = b.get(1);
    int at = judge.indexOf(",\"fields\":{");
    String envelope = judge.substring(1, at);
    String fields = judge.substring(at + ",\"fields\":{".length(), judge.length() - 1);
    b.set(
        1,
        "{\"fields\":{\"case\":\"case-a\",\"pad\":\""
            + "x".repeat(1_000_000)
            + "\","
            + fields
            + ","
            + envelope
            + "}");
    all.addAll(b);

    ImportReport r = run(write("nested.jsonl", all));

    assertEquals(10, version("case-a"), r::toText);
    assertEquals(0, version("case-b"), r::toText);
    assertEquals(ImportRuleId.LINE_TOO_LONG.getId(), refusal(r, "case-b").ruleId(), r::toText);
    assertEquals(1, r.getCasesImported(), r::toText);
  }

  /** A file of many bad lines: all counted, the first listed, the good case after imported. */
  @Test
  void manyBadLines_countedAllListedFirstAndTheCasesAfterImported() throws Exception {
    int bad = ImportReport.MAX_LISTED + 5;
    List<String> all = new ArrayList<>();
    for (int i = 0; i < bad; i++) {
      all.add("x");
    }
    all.addAll(caseLines("after-noise", DAY_0));

    ImportReport r = run(write("noise.jsonl", all));

    assertEquals(bad, r.getBadLineCount());
    assertEquals(ImportReport.MAX_LISTED, r.getBadLines().size());
    assertEquals(1, r.getBadLines().get(0).line());
    assertEquals(1, r.getCasesImported(), () -> "imported " + r.getCasesImported());
    assertEquals(String.valueOf(bad), importRecord().getDetails().get("badLines"));
    assertTrue(r.toText().contains("bad lines:              " + bad), r::toText);
  }

  /** A schema number beyond 64 bits is no schema 1. */
  @Test
  void schemaNumberBeyondLong_refusedAsUnsupported() throws Exception {
    List<String> lines = caseLines("big-schema", DAY_0);
    lines.set(0, lines.get(0).replaceFirst("\"schema\":1", "\"schema\":18446744073709551617"));

    ImportReport r = run(write("schema.jsonl", lines));

    assertEquals(0, r.getCasesImported(), r::toText);
    assertEquals(ImportRuleId.SCHEMA_VERSION.getId(), refusal(r, "big-schema").ruleId(), r::toText);
  }

  /**
   * A case whose lines together exceed the format's maximum is refused at the line that crosses it,
   * and the cases after it are imported.
   */
  @Test
  void caseLongerThanTheFormatAllows_refusedAtTheLineCrossingTheMaximum() throws Exception {
    List<String> big = caseLines("long-case", DAY_0);
    String progress = big.get(7);
    for (int i = 0; i < 10; i++) {
      big.add(8, progress);
    }
    int each = 900_000; // 20 lines: the 18th crosses 16,000,000
    big.replaceAll(line -> padded(line, each));
    List<String> all = new ArrayList<>(big);
    all.addAll(caseLines("after", DAY_0));

    ImportReport r = run(write("long-case.jsonl", all));

    ImportReport.CaseRefusal refused = refusal(r, "long-case");
    assertEquals(ImportRuleId.CASE_TOO_LONG.getId(), refused.ruleId(), r::toText);
    assertEquals(HistoryFormat.MAX_CASE_CHARACTERS / each + 1, refused.line());
    assertEquals(1, r.getCasesImported(), r::toText);
    assertEquals(10, version("after"));
  }

  /** The storage under test, with its commits passed through {@code commit}. */
  private Stores committingThrough(
      java.util.function.Function<
              nl.lon.persistence.store.UnitOfWork, nl.lon.persistence.store.CommitResult>
          commit) {
    return new Stores() {
      @Override
      public nl.lon.persistence.event.EventStore eventStore() {
        return stores.eventStore();
      }

      @Override
      public nl.lon.persistence.audit.AuditLog auditLog() {
        return stores.auditLog();
      }

      @Override
      public nl.lon.persistence.vault.PersonalDataVault vault() {
        return stores.vault();
      }

      @Override
      public nl.lon.persistence.directory.Directory directory() {
        return stores.directory();
      }

      @Override
      public nl.lon.persistence.store.CommitResult commit(
          nl.lon.persistence.store.UnitOfWork work) {
        return commit.apply(work);
      }
    };
  }

  /** A store whose {@code n}th commit throws {@code failure}, else commits. */
  private HistoryImporter failingOnCommit(int n, Throwable failure) {
    java.util.concurrent.atomic.AtomicInteger commits =
        new java.util.concurrent.atomic.AtomicInteger();
    Stores failing =
        committingThrough(
            work -> {
              if (commits.incrementAndGet() == n) {
                throw AbstractHistoryImport.<RuntimeException>sneaky(failure);
              }
              return stores.commit(work);
            });
    return HistoryImporter.builder().stores(failing).profile(NETWORK, PROFILE).clock(clock).build();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }

  private static boolean writerThreadAlive(String source) {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().equals("lon-history-import " + source));
  }

  private List<String> auditTrail() {
    return audit().stream()
        .map(
            a ->
                a.getOperation()
                    + " "
                    + a.getCaseId().map(CaseId::getValue).orElse("-")
                    + " "
                    + a.getOutcome())
        .collect(Collectors.toList());
  }

  /**
   * A store failing on the third case's write: the call throws the store's error, the two cases
   * before are imported, nothing after is written, and the run is audited as failed.
   */
  @Test
  void storeFailingMidImport_throwsItsErrorKeepsTheCasesBeforeAndAuditsTheRunAsFailed()
      throws Exception {
    List<String> all = new ArrayList<>(valid());
    all.addAll(caseLines("h-4", DAY_0.plusDays(21)));

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                failingOnCommit(3, new IllegalStateException("the disk is full"))
                    .importFile(NETWORK_DIRECTOR.getId(), PURPOSE, write("fail.jsonl", all)));

    assertEquals("the disk is full", e.getMessage());
    assertEquals(10, version("h-1"));
    assertEquals(10, version("h-2"));
    assertEquals(0, version("h-3"));
    assertEquals(0, version("h-4"));
    assertEquals(AuditOutcome.FAILED, importRecord().getOutcome());
    assertEquals("2", importRecord().getDetails().get("casesImported"));
    assertTrue(!writerThreadAlive("fail.jsonl"));
  }

  /** A checked exception a store throws undeclared is not lost: the call throws it, wrapped. */
  @Test
  void storeThrowingAnUndeclaredCheckedException_failsTheRunWithIt() throws Exception {
    java.sql.SQLException reset = new java.sql.SQLException("connection reset");

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                failingOnCommit(2, reset)
                    .importFile(NETWORK_DIRECTOR.getId(), PURPOSE, write("sneaky.jsonl", valid())));

    assertEquals(reset, e.getCause());
    assertEquals(10, version("h-1"));
    assertEquals(0, version("h-2"));
    assertEquals(0, version("h-3"));
    assertEquals(AuditOutcome.FAILED, importRecord().getOutcome());
  }

  /** An error in a write reaches the caller as it is, and the run is audited as failed. */
  @Test
  void errorInAWrite_isThrownAsItIs() throws Exception {
    AssertionError broken = new AssertionError("invariant broken");

    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                failingOnCommit(2, broken)
                    .importFile(NETWORK_DIRECTOR.getId(), PURPOSE, write("error.jsonl", valid())));

    assertEquals(broken, e);
    assertEquals(0, version("h-2"));
    assertEquals(AuditOutcome.FAILED, importRecord().getOutcome());
  }

  /**
   * An error from the reader mid-file: thrown as it is, the cases read before it written before the
   * call ends, the writer thread ended, the run audited as failed.
   */
  @Test
  void errorFromTheReader_endsTheWriterBeforeTheCallEnds() {
    String text = String.join("\n", valid()) + "\n";
    java.io.Reader breaking =
        new java.io.Reader() {
          private final StringReader in = new StringReader(text);

          @Override
          public int read(char[] b, int off, int len) throws java.io.IOException {
            int n = in.read(b, off, Math.min(len, 1_000));
            if (n < 0) {
              throw new AssertionError("the reader broke");
            }
            return n;
          }

          @Override
          public void close() {}
        };

    assertThrows(
        AssertionError.class,
        () -> importer.importFrom(NETWORK_DIRECTOR.getId(), PURPOSE, "broken.jsonl", breaking));

    assertTrue(!writerThreadAlive("broken.jsonl"), "the writer thread outlived the call");
    List<String> trail = auditTrail();
    assertEquals("import-history - FAILED", trail.get(trail.size() - 1), trail::toString);
    assertEquals(10, version("h-1"));
    assertEquals(10, version("h-2"));
  }

  /**
   * The caller interrupted while a slow store writes: the import goes on to its end (a store's
   * blocking I/O does not heed an interrupt either), nothing is written after the call returns, and
   * the caller's interrupt flag is kept.
   */
  @Test
  void interruptedCaller_nothingWrittenAfterTheCallAndTheFlagKept() throws Exception {
    Stores slow =
        committingThrough(
            work -> {
              long until = System.nanoTime() + 100_000_000L;
              while (System.nanoTime() < until) {
                Thread.onSpinWait();
              }
              return stores.commit(work);
            });
    HistoryImporter onSlow =
        HistoryImporter.builder().stores(slow).profile(NETWORK, PROFILE).clock(clock).build();
    Path file = write("slow.jsonl", valid());
    java.util.concurrent.atomic.AtomicReference<ImportReport> report =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicBoolean flagKept =
        new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicReference<List<String>> atReturn =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              report.set(onSlow.importFile(NETWORK_DIRECTOR.getId(), PURPOSE, file));
              atReturn.set(auditTrail());
              flagKept.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    Thread.sleep(50);
    caller.interrupt();
    caller.join(30_000);

    assertEquals(3, report.get().getCasesImported(), () -> report.get().toText());
    assertTrue(flagKept.get(), "the interrupt flag was cleared");
    Thread.sleep(300);
    assertEquals(atReturn.get(), auditTrail(), "written after the call returned");
    assertTrue(!writerThreadAlive("slow.jsonl"));
  }

  /**
   * Enschede's pot is one for all the network's cases (seeds/004_ca47ed76719141bc.txt l.1717-1720):
   * an imported case's spending is decided against what the cases imported before it in the same
   * file spent.
   */
  @Test
  void casesSpendingFromThePot_eachDecidedAgainstTheCasesBeforeIt() throws Exception {
    MethodologyProfile enschede = MethodologyProfile.enschede();
    HistoryImporter inEnschede =
        HistoryImporter.builder().stores(stores).profile(NETWORK, enschede).clock(clock).build();
    List<String> all = new ArrayList<>(spendingCase("pot-1", enschede, "20000"));
    // a long history after the spending, so that the first case is still being written while the
    // next ones are read: their spending must wait for it
    CaseId first = CaseId.of("pot-1");
    for (int i = 0; i < 2_000; i++) {
      all.add(line(first, DAY_0.plusDays(3), TRAJECTORY_DIRECTOR, progress(false)));
    }
    all.addAll(spendingCase("pot-2", enschede, "4000"));
    all.addAll(spendingCase("pot-3", enschede, "1000.01")); // 25,000.01 of the 25,000
    all.addAll(spendingCase("pot-4", enschede, "1000"));

    ImportReport r =
        inEnschede.importFile(NETWORK_DIRECTOR.getId(), PURPOSE, write("pot.jsonl", all));

    assertEquals(3, r.getCasesImported(), r::toText);
    assertEquals("instrument.budget-pot", refusal(r, "pot-3").ruleId(), r::toText);
    assertEquals(0, version("pot-3"));
    assertTrue(version("pot-4") > 0);
  }

  /** A case brought to a running plan in Enschede, then spending from the pot. */
  private static List<String> spendingCase(String id, MethodologyProfile p, String euros) {
    CaseId c = CaseId.of(id);
    LocalDate d = DAY_0;
    List<String> lines = new ArrayList<>();
    lines.add(line(c, d, HOUSING_MEMBER, reportSignal(c, ClientNumber.of("C-" + id), d)));
    lines.add(line(c, d, NETWORK_DIRECTOR, judgeInScope()));
    lines.add(line(c, d, NETWORK_DIRECTOR, coordinate(d)));
    lines.add(line(c, d, NETWORK_DIRECTOR, appoint(p)));
    if (p.isScanBeforeIntegralPicture()) {
      lines.add(line(c, d, TRAJECTORY_DIRECTOR, scan(d)));
    }
    lines.add(line(c, d, NETWORK_DIRECTOR, picture()));
    if (p.isOwnershipAcceptedBeforePlan()) {
      lines.add(line(c, d, TRAJECTORY_DIRECTOR, new CaseCommand.AcceptProblemOwnership()));
    }
    lines.add(line(c, d, TRAJECTORY_DIRECTOR, adoptPlan(d)));
    lines.add(
        line(
            c,
            d.plusDays(2),
            NETWORK_DIRECTOR,
            new CaseCommand.UseInstrument(
                nl.lon.core.process.InstrumentUse.builder()
                    .instrument(nl.lon.core.process.Instrument.CARE_PURCHASE_BUDGET)
                    .description("start help before the formal indication")
                    .amount(new java.math.BigDecimal(euros))
                    .build())));
    return lines;
  }

  private AuditRecord importRecord() {
    List<AuditRecord> runs =
        audit().stream()
            .filter(a -> a.getOperation().equals(HistoryImporter.OPERATION_IMPORT))
            .collect(Collectors.toList());
    return runs.get(runs.size() - 1);
  }

  private static ImportReport.CaseRefusal refusal(ImportReport r, String id) {
    return r.getRefusedCases().stream()
        .filter(x -> x.caseId().getValue().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no refusal of " + id + " in\n" + r.toText()));
  }

  @Test
  void fileWithErrors_refusesOnlyTheCasesConcernedWithLineFieldAndRule() throws Exception {
    List<String> all = new ArrayList<>(caseLines("ok-1", DAY_0)); // lines 1-10
    List<String> malformed = caseLines("bad-json", DAY_0); // lines 11-20
    malformed.set(3, "{\"schema\":1,\"case\":\"bad-json\",\"network\":"); // line 14
    all.addAll(malformed);
    List<String> unknownAct = caseLines("bad-act", DAY_0); // lines 21-30
    unknownAct.set(4, unknownAct.get(4).replace("\"RecordScan\"", "\"RecordHoroscope\"")); // 25
    all.addAll(unknownAct);
    List<String> missing = caseLines("bad-field", DAY_0); // lines 31-40
    missing.set(1, missing.get(1).replace("\"reason\"", "\"grounds\"")); // line 32
    all.addAll(missing);
    List<String> stranger = caseLines("bad-actor", DAY_0); // lines 41-50
    stranger.set(2, stranger.get(2).replace("\"actor\":\"nd-1\"", "\"actor\":\"nobody\"")); // 43
    all.addAll(stranger);
    List<String> rules = caseLines("bad-rules", DAY_0); // lines 51-59: evaluation left out
    rules.remove(8);
    all.addAll(rules);
    all.addAll(caseLines("ok-2", DAY_0.plusDays(2))); // lines 60-69
    all.add("not json at all"); // line 70: no case named, the case being read (ok-2) is refused
    all.addAll(caseLines("ok-3", DAY_0.plusDays(3))); // lines 71-80

    ImportReport r = run(write("with-errors.jsonl", all));

    assertEquals(2, r.getCasesImported(), r::toText);
    assertEquals(6, r.getCasesRefused(), r::toText);
    assertEquals(10, version("ok-1"));
    assertEquals(10, version("ok-3"));
    for (String id :
        List.of("bad-json", "bad-act", "bad-field", "bad-actor", "bad-rules", "ok-2")) {
      assertEquals(0, version(id), id);
    }
    ImportReport.CaseRefusal json = refusal(r, "bad-json");
    assertEquals(14, json.line());
    assertEquals(ImportRuleId.MALFORMED_JSON.getId(), json.ruleId());
    ImportReport.CaseRefusal act = refusal(r, "bad-act");
    assertEquals(25, act.line());
    assertEquals("$.act", act.field());
    assertEquals(ImportRuleId.UNKNOWN_ACT.getId(), act.ruleId());
    ImportReport.CaseRefusal field = refusal(r, "bad-field");
    assertEquals(32, field.line());
    assertEquals("$.fields.reason", field.field());
    assertEquals(ImportRuleId.MISSING_FIELD.getId(), field.ruleId());
    ImportReport.CaseRefusal actor = refusal(r, "bad-actor");
    assertEquals(43, actor.line());
    assertEquals("$.actor", actor.field());
    assertEquals(ImportRuleId.UNKNOWN_ACTOR.getId(), actor.ruleId());
    ImportReport.CaseRefusal byRules = refusal(r, "bad-rules");
    assertEquals(59, byRules.line());
    assertEquals("$.act", byRules.field());
    assertTrue(byRules.ruleId().startsWith("close."), byRules::toString);
    assertTrue(!byRules.reasonNl().equals(byRules.reasonEn()), byRules::toString);
    assertEquals(70, refusal(r, "ok-2").line());

    assertEquals(
        List.of(14L, 25L, 32L, 43L, 70L),
        r.getBadLines().stream().map(ImportReport.BadLine::line).collect(Collectors.toList()));
    assertEquals(Optional.of(CaseId.of("bad-json")), r.getBadLines().get(0).caseId());
    assertEquals(Optional.empty(), r.getBadLines().get(4).caseId());
    long refusedRecords =
        audit().stream()
            .filter(a -> a.getOperation().equals(HistoryImporter.OPERATION_CASE))
            .filter(a -> a.getOutcome() == AuditOutcome.REFUSED)
            .count();
    assertEquals(6, refusedRecords);
    assertEquals("6", importRecord().getDetails().get("casesRefused"));
    assertEquals("5", importRecord().getDetails().get("badLines"));
    String html = r.toHtml();
    assertTrue(html.contains("import.unknown-actor") && html.contains("<td>43</td>"), html);
  }

  @Test
  void caseWhoseLinesReappear_isRefusedTheSecondTime() throws Exception {
    List<String> a = caseLines("split", DAY_0);
    List<String> all = new ArrayList<>(a.subList(0, 5));
    all.addAll(caseLines("between", DAY_0));
    all.addAll(a.subList(5, 10)); // lines 16-20

    ImportReport r = run(write("split.jsonl", all));

    assertEquals(ImportRuleId.CASE_NOT_CONTIGUOUS.getId(), refusal(r, "split").ruleId());
    assertEquals(16, refusal(r, "split").line());
    assertEquals(10, version("between"));
    assertEquals(5, version("split")); // the first part is a history of its own
  }

  @Test
  void sameFileTwice_importsNothingTwice() throws Exception {
    Path file = write("export.jsonl", valid());
    ImportReport first = run(file);
    long records = audit().size();

    ImportReport second = run(file);

    assertEquals(3, first.getCasesImported());
    assertEquals(0, second.getCasesImported(), second::toText);
    assertEquals(3, second.getCasesAlreadyImported(), second::toText);
    assertEquals(0, second.getCasesRefused(), second::toText);
    assertEquals(0, second.getEventsWritten());
    for (String id : List.of("h-1", "h-2", "h-3")) {
      assertEquals(10, version(id), id);
    }
    assertEquals("3", importRecord().getDetails().get("casesAlreadyImported"));
    assertEquals(records + 4, audit().size(), "three replays and the run's own record");
  }

  @Test
  void changedLineAfterImport_isReportedNotApplied() throws Exception {
    ImportReport first = run(write("export.jsonl", valid()));
    List<String> changed = valid();
    changed.set(17, changed.get(17).replace("client keeps the agreements", "client moved")); // 18
    List<CaseEvent> before = stores.eventStore().read(CaseId.of("h-2"));

    ImportReport second = run(write("export.jsonl", changed));

    assertEquals(3, first.getCasesImported());
    assertEquals(2, second.getCasesAlreadyImported(), second::toText);
    assertEquals(1, second.getChangedCases().size(), second::toText);
    ImportReport.CaseRefusal c = second.getChangedCases().get(0);
    assertEquals(CaseId.of("h-2"), c.caseId());
    assertEquals(18, c.line());
    assertEquals(ImportRuleId.CHANGED.getId(), c.ruleId());
    assertEquals(before, stores.eventStore().read(CaseId.of("h-2")));
    assertTrue(
        audit().stream()
            .anyMatch(
                a ->
                    a.getOutcome() == AuditOutcome.CONFLICT
                        && a.getRuleIds().contains(ImportRuleId.CHANGED.getId())));
  }

  @Test
  void truncatedFile_importsTheCasesBeforeAndRefusesTheCutCase() throws Exception {
    String all = String.join("\n", valid());
    Path file = dir.resolve("cut.jsonl");
    Files.writeString(file, all.substring(0, all.length() - 40)); // the last line cut mid-JSON

    ImportReport r = run(file);

    assertEquals(2, r.getCasesImported(), r::toText);
    assertEquals(1, r.getCasesRefused());
    ImportReport.CaseRefusal cut = refusal(r, "h-3");
    assertEquals(30, cut.line());
    assertEquals(ImportRuleId.MALFORMED_JSON.getId(), cut.ruleId());
    assertEquals(0, version("h-3"));
    assertEquals(30, r.getBadLines().get(0).line());
  }

  @Test
  void caseIdUsedByTheService_isRefusedAsInUse() throws Exception {
    CaseService service =
        CaseService.builder().stores(stores).profile(NETWORK, PROFILE).clock(clock).build();
    service.reportSignal(
        HOUSING_MEMBER.getId(),
        PURPOSE,
        reportSignal(CaseId.of("h-2"), ClientNumber.of("C-other"), clock.today()),
        Optional.empty());

    ImportReport r = run(write("export.jsonl", valid()));

    assertEquals(2, r.getCasesImported(), r::toText);
    assertEquals(ImportRuleId.CASE_ID_IN_USE.getId(), refusal(r, "h-2").ruleId());
    assertEquals(1, version("h-2"));
  }

  @Test
  void importer_mustBeAKnownNetworkDirector() {
    StringReader none = new StringReader("");
    assertThrows(
        NotFoundException.class,
        () -> importer.importFrom(ProfessionalId.of("nobody"), PURPOSE, "x.jsonl", none));
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> importer.importFrom(TRAJECTORY_DIRECTOR.getId(), PURPOSE, "x.jsonl", none));
    assertEquals(ImportRuleId.NETWORK_DIRECTOR.getId(), e.getRule());
    assertEquals(AuditOutcome.DENIED, importRecord().getOutcome());
  }
}
