package nl.lon.testkit.conformance;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The rules this kit cannot check, reported as skips with the reason (see {@link KitRule}). */
abstract class UnitOfWorkUntestedRules extends StoresGroup {

  /** U5: reported, not checked. */
  @Test
  void u5_untested_durabilityAcrossACrash() {
    Assumptions.abort(
        "U5 is not checked inside one JVM: prove it with a crash test that kills the"
            + " writing process (the JDBC reference adapter's CrashCycles does)");
  }
}
