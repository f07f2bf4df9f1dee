package nl.lon.testkit.arbitraries;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import nl.lon.core.event.CaseEvent;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.testkit.model.ProcessModel;
import org.opentest4j.TestAbortedException;

/**
 * A configurable arbitrary of case histories accepted by the case service under one profile
 * (casusgeschiedenissen); obtain it from {@link CaseHistories#histories(MethodologyProfile)}.
 *
 * <p>Each history is the stream of the one case of a {@link ProcessModel} chain of 1 to {@code
 * maxCommands + 1} actions, the first of which opens the case.
 *
 * <pre>{@code
 * Arbitrary<List<CaseEvent>> longer =
 *     CaseHistories.histories(MethodologyProfile.rotterdam())
 *         .ofMaxCommands(100)
 *         .startingOn(LocalDate.of(2026, 1, 5));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Each configuration method returns a new arbitrary and leaves this one unchanged; immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class CaseHistoryArbitrary extends ArbitraryDecorator<List<CaseEvent>> {

  private static final int DEFAULT_MAX_COMMANDS = 40;
  private static final LocalDate DEFAULT_START = ProcessModel.DEFAULT_START;

  private final MethodologyProfile profile;
  private int maxCommands = DEFAULT_MAX_COMMANDS;
  private LocalDate start = DEFAULT_START;

  CaseHistoryArbitrary(MethodologyProfile profile) {
    this.profile = profile;
  }

  /**
   * Histories built from at most this many candidate commands after the opening signal; refused and
   * denied commands leave no event, so histories are usually shorter.
   *
   * @param max 0 to 1000
   * @return the changed arbitrary
   * @throws IllegalArgumentException when {@code max} is out of range
   * @since 0.1
   */
  public CaseHistoryArbitrary ofMaxCommands(int max) {
    if (max < 0 || max > 1000) {
      throw new IllegalArgumentException("max commands must be 0 to 1000, was " + max);
    }
    CaseHistoryArbitrary clone = typedClone();
    clone.maxCommands = max;
    return clone;
  }

  /**
   * Histories whose signal is reported on this date (received on it or up to three days before);
   * later commands follow on the same day or up to two weeks after the one before.
   *
   * @param date the business date of the opening signal
   * @return the changed arbitrary
   * @since 0.1
   */
  public CaseHistoryArbitrary startingOn(LocalDate date) {
    CaseHistoryArbitrary clone = typedClone();
    clone.start = Objects.requireNonNull(date, "date");
    return clone;
  }

  /**
   * The profile whose rules accept the histories.
   *
   * @return the profile
   * @since 0.1
   */
  public MethodologyProfile getProfile() {
    return profile;
  }

  @Override
  protected Arbitrary<List<CaseEvent>> arbitrary() {
    ActionChainArbitrary<ProcessModel> chains = ProcessModel.chains(profile, start, 1);
    return Arbitraries.integers()
        .between(0, maxCommands)
        .withDistribution(RandomDistribution.uniform())
        .flatMap(commands -> chains.withMaxTransformations(1 + commands))
        .map(CaseHistoryArbitrary::history)
        // a shrunk chain that lost its signal or a needed act: not a history
        .filter(history -> !history.isEmpty());
  }

  private static List<CaseEvent> history(ActionChain<ProcessModel> chain) {
    ProcessModel model;
    try {
      model = chain.run();
    } catch (TestAbortedException e) {
      // shrinking removed an act that a later act needed ("precondition no longer valid")
      return List.of();
    }
    return model.getCases().isEmpty() ? List.of() : model.getHistory(model.getCases().get(0));
  }
}
