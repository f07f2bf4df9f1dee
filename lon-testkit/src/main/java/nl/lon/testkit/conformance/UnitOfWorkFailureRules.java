package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Rule U4: a commit that fails at any step leaves nothing; checked by fault injection. */
abstract class UnitOfWorkFailureRules extends StoresGroup {

  /** U4: failing after each storage step leaves nothing or everything visible, never a part. */
  @Test
  void u4_faultAtEveryStep_leavesNothingOrEverything() {
    boolean injects;
    try {
      injects = createStoresFailingAt(stores, 1).isPresent();
    } catch (RuntimeException faultWhileMaking) {
      injects = true;
    }
    Assumptions.assumeTrue(
        injects,
        "U4 not checked: the adapter gives no stores with injected faults (createStoresFailingAt)");
    CaseId base = caseId("u4-base");
    stores.commit(
        unit(base, 0, SampleEvents.batch(base, 1, 1), Optional.empty(), Optional.empty()));
    for (int step = 1; step <= StoresConformance.MAX_FAULT_STEPS; step++) {
      CaseId c = caseId("u4-" + step);
      UnitOfWork work = opening(c, Optional.of("open-" + step));
      boolean failed;
      try {
        // the fault may strike while the stores are made (an adapter that reads settings first)
        Stores failing = createStoresFailingAt(stores, step).orElseThrow();
        failing.commit(work);
        failed = false;
      } catch (RuntimeException expected) {
        failed = true;
      }
      if (failed) {
        assertNothingOf(c, "U4", "a commit that failed at step " + step);
      } else {
        assertAllOf(c, work, "U4");
        return;
      }
    }
    fail(
        "U4: no commit passed within "
            + StoresConformance.MAX_FAULT_STEPS
            + " injected faults; does the fault injection stop?");
  }
}
