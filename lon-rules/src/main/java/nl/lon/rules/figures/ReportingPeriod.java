package nl.lon.rules.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.lon.core.internal.Checks;
import nl.lon.core.process.PlausibleDates;
import org.immutables.value.Value;

/**
 * The period a set of figures covers (rapportageperiode): from and to, both inclusive.
 *
 * <p>A case counts in the figures when the day its signal was received ({@code
 * Signal.getReceivedOn()}) lies in the period; everything that happens to such a case afterwards
 * counts too, also after the end of the period. Cases signalled before or after the period are left
 * out completely, so the figures describe the cohort of cases signalled in the period. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ReportingPeriod {

  ReportingPeriod() {}

  /**
   * The first day of the period ("from"), inclusive (begindatum).
   *
   * @return the day, within {@link nl.lon.core.process.PlausibleDates} (1900-01-01 to 2199-12-31)
   * @since 0.1
   */
  @Value.Parameter
  public abstract LocalDate getStart();

  /**
   * The last day of the period ("to"), inclusive (einddatum).
   *
   * @return the day, not before {@link #getStart()}, within {@link
   *     nl.lon.core.process.PlausibleDates}
   * @since 0.1
   */
  @Value.Parameter
  public abstract LocalDate getEnd();

  /**
   * Whether a day lies in the period (valt binnen de periode).
   *
   * @param date the day
   * @return true when {@code start <= date <= end}
   * @since 0.1
   */
  public boolean contains(LocalDate date) {
    Args.notNull(date, "ReportingPeriod.date");
    return !date.isBefore(getStart()) && !date.isAfter(getEnd());
  }

  /**
   * The number of calendar months the period touches (aantal maanden).
   *
   * @return at least 1
   * @since 0.1
   */
  public int getMonthCount() {
    YearMonth first = YearMonth.from(getStart());
    YearMonth last = YearMonth.from(getEnd());
    return Math.toIntExact(first.until(last, java.time.temporal.ChronoUnit.MONTHS)) + 1;
  }

  @Value.Check
  void check() {
    Checks.date(getStart(), "ReportingPeriod.start");
    Checks.date(getEnd(), "ReportingPeriod.end");
    Checks.require(
        !getEnd().isBefore(getStart()),
        "ReportingPeriod.end",
        "not-before-start",
        "the period must not end before it starts");
  }

  /**
   * The period from one day to another, both inclusive (periode).
   *
   * @param from the first day, within {@link PlausibleDates}
   * @param to the last day, not before {@code from}, within {@link PlausibleDates}
   * @return the period
   * @throws nl.lon.core.error.InvalidValueException when a day is null or outside the range, or the
   *     period ends before it starts
   * @since 0.1
   */
  public static ReportingPeriod of(LocalDate from, LocalDate to) {
    return ImmutableReportingPeriod.of(
        Checks.date(from, "ReportingPeriod.start"), Checks.date(to, "ReportingPeriod.end"));
  }

  /**
   * The calendar year (kalenderjaar).
   *
   * @param year the year, {@value PlausibleDates#FIRST_YEAR} to {@value PlausibleDates#LAST_YEAR}
   * @return 1 January to 31 December of the year
   * @throws nl.lon.core.error.InvalidValueException when the year is outside the range (rule {@code
   *     range-1900-2199})
   * @since 0.1
   */
  public static ReportingPeriod ofYear(int year) {
    Checks.range(year, PlausibleDates.FIRST_YEAR, PlausibleDates.LAST_YEAR, "ReportingPeriod.year");
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}
