package nl.lon.core.event;

import nl.lon.core.process.Evaluation;
import org.immutables.value.Value;

/**
 * The plan was evaluated (step 7).
 *
 * <p>Dutch: <em>evaluatie</em>. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class EvaluationRecorded implements CaseEvent {

  EvaluationRecorded() {}

  /**
   * The evaluation.
   *
   * @return the value
   */
  public abstract Evaluation getEvaluation();

  @Override
  public final EventType getType() {
    return EventType.EVALUATION_RECORDED;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableEvaluationRecorded.Builder builder() {
    return ImmutableEvaluationRecorded.builder();
  }
}
