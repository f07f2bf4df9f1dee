package nl.lon.testkit.conformance;

import org.junit.jupiter.api.Test;

/** The rules this kit cannot check, reported as skips with the reason (see {@link KitRule}). */
abstract class AuditLogUntestedRules extends AuditLogGroup {

  /** L5: reported, not checked. */
  @Test
  void l5_untested_retentionIsAnOperatorsAction() {
    org.junit.jupiter.api.Assumptions.abort(
        "L5 is not checked: purging old records is an operator's" + " action outside the port");
  }

  /** L6: reported, not checked. */
  @Test
  void l6_untested_recordsHoldNoCaseContent() {
    org.junit.jupiter.api.Assumptions.abort(
        "L6 is not checked by the kit: it cannot tell case content"
            + " from a purpose text; the case service's hostile-input tests check that none reaches a record");
  }
}
