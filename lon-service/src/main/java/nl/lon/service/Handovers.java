package nl.lon.service;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.StreamAppend;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.rules.access.AccessDecision;
import nl.lon.rules.access.AccessRules;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.HandoverRules;
import nl.lon.rules.process.RuleId;

/**
 * The receiving side of a warm handover (warme overdracht): the receiving network's director
 * accepts a case handed over to the network, which opens a case of its own there, or declines it,
 * which returns the case to the sending network. Every decision is audited in both networks'
 * chains, with what was shared and on which authority.
 *
 * <p>A case belongs to one network in the event store; the sending network's stream keeps its
 * network. An accepted handover opens a new stream in the receiving network whose id is linked to
 * the sent one ({@link HandoverRules#receivingCase}); a declined one appends a {@link
 * nl.lon.core.event.CaseReopened} to the sending network's stream.
 */
final class Handovers {

  private final Stores stores;
  private final Clock clock;
  private final CaseSnapshots snapshots;
  private final CaseTargets targets;
  private final AccessGate access;
  private final AuditGate audit;
  private final CaseCommands commands;

  Handovers(
      Stores stores,
      Clock clock,
      CaseSnapshots snapshots,
      CaseTargets targets,
      AccessGate access,
      AuditGate audit,
      CaseCommands commands) {
    this.stores = stores;
    this.clock = clock;
    this.snapshots = snapshots;
    this.targets = targets;
    this.access = access;
    this.audit = audit;
    this.commands = commands;
  }

  /** The receiving network's target and the access decision of a handover decision. */
  private record Decided(
      CaseTargets.Target receiving,
      NetworkId sending,
      AccessDecision decision,
      CaseState sent,
      String region) {}

  /** See {@link CaseService#acceptHandover}. */
  CommandReceipt accept(
      ProfessionalId actor,
      Purpose purpose,
      CaseId sentCase,
      ClientNumber clientNumber,
      HandoverRules.Resumption resumption) {
    Operation op = Operation.ACCEPT_HANDOVER;
    AuditGate.Claim who = audit.claim(actor);
    Decided d = decide(who, purpose, sentCase, op);
    CaseTargets.Target receiving = d.receiving();
    LocalDate today = LocalDate.ofInstant(clock.instant(), receiving.network().getTimeZone());
    CaseCommand.ReportSignal opening =
        HandoverRules.opening(d.sent(), receiving.id(), clientNumber, today);
    CaseId receivingCase = opening.caseId();
    List<CaseCommand> continuation = HandoverRules.continuation(d.sent(), resumption, today);
    if (!continuation.isEmpty()
        && !who.professional().hasRoleIn(receiving.id(), ProfessionalRole.NETWORK_DIRECTOR)) {
      // continuing takes the judgement and the coordination decision over, which are the network
      // director's acts: refused before anything is opened, so no half-accepted handover is left
      RuleId rule = RuleId.ROLE_NETWORK_DIRECTOR;
      List<Violation> violations =
          List.of(
              new Violation(
                  rule.getId(),
                  nl.lon.core.process.ProcessStep.RECEIVE_REPORT,
                  rule.getReasonEn(),
                  rule.getReasonNl()));
      refused(who, purpose, sentCase, op, d, ruleIds(violations));
      throw new RuleViolationException(violations);
    }
    CommandReceipt receipt =
        commands.open(
            actor, purpose, opening, Optional.empty(), Optional.of("open:" + receivingCase));
    for (CaseCommand c : continuation) {
      receipt =
          commands.execute(
              actor,
              purpose,
              receivingCase,
              c,
              Optional.empty(),
              Optional.of("handover:" + Operation.of(c).name));
    }
    ImmutableMap<String, String> details =
        details(d, receivingCase, "resumption", resumption.name());
    audit.record(
        who,
        d.sending(),
        sentCase,
        d.sent().getClientNumber(),
        purpose,
        op.name,
        op.action,
        op.categories,
        AuditGate.checks(d.decision(), AuditOutcome.ALLOWED),
        ImmutableSet.of(),
        details);
    audit.record(
        who,
        receiving.id(),
        receivingCase,
        Optional.of(clientNumber),
        purpose,
        op.name,
        op.action,
        op.categories,
        AuditGate.checks(d.decision(), AuditOutcome.ALLOWED),
        ImmutableSet.of(),
        details);
    return receipt;
  }

