package nl.lon.testkit.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * One use case as an action of the model, at one level of fit: it applies when some case of the
 * model is at that level for the use case, and gives its command to such a case.
 *
 * <p>Each use case comes as three actions: one that {@link Level#MOVES_ON moves a case on} (the act
 * its step is waiting for), one that {@link Level#FITS fits a case's step}, and one that may {@link
 * Level#ANY not fit at all}, so that refusals are exercised too. Their weights make a chain choose
 * the act that moves a case on about half the time, another fitting act most of the rest, and a
 * misfit about one time in twenty. The actions do not read the state to make their transformers
 * (jqwik's {@link Action.Independent}): only their preconditions look at it, so when shrinking
 * removes an act, the acts after it are kept and rerun, and a rerun act whose precondition no
 * longer holds makes the shrunk chain invalid rather than different.
 */
final class UseCaseAction implements Action.Independent<ProcessModel> {

  /** How well a case must fit the use case for the action to apply. */
  enum Level {
    /** The use case is the act the case's step waits for. */
    MOVES_ON(2, 300),
    /** The use case fits the case's step. */
    FITS(1, 30),
    /** Any case. */
    ANY(0, 1);

    final int minFit;
    final int weight;

    Level(int minFit, int weight) {
      this.minFit = minFit;
      this.weight = weight;
    }
  }

  private final UseCase useCase;
  private final Level level;
  private final Arbitrary<Transformer<ProcessModel>> transformers;

  UseCaseAction(UseCase useCase, Level level, MethodologyProfile profile) {
    this.useCase = useCase;
    this.level = level;
    this.transformers =
        useCase == UseCase.RECEIVE_SIGNAL ? signals() : acts(UseCaseArguments.of(useCase, profile));
  }

  /** The action's weight in a chain: a move to another network, which ends a case, is rare. */
  int weight() {
    if (useCase == UseCase.RECEIVE_SIGNAL) {
      return level == Level.MOVES_ON ? Level.MOVES_ON.weight : 8;
    }
    return useCase == UseCase.TRANSFER ? 1 : level.weight;
  }

  @Override
  public boolean precondition(ProcessModel model) {
    if (useCase == UseCase.RECEIVE_SIGNAL) {
      int open = model.getCases().size();
      // the first signal moves the model on; later ones open another case while there is room
      return level == Level.MOVES_ON ? open == 0 : open > 0 && open < model.getMaxCases();
    }
    return model.applies(useCase, level.minFit);
  }

  @Override
  public Arbitrary<Transformer<ProcessModel>> transformer() {
    return transformers;
  }

  private Arbitrary<Transformer<ProcessModel>> signals() {
    return Combinators.combine(SignalArguments.arbitrary(), days(), actors())
        .as(
            (signal, days, actor) ->
                Transformer.mutate(
                    signal + (level == Level.MOVES_ON ? "" : " after " + days + " day(s)"),
                    m -> m.open(signal, days, actor)));
  }

  private Arbitrary<Transformer<ProcessModel>> acts(
      Arbitrary<UseCaseArguments.Arguments> arguments) {
    return Combinators.combine(arguments, days(), actors(), picks())
        .as(
            (args, days, actor, pick) ->
                Transformer.mutate(
                    args
                        + (level == Level.MOVES_ON ? " (moves a case on)" : "")
                        + (days == 0 ? " the same day" : " after " + days + " day(s)")
                        + (pick == 0 ? "" : " (case pick " + pick + ")"),
                    m -> m.act(useCase, level.minFit, pick, args, days, actor)));
  }

  /** 0 to 14 days after the act before. */
  private static Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 14).withDistribution(RandomDistribution.uniform());
  }

  /** Below 7 the professional who would naturally act, else any member of the cast. */
  private static Arbitrary<Integer> actors() {
    return Arbitraries.integers().between(0, 9).withDistribution(RandomDistribution.uniform());
  }

  /** Which of the cases that fit: the first, or another. */
  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 99).withDistribution(RandomDistribution.uniform());
  }

  @Override
  public String toString() {
    return useCase + " " + level;
  }
}
