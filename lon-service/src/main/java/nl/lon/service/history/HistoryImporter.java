package nl.lon.service.history;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.IdempotencyKeyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Instrument;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.StreamAppend;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.rules.intervention.BudgetMandate;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;

/**
 * Imports the history of an existing system (inlezen van historie): a file in the {@link
 * HistoryFormat} (JSON Lines, one act per line) whose acts are decided, case by case, by the
 * process rules of the network's profile on the acts' own business dates, and stored case by case.
 *
 * <h2>Promises</h2>
 *
 * <ul>
 *   <li><b>All or nothing per case.</b> A case whose acts all pass is written as one append with
 *       its one audit record (operation {@value #OPERATION_CASE}); a case with a bad line or an act
 *       the rules refuse is not written at all, and is reported with the line, the field and the
 *       rule. No case stops another: a bad line is reported with its number and refuses only the
 *       case it belongs to.
 *   <li><b>Idempotent.</b> Every case is appended under the idempotency key {@value
 *       #IDEMPOTENCY_KEY}, so running the same file again writes no event twice: a case imported
 *       before from the very same acts counts as already imported, one whose lines changed since is
 *       refused ({@link ImportRuleId#CHANGED}, naming the first changed line) and one whose id was
 *       used by other means is refused too ({@link ImportRuleId#CASE_ID_IN_USE}).
 *   <li><b>Audited.</b> Each case written has its {@value #OPERATION_CASE} record (file, line
 *       range, number of acts and events); each refused case a {@code REFUSED} or {@code CONFLICT}
 *       record with its rule; the run as a whole one {@value #OPERATION_IMPORT} record in the
 *       importer's network (who, which file, how many lines and cases).
 *   <li><b>Streaming.</b> The file is read line by line; only the acts of the case being read are
 *       held (and the cases decided and waiting for the writer), plus the ids of the cases seen (to
 *       tell a case whose lines reappear later, which is refused: {@link
 *       ImportRuleId#CASE_NOT_CONTIGUOUS}). A line longer than {@link
 *       HistoryFormat#MAX_LINE_CHARACTERS} is a bad line of which only the beginning is held
 *       ({@link ImportRuleId#LINE_TOO_LONG}); a case whose lines together are longer than {@link
 *       HistoryFormat#MAX_CASE_CHARACTERS} is refused ({@link ImportRuleId#CASE_TOO_LONG}) and the
 *       rest of its lines are not held. The report lists the first {@value ImportReport#MAX_LISTED}
 *       refused cases and bad lines and counts all. What grows with the file is the set of case ids
 *       seen (some 100 bytes a case).
 * </ul>
 *
 * <h2>Who may import</h2>
 *
 * <p>The importer is a network director (rule {@link ImportRuleId#NETWORK_DIRECTOR}): an import by
 * anyone else is denied as a whole, and a case of a network other than the importer's is refused.
 * Every act's actor must be a professional in the directory ({@link ImportRuleId#UNKNOWN_ACTOR})
 * working in the case's network ({@link ImportRuleId#ACTOR_OTHER_NETWORK}); the process rules then
 * check the actor's roles as they do for a live command (only a network director judges a report,
 * and so on). A line that cannot be read is attributed to the case its text names, else to the case
 * being read, which a file cut short mid-line thus never half-imports.
 *
 * <h2>Threads</h2>
 *
 * <p>An import runs on the calling thread and one writer thread of its own: the calling thread
 * reads the lines and decides the cases by the rules, the writer writes them (and records the
 * refused ones) one at a time in the order of the file, at most {@value OrderedWriter#CAPACITY}
 * decided cases behind, so the store's work overlaps the decoding and the rules. The writer thread
 * ends with the import; a call returns only after every case it decided is written or refused. A
 * case that spends from the care-purchase pot is decided after the cases before it are written, so
 * that their spending counts. The first store error stops the writes and is thrown from the call as
 * the store threw it (a checked exception a store throws undeclared, wrapped in an {@link
 * IllegalStateException}), the cases before it imported and the run audited as failed. The writer
 * thread ends before the call returns or throws, also when the reader fails; an interrupt does not
 * cut the wait for it short (the call keeps the interrupt flag set), so nothing is written after
 * the call.
 *
 * <p>Thread-safe; one importer may run several imports at a time (of different files).
 *
 * @since 0.1
 */
