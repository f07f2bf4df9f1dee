package nl.lon.testkit.model;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.state.ActionChain;
import nl.lon.core.event.EventType;
import nl.lon.core.id.CaseId;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * A claim that is deliberately false: "no case is ever reopened". Its class name is not one the
 * build runs, and its tag is excluded from the build's test runs (lon-testkit's surefire
 * configuration), so no test pattern picks it up; {@link ShrinkingTest} runs it through the JUnit
 * Platform and reads how far jqwik shrank the failing chain.
 */
@Tag(NoReopeningClaim.TAG)
class NoReopeningClaim {

  /** The tag of deliberately false claims. */
  static final String TAG = "deliberately-false";

  /** The seed of the run, fixed so that the shrunk history is the same every time. */
  static final String SEED = "17";

  @Provide
  Arbitrary<ActionChain<ProcessModel>> chains() {
    return ProcessModel.chains(MethodologyProfile.rotterdam(), ProcessModel.DEFAULT_START, 2)
        .withMaxTransformations(20);
  }

  @Property(
      tries = 1000,
      seed = SEED,
      shrinking = ShrinkingMode.FULL,
      afterFailure = AfterFailureMode.RANDOM_SEED)
  void noCaseIsEverReopened(@ForAll("chains") ActionChain<ProcessModel> chain) {
    chain.withInvariant("no case is ever reopened", NoReopeningClaim::noneReopened).run();
  }

  static void noneReopened(ProcessModel model) {
    for (CaseId caseId : model.getCases()) {
      if (model.getHistory(caseId).stream().anyMatch(e -> e.getType() == EventType.CASE_REOPENED)) {
        throw new AssertionError(
            "case "
                + caseId.getValue()
                + " was reopened, in a history of "
                + model.getActs().size()
                + " acts and "
                + model.getEventCount()
                + " events");
      }
    }
  }
}