  /** See {@link CaseService#declineHandover}. */
  CommandReceipt decline(ProfessionalId actor, Purpose purpose, CaseId sentCase, String reason) {
    Operation op = Operation.DECLINE_HANDOVER;
    AuditGate.Claim who = audit.claim(actor);
    Decided d = decide(who, purpose, sentCase, op);
    CaseTargets.Target receiving = d.receiving();
    Instant now = clock.instant();
    CommandContext ctx =
        new CommandContext(
            LocalDate.ofInstant(now, receiving.network().getTimeZone()),
            now,
            who.professional(),
            Optional.of(who.organisation()),
            Optional.of(receiving.network()));
    Decision decision;
    try {
      decision = HandoverRules.decline(d.sent(), receiving.id(), reason, ctx);
    } catch (InvalidValueException e) {
      refused(who, purpose, sentCase, op, d, ImmutableSet.of("input." + e.getRule()));
      throw e;
    }
    if (!decision.isAccepted()) {
      refused(who, purpose, sentCase, op, d, ruleIds(decision.getViolations()));
      throw new RuleViolationException(decision.getViolations());
    }
    List<CaseEvent> events = decision.getEvents();
    CaseState next = d.sent();
    for (CaseEvent e : events) {
      next = next.apply(e);
    }
    ImmutableMap<String, String> details =
        details(
            d,
            HandoverRules.receivingCase(sentCase, receiving.id()),
            "businessDate",
            ctx.date().toString());
    AuditEntry entry =
        audit.entry(
            who,
            d.sending(),
            sentCase,
            d.sent().getClientNumber(),
            purpose,
            op.name,
            op.action,
            op.categories,
            AuditGate.checks(d.decision(), AuditOutcome.ALLOWED),
            ImmutableSet.of(),
            details);
    StreamAppend append =
        new StreamAppend(
            sentCase,
            d.sending(),
            d.sent().getVersion(),
            events,
            Optional.of("decline-handover:" + d.sent().getVersion()));
    try {
      stores.commit(new UnitOfWork(Optional.of(append), entry, Optional.empty()));
    } catch (RuntimeException e) {
      AuditOutcome outcome =
          e instanceof nl.lon.core.error.ConcurrencyConflictException
              ? AuditOutcome.CONFLICT
              : AuditOutcome.FAILED;
      audit.recordAfterFailure(
          e,
          audit.withOutcome(
              entry,
              outcome,
              outcome == AuditOutcome.CONFLICT ? "concurrency.version" : "store.failed"));
      throw e;
    }
    snapshots.put(sentCase, next);
    audit.record(
        who,
        receiving.id(),
        sentCase,
        Optional.empty(),
        purpose,
        op.name,
        op.action,
        op.categories,
        AuditGate.checks(d.decision(), AuditOutcome.ALLOWED),
        ImmutableSet.of(),
        details);
    return new CommandReceipt(sentCase, next.getVersion(), next.getStep(), false, Optional.empty());
  }

  /**
   * Records, in the receiving network's chain, that a case was handed over to it (the sending
   * network's chain holds the transfer command's own record).
   */
  static void recordProposal(
      Stores stores,
      AuditGate audit,
      AuditGate.Claim who,
      Purpose purpose,
      CaseId caseId,
      NetworkId sending,
      WarmHandover handover,
      AccessDecision d) {
    NetworkId to = handover.getToNetwork();
    Optional<Network> receiving = stores.directory().network(to);
    if (receiving.isEmpty()) {
      return; // a network this directory does not know keeps no chain here
    }
    boolean sameRegion =
        stores.directory().network(sending).map(n -> n.isSameRegion(receiving.get())).orElse(false);
    ImmutableMap.Builder<String, String> details = ImmutableMap.builder();
    details.put("region", sameRegion ? "within-region" : "across-regions");
    details.put("fromNetwork", sending.getValue());
    details.put("fromCase", caseId.getValue());
    details.put("sharedOn", sharedOn(handover));
    details.put("shared", "summary");
    handover.getReceivingProfessional().ifPresent(p -> details.put("receiver", p.getValue()));
    Operation op = Operation.of(new CaseCommand.Transfer(handover));
    audit.record(
        who,
        to,
        caseId,
        Optional.empty(),
        purpose,
        op.name,
        op.action,
        op.categories,
        AuditGate.checks(d, AuditOutcome.ALLOWED),
        ImmutableSet.of(),
        details.build());
  }

