package nl.lon.rules.service;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
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
import java.util.UUID;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.rules.access.AccessDecision;
import nl.lon.rules.access.AccessRequest;
import nl.lon.rules.access.AccessRules;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.AgendaRules;
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
 * The case service: loads a case, checks access, asks the rules, appends with the expected
 * version, and audits (casusdienst). The one entry point a vendor's system calls.
 *
 * <p>Every read and write of case data, every denied attempt, erasure and read of the audit log
 * leaves an audit record. A refused command throws {@link nl.lon.core.error.RuleViolationException}
 * with the violations; a denied access throws {@link AccessDeniedException} without case data; a
 * stale version throws {@link nl.lon.core.error.ConcurrencyConflictException} and nothing is
 * written. Time comes from the injected {@link Clock}. Case states are cached per case (a snapshot
 * kept with its version and caught up with only the newer events), so a command never replays a
 * long stream. Thread-safe.
 *
 * <pre>{@code
 * CaseService service = CaseService.builder().eventStore(store).auditLog(audit).vault(vault)
 *     .directory(directory).profile(network, MethodologyProfile.enschede()).clock(clock).build();
 * service.reportSignal(me, Purpose.of("register report"), new CaseCommand.ReportSignal(...), Optional.empty());
 * }</pre>
 *
 * @since 0.1
 */
public final class CaseService {

  private final EventStore events;
  private final AuditLog audit;
  private final PersonalDataVault vault;
  private final Directory directory;
  private final Map<NetworkId, MethodologyProfile> profiles;
  private final Clock clock;
  private final Cache<CaseId, CaseState> snapshots;

