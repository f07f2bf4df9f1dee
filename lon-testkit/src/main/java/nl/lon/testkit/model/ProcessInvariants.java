package nl.lon.testkit.model;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.state.ActionChain;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.EvaluationRecorded;
import nl.lon.core.id.CaseId;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.rules.agenda.Obligation;
import nl.lon.rules.process.RuleId;

/**
 * What must hold of a {@link ProcessModel} after every act (invarianten), each a method that throws
 * an {@link AssertionError} naming the case and what is wrong.
 *
 * <ul>
 *   <li>{@link #stateIsReplayOfStream}: the state the service gives of each case equals {@link
 *       CaseState#replay} of the case's stream in the event store;
 *   <li>{@link #agendaHoldsOnlyOpenOrFollowedCases}: every obligation on the network's agenda
 *       belongs to a case of the model that is open or closed and followed up;
 *   <li>{@link #noCloseWithoutDecidingEvaluation}: a case closes only after an evaluation that
 *       decided to close (since it was last reopened), unless the client died (rule {@code
 *       close.evaluation-required});
 *   <li>{@link #auditChainVerifies}: every audit chain of the store verifies.
 * </ul>
 *
 * <p>The first two read through the service as the network director, so each check leaves read
 * records in the audit chain, as any reader would. Stateless and thread-safe.
 *
 * @since 0.3
 */
public final class ProcessInvariants {

  private ProcessInvariants() {}

  /**
   * The chain with the four invariants added, each under its name.
   *
   * @param chain an action chain of the model, not run yet
   * @return the same chain
   */
  public static ActionChain<ProcessModel> addTo(ActionChain<ProcessModel> chain) {
    return chain
        .withInvariant(
            "state is the replay of the stream", ProcessInvariants::stateIsReplayOfStream)
        .withInvariant(
            "agenda holds only open or followed cases",
            ProcessInvariants::agendaHoldsOnlyOpenOrFollowedCases)
        .withInvariant(
            "no close without a deciding evaluation",
            ProcessInvariants::noCloseWithoutDecidingEvaluation)
        .withInvariant("audit chain verifies", ProcessInvariants::auditChainVerifies);
  }

  /**
   * Checks all four invariants.
   *
   * @param model the model
   * @throws AssertionError when one does not hold
   */
  public static void checkAll(ProcessModel model) {
    stateIsReplayOfStream(model);
    agendaHoldsOnlyOpenOrFollowedCases(model);
    noCloseWithoutDecidingEvaluation(model);
    auditChainVerifies(model);
  }

  /**
   * The service's state of every case equals the replay of its stream.
   *
   * @param model the model
   * @throws AssertionError when a case's state differs
   */
  public static void stateIsReplayOfStream(ProcessModel model) {
    for (CaseId caseId : model.getCases()) {
      CaseState replayed = CaseState.replay(model.getHistory(caseId));
      CaseState served = served(model, caseId).orElse(replayed);
      if (!served.equals(replayed)) {
        throw new AssertionError(
            "case "
                + caseId.getValue()
                + ": the service's state (version "
                + served.getVersion()
                + ", "
                + served.getStatus()
                + ", "
                + served.getStep()
                + ") differs from the replay of its stream (version "
                + replayed.getVersion()
                + ", "
                + replayed.getStatus()
                + ", "
                + replayed.getStep()
                + ")");
      }
      Optional<CaseState> kept = model.getState(caseId);
      if (kept.isPresent() && !kept.get().equals(replayed)) {
        throw new AssertionError(
            "case "
                + caseId.getValue()
                + ": the state the last receipt returned (version "
                + kept.get().getVersion()
                + ") differs from the replay of its stream (version "
                + replayed.getVersion()
                + ")");
      }
    }
  }

  /**
   * Every obligation on the network's agenda, as its network director reads it today, belongs to a
   * case of the model that is open or closed and in follow-up.
   *
   * @param model the model
   * @throws AssertionError naming the first obligation of another case
   */
  public static void agendaHoldsOnlyOpenOrFollowedCases(ProcessModel model) {
    List<Obligation> obligations = model.networkAgenda().getObligations();
    for (Obligation o : obligations) {
      if (!model.getCases().contains(o.getCaseId())) {
        throw new AssertionError("the agenda holds " + o + " of a case the model never opened");
      }
      CaseStatus status = CaseState.replay(model.getHistory(o.getCaseId())).getStatus();
      if (status != CaseStatus.OPEN && status != CaseStatus.CLOSED) {
        throw new AssertionError(
            "the agenda holds "
                + o.getKind()
                + " of case "
                + o.getCaseId().getValue()
                + ", which is "
                + status);
      }
    }
  }

  /**
   * No case closes without an evaluation that decided to close, since it was last reopened; a
   * client's death closes without one (the process rules' {@code close.evaluation-required}).
   *
   * @param model the model
   * @throws AssertionError naming the closure
   */
  public static void noCloseWithoutDecidingEvaluation(ProcessModel model) {
    for (CaseId caseId : model.getCases()) {
      Optional<EvaluationDecision> last = Optional.empty();
      for (CaseEvent e : model.getHistory(caseId)) {
        if (e instanceof CaseReopened) {
          last = Optional.empty();
        } else if (e instanceof EvaluationRecorded evaluation) {
          last = Optional.of(evaluation.getEvaluation().getDecision());
        } else if (e instanceof CaseClosed closed
            && closed.getClosure().getReason() != ClosureReason.DECEASED
            && last.orElse(null) != EvaluationDecision.CLOSE) {
          throw new AssertionError(
              "case "
                  + caseId.getValue()
                  + " closed at #"
                  + e.getSequence()
                  + " ("
                  + closed.getClosure().getReason()
                  + ") after "
                  + last.map(d -> "an evaluation that decided " + d).orElse("no evaluation")
                  + " (rule "
                  + RuleId.CLOSE_EVALUATION_REQUIRED.getId()
                  + ")");
        }
      }
    }
  }

  /**
   * Every audit chain of the model's store verifies.
   *
   * @param model the model
   * @throws AssertionError with the verification's explanation
   */
  public static void auditChainVerifies(ProcessModel model) {
    AuditLogVerification verification = model.getStores().auditLog().verify();
    if (!verification.isOk()) {
      throw new AssertionError(
          "the audit log does not verify: " + verification.getExplanation().orElse("broken"));
    }
  }

  private static Optional<CaseState> served(ProcessModel model, CaseId caseId) {
    try {
      return Optional.of(
          model
              .getService()
              .read(ProcessCast.NETWORK_DIRECTOR.getId(), ProcessModel.PURPOSE, caseId));
    } catch (AccessDeniedException e) {
      // a case handed over to another network is no longer the network director's to read
      return Optional.empty();
    }
  }
}
