package nl.lon.service;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.store.VaultChange;
import nl.lon.rules.access.AccessDecision;

/**
 * Erases a client's personal data from the vault (wissen): decided by the access rules, the erasure
 * and its audit record written as one unit; the case history stays.
 */
final class Erasure {

  private final Stores stores;
  private final CaseSnapshots snapshots;
  private final CaseTargets targets;
  private final AccessGate access;
  private final AuditGate audit;

  Erasure(
      Stores stores,
      CaseSnapshots snapshots,
      CaseTargets targets,
      AccessGate access,
      AuditGate audit) {
    this.stores = stores;
    this.snapshots = snapshots;
    this.targets = targets;
    this.access = access;
    this.audit = audit;
  }

  /** Erases; see {@link CaseService#erasePersonalData}. */
  boolean erasePersonalData(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    Operation op = Operation.ERASURE;
    AuditGate.Claim who = audit.claim(actor);
    CaseState state = targets.load(snapshots, who, purpose, caseId, op);
    CaseTargets.Target target = targets.ofCase(who, purpose, caseId, state, op);
    AccessDecision d =
        access.authoriseChange(
            access.decide(who, target, op.resource, state, true, purpose),
            who,
            target,
            caseId,
            state.getClientNumber(),
            purpose,
            op);
    AuditEntry entry =
        audit.entry(
            who,
            target.id(),
            caseId,
            state.getClientNumber(),
            purpose,
            op.name,
            op.action,
            op.categories,
            AuditGate.checks(d, AuditOutcome.ALLOWED),
            ImmutableSet.of(),
            state.getPaperFileLocations().isEmpty()
                ? ImmutableMap.of()
                // the number only: the locations are in the case, the audit record holds no text
                : ImmutableMap.of(
                    "paperFilesToDestroy", Integer.toString(state.getPaperFileLocations().size())));
    VaultChange erase = VaultChange.erase(target.id(), state.getClientNumber().get());
    try {
      return stores
          .commit(new UnitOfWork(Optional.empty(), entry, Optional.of(erase)))
          .vaultEntryExisted();
    } catch (RuntimeException e) {
      audit.recordAfterFailure(e, audit.withOutcome(entry, AuditOutcome.FAILED, "store.failed"));
      throw e;
    }
  }
}
