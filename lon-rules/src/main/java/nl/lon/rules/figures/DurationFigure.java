package nl.lon.rules.figures;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The lead time from the signal to a step, in calendar days (doorlooptijd): the median and the 90th
 * percentile over the cases that reached the step.
 *
 * <p>The lead time of a case is the number of calendar days from the day its signal was received
 * ({@code Signal.getReceivedOn()}) to the business date of the first event of the step; a negative
 * lead time counts as 0 and one above {@value #MAX_DAYS} days counts as {@value #MAX_DAYS}.
 * Percentiles use the nearest-rank method: the p-th percentile of {@code n} observations is the
 * smallest lead time {@code d} such that at least {@code ceil(p * n / 100)} observations are {@code
 * <= d}; so the median of an even number of observations is the lower of the two middle values.
 * Both are published only when the number of observations reaches the suppression threshold (see
 * {@link SmallCellSuppression}). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class DurationFigure {

  /** The longest lead time kept apart, in days (about ten years); longer ones count as this. */
  public static final int MAX_DAYS = 3650;

  DurationFigure() {}

  /**
   * The step (mijlpaal).
   *
   * @return the milestone
   * @since 0.1
   */
  public abstract FigureMilestone getMilestone();

  /**
   * The number of cases that reached the step, or empty when that number is suppressed (aantal
   * waarnemingen).
   *
   * @return the number of observations
   * @since 0.1
   */
  public abstract OptionalLong getObservations();

  /**
   * The median lead time in calendar days (mediaan).
   *
   * @return the median, or empty when there are fewer observations than the threshold
   * @since 0.1
   */
  public abstract OptionalInt getMedianDays();

  /**
   * The 90th percentile of the lead time in calendar days (90e percentiel).
   *
   * @return the percentile, or empty when there are fewer observations than the threshold
   * @since 0.1
   */
  public abstract OptionalInt getP90Days();

  /**
   * Whether the figure is hidden by suppression (onderdrukt).
   *
   * @return true when the median is not published although some case reached the step
   * @since 0.1
   */
  public boolean isSuppressed() {
    return getObservations().isEmpty();
  }

  /** A new builder, for the figures of this package. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DurationFigure} for the figures of this package; not part of the public API.
   */
  static final class Builder extends ImmutableDurationFigure.Builder {
    Builder() {}
  }
}