public final class HistoryImporter {

  /** The audit operation of one case written by an import: {@value}. */
  public static final String OPERATION_CASE = "import-case";

  /** The audit operation of an import run as a whole: {@value}. */
  public static final String OPERATION_IMPORT = "import-history";

  /** The idempotency key under which every imported case's stream is appended: {@value}. */
  public static final String IDEMPOTENCY_KEY = "lon-history-import";

  private final Stores stores;
  private final Map<NetworkId, MethodologyProfile> profiles;
  private final Map<NetworkId, ProcessRules> rules;
  private final Clock clock;

  private HistoryImporter(Builder b) {
    this.stores = Objects.requireNonNull(b.stores, "stores");
    this.profiles = Map.copyOf(b.profiles);
    this.clock = Objects.requireNonNull(b.clock, "clock");
    Map<NetworkId, ProcessRules> made = new HashMap<>();
    profiles.forEach((n, p) -> made.put(n, ProcessRules.of(p)));
    this.rules = Map.copyOf(made);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports a file in the {@link HistoryFormat}, UTF-8.
   *
   * @param importer the importing network director
   * @param purpose why, for the audit records
   * @param file the file
   * @return the report
   * @throws NotFoundException when the importer is not in the directory
   * @throws AccessDeniedException (rule {@code import.network-director}) when the importer is no
   *     network director
   * @throws UncheckedIOException when the file cannot be read; the cases before are imported, and
   *     the run is audited as failed
   */
  public ImportReport importFile(ProfessionalId importer, Purpose purpose, Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return importFrom(importer, purpose, name == null ? file.toString() : name.toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports lines in the {@link HistoryFormat} from a reader.
   *
   * @param importer the importing network director
   * @param purpose why, for the audit records
   * @param source the name of the source (a file name) for the report and the audit records
   * @param lines the lines; read to its end, not closed
   * @return the report
   * @throws NotFoundException when the importer is not in the directory
   * @throws AccessDeniedException (rule {@code import.network-director}) when the importer is no
   *     network director
   * @throws UncheckedIOException when the reader fails; the cases before are imported, and the run
   *     is audited as failed
   */
  public ImportReport importFrom(
      ProfessionalId importer, Purpose purpose, String source, Reader lines) {
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(lines, "lines");
    Run run = new Run(importer, purpose, source);
    LineReader in = new LineReader(lines, HistoryFormat.MAX_LINE_CHARACTERS);
    try {
      String text;
      while ((text = in.next()) != null) {
        run.line(text, in.lastLineTooLong());
      }
    } catch (IOException e) {
      UncheckedIOException thrown = new UncheckedIOException(e);
      run.fail(thrown);
      throw thrown;
    } catch (RuntimeException | Error e) {
      run.fail(e);
      throw e;
    }
    return run.finish(AuditOutcome.ALLOWED);
  }

  /** One professional as the directory knows them. */
  private record Actor(Professional professional, PartnerOrganisation organisation) {}

  /** A line read as an act. */
  private record Line(long number, HistoryAct act) {}

  /** A reason to refuse a case, found while reading or deciding it. */
  private record Refusal(long line, String field, String rule, String en, String nl) {

    static Refusal of(long line, String field, ImportRuleId rule) {
      return new Refusal(
          line,
          field,
          rule.getId(),
          rule.reason(java.util.Locale.ENGLISH),
          rule.reason(java.util.Locale.forLanguageTag("nl")));
    }
  }

  /** Which case and which of the file's lines a refusal is about. */
  private record CaseLines(CaseId caseId, long firstLine, long lastLine) {}

  /** The lines of the case being read. */
  private static final class Pending {
    final CaseId caseId;
    final long firstLine;
    long lastLine;
    final List<Line> lines = new ArrayList<>();
    long characters;
    Refusal problem;

    Pending(CaseId caseId, long firstLine) {
      this.caseId = caseId;
      this.firstLine = firstLine;
      this.lastLine = firstLine;
    }

    CaseLines lines() {
      return new CaseLines(caseId, firstLine, lastLine);
    }
  }

  /** The state of one import run. */
  private final class Run {
    final ProfessionalId importerId;
    final Purpose purpose;
    final String source;
    final Actor importer;
    final Map<ProfessionalId, Optional<Actor>> actors =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<ProfessionalId, Optional<Actor>> e) {
            return size() > 10_000;
          }
        };
    final Set<String> seen = new HashSet<>();
    final List<ImportReport.CaseRefusal> refused = new ArrayList<>();
    final List<ImportReport.BadLine> badLines = new ArrayList<>();
    long lineCount;
    long badLineCount;
    Pending pending;
    // written by the writer thread only, read after it is drained
    int imported;
    int alreadyImported;
    int refusedCount;
    int changedCount;
    long acts;
    long events;
    final OrderedWriter writer;

    Run(ProfessionalId importerId, Purpose purpose, String source) {
      this.importerId = importerId;
      this.purpose = purpose;
      this.source = source;
      Optional<Actor> who = actor(importerId);
      if (who.isEmpty()) {
        stores
            .auditLog()
            .append(
                entry(
                    null,
                    CaseService.UNATTRIBUTED,
                    Optional.empty(),
                    Optional.empty(),
                    OPERATION_IMPORT,
                    AuditOutcome.NOT_FOUND,
                    ImmutableSet.of("not-found.professional"),
                    ImmutableMap.of("file", clip(source))));
        throw new NotFoundException("professional", importerId.getValue());
      }
      Actor found = who.get();
      if (!found.professional().hasRole(ProfessionalRole.NETWORK_DIRECTOR)) {
        stores
            .auditLog()
            .append(
                entry(
                    found,
                    found.professional().getNetwork(),
                    Optional.empty(),
                    Optional.empty(),
                    OPERATION_IMPORT,
                    AuditOutcome.DENIED,
                    ImmutableSet.of(ImportRuleId.NETWORK_DIRECTOR.getId()),
                    ImmutableMap.of("file", clip(source))));
        throw new AccessDeniedException(
            ImportRuleId.NETWORK_DIRECTOR.getId(),
            ImportRuleId.NETWORK_DIRECTOR.reason(java.util.Locale.ENGLISH));
      }
      this.importer = found;
      this.writer = new OrderedWriter("lon-history-import " + clip(source));
    }

    Optional<Actor> actor(ProfessionalId id) {
      return actors.computeIfAbsent(
          id,
          k ->
              stores
                  .directory()
                  .professional(k)
                  .flatMap(
                      p ->
                          stores
                              .directory()
                              .organisation(p.getOrganisation())
                              .map(o -> new Actor(p, o))));
    }

    void line(String text, boolean tooLong) {
      long n = ++lineCount;
      if (!tooLong && text.isBlank()) {
        return;
      }
      HistoryAct act;
      try {
        if (tooLong) {
          throw new ActCodec.BadLineException(
              Optional.empty(),
              "$",
              ImportRuleId.LINE_TOO_LONG,
              "the line is longer than "
                  + HistoryFormat.MAX_LINE_CHARACTERS
                  + " characters; only its beginning was read");
        }
        act = ActCodec.decode(text);
        if (actor(act.actor()).isEmpty()) {
          throw new ActCodec.BadLineException(
              Optional.of(act.caseId()),
              "$.actor",
              ImportRuleId.UNKNOWN_ACTOR,
              "the actor is not a professional known to the directory");
        }
      } catch (ActCodec.BadLineException e) {
        Optional<CaseId> named = e.caseId.isPresent() ? e.caseId : ActCodec.caseNamed(text);
        if (++badLineCount <= ImportReport.MAX_LISTED) {
          badLines.add(new ImportReport.BadLine(n, named, e.field, e.rule.getId(), e.getMessage()));
        }
        Optional<CaseId> owner = named.or(() -> Optional.ofNullable(pending).map(p -> p.caseId));
        if (owner.isEmpty()) {
          return;
        }
        Pending p = pendingFor(owner.get(), n);
        if (p.problem == null) {
          p.problem = Refusal.of(n, e.field, e.rule);
        }
        return;
      }
      Pending p = pendingFor(act.caseId(), n);
      p.characters += text.length();
      if (p.problem == null && p.characters > HistoryFormat.MAX_CASE_CHARACTERS) {
        p.problem = Refusal.of(n, "$", ImportRuleId.CASE_TOO_LONG);
      }
      if (p.problem == null || p.lines.isEmpty()) {
        // a refused case's further lines are only counted: they would be refused with it
        p.lines.add(new Line(n, act));
      }
    }

    private Pending pendingFor(CaseId caseId, long n) {
      if (pending == null || !pending.caseId.equals(caseId)) {
        if (pending != null) {
          settle(pending);
        }
        pending = new Pending(caseId, n);
      }
      pending.lastLine = n;
      return pending;
    }

    /**
     * Settles the last case, waits for the writer to write every case handed over and records the
     * run; a run that failed records the failure, after the cases written before it.
     */
    ImportReport finish(AuditOutcome outcome) {
      if (outcome == AuditOutcome.ALLOWED) {
        try {
          if (pending != null) {
            settle(pending);
            pending = null;
          }
          writer.close();
        } catch (RuntimeException | Error e) {
          fail(e);
          throw e;
        }
      } else {
        try {
          writer.close();
        } catch (RuntimeException | Error alreadyThrown) {
          // the failure that stopped the run is the caller's to throw
        }
      }
      Instant at = clock.instant();
      stores
          .auditLog()
          .append(
              entry(
                  importer,
                  importer.professional().getNetwork(),
                  Optional.empty(),
                  Optional.empty(),
                  OPERATION_IMPORT,
                  outcome,
                  outcome == AuditOutcome.FAILED
                      ? ImmutableSet.of("store.failed")
                      : ImmutableSet.of(),
                  ImmutableMap.<String, String>builder()
                      .put("file", clip(source))
                      .put("schema", Integer.toString(HistoryFormat.SCHEMA))
                      .put("lines", Long.toString(lineCount))
                      .put("casesImported", Integer.toString(imported))
                      .put("casesAlreadyImported", Integer.toString(alreadyImported))
                      .put("casesRefused", Integer.toString(refusedCount))
                      .put("badLines", Long.toString(badLineCount))
                      .put("events", Long.toString(events))
                      .build()));
      return new ImportReport(
          source,
          importerId,
          at,
          lineCount,
          imported,
          alreadyImported,
          acts,
          events,
          refused,
          badLines,
          refusedCount,
          changedCount,
          badLineCount);
    }

    /**
     * Ends a failed run: the writer finishes what it was handed (or stops where a write failed) and
     * the run is recorded as failed, after the cases written before; a failure to record it is
     * added to the run's failure.
     */
    void fail(Throwable failure) {
      try {
        finish(AuditOutcome.FAILED);
      } catch (RuntimeException | Error also) {
        if (also != failure) {
          failure.addSuppressed(also);
        }
      }
    }

    /** Decides a case read to its last line and writes it, or refuses it. */
    private void settle(Pending p) {
      if (!seen.add(p.caseId.getValue())) {
        refuse(
            p,
            Optional.empty(),
            Optional.empty(),
            Refusal.of(p.firstLine, "$.case", ImportRuleId.CASE_NOT_CONTIGUOUS));
        return;
      }
      if (p.problem != null) {
        refuse(p, networkOf(p), Optional.empty(), p.problem);
        return;
      }
      HistoryAct first = p.lines.get(0).act();
      NetworkId networkId = first.network();
      Optional<Network> network = stores.directory().network(networkId);
      MethodologyProfile profile = profiles.get(networkId);
      if (network.isEmpty() || profile == null) {
        refuse(
            p,
            Optional.empty(),
            Optional.empty(),
            Refusal.of(p.firstLine, "$.network", ImportRuleId.UNKNOWN_NETWORK));
        return;
      }
      Optional<NetworkId> chain = Optional.of(networkId);
      Optional<ClientNumber> client =
          first.act() instanceof CaseCommand.ReportSignal s
              ? Optional.of(s.clientNumber())
              : Optional.empty();
      if (!importer.professional().getNetwork().equals(networkId)) {
        refuse(
            p,
            Optional.empty(),
            Optional.empty(),
            Refusal.of(p.firstLine, "$.network", ImportRuleId.NETWORK_DIRECTOR));
        return;
      }
      String id = first.caseId().getValue();
      int colon = id.lastIndexOf(':');
      if (colon > 0
          && colon < id.length() - 1
          && rules.containsKey(NetworkId.of(id.substring(colon + 1)))) {
        refuse(p, chain, client, Refusal.of(p.firstLine, "$.case", ImportRuleId.RESERVED_CASE_ID));
        return;
      }
      ProcessRules decider = rules.get(networkId);
      Instant now = clock.instant();
      CaseState state = CaseState.empty();
      List<CaseEvent> decided = new ArrayList<>();
      List<Long> lineOfEvent = new ArrayList<>();
      LocalDate previous = null;
      Map<Year, BigDecimal> budgetElsewhere = null;
      for (int i = 0; i < p.lines.size(); i++) {
        Line l = p.lines.get(i);
        HistoryAct a = l.act();
        Optional<Refusal> wrong = Optional.empty();
        if (!a.network().equals(networkId)) {
          wrong = Optional.of(Refusal.of(l.number(), "$.network", ImportRuleId.NETWORK_MISMATCH));
        } else if ((i == 0) != (a.act() instanceof CaseCommand.ReportSignal)) {
          wrong = Optional.of(Refusal.of(l.number(), "$.act", ImportRuleId.FIRST_ACT_SIGNAL));
        } else if (previous != null && a.businessDate().isBefore(previous)) {
          wrong = Optional.of(Refusal.of(l.number(), "$.businessDate", ImportRuleId.DATE_ORDER));
        } else if (a.act() instanceof CaseCommand.ReportSignal s
            && !s.signal().getReceivedOn().equals(a.businessDate())) {
          // as live: a case opens on the day its signal was received
          wrong = Optional.of(Refusal.of(l.number(), "$.businessDate", ImportRuleId.INVALID_FIELD));
        } else if (a.act() instanceof CaseCommand.Transfer) {
          wrong = Optional.of(Refusal.of(l.number(), "$.act", ImportRuleId.TRANSFER_LIVE_ONLY));
        }
        Actor actor = actor(a.actor()).orElseThrow();
        if (wrong.isEmpty() && !actor.professional().getNetwork().equals(networkId)) {
          wrong = Optional.of(Refusal.of(l.number(), "$.actor", ImportRuleId.ACTOR_OTHER_NETWORK));
        }
        if (wrong.isPresent()) {
          refuse(p, chain, client, wrong.get());
          return;
        }
        previous = a.businessDate();
        CommandContext ctx =
            new CommandContext(
                a.businessDate(),
                now,
                actor.professional(),
                Optional.of(actor.organisation()),
                network);
        if (drawsOnBudget(a.act())) {
          if (budgetElsewhere == null) {
            writer.drain(); // the cases before this one are written, so their spending counts
            budgetElsewhere = budgetSpentElsewhere(networkId, p.caseId);
          }
          ctx = ctx.withBudgetSpentElsewhere(budgetElsewhere);
        }
        Decision d;
        try {
          d = decider.decide(state, a.act(), ctx);
        } catch (InvalidValueException e) {
          refuse(
              p,
              chain,
              client,
              new Refusal(
                  l.number(),
                  "$.fields (" + e.getField() + ")",
                  "input." + e.getRule(),
                  e.getMessage(),
                  e.getMessage()));
          return;
        }
        if (!d.isAccepted()) {
          Violation v = d.getViolations().get(0);
          refuse(
              p,
              chain,
              client,
              new Refusal(l.number(), "$.act", v.rule(), v.reasonEn(), v.reasonNl()));
          return;
        }
        for (CaseEvent e : d.getEvents()) {
          state = state.apply(e);
          decided.add(e);
          lineOfEvent.add(l.number());
        }
      }
      write(p, networkId, client, decided, lineOfEvent);
    }

    /** Hands a decided case to the writer. */
    private void write(
        Pending p,
        NetworkId network,
        Optional<ClientNumber> client,
        List<CaseEvent> decided,
        List<Long> lineOfEvent) {
      StreamAppend append;
      try {
        append = new StreamAppend(p.caseId, network, 0, decided, Optional.of(IDEMPOTENCY_KEY));
      } catch (InvalidValueException e) {
        refuse(
            p,
            Optional.of(network),
            client,
            new Refusal(p.firstLine, "$", "input." + e.getRule(), e.getMessage(), e.getMessage()));
        return;
      }
      writer.submit(() -> commit(p, network, client, decided, lineOfEvent, append));
    }

    /** Writes a decided case (on the writer thread), or refuses it when the store does. */
    private void commit(
        Pending p,
        NetworkId network,
        Optional<ClientNumber> client,
        List<CaseEvent> decided,
        List<Long> lineOfEvent,
        StreamAppend append) {
      // stamped here, as the refusals are, so that the chain's instants follow its order
      AuditEntry entry =
          entry(
              importer,
              network,
              Optional.of(p.caseId),
              client,
              OPERATION_CASE,
              AuditOutcome.ALLOWED,
              ImmutableSet.of(),
              ImmutableMap.of(
                  "file", clip(source),
                  "lines", p.firstLine + "-" + p.lastLine,
                  "acts", Integer.toString(p.lines.size()),
                  "events", Integer.toString(decided.size())));
      try {
        AppendResult r =
            stores
                .commit(new UnitOfWork(Optional.of(append), entry, Optional.empty()))
                .append()
                .get();
        if (r.isDuplicate()) {
          alreadyImported++;
        } else {
          imported++;
          acts += p.lines.size();
          events += decided.size();
        }
      } catch (IdempotencyKeyConflictException e) {
        long line = firstChange(p, network, decided, lineOfEvent);
        record(
            p.lines(),
            Optional.of(network),
            client,
            Refusal.of(line, "$", ImportRuleId.CHANGED),
            AuditOutcome.CONFLICT);
      } catch (ConcurrencyConflictException e) {
        record(
            p.lines(),
            Optional.of(network),
            client,
            Refusal.of(p.firstLine, "$.case", ImportRuleId.CASE_ID_IN_USE),
            AuditOutcome.CONFLICT);
      } catch (InvalidValueException e) {
        if (!"stream-network".equals(e.getRule())) {
          throw e;
        }
        record(
            p.lines(),
            Optional.of(network),
            client,
            Refusal.of(p.firstLine, "$.case", ImportRuleId.CASE_ID_IN_USE),
            AuditOutcome.CONFLICT);
      }
    }

    /** The line of the first act whose events differ from the stored ones. */
    private long firstChange(
        Pending p, NetworkId network, List<CaseEvent> decided, List<Long> lineOfEvent) {
      List<CaseEvent> stored = stores.eventStore().read(p.caseId);
      for (int i = 0; i < decided.size(); i++) {
        if (i >= stored.size()
            || !StreamAppend.fingerprint(network, List.of(decided.get(i)))
                .equals(StreamAppend.fingerprint(network, List.of(stored.get(i))))) {
          return lineOfEvent.get(i);
        }
      }
      return p.lastLine;
    }

    private Optional<NetworkId> networkOf(Pending p) {
      return p.lines.isEmpty() ? Optional.empty() : Optional.of(p.lines.get(0).act().network());
    }

    private void refuse(
        Pending p, Optional<NetworkId> network, Optional<ClientNumber> client, Refusal r) {
      refuse(p, network, client, r, AuditOutcome.REFUSED);
    }

    /** Hands a refused case to the writer, which reports and records it in file order. */
    private void refuse(
        Pending p,
        Optional<NetworkId> network,
        Optional<ClientNumber> client,
        Refusal r,
        AuditOutcome outcome) {
      // only the case's id and lines wait for the writer, not its acts
      CaseLines lines = p.lines();
      writer.submit(() -> record(lines, network, client, r, outcome));
    }

    /**
     * Reports a refused case and records it in its network's chain, else the importer's (on the
     * writer thread).
     */
    private void record(
        CaseLines p,
        Optional<NetworkId> network,
        Optional<ClientNumber> client,
        Refusal r,
        AuditOutcome outcome) {
      refusedCount++;
      if (r.rule().equals(ImportRuleId.CHANGED.getId())) {
        changedCount++;
      }
      if (refused.size() < ImportReport.MAX_LISTED) {
        refused.add(
            new ImportReport.CaseRefusal(
                p.caseId(), r.line(), r.field(), r.rule(), r.en(), r.nl()));
      }
      NetworkId own = importer.professional().getNetwork();
      boolean inOwn = network.map(own::equals).orElse(true);
      stores
          .auditLog()
          .append(
              entry(
                  importer,
                  own,
                  Optional.of(p.caseId()),
                  inOwn ? client : Optional.empty(),
                  OPERATION_CASE,
                  outcome,
                  ImmutableSet.of(ruleIdOf(r.rule())),
                  ImmutableMap.of(
                      "file", clip(source),
                      "lines", p.firstLine() + "-" + p.lastLine(),
                      "line", Long.toString(r.line()))));
    }

    private AuditEntry entry(
        Actor by,
        NetworkId network,
        Optional<CaseId> caseId,
        Optional<ClientNumber> client,
        String operation,
        AuditOutcome outcome,
        ImmutableSet<String> ruleIds,
        ImmutableMap<String, String> details) {
      boolean allowed = outcome == AuditOutcome.ALLOWED;
      return AuditEntry.builder()
          .eventId(UUID.randomUUID().toString())
          .occurredAt(clock.instant())
          .actor(importerId)
          .actorOrganisation(Optional.ofNullable(by).map(a -> a.organisation().getId()))
          .onBehalfOf(purpose.onBehalfOf())
          .client(client)
          .caseId(caseId)
          .network(network)
          .action(AuditAction.CREATE)
          .operation(operation)
          .dataCategories(ImmutableSet.of(DataCategory.CASE_EVENTS))
          .purpose(purpose.purpose())
          .checks(
              AccessChecks.builder()
                  .authorised(
                      allowed
                          || outcome == AuditOutcome.REFUSED
                          || outcome == AuditOutcome.CONFLICT)
                  .relationshipToCase(false)
                  .consentOrLegalBasis(purpose.legalBasis().isPresent())
                  .legalBasis(purpose.legalBasis())
                  .emergencyOverride(false)
                  .outcome(outcome)
                  .build())
          .ruleIds(ruleIds)
          .details(details)
          .build();
    }
  }

  /** A rule id as an audit record takes it (lower case, no spaces). */
  private static String ruleIdOf(String rule) {
    String id = rule.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    return id.length() > 100 ? id.substring(0, 100) : id;
  }

  private static String clip(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200);
  }

