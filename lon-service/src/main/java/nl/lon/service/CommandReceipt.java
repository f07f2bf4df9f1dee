package nl.lon.service;

import java.util.Optional;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.state.CaseState;
import nl.lon.rules.access.AccessRuleId;

/**
 * What a command on a case returns (ontvangstbevestiging): the case, its new version and step, and
 * the case state only when the acting professional may read it.
 *
 * <p>Under some profiles a partner may add to a case that it may not read (Rotterdam: only the
 * coordinating organisation reads). Such an actor gets the acknowledgement without the state; where
 * the state is returned, the command's audit record counts it as a read ({@code stateReturned=true}
 * in its details).
 *
 * <pre>{@code
 * CommandReceipt r = service.addInformation(partner, purpose, caseId, command);
 * long version = r.getVersion();
 * r.getState().ifPresent(state -> show(state));
 * CaseState state = service.judgeReport(director, purpose, caseId, judgement).state(); // may read
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/ServiceSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class CommandReceipt {

  private final CaseId caseId;
  private final long version;
  private final ProcessStep step;
  private final boolean replay;
  private final Optional<CaseState> state;

  CommandReceipt(
      CaseId caseId, long version, ProcessStep step, boolean replay, Optional<CaseState> state) {
    if (caseId == null || step == null || state == null) {
      throw new InvalidValueException(
          "CommandReceipt.caseId", "CommandReceipt.step", "CommandReceipt.state");
    }
    this.caseId = caseId;
    this.version = version;
    this.step = step;
    this.replay = replay;
    this.state = state;
  }

  /**
   * The case the command acted on.
   *
   * @return the case id
   */
  public CaseId getCaseId() {
    return caseId;
  }

  /**
   * The case's version after the command: pass nothing, the service reloads; shown so a caller can
   * tell which version it saw.
   *
   * @return 1 or more
   */
  public long getVersion() {
    return version;
  }

  /**
   * The process step the case is in after the command.
   *
   * @return the step
   */
  public ProcessStep getStep() {
    return step;
  }

  /**
   * Whether the command repeated an earlier one with the same idempotency key and the same content,
   * so nothing new was written.
   *
   * @return true for a replay
   */
  public boolean isReplay() {
    return replay;
  }

  /**
   * The case state after the command, when the actor may read the case.
   *
   * @return the state, or empty for an actor who may write but not read
   */
  public Optional<CaseState> getState() {
    return state;
  }

  /**
   * The case state after the command.
   *
   * @return the state
   * @throws AccessDeniedException (rule {@code access.write-only}) when the actor may not read the
   *     case; the command itself was carried out
   */
  public CaseState state() {
    return state.orElseThrow(
        () ->
            new AccessDeniedException(
                AccessRuleId.WRITE_ONLY.getId(),
                "the command on case "
                    + caseId
                    + " was carried out, but this professional may not read the case"));
  }

  @Override
  public String toString() {
    return "CommandReceipt{case="
        + caseId
        + ", version="
        + version
        + ", step="
        + step
        + (replay ? ", replay" : "")
        + ", state "
        + (state.isPresent() ? "returned" : "withheld")
        + "}";
  }
}
