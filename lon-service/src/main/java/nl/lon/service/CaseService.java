package nl.lon.service;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.CaseIdInUseException;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.process.NetworkActivity;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.access.AccessPolicy;
import nl.lon.rules.access.AccessRules;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.CaseList;
import nl.lon.rules.agenda.SignalList;
import nl.lon.rules.figures.FiguresScope;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.HandoverRules;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * The case service: loads a case, checks access, asks the rules, and writes the command with its
 * audit record as one unit (casusdienst). The one entry point a vendor's system calls.
 *
 * <h2>Promises</h2>
 *
 * <ul>
 *   <li><b>Nothing lost.</b> A command's events, its audit record and its vault change are written
 *       by {@link Stores#commit} as one unit: all or nothing, on every adapter. A command that
 *       returns normally is stored; one that throws wrote nothing but its audit record.
 *   <li><b>Nothing leaked.</b> Access is decided by {@link AccessRules} from the roles the
 *       professional holds in the case, never from having written to it. A command returns the case
 *       state only when the actor may read the case ({@link CommandReceipt}); another network's
 *       case and a case that does not exist give the same {@link NotFoundException}. Reads return
 *       data only after their audit record is stored (fail closed).
 *   <li><b>Everything audited.</b> Every attempt leaves exactly one audit record in the chain of
 *       the network it concerns, whose outcome says what happened: {@link AuditOutcome#ALLOWED}
 *       (served or applied), {@link AuditOutcome#DENIED} (with the access rule), {@link
 *       AuditOutcome#REFUSED} (with the process rules' ids), {@link AuditOutcome#CONFLICT}, {@link
 *       AuditOutcome#NOT_FOUND} (the claimed actor or the case is unknown) or {@link
 *       AuditOutcome#FAILED} (the store failed; written when the store can still write it).
 *       Attempts that name no known network are recorded in the chain {@link #UNATTRIBUTED}.
 * </ul>
 *
 * <p>A refused command throws {@link RuleViolationException} with the violations; a denied access
 * throws {@link AccessDeniedException} without case data; a stale version throws {@link
 * ConcurrencyConflictException} and nothing is written.
 *
 * <p>Every act has a business date, the day it happened, and a recording instant, when it was
 * stored; both are on its events and the business date is on its audit record (detail {@code
 * businessDate}). Each command method has an overload taking the day the act happened ({@code
 * occurredOn}), for an act entered late; without it the act is dated today in the network's time
 * zone ({@link nl.lon.core.network.Network#getTimeZone()}, Europe/Amsterdam unless set). A signal
 * is dated on the day it was received. The recording instant and today come from the injected
 * {@link Clock}.
 *
 * <p>Case states are cached per case (a snapshot kept with its version and caught up with only the
 * newer events), so a command never replays a long stream. A command on a case whose snapshot is
 * kept is decided on that snapshot without reading the stored version: the store's version check in
 * the commit finds out when another writer (another service instance, say) moved the case on, and
 * the command is then decided once more on the stored state, as it is when the kept snapshot would
 * refuse or deny it; only a race on that second decision throws {@link
 * ConcurrencyConflictException}. The agendas read a network's cases from a projection of the
 * network kept up to date from the last position seen ({@link
 * nl.lon.persistence.event.EventStore#readNetwork}), and the figures with one position-ordered read
 * of the network's events, so neither costs a query per case. Thread-safe; several service
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

  private final CaseCommands commands;
  private final CaseReads caseReads;
  private final NetworkReads networkReads;
  private final Erasure erasure;
  private final Handovers handovers;
  private final CaseExtracts extracts;
  private final NetworkActivities activities;
  private final Set<NetworkId> networks;

  private CaseService(Builder b) {
    Stores stores = Objects.requireNonNull(b.stores, "stores");
    Map<NetworkId, MethodologyProfile> profiles = Map.copyOf(b.profiles);
    Clock clock = Objects.requireNonNull(b.clock, "clock");
    if (profiles.containsKey(UNATTRIBUTED)) {
      throw new InvalidValueException(
          "CaseService.profile",
          "reserved-network",
          "the network id " + UNATTRIBUTED + " is reserved for unattributed audit records");
    }
    this.networks = profiles.keySet();
    CaseSnapshots snapshots = new CaseSnapshots(stores.eventStore(), b.cacheSize);
    AuditGate audit = new AuditGate(stores, clock);
    CaseTargets targets = new CaseTargets(stores, profiles, audit);
    AccessGate access = new AccessGate(audit, clock);
    NetworkProjections projections = new NetworkProjections(stores.eventStore(), b.cacheSize);
    this.commands =
        new CaseCommands(
            stores, clock, snapshots, targets, access, audit, projections, profiles.values());
    this.caseReads = new CaseReads(stores, snapshots, targets, access, audit);
    this.networkReads =
        new NetworkReads(
            stores.eventStore(), profiles.keySet(), snapshots, projections, targets, access, audit);
    this.erasure = new Erasure(stores, snapshots, targets, access, audit);
    this.handovers = new Handovers(stores, clock, snapshots, targets, access, audit, commands);
    this.extracts = new CaseExtracts(stores, clock, snapshots, targets, access, audit);
    this.activities = new NetworkActivities(stores, targets, access, audit);
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
   * Carries out a command on a case: checks access, asks the rules, writes the events and the audit
   * record as one unit. The act is dated today in the network's time zone (a signal on the day it
   * was received); to enter an act late, use {@link #execute(ProfessionalId, Purpose, CaseId,
   * CaseCommand, LocalDate, Optional)}.
   *
   * @param actor the acting professional
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param idempotencyKey a key that makes a retried command harmless, if the caller has one; the
   *     same key with different content is refused
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NotFoundException when the actor or the case is unknown, or the case belongs to another
   *     network than the actor's (the same answer, so nobody learns which)
   * @throws AccessDeniedException when the policy denies it
   * @throws RuleViolationException when the rules refuse it
   * @throws ConcurrencyConflictException when the case changed meanwhile or the key was used for
   *     another command
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt execute(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand command,
      Optional<String> idempotencyKey) {
    requireArguments(actor, purpose, caseId, command, idempotencyKey);
    if (command instanceof CaseCommand.ReportSignal open) {
      requireNotReservedForHandover(open.caseId());
    }
    return commands.execute(actor, purpose, caseId, command, Optional.empty(), idempotencyKey);
  }

  /**
   * Carries out a command on a case, dated on the day it happened (a late entry): checks access,
   * asks the rules, writes the events and the audit record as one unit.
   *
   * <p>The events carry {@code occurredOn} as their business date and the clock's instant as their
   * recording instant; the audit record carries it as the detail {@code businessDate}. The rules
   * judge the command as of that date. A {@link CaseCommand.ReportSignal} opens its case on the day
   * its signal was received, so {@code occurredOn} must be that day.
   *
   * @param actor the acting professional
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @param idempotencyKey a key that makes a retried command harmless, if the caller has one; the
   *     same key with different content is refused
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NotFoundException when the actor or the case is unknown, or the case belongs to another
   *     network than the actor's (the same answer, so nobody learns which)
   * @throws AccessDeniedException when the policy denies it
   * @throws RuleViolationException when the rules refuse it
   * @throws ConcurrencyConflictException when the case changed meanwhile or the key was used for
   *     another command
   * @throws InvalidValueException (rule {@code signal-received-on}) when a signal is dated on
   *     another day than it was received
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt execute(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand command,
      LocalDate occurredOn,
      Optional<String> idempotencyKey) {
    requireArguments(actor, purpose, caseId, command, occurredOn, idempotencyKey);
    if (command instanceof CaseCommand.ReportSignal open) {
      requireNotReservedForHandover(open.caseId());
    }
    return commands.execute(
        actor, purpose, caseId, command, Optional.of(occurredOn), idempotencyKey);
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
   * <p>The opening's business date is the day the network received the signal ({@link
   * nl.lon.core.process.Signal#getReceivedOn()}), so a signal entered late keeps its day and
   * deadlines count from it; the recording instant is the clock's. A signal received after today in
   * the network's time zone is refused (rule {@code signal.date-in-future}).
   *
   * @param actor the acting professional
   * @param purpose why
   * @param command the signal
   * @param personalData name, address and other contact data, kept in the vault
   * @return the receipt of the new case; it holds the state only when the actor may read the case
   * @throws CaseIdInUseException when the case id is already in use (nothing written)
   * @throws InvalidValueException when the case id ends in {@code :} and a known network's id, the
   *     form of the case a warm handover opens (rule {@code reserved-for-handover}; nothing read or
   *     written)
   * @throws AccessDeniedException when the actor may not open a case in the network, or personal
   *     data are given to a network that works with client numbers only
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt reportSignal(
      ProfessionalId actor,
      Purpose purpose,
      CaseCommand.ReportSignal command,
      Optional<PersonalData> personalData) {
    requireArguments(actor, purpose, command, personalData);
    requireNotReservedForHandover(command.caseId());
    return commands.open(
        actor, purpose, command, personalData, Optional.of("open:" + command.caseId()));
  }

  /**
   * Refuses a case id of the form {@code <case>:<network>} for a network this service serves: the
   * id of the case a warm handover opens in that network ({@link HandoverRules#receivingCase}),
   * which a signal taken first would block.
   */
  private void requireNotReservedForHandover(CaseId caseId) {
    String value = caseId.getValue();
    int colon = value.lastIndexOf(':');
    if (colon > 0
        && colon < value.length() - 1
        && networks.contains(NetworkId.of(value.substring(colon + 1)))) {
      throw new InvalidValueException(
          "ReportSignal.caseId",
          "reserved-for-handover",
          "a case id ending in ':' and a network's id is the id of the case a warm handover opens"
              + " in that network; use CaseId.generate()");
    }
  }

  /**
   * Judges the report (step 2).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the judgement
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt judgeReport(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.JudgeReport command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Judges the report (step 2), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the judgement
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt judgeReport(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.JudgeReport command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Takes the coordination decision (step 3).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the decision
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt decideCoordination(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.DecideCoordination command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Takes the coordination decision (step 3), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the decision
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt decideCoordination(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.DecideCoordination command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Appoints the trajectory director (step 4-5).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the appointment
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt appointTrajectoryDirector(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.AppointTrajectoryDirector command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Appoints the trajectory director (step 4-5), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the appointment
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt appointTrajectoryDirector(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.AppointTrajectoryDirector command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Adopts the plan of approach (step 5).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the plan
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt adoptPlan(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.AdoptPlan command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Adopts the plan of approach (step 5), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the plan
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt adoptPlan(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.AdoptPlan command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * The network director drafts a concept plan of approach for the network meeting (step 5;
   * Rotterdam, seeds/004 l.1452-1456): the case's state holds it ({@link
   * CaseState#getConceptPlan()}) until the plan is adopted.
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the concept, with the version the plan will have
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws nl.lon.core.error.RuleViolationException with rule {@code concept-plan.not-in-profile}
   *     where the profile has the problem owner make the plan
   * @throws NullPointerException when an argument is null
   * @since 0.3
   */
  public CommandReceipt draftConceptPlan(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.DraftConceptPlan command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * The network director drafts a concept plan of approach (step 5), dated on the day it happened
   * (a late entry). The recording instant is the clock's.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the concept, with the version the plan will have
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   * @since 0.3
   */
  public CommandReceipt draftConceptPlan(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.DraftConceptPlan command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Closes the case (step 8).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the closure
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt close(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Close command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Closes the case (step 8), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the closure
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt close(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.Close command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Hands the case over to another network (warm handover).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the handover
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt transfer(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Transfer command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Hands the case over to another network (warm handover), dated on the day it happened (a late
   * entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the handover
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt transfer(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.Transfer command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Accepts a case another network handed over to the actor's network (warm handover, receiving
   * side): the receiving network opens a case of its own, under its own profile, with the id {@link
   * HandoverRules#receivingCase(CaseId, NetworkId)}, from the step it chooses. The sent case stays
   * in the sending network's stream, where only the roles of the sending policy's {@link
   * nl.lon.rules.access.AccessPolicy#getHandoverKeepers()} still see it. The acceptance is audited
   * in both networks' chains (details {@code fromNetwork}, {@code fromCase}, {@code toNetwork},
   * {@code toCase}, {@code region}: {@code within-region} or {@code across-regions}, {@code
   * resumption}).
   *
   * <p>A case belongs to one network in the event store: rather than moving the sent stream, the
   * receiving network gets a new case linked to the sent one by its id, opened with the sent signal
   * (received on the day of acceptance) and, to continue, the sender's judgement and coordination
   * decision; the handover's summary is what else is shared.
   *
   * @param actor the receiving network's director, or the professional the handover names
   * @param purpose why
   * @param sentCase the case as the sending network holds it
   * @param clientNumber the client's number in the receiving network
   * @param resumption judge the report again, or continue from the sender's judgement and
   *     coordination decision
   * @return the receipt of the receiving network's case
   * @throws NotFoundException when the case is not handed over to a network the actor works in
   * @throws AccessDeniedException when the actor is neither the receiving network's director nor
   *     the named receiver (rule {@code access.handover-receiver})
   * @throws RuleViolationException when the handover was decided already (rule {@code
   *     handover.not-pending}) or the rules refuse the continuation
   * @throws NullPointerException when an argument is null
   * @since 0.2
   */
  public CommandReceipt acceptHandover(
      ProfessionalId actor,
      Purpose purpose,
      CaseId sentCase,
      ClientNumber clientNumber,
      HandoverRules.Resumption resumption) {
    requireArguments(actor, purpose, sentCase, clientNumber, resumption);
    return handovers.accept(actor, purpose, sentCase, clientNumber, resumption);
  }

  /**
   * Declines a case another network handed over to the actor's network (warm handover, receiving
   * side): the case returns to the sending network where it stood, with the reason, and is on the
   * sending network's agenda again. Audited in both networks' chains.
   *
   * @param actor the receiving network's director, or the professional the handover names
   * @param purpose why
   * @param sentCase the case as the sending network holds it
   * @param reason why the receiving network declines, for the sending network
   * @return the receipt of the sent case; it holds no state, since the receiving side no longer
   *     sees the case
   * @throws NotFoundException when the case is not handed over to a network the actor works in
   * @throws AccessDeniedException when the actor may not decide on the handover
   * @throws RuleViolationException when the handover was decided already
   * @throws InvalidValueException when the reason has no visible content or is too long
   * @throws NullPointerException when an argument is null
   * @since 0.2
   */
  public CommandReceipt declineHandover(
      ProfessionalId actor, Purpose purpose, CaseId sentCase, String reason) {
    requireArguments(actor, purpose, sentCase, reason);
    return handovers.decline(actor, purpose, sentCase, reason);
  }

  /**
   * Asks partners whether they know the client (step 3).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director or a core member
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt requestInformation(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.RequestInformation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Asks partners whether they know the client (step 3), dated on the day it happened (a late
   * entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director or a core member
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt requestInformation(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.RequestInformation command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Adds a partner's information (step 3 or later).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt addInformation(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.AddInformation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Adds a partner's information (step 3 or later), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt addInformation(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.AddInformation command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Records a home visit (instrument 1).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt recordHomeVisit(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordHomeVisit command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a home visit (instrument 1), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt recordHomeVisit(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.RecordHomeVisit command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Records a life-domain scan (step 4 or later).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt recordScan(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordScan command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a life-domain scan (step 4 or later), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt recordScan(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.RecordScan command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Forms the integral picture (step 4).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt formIntegralPicture(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.FormIntegralPicture command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Forms the integral picture (step 4), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt formIntegralPicture(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.FormIntegralPicture command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Adopts a new plan version after an evaluation or deviation (step 7).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt adjustPlan(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.AdjustPlan command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Adopts a new plan version after an evaluation or deviation (step 7), dated on the day it
   * happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt adjustPlan(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.AdjustPlan command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Reports progress to the network director (step 6).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt reportProgress(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.ReportProgress command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Reports progress to the network director (step 6), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt reportProgress(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.ReportProgress command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Records that a paper file of the case exists and where it is kept (seeds/004 l.1264): the
   * case's state lists it ({@link CaseState#getPaperFileLocations()}), and an erasure of the
   * personal data counts the paper files in its audit record ({@code paperFilesToDestroy}), for the
   * paper must be destroyed by hand.
   *
   * @param actor the network director or the case's trajectory director
   * @param purpose why
   * @param caseId the case
   * @param location where the file is kept, never the client's name
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws nl.lon.core.error.RuleViolationException with rule {@code paper-file.already-recorded}
   *     when the location is recorded already
   * @throws NullPointerException when an argument is null
   * @since 0.3
   */
  public CommandReceipt recordPaperFile(
      ProfessionalId actor, Purpose purpose, CaseId caseId, String location) {
    requireArguments(actor, purpose, caseId, location);
    return execute(
        actor, purpose, caseId, new CaseCommand.RecordPaperFile(location), Optional.empty());
  }

  /**
   * Records that the appointed trajectory director accepted the problem ownership (step 4; the
   * aanvaarding that Enschede's ten working days to present the plan run from, seeds/004
   * l.1482-1484), dated on the day it happened.
   *
   * @param actor the appointed trajectory director
   * @param purpose why
   * @param caseId the case
   * @param occurredOn the day the act happened: the business date of its event and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws nl.lon.core.error.RuleViolationException with rule {@code
   *     ownership.trajectory-director-only} when the actor is not the appointed trajectory
   *     director, {@code ownership.already-accepted} when accepted before
   * @throws NullPointerException when an argument is null
   * @since 0.3
   */
  public CommandReceipt acceptProblemOwnership(
      ProfessionalId actor, Purpose purpose, CaseId caseId, LocalDate occurredOn) {
    return execute(
        actor,
        purpose,
        caseId,
        new CaseCommand.AcceptProblemOwnership(),
        occurredOn,
        Optional.empty());
  }

  /**
   * Records the progress talk with the trajectory director (step 6).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt holdProgressTalk(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.HoldProgressTalk command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records the progress talk with the trajectory director (step 6), dated on the day it happened
   * (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt holdProgressTalk(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.HoldProgressTalk command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Records a case conference, network meeting or steering-group meeting with its minutes.
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director or a participant
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt holdMeeting(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.HoldMeeting command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a case conference, network meeting or steering-group meeting with its minutes, dated on
   * the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director or a participant
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt holdMeeting(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.HoldMeeting command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Evaluates the running plan (step 7).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt evaluate(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Evaluate command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Evaluates the running plan (step 7), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director or trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt evaluate(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.Evaluate command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Records a follow-up check on a closed case; a drop-out reopens it where the profile says so
   * (step 9).
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt recordFollowUp(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordFollowUp command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a follow-up check on a closed case; a drop-out reopens it where the profile says so
   * (step 9), dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt recordFollowUp(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.RecordFollowUp command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Reopens a closed or ended case.
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt reopen(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Reopen command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Reopens a closed or ended case, dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt reopen(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.Reopen command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Records the client's signed consent form.
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt recordConsent(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RecordConsent command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records the client's signed consent form, dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt recordConsent(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.RecordConsent command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Records that the client withdrew consent.
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt withdrawConsent(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.WithdrawConsent command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records that the client withdrew consent, dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor a professional of the network
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt withdrawConsent(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.WithdrawConsent command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Asks the network director to escalate.
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt requestEscalation(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.RequestEscalation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Asks the network director to escalate, dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the trajectory director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt requestEscalation(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.RequestEscalation command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Escalates the case one rung on a ladder.
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt escalate(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.Escalate command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Escalates the case one rung on a ladder, dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt escalate(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.Escalate command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Records how an escalation was resolved.
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt resolveEscalation(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.ResolveEscalation command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records how an escalation was resolved, dated on the day it happened (a late entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt resolveEscalation(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.ResolveEscalation command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Records a pressure or coercion measure from the catalogue.
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor a professional of the executing organisation
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt recordCoercionMeasure(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.RecordCoercionMeasure command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records a pressure or coercion measure from the catalogue, dated on the day it happened (a late
   * entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor a professional of the executing organisation
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt recordCoercionMeasure(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.RecordCoercionMeasure command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Records the use of an instrument, within its guard rails.
   *
   * <p>Dated today in the network's time zone; to enter an act late, pass the day it happened.
   *
   * @param actor per instrument
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt useInstrument(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.UseInstrument command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Records the use of an instrument, within its guard rails, dated on the day it happened (a late
   * entry).
   *
   * <p>The recording instant is the clock's.
   *
   * @param actor per instrument
   * @param purpose why
   * @param caseId the case
   * @param command the command
   * @param occurredOn the day the act happened: the business date of its events and audit record
   * @return the receipt; it holds the state only when the actor may read the case
   * @throws NullPointerException when an argument is null
   */
  public CommandReceipt useInstrument(
      ProfessionalId actor,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.UseInstrument command,
      LocalDate occurredOn) {
    return execute(actor, purpose, caseId, command, occurredOn, Optional.empty());
  }

  /**
   * Corrects an entry made in error with a new version of the act (registratie corrigeren). The
   * original stays in the stream and in the {@link #timeline timeline}; the case state, the agenda
   * and the figures count the new version. Audited as operation {@code correct-entry}.
   *
   * @param actor the entry's author within the profile's period, or a network director
   * @param purpose why
   * @param caseId the case
   * @param command the correction
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt correctEntry(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.CorrectEntry command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  /**
   * Withdraws an entry made in error (registratie intrekken). The entry stays in the stream and in
   * the {@link #timeline timeline}; the case state, the agenda and the figures no longer count it.
   * Audited as operation {@code withdraw-entry}.
   *
   * @param actor the entry's author within the profile's period, or a network director
   * @param purpose why
   * @param caseId the case
   * @param command the withdrawal
   * @return the receipt; it holds the state only when the actor may read the case
   */
  public CommandReceipt withdrawEntry(
      ProfessionalId actor, Purpose purpose, CaseId caseId, CaseCommand.WithdrawEntry command) {
    return execute(actor, purpose, caseId, command, Optional.empty());
  }

  // ---------------------------------------------------------------- reads

  /**
   * A case's timeline: its events in order, as stored. Corrections are events of their own: an
   * entry corrected or withdrawn appears as it was first recorded, followed later by its {@link
   * nl.lon.core.event.EntryCorrected} or {@link nl.lon.core.event.EntryWithdrawn}; {@link
   * nl.lon.core.state.EffectiveHistory#of} gives the history as it counts.
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
    requireArguments(actor, purpose, caseId);
    return caseReads.timeline(actor, purpose, caseId);
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
    requireArguments(actor, purpose, caseId);
    return caseReads.state(actor, purpose, caseId);
  }

  /**
   * An extract of a case for one reader, to export to another system (uittreksel, for example as
   * FHIR by {@code lon-interop-fhir}): the case as the reader may read it, and of its agenda and
   * the client's personal data only what the access rules give the reader. Decided as a read of the
   * timeline; audited as one read (operation {@code export-case}) with the data categories the
   * extract carries ({@link CaseExtract#getCategories()}), before it is returned. A denied extract
   * is audited as denied with the access rule, and nothing is returned.
   *
   * <ul>
   *   <li>Obligations: the case's whole agenda for a network director of the network ({@code
   *       access.network-director-only}), else only those naming the reader ({@code
   *       access.own-agenda}); none under an emergency override.
   *   <li>Personal data: only where the network stores names and the reader may see them ({@link
   *       nl.lon.rules.access.AccessResource#PERSONAL_DATA}).
   * </ul>
   *
   * @param actor the reading professional
   * @param purpose why, for example "send the plan of approach to the GGZ provider"
   * @param caseId the case
   * @return the extract
   * @throws NotFoundException when the actor or the case is unknown, or the case is another
   *     network's
   * @throws AccessDeniedException when the policy denies the read, with the access rule's id
   * @throws NullPointerException when an argument is null
   * @since 0.2
   */
  public CaseExtract extract(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    requireArguments(actor, purpose, caseId);
    return extracts.extract(actor, purpose, caseId);
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
    requireArguments(actor, purpose, caseId);
    return caseReads.personalData(actor, purpose, caseId);
  }

  /**
   * Erases the client's personal data from the vault, of every case of the client in the network
   * (recht op vergetelheid); the case history stays readable. The erasure and its audit record are
   * one unit; the audit trail of each other case of the client shows the record too ({@link
   * #auditTrail}).
   *
   * @param actor the network director
   * @param purpose why
   * @param caseId the case
   * @return whether any personal data of the client were erased, from this case or another case of
   *     the client in the network
   * @throws NotFoundException when the actor or the case is unknown, or the case is another
   *     network's
   * @throws AccessDeniedException when the actor is not a network director of the case's network
   */
  public boolean erasePersonalData(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    requireArguments(actor, purpose, caseId);
    return erasure.erasePersonalData(actor, purpose, caseId);
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
  public Agenda networkAgenda(
      ProfessionalId actor, Purpose purpose, NetworkId networkId, LocalDate date) {
    requireArguments(actor, purpose, networkId, date);
    return networkReads.networkAgenda(actor, purpose, networkId, date);
  }

  /**
   * The case list of a network meeting (bespreeklijst, seeds/004 l.1453-1454): the cases with an
   * obligation overdue or due before the next meeting, and what was decided for each on the
   * meeting's date. For the network director, like the network agenda (rule {@code
   * access.network-director-only}), and audited as {@code read-case-list}.
   *
   * <pre>{@code
   * CaseList list = service.caseList(director, Purpose.of("prepare network meeting"), network, day);
   * for (CaseListEntry entry : list.getEntries()) {
   *   print(entry.getCaseId(), entry.getDue(), entry.getDecided());
   * }
   * }</pre>
   *
   * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/ServiceSnippets.java}.
   *
   * @param actor a network director of the network
   * @param purpose why
   * @param networkId the network
   * @param meetingOn the day of the meeting
   * @return the case list
   * @throws NotFoundException when the actor or the network is unknown
   * @throws AccessDeniedException when the actor is not a network director of the network
   * @since 0.3
   */
  public CaseList caseList(
      ProfessionalId actor, Purpose purpose, NetworkId networkId, LocalDate meetingOn) {
    requireArguments(actor, purpose, networkId, meetingOn);
    return networkReads.caseList(actor, purpose, networkId, meetingOn);
  }

  /**
   * The network's signal list (signaallijst, seeds/004 l.1411-1412): the reports received in a
   * period, whether and when each was judged, and by when the ones waiting must be. For the roles
   * the access policy names ({@link AccessPolicy#getSignalListViewers()}: the network director; in
   * Enschede also the team supporter who keeps the list; rule {@code access.signal-list}), and
   * audited as {@code read-signal-list}. The list carries no description, concern or name.
   *
   * @param actor a professional of the network in a role the policy names
   * @param purpose why
   * @param networkId the network
   * @param from the first day a report was received, inclusive
   * @param to the last day, inclusive
   * @param date the date to judge overdue against
   * @return the signal list
   * @throws InvalidValueException (rule {@code not-before-from}) when the period ends before it
   *     begins
   * @throws NotFoundException when the actor or the network is unknown
   * @throws AccessDeniedException (rule {@code access.signal-list}) when the actor holds none of
   *     the roles the policy names
   * @since 0.3
   */
  public SignalList signalList(
      ProfessionalId actor,
      Purpose purpose,
      NetworkId networkId,
      LocalDate from,
      LocalDate to,
      LocalDate date) {
    requireArguments(actor, purpose, networkId, from, to, date);
    return networkReads.signalList(actor, purpose, networkId, from, to, date);
  }

  /**
   * The agenda of one professional: obligations naming them, in the cases they may read, and the
   * warm handovers to their network that name them as the receiver ("decide on handover"). Decided
   * by the access rules (rule {@code access.own-agenda}: every professional of the network) and
   * audited; each case in it is decided as a case read, without the emergency override.
   *
   * @param actor the professional
   * @param purpose why
   * @param date the date to judge overdue against
   * @return the agenda
   * @throws NotFoundException when the actor is unknown
   */
  public Agenda myAgenda(ProfessionalId actor, Purpose purpose, LocalDate date) {
    requireArguments(actor, purpose, date);
    return networkReads.myAgenda(actor, purpose, date);
  }

  /**
   * Records an activity of the network that belongs to no case: information to organisations
   * outside the network (voorlichting) or consultation about a professional's own client where the
   * network takes nothing over (consultatie), as the source gives the network directors these tasks
   * (seeds/004 l.1722-1731). No case is opened and no client named.
   *
   * <p>The activity is kept in the network's audit chain: the record of this call, written only
   * when the access rules allow it, carries the activity in its details; {@link #networkActivities}
   * reads them back.
   *
   * @param actor a network director of the network
   * @param purpose why
   * @param networkId the network
   * @param activity the activity
   * @return the activity as recorded
   * @throws InvalidValueException (rule {@code one-line}) when the organisation or the topic holds
   *     a line feed or a tab: the activity is kept in an audit record, whose details are single
   *     lines
   * @throws NotFoundException when the actor or the network is unknown
   * @throws AccessDeniedException (rule {@code access.network-director-only}) when the actor is not
   *     a network director of the network
   */
  public NetworkActivity recordNetworkActivity(
      ProfessionalId actor, Purpose purpose, NetworkId networkId, NetworkActivity activity) {
    requireArguments(actor, purpose, networkId, activity);
    return activities.record(actor, purpose, networkId, activity);
  }

  /**
   * The network's activities without a case held from one day to another, in the order recorded;
   * the read is audited and reads the network's audit chain, so call it for a report rather than on
   * every screen.
   *
   * @param actor a network director of the network
   * @param purpose why
   * @param networkId the network
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @return the activities held in the period
   * @throws InvalidValueException (rule {@code not-before-from}) when the period ends before it
   *     begins
   * @throws NotFoundException when the actor or the network is unknown
   * @throws AccessDeniedException (rule {@code access.network-director-only}) when the actor is not
   *     a network director of the network
   */
  public ImmutableList<NetworkActivity> networkActivities(
      ProfessionalId actor, Purpose purpose, NetworkId networkId, LocalDate from, LocalDate to) {
    requireArguments(actor, purpose, networkId, from, to);
    return activities.list(actor, purpose, networkId, from, to);
  }

  /**
   * Management figures of a network over a period, from its events only, with small counts
   * suppressed at the access policy's threshold ({@link AccessPolicy#getSmallCellThreshold()}); for
   * the roles the policy names ({@link AccessPolicy#getFiguresViewers()}, by default the network
   * director and the steering group).
   *
   * @param actor a professional of the network in a role the policy names for figures
   * @param purpose why
   * @param networkId the network
   * @param period the period whose signalled cases count
   * @return the figures
   * @throws NotFoundException when the actor or the network is unknown
   * @throws AccessDeniedException (rule {@code access.figures}) when the actor holds none of the
   *     roles the access policy names for figures (by default the network director and the steering
   *     group)
   */
  public ManagementFigures figures(
      ProfessionalId actor, Purpose purpose, NetworkId networkId, ReportingPeriod period) {
    return figures(actor, purpose, networkId, period, 0);
  }

  /**
   * Management figures with a stricter small-cell threshold than the profile's: a caller may raise
   * the threshold, never lower it.
   *
   * @param actor a professional of the network in a role the policy names for figures
   * @param purpose why
   * @param networkId the network
   * @param period the period whose signalled cases count
   * @param suppressionThreshold counts below this are hidden; at least the profile's threshold (0
   *     means the profile's), at most 1,000,000
   * @return the figures
   * @throws InvalidValueException (rule {@code not-below-profile}) when the threshold is below the
   *     profile's; (rule {@code range-0-1000000}) when it is negative or above 1,000,000, before
   *     anything is read or recorded
   * @throws NotFoundException when the actor or the network is unknown
   * @throws AccessDeniedException (rule {@code access.figures}) when the actor holds none of the
   *     roles the access policy names for figures (by default the network director and the steering
   *     group)
   */
  public ManagementFigures figures(
      ProfessionalId actor,
      Purpose purpose,
      NetworkId networkId,
      ReportingPeriod period,
      int suppressionThreshold) {
    requireArguments(actor, purpose, networkId, period);
    requireThreshold(suppressionThreshold);
    return networkReads.figures(actor, purpose, networkId, period, suppressionThreshold);
  }

  /**
   * The management figures over several networks, for a steering group that oversees them (for
   * example all networks of one municipality): the cases whose signal any of the scope's networks
   * received. The actor needs a figures role in every network of the scope, as held there ({@link
   * nl.lon.core.network.Professional#rolesIn}); each network's chain records the read. Cells below
   * the highest small-cell threshold of the networks' policies (or a higher one asked for) are
   * suppressed; the first network of the scope (by id) gives the profile and time zone.
   *
   * @param actor the acting professional
   * @param purpose why
   * @param scope the networks, at least one
   * @param period the reporting period
   * @param suppressionThreshold a higher small-cell threshold, or 0 for the policies'
   * @return the figures
   * @throws NotFoundException when the actor or a network is unknown
   * @throws AccessDeniedException when a network of the scope denies the actor its figures
   * @throws InvalidValueException when the scope names no network
   * @throws NullPointerException when an argument is null
   * @since 0.2
   */
  public ManagementFigures figures(
      ProfessionalId actor,
      Purpose purpose,
      FiguresScope scope,
      ReportingPeriod period,
      int suppressionThreshold) {
    requireArguments(actor, purpose, scope, period);
    requireThreshold(suppressionThreshold);
    return networkReads.figures(actor, purpose, scope, period, suppressionThreshold);
  }

  /** The largest small-cell threshold a figures read may ask for. */
  private static final int MAX_THRESHOLD = 1_000_000;

  /** Refuses a threshold out of range before anything is read or recorded. */
  private static void requireThreshold(int suppressionThreshold) {
    if (suppressionThreshold < 0 || suppressionThreshold > MAX_THRESHOLD) {
      throw new InvalidValueException(
          "CaseService.suppressionThreshold",
          "range-0-1000000",
          "ask 0 for the policy's threshold, or a threshold of at most "
              + MAX_THRESHOLD
              + "; was "
              + suppressionThreshold);
    }
  }

  /**
   * The audit trail of a case in its network's chain; reading it is itself audited. It includes
   * every erasure of the client's personal data made through another case of the client, since an
   * erasure reaches every case of the client in the network.
   *
   * @param actor a network director of the case's network
   * @param purpose why
   * @param caseId the case
   * @return the records
   * @throws NotFoundException when the actor or the case is unknown, or the case is another
   *     network's
   * @throws AccessDeniedException when the actor is not a network director of the network
   */
  public ImmutableList<AuditRecord> auditTrail(
      ProfessionalId actor, Purpose purpose, CaseId caseId) {
    requireArguments(actor, purpose, caseId);
    return caseReads.auditTrail(actor, purpose, caseId);
  }

  // ---------------------------------------------------------------- internals

  private static void requireArguments(Object... arguments) {
    for (Object a : arguments) {
      Objects.requireNonNull(a, "argument");
    }
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
     * The clock that gives the recording instants and, in each network's time zone, today: the
     * business date of an act given without one (default: the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * How many case snapshots to keep in memory (default 100,000); the network projections behind
     * the agendas keep at most as many case states again, over all networks together.
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