  /** Builds a {@link HistoryImporter}. */
  public static final class Builder {
    private Stores stores;
    private final Map<NetworkId, MethodologyProfile> profiles = new HashMap<>();
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * The storage to import into, the same a {@link CaseService} uses.
     *
     * @param stores the storage
     * @return this builder
     */
    public Builder stores(Stores stores) {
      this.stores = stores;
      return this;
    }

    /**
     * The methodology profile of a network, whose process rules decide its cases' acts.
     *
     * @param network the network
     * @param profile its profile
     * @return this builder
     */
    public Builder profile(NetworkId network, MethodologyProfile profile) {
      this.profiles.put(Objects.requireNonNull(network), Objects.requireNonNull(profile));
      return this;
    }

    /**
     * The clock that stamps the recording instants and the audit records.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return the importer
     * @throws NullPointerException when the stores or the clock are missing
     */
    public HistoryImporter build() {
      return new HistoryImporter(this);
    }
  }

  /**
   * Whether an act spends from the care-purchase pot, directly or as a correction's replacement.
   */
  private static boolean drawsOnBudget(CaseCommand act) {
    CaseCommand c = act instanceof CaseCommand.CorrectEntry e ? e.replacement() : act;
    return c instanceof CaseCommand.UseInstrument u
        && u.use().getInstrument() == Instrument.CARE_PURCHASE_BUDGET;
  }

  /**
   * What the network's other stored cases spent from the care-purchase pot, by year: read from the
   * store when a case being imported spends from the pot (once per case, so a history with many
   * spendings costs one read of the network per case that has any).
   */
  private Map<Year, BigDecimal> budgetSpentElsewhere(NetworkId network, CaseId self) {
    List<CaseState> others = new ArrayList<>();
    for (CaseId id : stores.eventStore().streams(network)) {
      if (id.equals(self)) {
        continue;
      }
      try {
        others.add(CaseState.replay(stores.eventStore().read(id)));
      } catch (RuntimeException unreadable) {
        // a case that no longer folds adds nothing it can be shown to have spent
      }
    }
    return BudgetMandate.spentByYear(others);
  }
}
