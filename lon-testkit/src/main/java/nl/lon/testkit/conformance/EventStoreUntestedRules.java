package nl.lon.testkit.conformance;

import org.junit.jupiter.api.Test;

/** The rules this kit cannot check, reported as skips with the reason (see {@link KitRule}). */
abstract class EventStoreUntestedRules extends EventStoreGroup {

  /** A8: reported, not checked. */
  @Test
  void a8_untested_ioFailureLeavesWholeBatchOrNone() {
    org.junit.jupiter.api.Assumptions.abort(
        "A8 is not checked by the kit for the bare event store: an I/O"
            + " failure cannot be injected into an unknown adapter; StoresConformance rule U4 checks the same"
            + " property for a whole command by fault injection");
  }
}
