package nl.lon.service;

import nl.lon.core.id.CaseId;
import nl.lon.core.state.CaseState;

/**
 * A case whose stored events do not fold into a state (onleesbare casus): thrown by {@link
 * CaseSnapshots#load} with the state folded up to the event that failed, so that the caller can
 * still decide who is told what. It never leaves the service: {@link CaseTargets#load} turns it
 * into the answer for the caller.
 */
final class UncomputableCaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The case. */
  final transient CaseId caseId;

  /** The state before the event that failed. */
  final transient CaseState partial;

  /** What failed: the fold's or the store's error. */
  final RuntimeException failure;

  UncomputableCaseException(CaseId caseId, CaseState partial, RuntimeException failure) {
    super("case " + caseId.getValue() + " does not fold", null, false, false);
    this.caseId = caseId;
    this.partial = partial;
    this.failure = failure;
  }
}