  private CaseService(Builder b) {
    this.events = Objects.requireNonNull(b.events, "eventStore");
    this.audit = Objects.requireNonNull(b.audit, "auditLog");
    this.vault = Objects.requireNonNull(b.vault, "vault");
    this.directory = Objects.requireNonNull(b.directory, "directory");
    this.profiles = Map.copyOf(b.profiles);
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.snapshots = CacheBuilder.newBuilder().maximumSize(b.cacheSize).build();
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
   * Carries out a command on a case: checks access, asks the rules, appends, audits.
   *
   * @param actor the acting professional
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param idempotencyKey a key that makes a retried command harmless, if the caller has one
   * @return the case state after the command
   * @throws AccessDeniedException when the policy denies it
   * @throws nl.lon.core.error.RuleViolationException when the rules refuse it
   * @throws nl.lon.core.error.ConcurrencyConflictException when the case changed meanwhile
   */
  public CaseState execute(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand command,
      Optional<String> idempotencyKey) {
    Actor who = actor(actor);
    CaseState state = load(caseId);
    NetworkId networkId = command instanceof CaseCommand.ReportSignal
        ? ((CaseCommand.ReportSignal) command).network()
        : state.getNetwork().orElseThrow(() -> new NotFoundException("case", caseId.getValue()));
    Network network = network(networkId);
    MethodologyProfile profile = profile(networkId);
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    Operation op = Operation.of(command);
    authorise(who, network, profile, state, true, purpose, caseId, clientOf(state, command), op.name, op.action, op.categories);
    CommandContext ctx = new CommandContext(today, now, who.professional, Optional.of(who.organisation), Optional.of(network));
    Decision decision = ProcessRules.of(profile).decide(state, command, ctx);
    List<CaseEvent> toAppend = decision.orElseThrow();
    AppendResult result = events.append(caseId, networkId, state.getVersion(), toAppend, idempotencyKey);
    CaseState next = state;
    if (result.isDuplicate()) {
      next = load(caseId);
    } else {
      for (CaseEvent e : toAppend) {
        next = next.apply(e);
      }
      snapshots.put(caseId, next);
    }
    return next;
  }

  /**
   * Reports a signal and opens a case (step 1); stores personal data apart from the events, unless
   * the profile works with client numbers only.
   *
   * @param actor the acting professional
   * @param purpose why
   * @param command the signal
   * @param personalData name, address and other contact data, kept in the vault
   * @return the new case's state
   */
  public CaseState reportSignal(ProfessionalId actor, Purpose purpose, CaseCommand.ReportSignal command,
      Optional<PersonalData> personalData) {
    MethodologyProfile profile = profile(command.network());
    if (personalData.isPresent() && profile.getAccess().isClientNumbersOnly()) {
      AccessChecks denied = AccessChecks.builder().authorised(false).relationshipToCase(false)
          .consentOrLegalBasis(false).emergencyOverride(false).outcome(AuditOutcome.DENIED).build();
      auditEntry(actor(actor), command.network(), command.caseId(), command.clientNumber(), purpose,
          "store-personal-data", AuditAction.CREATE, ImmutableSet.of(DataCategory.PERSONAL_DATA), denied);
      throw new AccessDeniedException("privacy.client-numbers-only",
          "network " + command.network() + " works with client numbers only: no name or address is stored");
    }
    CaseState state = execute(actor, purpose, command.caseId(), command, Optional.of("open:" + command.caseId()));
    personalData.ifPresent(p -> vault.put(command.network(), command.clientNumber(), p));
    return state;
  }

  /**
   * Judges the report (step 2).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the judgement
   * @return the state after it
   */
  public CaseState judgeReport(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.JudgeReport command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Takes the coordination decision (step 3).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the decision
   * @return the state after it
   */
  public CaseState decideCoordination(ProfessionalId actor, Purpose purpose, CaseId caseId,
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
   * @return the state after it
   */
  public CaseState appointTrajectoryDirector(ProfessionalId actor, Purpose purpose, CaseId caseId,
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
   * @return the state after it
   */
  public CaseState adoptPlan(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.AdoptPlan command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Closes the case (step 8).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the closure
   * @return the state after it
   */
  public CaseState close(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Close command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Hands the case over to another network (warm handover).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the handover
   * @return the state after it
   */
  public CaseState transfer(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Transfer command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Asks partners whether they know the client (step 3).
   *
   * @param actor the network director or a core member
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState requestInformation(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RequestInformation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Adds a partner's information (step 3 or later).
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState addInformation(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.AddInformation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a home visit (instrument 1).
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState recordHomeVisit(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordHomeVisit command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a life-domain scan (step 4 or later).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState recordScan(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordScan command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Forms the integral picture (step 4).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState formIntegralPicture(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.FormIntegralPicture command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Adopts a new plan version after an evaluation or deviation (step 7).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState adjustPlan(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.AdjustPlan command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Reports progress to the network director (step 6).
   *
   * @param actor the trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState reportProgress(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.ReportProgress command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records the progress talk with the trajectory director (step 6).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState holdProgressTalk(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.HoldProgressTalk command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a case conference, network meeting or steering-group meeting with its minutes.
   *
   * @param actor the network director or a participant
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState holdMeeting(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.HoldMeeting command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Evaluates the running plan (step 7).
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState evaluate(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Evaluate command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a follow-up check on a closed case; a drop-out reopens it where the profile says so (step 9).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState recordFollowUp(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordFollowUp command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Reopens a closed or ended case.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState reopen(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Reopen command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records the client's signed consent form.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState recordConsent(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordConsent command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records that the client withdrew consent.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState withdrawConsent(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.WithdrawConsent command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Asks the network director to escalate.
   *
   * @param actor the trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState requestEscalation(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RequestEscalation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Escalates the case one rung on a ladder.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState escalate(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Escalate command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records how an escalation was resolved.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState resolveEscalation(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.ResolveEscalation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a pressure or coercion measure from the catalogue.
   *
   * @param actor a professional of the executing organisation
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState recordCoercionMeasure(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordCoercionMeasure command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records the use of an instrument, within its guard rails.
   *
   * @param actor per instrument
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the state after it
   */
  public CaseState useInstrument(ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.UseInstrument command) {
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
   */
  public Optional<PersonalData> personalData(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    CaseState state = readCase(actor, purpose, caseId, "read-personal-data", DataCategory.PERSONAL_DATA);
    return vault.get(state.getNetwork().get(), state.getClientNumber().get());
  }

  /**
   * Erases the client's personal data from the vault; the case history stays readable.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @return whether anything was erased
   */
  public boolean erasePersonalData(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    Actor who = actor(actor);
    CaseState state = existing(caseId);
    Network network = network(state.getNetwork().get());
    requireDirector(who, network, state, purpose, caseId, "erase-personal-data", AuditAction.DELETE, DataCategory.PERSONAL_DATA);
    return vault.erase(network.getId(), state.getClientNumber().get());
  }

  /**
   * The agenda of a network at a date: every obligation of its open and followed cases.
   *
   * @param actor a network director of the network
   * @param purpose why
   * @param networkId the network
   * @param date the date to judge overdue against
   * @return the agenda
   */
  public Agenda networkAgenda(ProfessionalId actor, Purpose purpose, NetworkId networkId, LocalDate date) {
    Actor who = actor(actor);
    Network network = network(networkId);
    requireDirector(who, network, CaseState.empty(), purpose, null, "read-agenda", AuditAction.READ, DataCategory.AGENDA);
    List<CaseState> states = new ArrayList<>();
    for (CaseId id : events.streams(networkId)) {
      states.add(load(id));
    }
    return AgendaRules.of(profile(networkId)).forCases(states, date);
  }

  /**
   * The agenda of one professional: obligations naming them, in the cases they may see.
   *
   * @param actor the professional
   * @param purpose why
   * @param date the date to judge overdue against
   * @return the agenda
   */
  public Agenda myAgenda(ProfessionalId actor, Purpose purpose, LocalDate date) {
    Actor who = actor(actor);
    Network network = network(who.professional.getNetwork());
    MethodologyProfile profile = profile(network.getId());
    List<CaseState> mine = new ArrayList<>();
    for (CaseId id : events.streams(network.getId())) {
      CaseState s = load(id);
      if (s.getInvolvedProfessionals().contains(actor) || s.getTrajectoryDirector().map(actor::equals).orElse(false)) {
        mine.add(s);
      }
    }
    auditEntry(who, network.getId(), null, null, purpose, "read-own-agenda", AuditAction.READ,
        ImmutableSet.of(DataCategory.AGENDA), allowedChecks(true));
    return AgendaRules.of(profile).forCases(mine, date).forProfessional(actor);
  }

  /**
   * Management figures of a network over a period, from its events only, with small counts
   * suppressed; for the network director and the steering group.
   *
   * @param actor a network director or steering-group member of the network
   * @param purpose why
   * @param networkId the network
   * @param period the period whose signalled cases count
   * @param suppressionThreshold counts below this are hidden (5 is the usual)
   * @return the figures
   */
  public ManagementFigures figures(ProfessionalId actor, Purpose purpose, NetworkId networkId, ReportingPeriod period,
      int suppressionThreshold) {
    Actor who = actor(actor);
    Network network = network(networkId);
    boolean ok = who.professional.getNetwork().equals(networkId)
        && (who.professional.hasRole(ProfessionalRole.NETWORK_DIRECTOR)
            || who.professional.hasRole(ProfessionalRole.STEERING_GROUP_MEMBER));
    AccessChecks checks = AccessChecks.builder().authorised(ok).relationshipToCase(false).consentOrLegalBasis(true)
        .emergencyOverride(false).outcome(ok ? AuditOutcome.ALLOWED : AuditOutcome.DENIED).build();
    auditEntry(who, networkId, null, null, purpose, "read-management-figures", AuditAction.READ,
        ImmutableSet.of(DataCategory.MANAGEMENT_FIGURES), checks);
    if (!ok) {
      throw new AccessDeniedException("access.figures", "management figures are for the network director and the steering group");
    }
    FiguresAccumulator acc = FiguresAccumulator.create(profile(networkId), period, FiguresScope.network(network.getId()));
    for (CaseId id : events.streams(networkId)) {
      acc.acceptHistory(events.read(id));
    }
    return acc.result(suppressionThreshold);
  }

  /**
   * The audit trail of a case; reading it is itself audited.
   *
   * @param actor a network director of the case's network
   * @param purpose why
   * @param caseId the case
   * @return the records
   */
  public ImmutableList<AuditRecord> auditTrail(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    Actor who = actor(actor);
    CaseState state = existing(caseId);
    Network network = network(state.getNetwork().get());
    requireDirector(who, network, state, purpose, caseId, "read-audit-log", AuditAction.READ, DataCategory.AUDIT_LOG);
    return ImmutableList.copyOf(audit.readForCase(network.getId(), caseId));
  }

  // ---------------------------------------------------------------- internals

  private CaseState readCase(ProfessionalId actor, Purpose purpose, CaseId caseId, String operation, DataCategory category) {
    Actor who = actor(actor);
    CaseState state = existing(caseId);
    Network network = network(state.getNetwork().get());
    authorise(who, network, profile(network.getId()), state, false, purpose, caseId, state.getClientNumber(),
        operation, AuditAction.READ, ImmutableSet.of(category));
    return state;
  }

  private void requireDirector(Actor who, Network network, CaseState state, Purpose purpose, CaseId caseId,
      String operation, AuditAction action, DataCategory category) {
    boolean ok = who.professional.getNetwork().equals(network.getId())
        && who.professional.hasRole(ProfessionalRole.NETWORK_DIRECTOR);
    AccessChecks checks = AccessChecks.builder().authorised(ok).relationshipToCase(ok).consentOrLegalBasis(true)
        .emergencyOverride(false).outcome(ok ? AuditOutcome.ALLOWED : AuditOutcome.DENIED).build();
    auditEntry(who, network.getId(), caseId, state.getClientNumber().orElse(null), purpose, operation, action,
        ImmutableSet.of(category), checks);
    if (!ok) {
      throw new AccessDeniedException("access.network-director-only",
          operation + " is for a network director of network " + network.getId());
    }
  }

  private void authorise(Actor who, Network network, MethodologyProfile profile, CaseState state, boolean write,
      Purpose purpose, CaseId caseId, Optional<ClientNumber> client, String operation, AuditAction action,
      ImmutableSet<DataCategory> categories) {
    AccessDecision d = AccessRules.of(profile.getAccess()).decide(new AccessRequest(who.professional,
        who.organisation, network, state, write, LocalDate.now(clock), purpose.legalBasis(), purpose.emergencyReason()));
    AccessChecks checks = AccessChecks.builder().authorised(d.authorised()).relationshipToCase(d.relationshipToCase())
        .consentOrLegalBasis(d.consentOrLegalBasis()).legalBasis(d.legalBasis()).emergencyOverride(d.emergencyOverride())
        .outcome(d.allowed() ? AuditOutcome.ALLOWED : AuditOutcome.DENIED).build();
    auditEntry(who, network.getId(), caseId, client.orElse(null), purpose, operation, action, categories, checks);
    if (!d.allowed()) {
      throw new AccessDeniedException(d.rule(), d.message());
    }
  }

  private AccessChecks allowedChecks(boolean relationship) {
    return AccessChecks.builder().authorised(true).relationshipToCase(relationship).consentOrLegalBasis(true)
        .emergencyOverride(false).outcome(AuditOutcome.ALLOWED).build();
  }

  private void auditEntry(Actor who, NetworkId network, CaseId caseId, ClientNumber client, Purpose purpose,
      String operation, AuditAction action, ImmutableSet<DataCategory> categories, AccessChecks checks) {
    audit.append(AuditEntry.builder()
        .eventId(UUID.randomUUID().toString())
        .occurredAt(clock.instant())
        .actor(who.professional.getId())
        .actorOrganisation(who.organisation.getId())
        .onBehalfOf(purpose.onBehalfOf())
        .client(Optional.ofNullable(client))
        .caseId(Optional.ofNullable(caseId))
        .network(network)
        .action(action)
        .operation(operation)
        .dataCategories(categories)
        .purpose(purpose.purpose())
        .emergencyReason(checks.isEmergencyOverride() ? purpose.emergencyReason() : Optional.empty())
        .checks(checks)
        .build());
  }

  private static Optional<ClientNumber> clientOf(CaseState state, CaseCommand command) {
    if (command instanceof CaseCommand.ReportSignal) {
      return Optional.of(((CaseCommand.ReportSignal) command).clientNumber());
    }
    return state.getClientNumber();
  }

  private CaseState existing(CaseId caseId) {
    CaseState state = load(caseId);
    if (state.getVersion() == 0) {
      throw new NotFoundException("case", caseId.getValue());
    }
    return state;
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

  private Actor actor(ProfessionalId id) {
    Professional p = directory.professional(id).orElseThrow(() -> new NotFoundException("professional", id.getValue()));
    PartnerOrganisation o = directory.organisation(p.getOrganisation())
        .orElseThrow(() -> new NotFoundException("organisation", p.getOrganisation().getValue()));
    return new Actor(p, o);
  }

  private Network network(NetworkId id) {
    return directory.network(id).orElseThrow(() -> new NotFoundException("network", id.getValue()));
  }

  private MethodologyProfile profile(NetworkId id) {
    MethodologyProfile p = profiles.get(id);
    if (p == null) {
      throw new NotFoundException("methodology profile for network", id.getValue());
    }
    return p;
  }

  /** The acting professional and their organisation. */
  private static final class Actor {
    final Professional professional;
    final PartnerOrganisation organisation;

    Actor(Professional professional, PartnerOrganisation organisation) {
      this.professional = professional;
      this.organisation = organisation;
    }
  }

  /** Builds a {@link CaseService}. */
  public static final class Builder {
    private EventStore events;
    private AuditLog audit;
    private PersonalDataVault vault;
    private Directory directory;
    private final Map<NetworkId, MethodologyProfile> profiles = new HashMap<>();
    private Clock clock = Clock.systemDefaultZone();
    private long cacheSize = 100_000;

    private Builder() {}

    /**
     * The event store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder eventStore(EventStore store) {
      this.events = store;
      return this;
    }

    /**
     * The audit log.
     *
     * @param log the log
     * @return this builder
     */
    public Builder auditLog(AuditLog log) {
      this.audit = log;
      return this;
    }

    /**
     * The personal-data vault.
     *
     * @param vault the vault
     * @return this builder
     */
    public Builder vault(PersonalDataVault vault) {
      this.vault = vault;
      return this;
    }

    /**
     * The directory of networks, organisations and professionals.
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder directory(Directory directory) {
      this.directory = directory;
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
     * @throws NullPointerException when a port or the clock is missing
     */
    public CaseService build() {
      return new CaseService(this);
    }
  }
}
