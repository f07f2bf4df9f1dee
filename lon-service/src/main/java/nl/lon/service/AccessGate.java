package nl.lon.service;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.rules.access.AccessDecision;
import nl.lon.rules.access.AccessRequest;
import nl.lon.rules.access.AccessResource;
import nl.lon.rules.access.AccessRules;

/**
 * The one place the service asks for access (toegangspoort): it asks {@link AccessRules}, audits
 * the decision, and only then throws. The service holds no access rule of its own.
 */
final class AccessGate {

  private final AuditGate audit;
  private final Clock clock;

  AccessGate(AuditGate audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /** Asks the rules about a case's resource; writes nothing. */
  AccessDecision decide(
      AuditGate.Claim who,
      CaseTargets.Target target,
      AccessResource resource,
      CaseState state,
      boolean write,
      Purpose purpose) {
    return rules(target).decide(request(who, target, resource, state, write, purpose));
  }

  /** The request the rules decide for a case's resource. */
  AccessRequest request(
      AuditGate.Claim who,
      CaseTargets.Target target,
      AccessResource resource,
      CaseState state,
      boolean write,
      Purpose purpose) {
    return new AccessRequest(
        resource,
        who.professional(),
        who.organisation(),
        target.network(),
        state,
        write,
        today(target),
        purpose.legalBasis(),
        purpose.emergencyReason());
  }

  /** Asks the rules about a network's resource; writes nothing. */
  AccessDecision decide(AuditGate.Claim who, CaseTargets.Target target, AccessResource resource) {
    return rules(target)
        .decide(
            AccessRequest.ofNetwork(
                resource, who.professional(), who.organisation(), target.network(), today(target)));
  }

  /** Today in the target network's time zone: the day access is decided on. */
  private LocalDate today(CaseTargets.Target target) {
    return LocalDate.ofInstant(clock.instant(), target.network().getTimeZone());
  }

  /** The rules of the target's profile. */
  AccessRules rules(CaseTargets.Target target) {
    return AccessRules.of(target.profile().getAccess());
  }

  /**
   * Lets a change through: when denied, records the attempt as denied and throws; when allowed,
   * writes nothing (the change writes its own record).
   */
  AccessDecision authoriseChange(
      AccessDecision d,
      AuditGate.Claim who,
      CaseTargets.Target target,
      CaseId caseId,
      Optional<ClientNumber> client,
      Purpose purpose,
      Operation op) {
    if (!d.allowed()) {
      audit.record(
          who,
          target.id(),
          caseId,
          client,
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.checks(d, AuditOutcome.DENIED),
          ImmutableSet.of(d.rule()),
          ImmutableMap.of());
      throw denied(d);
    }
    return d;
  }

  /**
   * Lets a read through: records the decision (allowed or denied) before any data leaves, then
   * throws when denied. If the record cannot be written, nothing is returned.
   */
  AccessDecision authoriseRead(
      AccessDecision d,
      AuditGate.Claim who,
      CaseTargets.Target target,
      CaseId caseId,
      Optional<ClientNumber> client,
      Purpose purpose,
      Operation op,
      ImmutableMap<String, String> details) {
    audit.record(
        who,
        target.id(),
        caseId,
        client,
        purpose,
        op.name,
        op.action,
        op.categories,
        AuditGate.checks(d, d.allowed() ? AuditOutcome.ALLOWED : AuditOutcome.DENIED),
        d.allowed() ? ImmutableSet.of() : ImmutableSet.of(d.rule()),
        details);
    if (!d.allowed()) {
      throw denied(d);
    }
    return d;
  }

  /**
   * Decides a read of a whole network (no case) for its resource and lets it through as {@link
   * #authoriseRead} does.
   */
  AccessDecision authoriseNetworkRead(
      AuditGate.Claim who,
      CaseTargets.Target target,
      Purpose purpose,
      Operation op,
      ImmutableMap<String, String> details) {
    return authoriseRead(
        decide(who, target, op.resource),
        who,
        target,
        null,
        Optional.empty(),
        purpose,
        op,
        details);
  }

  private static AccessDeniedException denied(AccessDecision d) {
    return new AccessDeniedException(d.rule(), d.message());
  }
}
