package nl.lon.service;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Optional;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.Network;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.access.AccessRuleId;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Finds the network and profile an attempt concerns (doelnetwerk), or records the attempt and gives
 * the one answer for "unknown", "not yours" and "does not exist".
 */
final class CaseTargets {

  /** The network a case or network read belongs to, and its profile. */
  record Target(Network network, MethodologyProfile profile) {

    NetworkId id() {
      return network.getId();
    }
  }

  private final Stores stores;
  private final Map<NetworkId, MethodologyProfile> profiles;
  private final AuditGate audit;

  CaseTargets(Stores stores, Map<NetworkId, MethodologyProfile> profiles, AuditGate audit) {
    this.stores = stores;
    this.profiles = profiles;
    this.audit = audit;
  }

  /**
   * Loads a case for an operation on it. A case whose stored events do not fold is answered on the
   * state before the event that failed: as "not found" to one who does not work in its network, and
   * to others as an {@link IllegalEventException} that names no status, step or content, with the
   * attempt recorded as failed ({@code case.uncomputable}).
   */
  CaseState load(
      CaseSnapshots snapshots, AuditGate.Claim who, Purpose purpose, CaseId caseId, Operation op) {
    try {
      return snapshots.load(caseId);
    } catch (UncomputableCaseException e) {
      Target target = ofCase(who, purpose, caseId, e.partial, op);
      audit.record(
          who,
          target.id(),
          caseId,
          e.partial.getClientNumber(),
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.denied(AuditOutcome.FAILED),
          ImmutableSet.of(UNCOMPUTABLE),
          ImmutableMap.of());
      throw new IllegalEventException(
          "case "
              + caseId.getValue()
              + " cannot be read: its stored events do not fold into a state; the network"
              + " agenda lists it among the uncomputable cases [rule "
              + UNCOMPUTABLE
              + "]");
    }
  }

  /** The rule id of an attempt on a case whose stored events do not fold. */
  static final String UNCOMPUTABLE = "case.uncomputable";

  /**
   * The network and profile of an existing case the claimed actor works in; otherwise records the
   * attempt and throws the one answer for "unknown", "not yours" and "does not exist".
   */
  Target ofCase(
      AuditGate.Claim who, Purpose purpose, CaseId caseId, CaseState state, Operation op) {
    if (state.getVersion() == 0) {
      NetworkId chain = who.network().orElse(CaseService.UNATTRIBUTED);
      audit.record(
          who,
          chain,
          caseId,
          Optional.empty(),
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.denied(AuditOutcome.NOT_FOUND),
          ImmutableSet.of(who.isUnknown() ? "not-found.professional" : "not-found.case"),
          ImmutableMap.of());
      throw who.isUnknown() ? unknownProfessional(who) : caseNotFound(caseId);
    }
    NetworkId networkId = state.getNetwork().get();
    if (who.isUnknown()) {
      audit.record(
          who,
          networkId,
          caseId,
          state.getClientNumber(),
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.denied(AuditOutcome.NOT_FOUND),
          ImmutableSet.of("not-found.professional"),
          ImmutableMap.of());
      throw unknownProfessional(who);
    }
    if (!who.worksIn(networkId) && !handedOverTo(who, state)) {
      audit.record(
          who,
          networkId,
          caseId,
          state.getClientNumber(),
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.denied(AuditOutcome.DENIED),
          ImmutableSet.of(AccessRuleId.OTHER_NETWORK.getId()),
          ImmutableMap.of());
      throw caseNotFound(caseId);
    }
    return configured(who, purpose, networkId, caseId, state.getClientNumber(), op, networkId);
  }

  /**
   * Whether a case was handed over (warm handover) to a network the actor works in: the access
   * rules then decide what the receiving side may see ({@code access.handover-receiver}).
   */
  private static boolean handedOverTo(AuditGate.Claim who, CaseState state) {
    return state.getStatus() == CaseStatus.TRANSFERRED
        && state.getTransferredTo().map(who::worksIn).orElse(false);
  }

  /** The network and profile for a network-level read; records and throws when unknown. */
  Target ofNetwork(AuditGate.Claim who, Purpose purpose, NetworkId networkId, Operation op) {
    boolean known = stores.directory().network(networkId).isPresent();
    if (who.isUnknown()) {
      audit.record(
          who,
          known ? networkId : CaseService.UNATTRIBUTED,
          null,
          Optional.empty(),
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.denied(AuditOutcome.NOT_FOUND),
          ImmutableSet.of("not-found.professional"),
          ImmutableMap.of());
      throw unknownProfessional(who);
    }
    return configured(
        who,
        purpose,
        known ? networkId : who.network().get(),
        null,
        Optional.empty(),
        op,
        networkId);
  }

  /**
   * The network and profile a new case names; records and throws when the actor, the network or its
   * profile is unknown.
   */
  Target forOpening(
      AuditGate.Claim who,
      Purpose purpose,
      CaseId caseId,
      NetworkId asked,
      ClientNumber client,
      Operation op) {
    Optional<Network> named = stores.directory().network(asked);
    MethodologyProfile profile = profiles.get(asked);
    if (who.isUnknown() || named.isEmpty() || profile == null) {
      NetworkId chain = named.isPresent() ? asked : who.network().orElse(CaseService.UNATTRIBUTED);
      String rule =
          who.isUnknown()
              ? "not-found.professional"
              : named.isEmpty() ? "not-found.network" : "not-found.profile";
      audit.record(
          who,
          chain,
          caseId,
          chain.equals(asked) ? Optional.of(client) : Optional.empty(),
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.denied(AuditOutcome.NOT_FOUND),
          ImmutableSet.of(rule),
          ImmutableMap.of());
      throw who.isUnknown()
          ? new NotFoundException("professional", who.id().getValue())
          : named.isEmpty()
              ? new NotFoundException("network", asked.getValue())
              : new NotFoundException("methodology profile for network", asked.getValue());
    }
    return new Target(named.get(), profile);
  }

  /**
   * Looks up the network and profile; {@code chain} is where a failure is recorded, {@code asked}
   * the network named.
   */
  private Target configured(
      AuditGate.Claim who,
      Purpose purpose,
      NetworkId chain,
      CaseId caseId,
      Optional<ClientNumber> client,
      Operation op,
      NetworkId asked) {
    Optional<Network> network = stores.directory().network(asked);
    MethodologyProfile profile = profiles.get(asked);
    if (network.isEmpty() || profile == null) {
      audit.record(
          who,
          chain,
          caseId,
          client,
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.denied(AuditOutcome.NOT_FOUND),
          ImmutableSet.of(network.isEmpty() ? "not-found.network" : "not-found.profile"),
          ImmutableMap.of());
      throw network.isEmpty()
          ? new NotFoundException("network", asked.getValue())
          : new NotFoundException("methodology profile for network", asked.getValue());
    }
    return new Target(network.get(), profile);
  }

  static NotFoundException caseNotFound(CaseId caseId) {
    return new NotFoundException("case", caseId.getValue());
  }

  static NotFoundException unknownProfessional(AuditGate.Claim who) {
    return new NotFoundException("professional", who.id().getValue());
  }
}
