package nl.lon.testkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import nl.lon.rules.profile.MethodologyProfile;

/** The invariants hold after every act of the model, under every preset. */
class ProcessModelProperties {

  @Provide
  Arbitrary<ActionChain<ProcessModel>> rotterdam() {
    return ProcessModel.chains(MethodologyProfile.rotterdam());
  }

  @Provide
  Arbitrary<ActionChain<ProcessModel>> enschede() {
    return ProcessModel.chains(MethodologyProfile.enschede());
  }

  @Provide
  Arbitrary<ActionChain<ProcessModel>> leeuwarden() {
    return ProcessModel.chains(MethodologyProfile.leeuwarden());
  }

  @Property(tries = 60)
  void rotterdam_invariantsHoldAfterEveryAct(@ForAll("rotterdam") ActionChain<ProcessModel> chain) {
    check(chain);
  }

  @Property(tries = 60)
  void enschede_invariantsHoldAfterEveryAct(@ForAll("enschede") ActionChain<ProcessModel> chain) {
    check(chain);
  }

  @Property(tries = 60)
  void leeuwarden_invariantsHoldAfterEveryAct(
      @ForAll("leeuwarden") ActionChain<ProcessModel> chain) {
    check(chain);
  }

  private static void check(ActionChain<ProcessModel> chain) {
    ProcessModel model = ProcessInvariants.addTo(chain).run();
    assertEquals(chain.transformations().size(), model.getActs().size(), "one act per action");
    assertTrue(model.getCases().size() >= 1, "the first act opens a case");
    Statistics.label("cases").collect(model.getCases().size());
    Statistics.label("outcomes")
        .collect(
            model.getActs().stream()
                .map(a -> a.getOutcome().name())
                .distinct()
                .sorted()
                .toList()
                .toString());
  }
}
