package nl.lon.rules.figures;

import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.lon.core.event.EventType;
import org.immutables.value.Value;

/**
 * How long after an act it was recorded, per kind of act (registratievertraging): the median and
 * the 90th percentile of the number of calendar days between an event's business date and the day
 * it was recorded.
 *
 * <p>The day recorded is that of {@code CaseEvent.getRecordedAt()} in the network's time zone (see
 * {@link FiguresAccumulator#create(nl.lon.rules.profile.MethodologyProfile, ReportingPeriod,
 * FiguresScope, java.time.ZoneId)}; Europe/Amsterdam unless given). An act recorded on the day it
 * happened counts 0 days; a negative delay counts as 0 and one above {@value
 * DurationFigure#MAX_DAYS} days as {@value DurationFigure#MAX_DAYS}. Every event of a counted case
 * is an observation of its {@link EventType}. Percentiles use the nearest-rank method, as in {@link
 * DurationFigure}; the number of observations and the percentiles are published only when the
 * number of observations reaches the suppression threshold (see {@link SmallCellSuppression}).
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class RegistrationDelayFigure {

  RegistrationDelayFigure() {}

  /**
   * The kind of act (soort handeling).
   *
   * @return the event type
   * @since 0.1
   */
  public abstract EventType getEventType();

  /**
   * The number of acts of this kind recorded, or empty when that number is suppressed (aantal
   * waarnemingen).
   *
   * @return the number of observations
   * @since 0.1
   */
  public abstract OptionalLong getObservations();

  /**
   * The median delay in calendar days (mediaan).
   *
   * @return the median, or empty when there are fewer observations than the threshold
   * @since 0.1
   */
  public abstract OptionalInt getMedianDays();

  /**
   * The 90th percentile of the delay in calendar days (90e percentiel).
   *
   * @return the percentile, or empty when there are fewer observations than the threshold
   * @since 0.1
   */
  public abstract OptionalInt getP90Days();

  /**
   * Whether the figure is hidden by suppression (onderdrukt).
   *
   * @return true when the median is not published although some act of this kind was recorded
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
   * Builds a {@link RegistrationDelayFigure} for the figures of this package; not part of the
   * public API.
   */
  static final class Builder extends ImmutableRegistrationDelayFigure.Builder {
    Builder() {}
  }
}
