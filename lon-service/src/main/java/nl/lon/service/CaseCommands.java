package nl.lon.service;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lon.core.error.CaseIdInUseException;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.IdempotencyKeyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.process.Instrument;
import nl.lon.core.process.PlausibleDates;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.StreamAppend;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.store.VaultChange;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.access.AccessDecision;
import nl.lon.rules.access.AccessResource;
import nl.lon.rules.intervention.BudgetMandate;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Carries out commands on cases (opdrachten): access, the process rules, then the events, the audit
 * record and any vault change as one unit; retries under an idempotency key are answered with the
 * earlier result.
 *
 * <p>Every act has two times: its business date (the day it happened, given by the caller or today
 * in the network's time zone; a signal's is the day it was received) and the instant it is recorded
 * (the clock's). The business date is kept on the events and, as the detail {@value
 * #BUSINESS_DATE}, on the command's audit record.
 */
final class CaseCommands {

  /** The audit detail that holds a command's business date (ISO-8601, {@code 2026-03-02}). */
  static final String BUSINESS_DATE = "businessDate";

  private final Stores stores;
  private final Clock clock;
  private final CaseSnapshots snapshots;
  private final CaseTargets targets;
  private final AccessGate access;
  private final AuditGate audit;
  private final NetworkProjections projections;

  /** The process rules of each configured profile, made once: a command only looks them up. */
  private final Map<MethodologyProfile, ProcessRules> rules;

  CaseCommands(
      Stores stores,
      Clock clock,
      CaseSnapshots snapshots,
      CaseTargets targets,
      AccessGate access,
      AuditGate audit,
      NetworkProjections projections,
      Collection<MethodologyProfile> profiles) {
    Map<MethodologyProfile, ProcessRules> made = new IdentityHashMap<>();
    for (MethodologyProfile p : profiles) {
      made.put(p, ProcessRules.of(p));
    }
    this.rules = made;
    this.stores = stores;
    this.clock = clock;
    this.snapshots = snapshots;
    this.targets = targets;
    this.access = access;
    this.audit = audit;
    this.projections = projections;
  }

  /**
   * Carries out a command on an existing case; see {@link CaseService#execute}.
   *
   * @param occurredOn the act's business date; empty for today in the network's time zone
   */
  CommandReceipt execute(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand command,
      Optional<LocalDate> occurredOn,
      Optional<String> idempotencyKey) {
    if (command instanceof CaseCommand.ReportSignal open) {
      if (!open.caseId().equals(caseId)) {
        throw new InvalidValueException(
            "CaseService.caseId",
            "same-case",
            "the case id must be the signal's case id " + open.caseId());
      }
      LocalDate received = open.signal().getReceivedOn();
      if (occurredOn.isPresent() && !occurredOn.get().equals(received)) {
        throw new InvalidValueException(
            "CaseService.occurredOn",
            "signal-received-on",
            "a case opens on the day its signal was received, " + received);
      }
      return open(actor, purpose, open, Optional.empty(), idempotencyKey);
    }
    Operation op = Operation.of(command);
    AuditGate.Claim who = audit.claim(actor);
    Optional<CaseState> kept = snapshots.kept(caseId);
    if (kept.isPresent()) {
      try {
        return execute(
            who, purpose, caseId, command, occurredOn, idempotencyKey, op, kept.get(), false);
      } catch (StaleSnapshot stale) {
        // another writer moved the case on: decide again on what is stored
      }
    }
    try {
      return execute(
          who,
          purpose,
          caseId,
          command,
          occurredOn,
          idempotencyKey,
          op,
          targets.load(snapshots, who, purpose, caseId, op),
          true);
    } catch (StaleSnapshot cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
  }

  /**
   * Thrown, before anything is recorded or written, when a command decided on a kept snapshot (not
   * checked against the store) would be refused or lost a version race: the command is then decided
   * again on the stored state, so it is answered exactly as if the version had been read first.
   */
  private static final class StaleSnapshot extends Exception {
    private static final long serialVersionUID = 1L;

    StaleSnapshot() {
      super(null, null, false, false);
    }
  }

  /** Throws {@link StaleSnapshot} when a state not yet checked is behind the store. */
  private void requireCurrent(CaseId caseId, CaseState state, boolean checked)
      throws StaleSnapshot {
    if (!checked && snapshots.isBehind(caseId, state)) {
      throw new StaleSnapshot();
    }
  }

  /**
   * Carries out a command on a state: {@code checked} when the state was caught up with the store
   * just now; otherwise it is the kept snapshot, and the store's compare-and-set on the version
   * checks it (a refusal is given only after the state was checked).
   */
  private CommandReceipt execute(
      AuditGate.Claim who,
      Purpose purpose,
      CaseId caseId,
      CaseCommand command,
      Optional<LocalDate> occurredOn,
      Optional<String> idempotencyKey,
      Operation op,
      CaseState state,
      boolean checked)
      throws StaleSnapshot {
    CaseTargets.Target target = targets.ofCase(who, purpose, caseId, state, op);
    Optional<ClientNumber> client = state.getClientNumber();
    AccessDecision asked = access.decide(who, target, op.resource, state, true, purpose);
    if (!asked.allowed()) {
      requireCurrent(caseId, state, checked);
    }
    AccessDecision d = access.authoriseChange(asked, who, target, caseId, client, purpose, op);
    Instant now = clock.instant();
    CommandContext ctx =
        new CommandContext(
            occurredOn.orElseGet(() -> today(now, target.network())),
            now,
            who.professional(),
            Optional.of(who.organisation()),
            Optional.of(target.network()));
    if (drawsOnBudget(command)) {
      ctx =
          budgetSpentElsewhere(target.network().getId(), caseId)
              .map(ctx::withBudgetSpentElsewhere)
              .orElse(ctx);
    }
    Decision decision;
    try {
      decision = ProcessRules.of(target.profile()).decide(state, command, ctx);
    } catch (InvalidValueException e) {
      requireCurrent(caseId, state, checked);
      throw refusedInput(e, who, target.id(), caseId, client, purpose, op, d, ctx.date());
    }
    if (!decision.isAccepted()) {
      requireCurrent(caseId, state, checked);
      // a retry of a command that was applied may no longer fit the case (a second judgement)
      Optional<CommandReceipt> replay =
          idempotencyKey.isPresent()
              ? replay(who, target, caseId, purpose, op, d, command, ctx, idempotencyKey.get())
              : Optional.empty();
      if (replay.isPresent()) {
        return replay.get();
      }
      refused(
          who, target.id(), caseId, client, purpose, op, d, decision.getViolations(), ctx.date());
      throw refusal(decision.getViolations(), readable(who, target, state, purpose, d));
    }
    List<CaseEvent> toAppend = decision.getEvents();
    CaseState next = fold(state, toAppend);
    Optional<AccessDecision> overreach =
        d.emergencyOverride() && command instanceof CaseCommand.RecordConsent
            ? Optional.of(access.rules(target).outlastingByKind(d))
            : access
                .rules(target)
                .afterOverride(
                    d, access.request(who, target, op.resource, state, true, purpose), next);
    if (overreach.isPresent()) {
      if (!overreach.get().allowed()) {
        requireCurrent(caseId, state, checked);
      }
      access.authoriseChange(overreach.get(), who, target, caseId, client, purpose, op);
    }
    boolean readable = readable(who, target, next, purpose, d);
    AuditEntry entry =
        allowedEntry(who, target.id(), caseId, client, purpose, op, d, readable, ctx.date());
    StreamAppend append =
        new StreamAppend(caseId, target.id(), state.getVersion(), toAppend, idempotencyKey);
    UnitOfWork work = new UnitOfWork(Optional.of(append), entry, Optional.empty());
    CommitResult result;
    try {
      result = stores.commit(work);
    } catch (IdempotencyKeyConflictException e) {
      // decided again on a newer version, a retry differs from the request it repeats: look for
      // that request before calling the key used for another one
      Optional<CommandReceipt> replay =
          replay(who, target, caseId, purpose, op, d, command, ctx, idempotencyKey.get());
      if (replay.isPresent()) {
        return replay.get();
      }
      throw failed(e, work, caseId);
    } catch (ConcurrencyConflictException e) {
      if (!checked) {
        throw new StaleSnapshot(); // nothing was written: decide again on the stored state
      }
      throw failed(e, work, caseId);
    } catch (RuntimeException e) {
      throw failed(e, work, caseId);
    }
    if (command instanceof CaseCommand.Transfer transfer && !result.append().get().isDuplicate()) {
      // both sides of a warm handover are audited: the receiving network's chain learns of it
      Handovers.recordProposal(
          stores, audit, who, purpose, caseId, target.id(), transfer.handover(), d);
    }
    return receipt(caseId, result.append().get(), next, readable);
  }

  /**
   * The audit record of an allowed write, with the act's business date and whether the receipt
   * holds the case's state.
   */
  private AuditEntry allowedEntry(
      AuditGate.Claim who,
      NetworkId network,
      CaseId caseId,
      Optional<ClientNumber> client,
      Purpose purpose,
      Operation op,
      AccessDecision d,
      boolean readable,
      LocalDate businessDate) {
    return audit.entry(
        who,
        network,
        caseId,
        client,
        purpose,
        op.name,
        op.action,
        op.categories,
        AuditGate.checks(d, AuditOutcome.ALLOWED),
        ImmutableSet.of(),
        ImmutableMap.of(
            BUSINESS_DATE, businessDate.toString(), "stateReturned", Boolean.toString(readable)));
  }

  /** Today in the network's time zone, at an instant of the clock. */
  private static LocalDate today(Instant now, Network network) {
    return LocalDate.ofInstant(now, network.getTimeZone());
  }

  /** The details of a refused attempt: the business date it was dated on. */
  private static ImmutableMap<String, String> dated(LocalDate businessDate) {
    return ImmutableMap.of(BUSINESS_DATE, businessDate.toString());
  }

  /**
   * The refusal of a command: to an actor who may not read the case, each rule with the catalogue's
   * reason only, since a rule's own reason may tell the case's history (its dates, its number of
   * entries) that the actor may not see.
   */
  private static RuleViolationException refusal(List<Violation> violations, boolean readable) {
    if (readable) {
      return new RuleViolationException(violations);
    }
    List<Violation> general = new java.util.ArrayList<>(violations.size());
    for (Violation v : violations) {
      Optional<nl.lon.rules.process.RuleId> id = nl.lon.rules.process.RuleId.of(v.rule());
      general.add(
          new Violation(
              v.rule(),
              v.step(),
              id.map(nl.lon.rules.process.RuleId::getReasonEn)
                  .orElse("the command breaks rule " + v.rule()),
              id.map(nl.lon.rules.process.RuleId::getReasonNl)
                  .orElse("de opdracht breekt regel " + v.rule())));
    }
    return new RuleViolationException(general);
  }

  /**
   * Whether the actor may read the case as it is after the command (the receipt then holds it). An
   * emergency reason counts only when the write itself needed the override, so that the write's
   * audit record shows it: a reason the write did not use opens nothing.
   */
  private boolean readable(
      AuditGate.Claim who,
      CaseTargets.Target target,
      CaseState state,
      Purpose purpose,
      AccessDecision write) {
    Purpose asked =
        write.emergencyOverride()
            ? purpose
            : new Purpose(
                purpose.purpose(), purpose.onBehalfOf(), purpose.legalBasis(), Optional.empty());
    return access.decide(who, target, AccessResource.CASE, state, false, asked).allowed();
  }

  /**
   * Answers a command repeated under its idempotency key after it was applied. The rules decide a
   * command against the version they see, so a retry decided on a later version has other sequences
   * than the request it repeats. This finds the version at which the command, decided again, gives
   * exactly a stored batch of the same actor and day, and commits that batch once more under the
   * key: the store answers with the earlier result as a duplicate (rule A2) and writes only the
   * audit record, or refuses (the key belongs to another batch) and writes nothing.
   *
   * @return the replay's receipt, or empty when the key was not used for this command
   */
  private Optional<CommandReceipt> replay(
      AuditGate.Claim who,
      CaseTargets.Target target,
      CaseId caseId,
      Purpose purpose,
      Operation op,
      AccessDecision d,
      CaseCommand command,
      CommandContext ctx,
      String key) {
    List<CaseEvent> stream = stores.eventStore().read(caseId);
    ProcessRules rules = rules(target.profile());
    NetworkId network = target.id();
    CaseState at = CaseState.empty();
    for (int v = 0; v < stream.size(); v++) {
      if (v > 0) {
        at = at.apply(stream.get(v - 1));
      }
      CaseEvent first = stream.get(v);
      if (!first.getActor().equals(who.id()) || !first.getBusinessDate().equals(ctx.date())) {
        continue;
      }
      Decision earlier = rules.decide(at, command, ctx);
      int n = earlier.isAccepted() ? earlier.getEvents().size() : 0;
      if (n == 0
          || v + n > stream.size()
          || !StreamAppend.fingerprint(network, earlier.getEvents())
              .equals(StreamAppend.fingerprint(network, stream.subList(v, v + n)))) {
        continue;
      }
      CaseState now = snapshots.loadOrPartial(caseId);
      boolean readable = readable(who, target, now, purpose, d);
      AuditEntry entry =
          audit.entry(
              who,
              network,
              caseId,
              now.getClientNumber(),
              purpose,
              op.name,
              op.action,
              op.categories,
              AuditGate.checks(d, AuditOutcome.ALLOWED),
              ImmutableSet.of(),
              ImmutableMap.of(
                  BUSINESS_DATE,
                  ctx.date().toString(),
                  "stateReturned",
                  Boolean.toString(readable && now.getVersion() == v + n)));
      StreamAppend again =
          new StreamAppend(caseId, network, v, earlier.getEvents(), Optional.of(key));
      CommitResult result;
      try {
        result = stores.commit(new UnitOfWork(Optional.of(again), entry, Optional.empty()));
      } catch (ConcurrencyConflictException e) {
        return Optional.empty(); // nothing written: the key is another batch's, or was never used
      }
      return Optional.of(receipt(caseId, result.append().get(), now, readable));
    }
    return Optional.empty();
  }

  /**
   * Reports a signal and opens a case; see {@link CaseService#reportSignal}. The opening's business
   * date is the day the signal was received; a signal received after today (in the network's time
   * zone) is decided on today, so that the rules refuse it as received in the future.
   */
  CommandReceipt open(
      ProfessionalId actor,
      Purpose purpose,
      CaseCommand.ReportSignal command,
      Optional<PersonalData> personalData,
      Optional<String> idempotencyKey) {
    Operation plain = Operation.of(command);
    Operation op =
        personalData.isPresent()
            ? plain.withCategories(
                ImmutableSet.<DataCategory>builder()
                    .addAll(plain.categories)
                    .add(DataCategory.PERSONAL_DATA)
                    .build())
            : plain;
    AuditGate.Claim who = audit.claim(actor);
    CaseId caseId = command.caseId();
    CaseTargets.Target target =
        targets.forOpening(who, purpose, caseId, command.network(), command.clientNumber(), op);
    Network network = target.network();
    Optional<ClientNumber> client = Optional.of(command.clientNumber());
    AccessResource resource =
        personalData.isPresent() ? AccessResource.PERSONAL_DATA : AccessResource.CASE;
    AccessDecision d =
        access.authoriseChange(
            access.decide(who, target, resource, CaseState.empty(), true, purpose),
            who,
            target,
            caseId,
            client,
            purpose,
            op);
    Instant now = clock.instant();
    LocalDate today = today(now, network);
    LocalDate received = command.signal().getReceivedOn();
    LocalDate businessDate = received.isAfter(today) ? today : received;
    if (personalData
        .flatMap(PersonalData::getDateOfBirth)
        .map(born -> !PlausibleDates.plausibleDateOfBirth(born, today))
        .orElse(false)) {
      audit.record(
          who,
          network.getId(),
          caseId,
          client,
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.checks(d, AuditOutcome.REFUSED),
          ImmutableSet.of("input.plausible-date-of-birth"),
          dated(businessDate));
      throw new InvalidValueException(
          "PersonalData.dateOfBirth",
          "plausible-date-of-birth",
          "a date of birth must not lie after today nor before 1900");
    }
    CaseState existing = snapshots.loadOrPartial(caseId);
    if (existing.getVersion() > 0 && !existing.getNetwork().equals(Optional.of(network.getId()))) {
      // another network's case: refuse without touching it, and keep the record in this network's
      // chain
      audit.record(
          who,
          network.getId(),
          caseId,
          client,
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.checks(d, AuditOutcome.CONFLICT),
          ImmutableSet.of("open.case-id-in-use"),
          dated(businessDate));
      throw new CaseIdInUseException(caseId.getValue());
    }
    CommandContext ctx =
        new CommandContext(
            businessDate,
            now,
            who.professional(),
            Optional.of(who.organisation()),
            Optional.of(network));
    Decision decision =
        decide(
            target.profile(),
            CaseState.empty(),
            command,
            ctx,
            who,
            network.getId(),
            caseId,
            client,
            purpose,
            op,
            d);
    if (!decision.isAccepted()) {
      refused(
          who,
          network.getId(),
          caseId,
          client,
          purpose,
          op,
          d,
          decision.getViolations(),
          ctx.date());
      throw new RuleViolationException(decision.getViolations());
    }
    CaseState next = fold(CaseState.empty(), decision.getEvents());
    boolean readable = readable(who, target, next, purpose, d);
    AuditEntry entry =
        allowedEntry(who, network.getId(), caseId, client, purpose, op, d, readable, ctx.date());
    StreamAppend append =
        new StreamAppend(caseId, network.getId(), 0, decision.getEvents(), idempotencyKey);
    Optional<VaultChange> vault =
        personalData.map(p -> VaultChange.put(network.getId(), command.clientNumber(), caseId, p));
    UnitOfWork work = new UnitOfWork(Optional.of(append), entry, vault);
    CommitResult result;
    try {
      try {
        result = stores.commit(work);
      } catch (RuntimeException e) {
        throw failed(e, work, caseId);
      }
    } catch (ConcurrencyConflictException e) {
      throw new CaseIdInUseException(caseId.getValue());
    }
    return receipt(caseId, result.append().get(), next, readable);
  }

  /** Records the outcome of a unit that failed; returns the exception to throw. */
  private RuntimeException failed(RuntimeException e, UnitOfWork work, CaseId caseId) {
    if (e instanceof ConcurrencyConflictException) {
      String rule =
          e instanceof IdempotencyKeyConflictException
              ? "concurrency.idempotency-key"
              : "concurrency.version";
      audit.recordAfterFailure(e, audit.withOutcome(work.audit(), AuditOutcome.CONFLICT, rule));
      return e;
    }
    if (e instanceof InvalidValueException invalid && "stream-network".equals(invalid.getRule())) {
      // a case of another network took this id meanwhile: say nothing about it
      CaseIdInUseException inUse = new CaseIdInUseException(caseId.getValue());
      audit.recordAfterFailure(
          inUse, audit.withOutcome(work.audit(), AuditOutcome.CONFLICT, "open.case-id-in-use"));
      return inUse;
    }
    if (e instanceof InvalidValueException invalid) {
      audit.recordAfterFailure(
          e, audit.withOutcome(work.audit(), AuditOutcome.REFUSED, "input." + invalid.getRule()));
      return e;
    }
    audit.recordAfterFailure(
        e, audit.withOutcome(work.audit(), AuditOutcome.FAILED, "store.failed"));
    return e;
  }

  /** The rules of a profile: those made at construction, else new ones. */
  private ProcessRules rules(MethodologyProfile profile) {
    ProcessRules r = rules.get(profile);
    return r != null ? r : ProcessRules.of(profile);
  }

  /** Asks the rules; input the events refuse is audited as refused, with the broken rule. */
  private Decision decide(
      MethodologyProfile profile,
      CaseState state,
      CaseCommand command,
      CommandContext ctx,
      AuditGate.Claim who,
      NetworkId network,
      CaseId caseId,
      Optional<ClientNumber> client,
      Purpose purpose,
      Operation op,
      AccessDecision d) {
    try {
      return rules(profile).decide(state, command, ctx);
    } catch (InvalidValueException e) {
      throw refusedInput(e, who, network, caseId, client, purpose, op, d, ctx.date());
    }
  }

  /** Records input the events refuse as refused, with the broken rule; returns the exception. */
  private InvalidValueException refusedInput(
      InvalidValueException e,
      AuditGate.Claim who,
      NetworkId network,
      CaseId caseId,
      Optional<ClientNumber> client,
      Purpose purpose,
      Operation op,
      AccessDecision d,
      LocalDate businessDate) {
    audit.record(
        who,
        network,
        caseId,
        client,
        purpose,
        op.name,
        op.action,
        op.categories,
        AuditGate.checks(d, AuditOutcome.REFUSED),
        ImmutableSet.of("input." + e.getRule()),
        dated(businessDate));
    return e;
  }

  private void refused(
      AuditGate.Claim who,
      NetworkId network,
      CaseId caseId,
      Optional<ClientNumber> client,
      Purpose purpose,
      Operation op,
      AccessDecision d,
      List<Violation> violations,
      LocalDate businessDate) {
    ImmutableSet.Builder<String> rules = ImmutableSet.builder();
    for (Violation v : violations) {
      rules.add(v.rule());
    }
    audit.record(
        who,
        network,
        caseId,
        client,
        purpose,
        op.name,
        op.action,
        op.categories,
        AuditGate.checks(d, AuditOutcome.REFUSED),
        rules.build(),
        dated(businessDate));
  }

  private CommandReceipt receipt(
      CaseId caseId, AppendResult appended, CaseState next, boolean readable) {
    if (appended.isDuplicate()) {
      CaseState now = snapshots.loadOrPartial(caseId);
      boolean same = now.getVersion() == appended.getLastSequence();
      return new CommandReceipt(
          caseId,
          appended.getLastSequence(),
          now.getStep(),
          true,
          readable && same ? Optional.of(now) : Optional.empty());
    }
    snapshots.put(caseId, next);
    return new CommandReceipt(
        caseId,
        next.getVersion(),
        next.getStep(),
        false,
        readable ? Optional.of(next) : Optional.empty());
  }

  private static CaseState fold(CaseState state, List<CaseEvent> toAppend) {
    CaseState next = state;
    for (CaseEvent e : toAppend) {
      next = next.apply(e);
    }
    return next;
  }

  /**
   * Whether a command spends from the care-purchase pot, directly or as a correction's replacement.
   */
  private static boolean drawsOnBudget(CaseCommand command) {
    CaseCommand c = command instanceof CaseCommand.CorrectEntry e ? e.replacement() : command;
    return c instanceof CaseCommand.UseInstrument u
        && u.use().getInstrument() == Instrument.CARE_PURCHASE_BUDGET;
  }

  /**
   * What the network's other cases spent from the care-purchase pot, by year, from the network's
   * projection; empty when the network cannot be read in bulk (the rules then refuse the spending,
   * rule {@code instrument.budget-pot}). Two spendings on different cases at the same moment are
   * each checked against the spending recorded before them.
   */
  private Optional<Map<Year, BigDecimal>> budgetSpentElsewhere(NetworkId network, CaseId self) {
    try {
      List<CaseState> others = new ArrayList<>();
      for (CaseState s : projections.current(network).states()) {
        if (!s.getCaseId().map(self::equals).orElse(false)) {
          others.add(s);
        }
      }
      return Optional.of(BudgetMandate.spentByYear(others));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