  /** What a handover is shared on: a legal basis, or the client's consent. */
  private static String sharedOn(WarmHandover handover) {
    return handover.getLegalBasis().map(code -> "legalBasis:" + code).orElse("consent");
  }

  /**
   * Finds the sent case and the receiving network, checks the actor may decide on it and that it
   * waits for a decision; records and throws otherwise.
   */
  private Decided decide(AuditGate.Claim who, Purpose purpose, CaseId sentCase, Operation op) {
    CaseState sent = targets.load(snapshots, who, purpose, sentCase, op);
    Optional<NetworkId> to =
        sent.getVersion() > 0 && sent.getStatus() == CaseStatus.TRANSFERRED
            ? sent.getTransferredTo()
            : Optional.empty();
    if (who.isUnknown() || to.isEmpty() || !who.worksIn(to.get())) {
      NetworkId chain = who.network().orElse(CaseService.UNATTRIBUTED);
      audit.record(
          who,
          chain,
          sentCase,
          Optional.empty(),
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.denied(AuditOutcome.NOT_FOUND),
          ImmutableSet.of(who.isUnknown() ? "not-found.professional" : "not-found.case"),
          ImmutableMap.of());
      throw who.isUnknown()
          ? CaseTargets.unknownProfessional(who)
          : CaseTargets.caseNotFound(sentCase);
    }
    CaseTargets.Target receiving = targets.ofNetwork(who, purpose, to.get(), op);
    AccessDecision d =
        AccessRules.of(receiving.profile().getAccess())
            .decideHandover(who.professional(), who.organisation(), sent);
    access.authoriseChange(d, who, receiving, sentCase, Optional.empty(), purpose, op);
    NetworkId sending = sent.getNetwork().get();
    String region =
        stores
                .directory()
                .network(sending)
                .map(n -> n.isSameRegion(receiving.network()))
                .orElse(false)
            ? "within-region"
            : "across-regions";
    Decided decided = new Decided(receiving, sending, d, sent, region);
    List<Violation> violations = new ArrayList<>(HandoverRules.pending(sent, to.get()));
    if (violations.isEmpty()
        && stores.eventStore().version(HandoverRules.receivingCase(sentCase, to.get())) > 0) {
      RuleId rule = RuleId.HANDOVER_NOT_PENDING;
      violations.add(
          new Violation(
              rule.getId(),
              nl.lon.core.process.ProcessStep.FOLLOW_UP,
              rule.getReasonEn(),
              rule.getReasonNl()));
    }
    if (!violations.isEmpty()) {
      refused(who, purpose, sentCase, op, decided, ruleIds(violations));
      throw new RuleViolationException(violations);
    }
    return decided;
  }

  /** The details both chains hold: who sent what to whom, and on which authority. */
  private static ImmutableMap<String, String> details(
      Decided d, CaseId receivingCase, String key, String value) {
    CaseState sent = d.sent();
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    b.put("fromNetwork", d.sending().getValue());
    b.put("fromCase", sent.getCaseId().get().getValue());
    b.put("toNetwork", d.receiving().id().getValue());
    b.put("toCase", receivingCase.getValue());
    b.put("region", d.region());
    b.put(key, value);
    return b.build();
  }

  private void refused(
      AuditGate.Claim who,
      Purpose purpose,
      CaseId sentCase,
      Operation op,
      Decided d,
      ImmutableSet<String> rules) {
    audit.record(
        who,
        d.receiving().id(),
        sentCase,
        Optional.empty(),
        purpose,
        op.name,
        op.action,
        op.categories,
        AuditGate.checks(d.decision(), AuditOutcome.REFUSED),
        rules,
        ImmutableMap.of());
  }

  private static ImmutableSet<String> ruleIds(List<Violation> violations) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (Violation v : violations) {
      b.add(v.rule());
    }
    return b.build();
  }
}
