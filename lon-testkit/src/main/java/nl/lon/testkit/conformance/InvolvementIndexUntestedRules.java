package nl.lon.testkit.conformance;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The rule this kit cannot check, reported as a skip with the reason (see {@link KitRule}). */
abstract class InvolvementIndexUntestedRules extends InvolvementIndexGroup {

  /** I5: reported, not checked. */
  @Test
  void i5_untested_noContentStored() {
    Assumptions.abort(
        "I5 is not checked through the port: its values have no place for a reason or case"
            + " content, and what an adapter keeps beside them is outside the kit's sight; check"
            + " the adapter's storage (the JDBC reference adapter's test checks its table's"
            + " columns)");
  }
}
