package nl.lon.service;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.CaseIdInUseException;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.IdempotencyKeyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.LonException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.PlausibleDates;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.StreamAppend;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.store.VaultChange;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.access.AccessDecision;
import nl.lon.rules.access.AccessRequest;
import nl.lon.rules.access.AccessRules;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.agenda.UncomputableCase;
import nl.lon.rules.figures.FiguresAccumulator;
import nl.lon.rules.figures.FiguresScope;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * The case service: loads a case, checks access, asks the rules, and writes the command with its
 * audit record as one unit (casusdienst). The one entry point a vendor's system calls.
 *
 * <h2>Promises</h2>
 *
 * <ul>
 *   <li><b>Nothing lost.</b> A command's events, its audit record and its vault change are
 *       written by {@link Stores#commit} as one unit: all or nothing, on every adapter. A command
 *       that returns normally is stored; one that throws wrote nothing but its audit record.
 *   <li><b>Nothing leaked.</b> Access is decided by {@link AccessRules} from the roles the
 *       professional holds in the case, never from having written to it. A command returns the
 *       case state only when the actor may read the case ({@link CommandReceipt}); another
 *       network's case and a case that does not exist give the same {@link NotFoundException}.
 *       Reads return data only after their audit record is stored (fail closed).
 *   <li><b>Everything audited.</b> Every attempt leaves exactly one audit record in the chain of
 *       the network it concerns, whose outcome says what happened: {@link AuditOutcome#ALLOWED}
 *       (served or applied), {@link AuditOutcome#DENIED} (with the access rule), {@link
 *       AuditOutcome#REFUSED} (with the process rules' ids), {@link AuditOutcome#CONFLICT},
 *       {@link AuditOutcome#NOT_FOUND} (the claimed actor or the case is unknown) or {@link
 *       AuditOutcome#FAILED} (the store failed; written when the store can still write it).
 *       Attempts that name no known network are recorded in the chain {@link #UNATTRIBUTED}.
 * </ul>
 *
 * <p>A refused command throws {@link RuleViolationException} with the violations; a denied
 * access throws {@link AccessDeniedException} without case data; a stale version throws {@link
 * ConcurrencyConflictException} and nothing is written. Time comes from the injected {@link
 * Clock}. Case states are cached per case (a snapshot kept with its version and caught up with
 * only the newer events), so a command never replays a long stream. Thread-safe; several service
 * instances may share one storage.
 *
 * <pre>{@code
 * CaseService service = CaseService.builder().stores(stores)
 *     .profile(network, MethodologyProfile.enschede()).clock(clock).build();
 * CaseId caseId = CaseId.generate();
 * service.reportSignal(me, Purpose.of("register report"),
 *     new CaseCommand.ReportSignal(caseId, network, client, signal, household), Optional.empty());
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/ServiceSnippets.java}.
 *
 * @since 0.1
 */
public final class CaseService {

  /**
   * The audit chain of attempts that name no network known to the directory (an unknown
   * professional acting on an unknown case, for example): {@code lon-unattributed}. Reserved: no
   * network may use this id.
   */
  public static final NetworkId UNATTRIBUTED = NetworkId.of("lon-unattributed");

  private final Stores stores;
  private final EventStore events;
  private final Map<NetworkId, MethodologyProfile> profiles;
  private final Clock clock;
  private final Cache<CaseId, CaseState> snapshots;
  private final AuditGate gate;

  private CaseService(Builder b) {
    this.stores = Objects.requireNonNull(b.stores, "stores");
    this.events = stores.eventStore();
    this.profiles = Map.copyOf(b.profiles);
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.snapshots = CacheBuilder.newBuilder().maximumSize(b.cacheSize).build();
    this.gate = new AuditGate(stores, clock);
    if (profiles.containsKey(UNATTRIBUTED)) {
      throw new InvalidValueException("CaseService.profile", "reserved-network",
          "the network id " + UNATTRIBUTED + " is reserved for unattributed audit records");
    }
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- commands

  /**
   * Carries out a command on a case: checks access, asks the rules, writes the events and the
   * audit record as one unit.
   *
   * @param actor the acting professional
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param idempotencyKey a key that makes a retried command harmless, if the caller has one; the
   *     same key with different content is refused
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NotFoundException when the actor or the case is unknown, or the case belongs to
   *     another network than the actor's (the same answer, so nobody learns which)
   * @throws AccessDeniedException when the policy denies it
   * @throws RuleViolationException when the rules refuse it
   * @throws ConcurrencyConflictException when the case changed meanwhile or the key was used for
   *     another command
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt execute(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand command,
      Optional<String> idempotencyKey) {
    requireArguments(actor, purpose, caseId, command, idempotencyKey);
    if (command instanceof CaseCommand.ReportSignal) {
      CaseCommand.ReportSignal open = (CaseCommand.ReportSignal) command;
      if (!open.caseId().equals(caseId)) {
        throw new InvalidValueException("CaseService.caseId", "same-case",
            "the case id must be the signal's case id " + open.caseId());
      }
      return open(actor, purpose, open, Optional.empty(), idempotencyKey);
    }
    Operation op = Operation.of(command);
    AuditGate.Claim who = gate.claim(actor);
    CaseState state = load(caseId);
    CaseTarget target = target(who, purpose, caseId, state, op.name, op.action, op.categories);
    AccessDecision d = decideAccess(who, target, state, true, purpose);
    if (!d.allowed()) {
      gate.record(who, target.network.getId(), caseId, state.getClientNumber(), purpose, op.name, op.action,
          op.categories, AuditGate.checks(d, AuditOutcome.DENIED), ImmutableSet.of(d.rule()), ImmutableMap.of());
      throw new AccessDeniedException(d.rule(), d.message());
    }
    CommandContext ctx = new CommandContext(LocalDate.now(clock), clock.instant(), who.professional(),
        Optional.of(who.organisation()), Optional.of(target.network));
    Decision decision = decide(target.profile, state, command, ctx, who, target.network.getId(), caseId,
        state.getClientNumber(), purpose, op, d);
    if (!decision.isAccepted()) {
      // a retry of a command that was applied may no longer fit the case (a second judgement)
      Optional<CommandReceipt> replay = idempotencyKey.isPresent()
          ? replay(who, target, caseId, purpose, op, d, command, ctx, idempotencyKey.get())
          : Optional.empty();
      if (replay.isPresent()) {
        return replay.get();
      }
      refused(who, target.network.getId(), caseId, state.getClientNumber(), purpose, op, d, decision.getViolations());
      throw new RuleViolationException(decision.getViolations());
    }
    List<CaseEvent> toAppend = decision.getEvents();
    CaseState next = fold(state, toAppend);
    if (d.emergencyOverride() && becomesInvolved(who, state, next)) {
      // an override reaches this one command; it must not hand its actor a lasting role
      String rule = "access.emergency-self-involvement";
      gate.record(who, target.network.getId(), caseId, state.getClientNumber(), purpose, op.name, op.action,
          op.categories, AuditGate.checks(d, AuditOutcome.DENIED), ImmutableSet.of(rule), ImmutableMap.of());
      throw new AccessDeniedException(rule, "under an emergency override a professional may not make themselves or"
          + " their organisation involved in the case; ask the network director to involve them");
    }
    AccessDecision read = decideAccess(who, target, next, false, purpose);
    AuditEntry entry = gate.entry(who, target.network.getId(), caseId, state.getClientNumber(), purpose, op.name,
        op.action, read.allowed() ? op.categories : op.categories, AuditGate.checks(d, AuditOutcome.ALLOWED),
        ImmutableSet.of(), ImmutableMap.of("stateReturned", Boolean.toString(read.allowed())));
    StreamAppend append = new StreamAppend(caseId, target.network.getId(), state.getVersion(), toAppend, idempotencyKey);
    UnitOfWork work = new UnitOfWork(Optional.of(append), entry, Optional.empty());
    CommitResult result;
    try {
      result = stores.commit(work);
    } catch (IdempotencyKeyConflictException e) {
      // decided again on a newer version, a retry differs from the request it repeats: look for
      // that request before calling the key used for another one
      Optional<CommandReceipt> replay = replay(who, target, caseId, purpose, op, d, command, ctx, idempotencyKey.get());
      if (replay.isPresent()) {
        return replay.get();
      }
      throw failed(e, work, caseId);
    } catch (RuntimeException e) {
      throw failed(e, work, caseId);
    }
    return receipt(caseId, result.append().get(), next, read.allowed());
  }

  /**
   * Answers a command repeated under its idempotency key after it was applied. The rules decide a
   * command against the version they see, so a retry decided on a later version has other
   * sequences than the request it repeats. This finds the version at which the command, decided
   * again, gives exactly a stored batch of the same actor and day, and commits that batch once
   * more under the key: the store answers with the earlier result as a duplicate (rule A2) and
   * writes only the audit record, or refuses (the key belongs to another batch) and writes nothing.
   *
   * @return the replay's receipt, or empty when the key was not used for this command
   */
  private Optional<CommandReceipt> replay(AuditGate.Claim who, CaseTarget target, CaseId caseId, Purpose purpose,
      Operation op, AccessDecision d, CaseCommand command, CommandContext ctx, String key) {
    List<CaseEvent> stream = events.read(caseId);
    ProcessRules rules = ProcessRules.of(target.profile);
    NetworkId network = target.network.getId();
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
      if (n == 0 || v + n > stream.size() || !StreamAppend.fingerprint(network, earlier.getEvents())
          .equals(StreamAppend.fingerprint(network, stream.subList(v, v + n)))) {
        continue;
      }
      CaseState now = load(caseId);
      boolean readable = decideAccess(who, target, now, false, purpose).allowed();
      AuditEntry entry = gate.entry(who, network, caseId, now.getClientNumber(), purpose, op.name, op.action,
          op.categories, AuditGate.checks(d, AuditOutcome.ALLOWED), ImmutableSet.of(),
          ImmutableMap.of("stateReturned", Boolean.toString(readable && now.getVersion() == v + n)));
      StreamAppend again = new StreamAppend(caseId, network, v, earlier.getEvents(), Optional.of(key));
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
   * Reports a signal and opens a case (step 1); stores personal data apart from the events, in the
   * same unit as the signal, unless the profile works with client numbers only.
   *
   * <p>Of any number of concurrent openers of one case id exactly one wins; every other gets a
   * {@link CaseIdInUseException} and no data of the case. Repeating the very same signal (same
   * actor, network, client, content and business date) is a harmless replay. Use {@link
   * CaseId#generate()} for new case ids.
   *
   * @param actor the acting professional
   * @param purpose why
   * @param command the signal
   * @param personalData name, address and other contact data, kept in the vault
   * @return the receipt of the new case; it holds the state only when the actor may read the case
   * @throws CaseIdInUseException when the case id is already in use (nothing written)
   * @throws AccessDeniedException when the actor may not open a case in the network, or personal
   *     data are given to a network that works with client numbers only
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt reportSignal(ProfessionalId actor, Purpose purpose, CaseCommand.ReportSignal command,
      Optional<PersonalData> personalData) {
    requireArguments(actor, purpose, command, personalData);
    return open(actor, purpose, command, personalData, Optional.of("open:" + command.caseId()));
  }

  private CommandReceipt open(ProfessionalId actor, Purpose purpose, CaseCommand.ReportSignal command,
      Optional<PersonalData> personalData, Optional<String> idempotencyKey) {
    Operation op = Operation.of(command);
    ImmutableSet<DataCategory> categories = personalData.isPresent()
        ? ImmutableSet.<DataCategory>builder().addAll(op.categories).add(DataCategory.PERSONAL_DATA).build()
        : op.categories;
    AuditGate.Claim who = gate.claim(actor);
    CaseId caseId = command.caseId();
    Optional<Network> named = stores.directory().network(command.network());
    MethodologyProfile profile = profiles.get(command.network());
    if (who.isUnknown() || named.isEmpty() || profile == null) {
      NetworkId chain = named.isPresent() ? command.network() : who.network().orElse(UNATTRIBUTED);
      String rule = who.isUnknown() ? "not-found.professional" : named.isEmpty() ? "not-found.network" : "not-found.profile";
      gate.record(who, chain, caseId, chain.equals(command.network()) ? Optional.of(command.clientNumber()) : Optional.empty(),
          purpose, op.name, op.action, categories, AuditGate.denied(AuditOutcome.NOT_FOUND), ImmutableSet.of(rule),
          ImmutableMap.of());
      throw who.isUnknown() ? new NotFoundException("professional", actor.getValue())
          : named.isEmpty() ? new NotFoundException("network", command.network().getValue())
          : new NotFoundException("methodology profile for network", command.network().getValue());
    }
    Network network = named.get();
    CaseTarget target = new CaseTarget(network, profile);
    Optional<ClientNumber> client = Optional.of(command.clientNumber());
    if (personalData.isPresent() && profile.getAccess().isClientNumbersOnly()) {
      gate.record(who, network.getId(), caseId, client, purpose, op.name, op.action, categories,
          AuditGate.denied(AuditOutcome.DENIED), ImmutableSet.of("privacy.client-numbers-only"), ImmutableMap.of());
      throw new AccessDeniedException("privacy.client-numbers-only",
          "network " + network.getId() + " works with client numbers only: no name or address is stored");
    }
    AccessDecision d = decideAccess(who, target, CaseState.empty(), true, purpose);
    if (!d.allowed()) {
      gate.record(who, network.getId(), caseId, client, purpose, op.name, op.action, categories,
          AuditGate.checks(d, AuditOutcome.DENIED), ImmutableSet.of(d.rule()), ImmutableMap.of());
      throw new AccessDeniedException(d.rule(), d.message());
    }
    LocalDate today = LocalDate.now(clock);
    if (personalData.flatMap(PersonalData::getDateOfBirth)
        .map(born -> !PlausibleDates.plausibleDateOfBirth(born, today)).orElse(false)) {
      gate.record(who, network.getId(), caseId, client, purpose, op.name, op.action, categories,
          AuditGate.checks(d, AuditOutcome.REFUSED), ImmutableSet.of("input.plausible-date-of-birth"), ImmutableMap.of());
      throw new InvalidValueException("PersonalData.dateOfBirth", "plausible-date-of-birth",
          "a date of birth must not lie after today nor before 1900");
    }
    CaseState existing = load(caseId);
    if (existing.getVersion() > 0 && !existing.getNetwork().equals(Optional.of(network.getId()))) {
      // another network's case: refuse without touching it, and keep the record in this network's chain
      gate.record(who, network.getId(), caseId, client, purpose, op.name, op.action, categories,
          AuditGate.checks(d, AuditOutcome.CONFLICT), ImmutableSet.of("open.case-id-in-use"), ImmutableMap.of());
      throw new CaseIdInUseException(caseId.getValue());
    }
    CommandContext ctx = new CommandContext(LocalDate.now(clock), clock.instant(), who.professional(),
        Optional.of(who.organisation()), Optional.of(network));
    Decision decision = decide(profile, CaseState.empty(), command, ctx, who, network.getId(), caseId, client, purpose,
        op.withCategories(categories), d);
    if (!decision.isAccepted()) {
      refused(who, network.getId(), caseId, client, purpose, op.withCategories(categories), d, decision.getViolations());
      throw new RuleViolationException(decision.getViolations());
    }
    CaseState next = fold(CaseState.empty(), decision.getEvents());
    AccessDecision read = decideAccess(who, target, next, false, purpose);
    AuditEntry entry = gate.entry(who, network.getId(), caseId, client, purpose, op.name, op.action, categories,
        AuditGate.checks(d, AuditOutcome.ALLOWED), ImmutableSet.of(),
        ImmutableMap.of("stateReturned", Boolean.toString(read.allowed())));
    StreamAppend append = new StreamAppend(caseId, network.getId(), 0, decision.getEvents(), idempotencyKey);
    Optional<VaultChange> vault = personalData.map(p -> VaultChange.put(network.getId(), command.clientNumber(), p));
    CommitResult result;
    try {
      result = commit(new UnitOfWork(Optional.of(append), entry, vault), who, network.getId(), caseId, client, purpose,
          op.withCategories(categories), d);
    } catch (ConcurrencyConflictException e) {
      throw new CaseIdInUseException(caseId.getValue());
    }
    return receipt(caseId, result.append().get(), next, read.allowed());
  }

  /**
   * Judges the report (step 2).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the judgement
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt judgeReport(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.JudgeReport command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Takes the coordination decision (step 3).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the decision
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt decideCoordination(ProfessionalId actor, Purpose purpose, CaseId caseId,
      CaseCommand.DecideCoordination command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Appoints the trajectory director (step 4-5).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the appointment
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt appointTrajectoryDirector(ProfessionalId actor, Purpose purpose, CaseId caseId,
      CaseCommand.AppointTrajectoryDirector command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Adopts the plan of approach (step 5).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the plan
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt adoptPlan(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.AdoptPlan command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Closes the case (step 8).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the closure
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt close(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Close command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Hands the case over to another network (warm handover).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the handover
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt transfer(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Transfer command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Asks partners whether they know the client (step 3).
   *
   * @param actor the network director or a core member
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt requestInformation(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RequestInformation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Adds a partner's information (step 3 or later).
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt addInformation(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.AddInformation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a home visit (instrument 1).
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt recordHomeVisit(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordHomeVisit command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a life-domain scan (step 4 or later).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt recordScan(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordScan command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Forms the integral picture (step 4).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt formIntegralPicture(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.FormIntegralPicture command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Adopts a new plan version after an evaluation or deviation (step 7).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt adjustPlan(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.AdjustPlan command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Reports progress to the network director (step 6).
   *
   * @param actor the trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt reportProgress(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.ReportProgress command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records the progress talk with the trajectory director (step 6).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt holdProgressTalk(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.HoldProgressTalk command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a case conference, network meeting or steering-group meeting with its minutes.
   *
   * @param actor the network director or a participant
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt holdMeeting(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.HoldMeeting command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Evaluates the running plan (step 7).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt evaluate(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Evaluate command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a follow-up check on a closed case; a drop-out reopens it where the profile says so (step 9).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt recordFollowUp(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordFollowUp command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Reopens a closed or ended case.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt reopen(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Reopen command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records the client's signed consent form.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt recordConsent(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordConsent command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records that the client withdrew consent.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt withdrawConsent(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.WithdrawConsent command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Asks the network director to escalate.
   *
   * @param actor the trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt requestEscalation(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RequestEscalation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Escalates the case one rung on a ladder.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt escalate(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Escalate command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records how an escalation was resolved.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt resolveEscalation(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.ResolveEscalation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a pressure or coercion measure from the catalogue.
   *
   * @param actor a professional of the executing organisation
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt recordCoercionMeasure(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordCoercionMeasure command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records the use of an instrument, within its guard rails.
   *
   * @param actor per instrument
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt useInstrument(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.UseInstrument command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  // ---------------------------------------------------------------- reads

  /**
   * A case's timeline: its events in order.
   *
   * @param actor the reading professional
   * @param purpose why
   * @param caseId the case
   * @return the events
   * @throws NotFoundException when the actor or the case is unknown, or the case is another
   *     network's
   * @throws AccessDeniedException when the policy denies it
   */
  public ImmutableList<CaseEvent> timeline(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    readCase(actor, purpose, caseId, "read-timeline", DataCategory.CASE_EVENTS);
    return ImmutableList.copyOf(events.read(caseId));
  }

  /**
   * A case's current state.
   *
   * @param actor the reading professional
   * @param purpose why
   * @param caseId the case
   * @return the state
   * @throws NotFoundException when the actor or the case is unknown, or the case is another
   *     network's
   * @throws AccessDeniedException when the policy denies it
   */
  public CaseState read(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    return readCase(actor, purpose, caseId, "read-case", DataCategory.CASE_EVENTS);
  }

  /**
   * The client's personal data from the vault.
   *
   * @param actor the reading professional
   * @param purpose why
   * @param caseId the case
   * @return the data, or empty when none is stored or it was erased
   * @throws NotFoundException when the actor or the case is unknown, or the case is another
   *     network's
   * @throws AccessDeniedException when the policy denies it
   */
  public Optional<PersonalData> personalData(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    CaseState state = readCase(actor, purpose, caseId, "read-personal-data", DataCategory.PERSONAL_DATA);
    return stores.vault().get(state.getNetwork().get(), state.getClientNumber().get());
  }

  /**
   * Erases the client's personal data from the vault; the case history stays readable. The
   * erasure and its audit record are one unit.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @return whether anything was erased
   * @throws NotFoundException when the actor or the case is unknown, or the case is another
   *     network's
   * @throws AccessDeniedException when the actor is not a network director of the case's network
   */
  public boolean erasePersonalData(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    requireArguments(actor, purpose, caseId);
    String operation = "erase-personal-data";
    ImmutableSet<DataCategory> categories = ImmutableSet.of(DataCategory.PERSONAL_DATA);
    AuditGate.Claim who = gate.claim(actor);
    CaseState state = load(caseId);
    CaseTarget target = target(who, purpose, caseId, state, operation, AuditAction.DELETE, categories);
    boolean ok = who.professional().hasRole(ProfessionalRole.NETWORK_DIRECTOR);
    if (!ok) {
      gate.record(who, target.network.getId(), caseId, state.getClientNumber(), purpose, operation, AuditAction.DELETE,
          categories, AuditGate.role(false, AuditOutcome.DENIED), ImmutableSet.of("access.network-director-only"),
          ImmutableMap.of());
      throw new AccessDeniedException("access.network-director-only",
          operation + " is for a network director of network " + target.network.getId());
    }
    AuditEntry entry = gate.entry(who, target.network.getId(), caseId, state.getClientNumber(), purpose, operation,
        AuditAction.DELETE, categories, AuditGate.role(true, AuditOutcome.ALLOWED), ImmutableSet.of(), ImmutableMap.of());
    VaultChange erase = VaultChange.erase(target.network.getId(), state.getClientNumber().get());
    try {
      return stores.commit(new UnitOfWork(Optional.empty(), entry, Optional.of(erase))).vaultEntryExisted();
    } catch (RuntimeException e) {
      gate.recordAfterFailure(e, withOutcome(entry, AuditOutcome.FAILED, "store.failed"));
      throw e;
    }
  }

  /**
   * The agenda of a network at a date: every obligation of its open and followed cases.
   *
   * @param actor a network director of the network
   * @param purpose why
   * @param networkId the network
   * @param date the date to judge overdue against
   * @return the agenda
   * @throws NotFoundException when the actor or the network is unknown
   * @throws AccessDeniedException when the actor is not a network director of the network
   */
  public Agenda networkAgenda(ProfessionalId actor, Purpose purpose, NetworkId networkId, LocalDate date) {
    requireArguments(actor, purpose, networkId, date);
    AuditGate.Claim who = gate.claim(actor);
    CaseTarget target = networkTarget(who, purpose, networkId, "read-agenda", DataCategory.AGENDA);
    requireRole(who, target, purpose, "read-agenda", DataCategory.AGENDA, ImmutableMap.of(),
        ProfessionalRole.NETWORK_DIRECTOR);
    List<CaseState> states = new ArrayList<>();
    List<UncomputableCase> unreadable = new ArrayList<>(0);
    for (CaseId id : events.streams(networkId)) {
      try {
        states.add(load(id));
      } catch (RuntimeException e) {
        // one unreadable case must not take the network's agenda down; it is reported instead
        unreadable.add(UncomputableCase.from(id, e));
      }
    }
    return AgendaRules.of(target.profile).forCases(states, date).withUncomputable(unreadable);
  }

  /**
   * The agenda of one professional: obligations naming them, in the cases they may read.
   *
   * @param actor the professional
   * @param purpose why
   * @param date the date to judge overdue against
   * @return the agenda
   * @throws NotFoundException when the actor is unknown
   */
  public Agenda myAgenda(ProfessionalId actor, Purpose purpose, LocalDate date) {
    requireArguments(actor, purpose, date);
    AuditGate.Claim who = gate.claim(actor);
    CaseTarget target = networkTarget(who, purpose, who.network().orElse(UNATTRIBUTED), "read-own-agenda",
        DataCategory.AGENDA);
    List<CaseState> mine = new ArrayList<>();
    Purpose ordinary = new Purpose(purpose.purpose(), purpose.onBehalfOf(), purpose.legalBasis(), Optional.empty());
    List<UncomputableCase> unreadable = new ArrayList<>(0);
    for (CaseId id : events.streams(target.network.getId())) {
      CaseState s;
      try {
        s = load(id);
      } catch (RuntimeException e) {
        unreadable.add(UncomputableCase.from(id, e));
        continue;
      }
      boolean named = s.getInvolvedProfessionals().contains(actor)
          || s.getTrajectoryDirector().map(actor::equals).orElse(false);
      if (named && decideAccess(who, target, s, false, ordinary).allowed()) {
        mine.add(s);
      }
    }
    gate.record(who, target.network.getId(), null, Optional.empty(), purpose, "read-own-agenda", AuditAction.READ,
        ImmutableSet.of(DataCategory.AGENDA), AuditGate.role(true, AuditOutcome.ALLOWED), ImmutableSet.of(),
        ImmutableMap.of());
    return AgendaRules.of(target.profile).forCases(mine, date).forProfessional(actor).withUncomputable(unreadable);
  }

  /**
   * Management figures of a network over a period, from its events only, with small counts
   * suppressed at the profile's threshold ({@link MethodologyProfile#getSmallCellThreshold()});
   * for the network director and the steering group.
   *
   * @param actor a network director or steering-group member of the network
   * @param purpose why
   * @param networkId the network
   * @param period the period whose signalled cases count
   * @return the figures
   * @throws NotFoundException when the actor or the network is unknown
   * @throws AccessDeniedException when the actor is neither a network director nor a
   *     steering-group member of the network
   */
  public ManagementFigures figures(ProfessionalId actor, Purpose purpose, NetworkId networkId, ReportingPeriod period) {
    return figures(actor, purpose, networkId, period, 0);
  }

  /**
   * Management figures with a stricter small-cell threshold than the profile's: a caller may
   * raise the threshold, never lower it.
   *
   * @param actor a network director or steering-group member of the network
   * @param purpose why
   * @param networkId the network
   * @param period the period whose signalled cases count
   * @param suppressionThreshold counts below this are hidden; at least the profile's threshold
   *     (0 means the profile's)
   * @return the figures
   * @throws InvalidValueException (rule {@code not-below-profile}) when the threshold is below the
   *     profile's
   * @throws NotFoundException when the actor or the network is unknown
   * @throws AccessDeniedException when the actor is neither a network director nor a
   *     steering-group member of the network
   */
  public ManagementFigures figures(ProfessionalId actor, Purpose purpose, NetworkId networkId, ReportingPeriod period,
      int suppressionThreshold) {
    requireArguments(actor, purpose, networkId, period);
    String operation = "read-management-figures";
    AuditGate.Claim who = gate.claim(actor);
    CaseTarget target = networkTarget(who, purpose, networkId, operation, DataCategory.MANAGEMENT_FIGURES);
    int floor = target.profile.getSmallCellThreshold();
    int threshold = suppressionThreshold == 0 ? floor : suppressionThreshold;
    ImmutableMap<String, String> details = ImmutableMap.of("suppressionThreshold", Integer.toString(threshold),
        "period", period.toString());
    if (threshold < floor) {
      gate.record(who, networkId, null, Optional.empty(), purpose, operation, AuditAction.READ,
          ImmutableSet.of(DataCategory.MANAGEMENT_FIGURES), AuditGate.role(true, AuditOutcome.REFUSED),
          ImmutableSet.of("figures.threshold-below-profile"), details);
      throw new InvalidValueException("CaseService.suppressionThreshold", "not-below-profile",
          "the small-cell threshold may be raised, never lowered below the profile's " + floor);
    }
    requireRole(who, target, purpose, operation, DataCategory.MANAGEMENT_FIGURES, details,
        ProfessionalRole.NETWORK_DIRECTOR, ProfessionalRole.STEERING_GROUP_MEMBER);
    FiguresAccumulator acc = FiguresAccumulator.create(target.profile, period, FiguresScope.network(networkId));
    for (CaseId id : events.streams(networkId)) {
      List<CaseEvent> history;
      try {
        history = events.read(id);
      } catch (RuntimeException e) {
        acc.reportUnreadable(id);
        continue;
      }
      acc.acceptHistory(history);
    }
    return acc.result(threshold);
  }

  /**
   * The audit trail of a case in its network's chain; reading it is itself audited.
   *
   * @param actor a network director of the case's network
   * @param purpose why
   * @param caseId the case
   * @return the records
   * @throws NotFoundException when the actor or the case is unknown, or the case is another
   *     network's
   * @throws AccessDeniedException when the actor is not a network director of the network
   */
  public ImmutableList<AuditRecord> auditTrail(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    requireArguments(actor, purpose, caseId);
    String operation = "read-audit-log";
    ImmutableSet<DataCategory> categories = ImmutableSet.of(DataCategory.AUDIT_LOG);
    AuditGate.Claim who = gate.claim(actor);
    CaseState state = load(caseId);
    CaseTarget target = target(who, purpose, caseId, state, operation, AuditAction.READ, categories);
    boolean ok = who.professional().hasRole(ProfessionalRole.NETWORK_DIRECTOR);
    gate.record(who, target.network.getId(), caseId, state.getClientNumber(), purpose, operation, AuditAction.READ,
        categories, AuditGate.role(ok, ok ? AuditOutcome.ALLOWED : AuditOutcome.DENIED),
        ok ? ImmutableSet.of() : ImmutableSet.of("access.network-director-only"), ImmutableMap.of());
    if (!ok) {
      throw new AccessDeniedException("access.network-director-only",
          operation + " is for a network director of network " + target.network.getId());
    }
    return ImmutableList.copyOf(stores.auditLog().readForCase(target.network.getId(), caseId));
  }

  // ---------------------------------------------------------------- internals

  /** The network a case belongs to and its profile. */
  private record CaseTarget(Network network, MethodologyProfile profile) {}

  /**
   * The network and profile of an existing case the claimed actor works in; otherwise records the
   * attempt and throws the one answer for "unknown", "not yours" and "does not exist".
   */
  private CaseTarget target(AuditGate.Claim who, Purpose purpose, CaseId caseId, CaseState state, String operation,
      AuditAction action, ImmutableSet<DataCategory> categories) {
    if (state.getVersion() == 0) {
      NetworkId chain = who.network().orElse(UNATTRIBUTED);
      gate.record(who, chain, caseId, Optional.empty(), purpose, operation, action, categories,
          AuditGate.denied(AuditOutcome.NOT_FOUND),
          ImmutableSet.of(who.isUnknown() ? "not-found.professional" : "not-found.case"), ImmutableMap.of());
      throw who.isUnknown() ? unknownProfessional(who) : caseNotFound(caseId);
    }
    NetworkId networkId = state.getNetwork().get();
    if (who.isUnknown()) {
      gate.record(who, networkId, caseId, state.getClientNumber(), purpose, operation, action, categories,
          AuditGate.denied(AuditOutcome.NOT_FOUND), ImmutableSet.of("not-found.professional"), ImmutableMap.of());
      throw unknownProfessional(who);
    }
    if (!who.worksIn(networkId)) {
      gate.record(who, networkId, caseId, state.getClientNumber(), purpose, operation, action, categories,
          AuditGate.denied(AuditOutcome.DENIED), ImmutableSet.of("access.other-network"), ImmutableMap.of());
      throw caseNotFound(caseId);
    }
    return configured(who, purpose, networkId, caseId, state.getClientNumber(), operation, action, categories);
  }

  /** The network and profile for a network-level read; records and throws when unknown. */
  private CaseTarget networkTarget(AuditGate.Claim who, Purpose purpose, NetworkId networkId, String operation,
      DataCategory category) {
    ImmutableSet<DataCategory> categories = ImmutableSet.of(category);
    boolean known = stores.directory().network(networkId).isPresent();
    if (who.isUnknown()) {
      gate.record(who, known ? networkId : UNATTRIBUTED, null, Optional.empty(), purpose, operation, AuditAction.READ,
          categories, AuditGate.denied(AuditOutcome.NOT_FOUND), ImmutableSet.of("not-found.professional"),
          ImmutableMap.of());
      throw unknownProfessional(who);
    }
    return configured(who, purpose, known ? networkId : who.network().get(), null, Optional.empty(), operation,
        AuditAction.READ, categories, networkId);
  }

  private CaseTarget configured(AuditGate.Claim who, Purpose purpose, NetworkId networkId, CaseId caseId,
      Optional<ClientNumber> client, String operation, AuditAction action, ImmutableSet<DataCategory> categories) {
    return configured(who, purpose, networkId, caseId, client, operation, action, categories, networkId);
  }

  /** Looks up the network and profile; {@code asked} is the network the caller named. */
  private CaseTarget configured(AuditGate.Claim who, Purpose purpose, NetworkId chain, CaseId caseId,
      Optional<ClientNumber> client, String operation, AuditAction action, ImmutableSet<DataCategory> categories,
      NetworkId asked) {
    Optional<Network> network = stores.directory().network(asked);
    MethodologyProfile profile = profiles.get(asked);
    if (network.isEmpty() || profile == null) {
      gate.record(who, chain, caseId, client, purpose, operation, action, categories,
          AuditGate.denied(AuditOutcome.NOT_FOUND),
          ImmutableSet.of(network.isEmpty() ? "not-found.network" : "not-found.profile"), ImmutableMap.of());
      throw network.isEmpty() ? new NotFoundException("network", asked.getValue())
          : new NotFoundException("methodology profile for network", asked.getValue());
    }
    return new CaseTarget(network.get(), profile);
  }

  private void requireRole(AuditGate.Claim who, CaseTarget target, Purpose purpose, String operation,
      DataCategory category, ImmutableMap<String, String> details, ProfessionalRole... roles) {
    boolean ok = who.worksIn(target.network.getId());
    boolean hasRole = false;
    for (ProfessionalRole role : roles) {
      hasRole |= who.professional().hasRole(role);
    }
    ok &= hasRole;
    String rule = !who.worksIn(target.network.getId()) ? "access.other-network"
        : roles.length == 1 ? "access.network-director-only" : "access.figures";
    gate.record(who, target.network.getId(), null, Optional.empty(), purpose, operation, AuditAction.READ,
        ImmutableSet.of(category), AuditGate.role(ok, ok ? AuditOutcome.ALLOWED : AuditOutcome.DENIED),
        ok ? ImmutableSet.of() : ImmutableSet.of(rule), details);
    if (!ok) {
      throw new AccessDeniedException(rule, roles.length == 1
          ? operation + " is for a network director of network " + target.network.getId()
          : "management figures are for the network director and the steering group of network "
              + target.network.getId());
    }
  }

  private CaseState readCase(ProfessionalId actor, Purpose purpose, CaseId caseId, String operation,
      DataCategory category) {
    requireArguments(actor, purpose, caseId);
    ImmutableSet<DataCategory> categories = ImmutableSet.of(category);
    AuditGate.Claim who = gate.claim(actor);
    CaseState state = load(caseId);
    CaseTarget target = target(who, purpose, caseId, state, operation, AuditAction.READ, categories);
    AccessDecision d = decideAccess(who, target, state, false, purpose);
    // the record is stored before any data leaves: if it cannot be written, nothing is returned
    gate.record(who, target.network.getId(), caseId, state.getClientNumber(), purpose, operation, AuditAction.READ,
        categories, AuditGate.checks(d, d.allowed() ? AuditOutcome.ALLOWED : AuditOutcome.DENIED),
        d.allowed() ? ImmutableSet.of() : ImmutableSet.of(d.rule()), ImmutableMap.of());
    if (!d.allowed()) {
      throw new AccessDeniedException(d.rule(), d.message());
    }
    return state;
  }

  private AccessDecision decideAccess(AuditGate.Claim who, CaseTarget target, CaseState state, boolean write,
      Purpose purpose) {
    return AccessRules.of(target.profile.getAccess()).decide(new AccessRequest(who.professional(), who.organisation(),
        target.network, state, write, LocalDate.now(clock), purpose.legalBasis(), purpose.emergencyReason()));
  }

  /** Writes a unit; records the outcome of a unit that failed, then rethrows. */
  private CommitResult commit(UnitOfWork work, AuditGate.Claim who, NetworkId network, CaseId caseId,
      Optional<ClientNumber> client, Purpose purpose, Operation op, AccessDecision d) {
    try {
      return stores.commit(work);
    } catch (RuntimeException e) {
      throw failed(e, work, caseId);
    }
  }

  /** Records the outcome of a unit that failed; returns the exception to throw. */
  private RuntimeException failed(RuntimeException e, UnitOfWork work, CaseId caseId) {
    if (e instanceof ConcurrencyConflictException) {
      String rule = e instanceof IdempotencyKeyConflictException ? "concurrency.idempotency-key" : "concurrency.version";
      gate.recordAfterFailure(e, withOutcome(work.audit(), AuditOutcome.CONFLICT, rule));
      return e;
    }
    if (e instanceof InvalidValueException && "stream-network".equals(((InvalidValueException) e).getRule())) {
      // a case of another network took this id meanwhile: say nothing about it
      CaseIdInUseException inUse = new CaseIdInUseException(caseId.getValue());
      gate.recordAfterFailure(inUse, withOutcome(work.audit(), AuditOutcome.CONFLICT, "open.case-id-in-use"));
      return inUse;
    }
    if (e instanceof InvalidValueException) {
      gate.recordAfterFailure(e, withOutcome(work.audit(), AuditOutcome.REFUSED,
          "input." + ((InvalidValueException) e).getRule()));
      return e;
    }
    gate.recordAfterFailure(e, withOutcome(work.audit(), AuditOutcome.FAILED, "store.failed"));
    return e;
  }

  /** The same attempt with another outcome and rule; the details say the state was not returned. */
  private static AuditEntry withOutcome(AuditEntry entry, AuditOutcome outcome, String rule) {
    ImmutableMap.Builder<String, String> details = ImmutableMap.builder();
    entry.getDetails().forEach((k, v) -> details.put(k, "stateReturned".equals(k) ? "false" : v));
    return AuditEntry.builder().from(entry)
        .eventId(java.util.UUID.randomUUID().toString())
        .checks(nl.lon.persistence.audit.AccessChecks.builder().from(entry.getChecks()).outcome(outcome).build())
        .ruleIds(ImmutableSet.of(rule))
        .details(details.build())
        .build();
  }

  /** Asks the rules; input the events refuse is audited as refused, with the broken rule. */
  private Decision decide(MethodologyProfile profile, CaseState state, CaseCommand command, CommandContext ctx,
      AuditGate.Claim who, NetworkId network, CaseId caseId, Optional<ClientNumber> client, Purpose purpose,
      Operation op, AccessDecision d) {
    try {
      return ProcessRules.of(profile).decide(state, command, ctx);
    } catch (InvalidValueException e) {
      gate.record(who, network, caseId, client, purpose, op.name, op.action, op.categories,
          AuditGate.checks(d, AuditOutcome.REFUSED), ImmutableSet.of("input." + e.getRule()), ImmutableMap.of());
      throw e;
    }
  }

  private void refused(AuditGate.Claim who, NetworkId network, CaseId caseId, Optional<ClientNumber> client,
      Purpose purpose, Operation op, AccessDecision d, List<Violation> violations) {
    ImmutableSet.Builder<String> rules = ImmutableSet.builder();
    for (Violation v : violations) {
      rules.add(v.rule());
    }
    gate.record(who, network, caseId, client, purpose, op.name, op.action, op.categories,
        AuditGate.checks(d, AuditOutcome.REFUSED), rules.build(), ImmutableMap.of());
  }

  private CommandReceipt receipt(CaseId caseId, AppendResult appended, CaseState next, boolean readable) {
    if (appended.isDuplicate()) {
      CaseState now = load(caseId);
      boolean same = now.getVersion() == appended.getLastSequence();
      return new CommandReceipt(caseId, appended.getLastSequence(), now.getStep(), true,
          readable && same ? Optional.of(now) : Optional.empty());
    }
    snapshots.put(caseId, next);
    return new CommandReceipt(caseId, next.getVersion(), next.getStep(), false,
        readable ? Optional.of(next) : Optional.empty());
  }

  private static boolean becomesInvolved(AuditGate.Claim who, CaseState before, CaseState after) {
    ProfessionalId id = who.professional().getId();
    nl.lon.core.id.OrganisationId organisation = who.professional().getOrganisation();
    boolean professional = !before.getInvolvedProfessionals().contains(id) && after.getInvolvedProfessionals().contains(id);
    boolean org = !before.getInvolvedOrganisations().contains(organisation)
        && after.getInvolvedOrganisations().contains(organisation);
    boolean director = !before.getTrajectoryDirector().equals(after.getTrajectoryDirector())
        && after.getTrajectoryDirector().map(id::equals).orElse(false);
    return professional || org || director;
  }

  private static CaseState fold(CaseState state, List<CaseEvent> toAppend) {
    CaseState next = state;
    for (CaseEvent e : toAppend) {
      next = next.apply(e);
    }
    return next;
  }

  private static NotFoundException caseNotFound(CaseId caseId) {
    return new NotFoundException("case", caseId.getValue());
  }

  private static NotFoundException unknownProfessional(AuditGate.Claim who) {
    return new NotFoundException("professional", who.id().getValue());
  }

  private static void requireArguments(Object... arguments) {
    for (Object a : arguments) {
      Objects.requireNonNull(a, "argument");
    }
  }

  /** The case's state: the cached snapshot caught up with newer events only. */
  private CaseState load(CaseId caseId) {
    CaseState cached = snapshots.getIfPresent(caseId);
    long stored = events.version(caseId);
    if (cached != null && cached.getVersion() == stored) {
      return cached;
    }
    CaseState state = cached != null && cached.getVersion() < stored ? cached : CaseState.empty();
    for (CaseEvent e : events.read(caseId, state.getVersion() + 1)) {
      state = state.apply(e);
    }
    if (state.getVersion() > 0) {
      snapshots.put(caseId, state);
    }
    return state;
  }

  /** Builds a {@link CaseService}. */
  public static final class Builder {
    private Stores stores;
    private final Map<NetworkId, MethodologyProfile> profiles = new HashMap<>();
    private Clock clock = Clock.systemDefaultZone();
    private long cacheSize = 100_000;

    private Builder() {}

    /**
     * The storage: event store, audit log, vault and directory of one database, with the atomic
     * commit every command uses ({@code new InMemoryStores()}, {@code JdbcStores.create(ds)}).
     *
     * @param stores the storage
     * @return this builder
     */
    public Builder stores(Stores stores) {
      this.stores = stores;
      return this;
    }

    /**
     * The methodology profile of a network.
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
     * The clock that gives today's date and the recorded instants.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * How many case snapshots to keep in memory (default 100,000).
     *
     * @param size the maximum
     * @return this builder
     */
    public Builder snapshotCacheSize(long size) {
      this.cacheSize = size;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws NullPointerException when the stores or the clock are missing
     */
    public CaseService build() {
      return new CaseService(this);
    }
  }
}
