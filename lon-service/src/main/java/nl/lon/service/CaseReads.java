package nl.lon.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalData;

/**
 * Reads of one case (inzage): its state, timeline, personal data and audit trail, each decided by
 * the access rules and audited before any data leaves.
 */
final class CaseReads {

  private final Stores stores;
  private final CaseSnapshots snapshots;
  private final CaseTargets targets;
  private final AccessGate access;
  private final AuditGate audit;

  CaseReads(
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

  /** The case's state; see {@link CaseService#read}. */
  CaseState state(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    return authorised(actor, purpose, caseId, Operation.CASE);
  }

  /** The case's events; see {@link CaseService#timeline}. */
  ImmutableList<CaseEvent> timeline(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    authorised(actor, purpose, caseId, Operation.TIMELINE);
    return ImmutableList.copyOf(stores.eventStore().read(caseId));
  }

  /** The client's personal data; see {@link CaseService#personalData}. */
  Optional<PersonalData> personalData(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    CaseState state = authorised(actor, purpose, caseId, Operation.PERSONAL_DATA);
    return stores.vault().get(state.getNetwork().get(), state.getClientNumber().get(), caseId);
  }

  /** The case's audit trail; see {@link CaseService#auditTrail}. */
  ImmutableList<AuditRecord> auditTrail(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    CaseState state = authorised(actor, purpose, caseId, Operation.AUDIT_TRAIL);
    NetworkId network = state.getNetwork().get();
    List<AuditRecord> trail = new ArrayList<>(stores.auditLog().readForCase(network, caseId));
    // an erasure through another case of the client erased this case's personal data too
    boolean merged = false;
    for (AuditRecord r : stores.auditLog().readForClient(network, state.getClientNumber().get())) {
      if (r.getOperation().equals(Operation.ERASURE.name)
          && r.getOutcome() == AuditOutcome.ALLOWED
          && !r.getCaseId().equals(Optional.of(caseId))) {
        trail.add(r);
        merged = true;
      }
    }
    if (merged) {
      trail.sort(Comparator.comparingLong(AuditRecord::getSequence));
    }
    return ImmutableList.copyOf(trail);
  }

  /** Loads the case, decides and records the read; returns the state only when allowed. */
  private CaseState authorised(ProfessionalId actor, Purpose purpose, CaseId caseId, Operation op) {
    AuditGate.Claim who = audit.claim(actor);
    CaseState state = targets.load(snapshots, who, purpose, caseId, op);
    CaseTargets.Target target = targets.ofCase(who, purpose, caseId, state, op);
    access.authoriseRead(
        access.decide(who, target, op.resource, state, false, purpose),
        who,
        target,
        caseId,
        state.getClientNumber(),
        purpose,
        op,
        ImmutableMap.of());
    return state;
  }
}
