package nl.lon.rules.figures;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How often a working-day deadline of the profile was met (termijnnaleving).
 *
 * <p>A deadline is met when the business date of the step's event is on or before {@code
 * profile.getCalendar().plusWorkingDays(start, n)}. Only cases that took the step count: a case
 * that ended before the step, or has not taken it yet, is in neither cell. The starts are: the
 * signal's receipt (judge report), the first coordination decision to coordinate (appoint problem
 * owner) and the first appointment of a trajectory director (present plan; only when the
 * appointment precedes the first plan). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class DeadlineFigure {

  DeadlineFigure() {}

  /**
   * The deadline (termijn).
   *
   * @return the deadline
   * @since 0.1
   */
  public abstract FigureDeadline getDeadline();

  /**
   * The working days the profile allows (aantal werkdagen).
   *
   * @return at least 1
   * @since 0.1
   */
  public abstract int getWorkingDays();

  /**
   * The additive table with the cells {@link FigureCategory#MET} and {@link FigureCategory#MISSED}
   * (tabel).
   *
   * @return the table, suppressed
   * @since 0.1
   */
  public abstract Table getTable();

  /**
   * The share of steps taken within the deadline, from 0 to 1 (aandeel gehaald).
   *
   * @return the share, or empty when no step was taken or a cell or the total is suppressed
   * @since 0.1
   */
  public abstract OptionalDouble getShareMet();

  /** A new builder, for the figures of this package. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DeadlineFigure} for the figures of this package; not part of the public API.
   */
  static final class Builder extends ImmutableDeadlineFigure.Builder {
    Builder() {}
  }
}
