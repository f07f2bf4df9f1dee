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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link EvaluationRecorded}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEvaluationRecorded.Builder {
    /** Creates an empty builder, the same as {@link EvaluationRecorded#builder()}. */
    public Builder() {}
  }
}
