package nl.lon.rules.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.process.PlausibleDates;

/**
 * A calendar of working days for a network: weekdays that are no public holiday, decreed day or
 * closure day (werkdagenkalender).
 *
 * <p>A day is a <em>working day</em> when it is Monday to Friday, not a {@link PublicHoliday} (see
 * {@link DutchHolidays} for the set and its source in the Algemene termijnenwet), not a day equated
 * to a holiday by Royal Decree under Atw art. 3(3) ({@link #withDecreedDays(Set)}) and not one of
 * the network's own closure days ({@link #withClosureDays(Set)}).
 *
 * <p>Semantics of the arithmetic, for a start date {@code d}:
 *
 * <ul>
 *   <li>{@link #plusWorkingDays(LocalDate, int) plusWorkingDays(d, n)} for {@code n > 0} is the
 *       {@code n}-th working day strictly after {@code d}, so {@code plusWorkingDays(friday, 1)} is
 *       the next Monday when that is a working day; for {@code n < 0} it is the {@code |n|}-th
 *       working day strictly before {@code d}; for {@code n = 0} it is {@code d} itself, even when
 *       {@code d} is no working day (use {@link #nextWorkingDayOrSame(LocalDate)} for the Atw art.
 *       1 extension). {@link #minusWorkingDays(LocalDate, int) minusWorkingDays(d, n)} is {@code
 *       plusWorkingDays(d, -n)}.
 *   <li>The four single steps are named as in ThreeTen-Extra's {@code Temporals} and java.time's
 *       {@code TemporalAdjusters.next}/{@code nextOrSame}: {@link #nextWorkingDay(LocalDate)} and
 *       {@link #previousWorkingDay(LocalDate)} are strictly after and strictly before {@code d};
 *       {@link #nextWorkingDayOrSame(LocalDate)} and {@link #previousWorkingDayOrSame(LocalDate)}
 *       return {@code d} itself when it is a working day.
 *   <li>{@link #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween(a, b)} is the number of
 *       working days in {@code (a, b]} when {@code a <= b}, and minus the number in {@code (b, a]}
 *       when {@code b < a}. Hence {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for
 *       every {@code n >= 0} and every {@code d}, and for {@code n < 0} whenever {@code d} is a
 *       working day; {@code plusWorkingDays(plusWorkingDays(d, -n), n) == d} for a working day
 *       {@code d}.
 *   <li>Going there and back: for every {@code n > 0} and every {@code d}, {@code
 *       minusWorkingDays(plusWorkingDays(d, n), n) == previousWorkingDayOrSame(d)} and {@code
 *       plusWorkingDays(minusWorkingDays(d, n), n) == nextWorkingDayOrSame(d)}; both are {@code d}
 *       when {@code d} is a working day.
 * </ul>
 *
 * <p>Every call takes constant time, whatever {@code n} or the span: Monday-to-Friday counts come
 * from whole-week arithmetic, and the non-working weekdays (holidays, decreed and closure days that
 * fall on Monday to Friday) are counted by binary search in a sorted table of epoch days, built
 * once per calendar for its years ({@value #DEFAULT_FIRST_YEAR}-{@value #DEFAULT_LAST_YEAR} by
 * default). A date outside those years, or a result that would fall outside them, is refused with
 * {@link InvalidValueException}, since the holidays there are not in the table.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return a new calendar. Null arguments
 * are refused with {@link InvalidValueException}.
 *
 * <pre>{@code
 * WorkingDayCalendar calendar = WorkingDayCalendar.dutch().withClosureDays(Set.of(LocalDate.of(2026, 12, 31)));
 * LocalDate deadline = calendar.plusWorkingDays(LocalDate.of(2026, 4, 2), 5); // skips Easter
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * @since 0.1
 */
public final class WorkingDayCalendar {

  /**
   * The first year of the table of {@link #dutch()}: {@link PlausibleDates#FIRST_YEAR}, the first
   * year any date of the domain model may have.
   */
  public static final int DEFAULT_FIRST_YEAR = PlausibleDates.FIRST_YEAR;

  /**
   * The last year of the table of {@link #dutch()}: {@link PlausibleDates#LAST_YEAR}, the last year
   * any date of the domain model may have.
   */
  public static final int DEFAULT_LAST_YEAR = PlausibleDates.LAST_YEAR;

  private static final String RULE_IN_RANGE = "in-calendar-range";

  /** Epoch day of Monday 1970-01-05, the origin of the weekday count. */
  private static final long MONDAY_ORIGIN = 4;

  private static final WorkingDayCalendar DUTCH =
      new WorkingDayCalendar(DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR, Set.of(), Set.of());

  private final int firstYear;
  private final int lastYear;
  private final long minDay;
  private final long maxDay;
  private final NavigableSet<LocalDate> closureDays;
  private final NavigableSet<LocalDate> decreedDays;

  /** Sorted, distinct epoch days of the weekdays in range that are no working day. */
  private final int[] offDays;

  private WorkingDayCalendar(
      int firstYear, int lastYear, Set<LocalDate> closureDays, Set<LocalDate> decreedDays) {
    DutchHolidays.checkYear(firstYear, "WorkingDayCalendar.firstYear");
    DutchHolidays.checkYear(lastYear, "WorkingDayCalendar.lastYear");
    if (firstYear > lastYear) {
      throw new InvalidValueException(
          "WorkingDayCalendar.firstYear",
          "not-after-last-year",
          "first year " + firstYear + " is after last year " + lastYear);
    }
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.minDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
    this.maxDay = LocalDate.of(lastYear, 12, 31).toEpochDay();
    this.closureDays = copyInRange(closureDays, "WorkingDayCalendar.closureDays");
    this.decreedDays = copyInRange(decreedDays, "WorkingDayCalendar.decreedDays");

    int[] table =
        new int
            [(lastYear - firstYear + 1) * 10 + this.closureDays.size() + this.decreedDays.size()];
    int size = 0;
    for (int year = firstYear; year <= lastYear; year++) {
      for (LocalDate holiday : DutchHolidays.holidaysIn(year).values()) {
        size = addIfWeekday(table, size, holiday);
      }
    }
    for (LocalDate day : this.closureDays) {
      size = addIfWeekday(table, size, day);
    }
    for (LocalDate day : this.decreedDays) {
      size = addIfWeekday(table, size, day);
    }
    Arrays.sort(table, 0, size);
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (distinct == 0 || table[distinct - 1] != table[i]) {
        table[distinct++] = table[i];
      }
    }
    this.offDays = Arrays.copyOf(table, distinct);
  }

  /**
   * The calendar of national public holidays only, for {@value #DEFAULT_FIRST_YEAR}-{@value
   * #DEFAULT_LAST_YEAR} (landelijke feestdagen).
   *
   * @return the shared immutable instance
   */
  public static WorkingDayCalendar dutch() {
    return DUTCH;
  }

  /**
   * The calendar of national public holidays only, for the given years (landelijke feestdagen).
   *
   * @param firstYear the first year covered, from {@value DutchHolidays#MIN_YEAR}
   * @param lastYear the last year covered, up to {@value DutchHolidays#MAX_YEAR}, not before {@code
   *     firstYear}
   * @return a new calendar
   * @throws InvalidValueException when a year is out of range or the years are reversed
   */
  public static WorkingDayCalendar dutch(int firstYear, int lastYear) {
    return new WorkingDayCalendar(firstYear, lastYear, Set.of(), Set.of());
  }

  /**
   * Returns a copy of this calendar with the network's own closure days (sluitingsdagen).
   *
   * <p>The given set replaces the closure days of this calendar; holidays and decreed days stay.
   * Closure days on a Saturday or Sunday are kept but change nothing.
   *
   * @param closureDays the closure days, each within this calendar's years; may be empty
   * @return a new calendar
   * @throws InvalidValueException when the set or one of its days is null, or a day is out of range
   */
  public WorkingDayCalendar withClosureDays(Set<LocalDate> closureDays) {
    return new WorkingDayCalendar(firstYear, lastYear, closureDays, decreedDays);
  }

  /**
   * Returns a copy of this calendar with the days equated to holidays by Royal Decree under Atw
   * art. 3(3), as published in the Staatscourant (bij Koninklijk Besluit gelijkgestelde dagen).
   *
   * <p>The given set replaces the decreed days of this calendar; holidays and closure days stay.
   *
   * @param decreedDays the decreed days, each within this calendar's years; may be empty
   * @return a new calendar
   * @throws InvalidValueException when the set or one of its days is null, or a day is out of range
   */
  public WorkingDayCalendar withDecreedDays(Set<LocalDate> decreedDays) {
    return new WorkingDayCalendar(firstYear, lastYear, closureDays, decreedDays);
  }

  /**
   * The first year this calendar covers (eerste jaar).
   *
   * @return the first year
   */
  public int getFirstYear() {
    return firstYear;
  }

  /**
   * The last year this calendar covers (laatste jaar).
   *
   * @return the last year
   */
  public int getLastYear() {
    return lastYear;
  }

  /**
   * The network's own closure days (sluitingsdagen).
   *
   * @return an unmodifiable set in date order, possibly empty
   */
  public NavigableSet<LocalDate> getClosureDays() {
    return closureDays;
  }

  /**
   * The days equated to holidays by Royal Decree, Atw art. 3(3) (gelijkgestelde dagen).
   *
   * @return an unmodifiable set in date order, possibly empty
   */
  public NavigableSet<LocalDate> getDecreedDays() {
    return decreedDays;
  }

  /**
   * Tells whether a day is a working day (werkdag): Monday to Friday and no holiday, decreed day or
   * closure day.
   *
   * @param date the day, within this calendar's years
   * @return true for a working day
   * @throws InvalidValueException when the date is null or out of range
   */
  public boolean isWorkingDay(LocalDate date) {
    long day = epochDay(date, "WorkingDayCalendar.date");
    return isWeekday(day) && Arrays.binarySearch(offDays, (int) day) < 0;
  }

  /**
   * The first working day strictly after a day (volgende werkdag), as ThreeTen-Extra's {@code
   * Temporals.nextWorkingDay()}: {@code plusWorkingDays(date, 1)}, so a working Friday gives the
   * next working Monday. For the Atw art. 1 extension, which keeps a working day, use {@link
   * #nextWorkingDayOrSame(LocalDate)}.
   *
   * @param date the day, within this calendar's years
   * @return the first working day after {@code date}
   * @throws InvalidValueException when the date is null, or it or the result is out of range
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * Returns the day itself when it is a working day, else the first working day after it: the
   * extension of Algemene termijnenwet art. 1 (verlenging tot de eerstvolgende werkdag), as
   * ThreeTen-Extra's {@code Temporals.nextWorkingDayOrSame()}.
   *
   * @param date the day on which a period ends, within this calendar's years
   * @return {@code date} or the first working day after it
   * @throws InvalidValueException when the date is null, or it or the result is out of range
   */
  public LocalDate nextWorkingDayOrSame(LocalDate date) {
    return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
  }

  /**
   * The last working day strictly before a day (vorige werkdag), as ThreeTen-Extra's {@code
   * Temporals.previousWorkingDay()}: {@code minusWorkingDays(date, 1)}.
   *
   * @param date the day, within this calendar's years
   * @return the last working day before {@code date}
   * @throws InvalidValueException when the date is null, or it or the result is out of range
   */
  public LocalDate previousWorkingDay(LocalDate date) {
    return plusWorkingDays(date, -1);
  }

  /**
   * Returns the day itself when it is a working day, else the last working day before it (deze of
   * vorige werkdag), as ThreeTen-Extra's {@code Temporals.previousWorkingDayOrSame()}.
   *
   * @param date the day, within this calendar's years
   * @return {@code date} or the last working day before it
   * @throws InvalidValueException when the date is null, or it or the result is out of range
   */
  public LocalDate previousWorkingDayOrSame(LocalDate date) {
    return isWorkingDay(date) ? date : plusWorkingDays(date, -1);
  }

  /**
   * Adds working days to a date (werkdagen optellen), in constant time.
   *
   * <p>For {@code n > 0} the result is the {@code n}-th working day strictly after {@code date};
   * for {@code n < 0} the {@code |n|}-th working day strictly before it; for {@code n = 0} {@code
   * date} itself, working day or not.
   *
   * @param date the start, within this calendar's years
   * @param n the number of working days, may be negative
   * @return the resulting day, a working day unless {@code n = 0}
   * @throws InvalidValueException when the date is null, or it or the result is out of range
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    return plus(date, n);
  }

  /**
   * Subtracts working days from a date (werkdagen aftrekken), in constant time: {@code
   * plusWorkingDays(date, -n)}, also for {@link Integer#MIN_VALUE}.
   *
   * <p>For {@code n > 0} the result is the {@code n}-th working day strictly before {@code date};
   * for {@code n < 0} the {@code |n|}-th working day strictly after it; for {@code n = 0} {@code
   * date} itself. For every {@code n > 0}: {@code minusWorkingDays(plusWorkingDays(d, n), n) ==
   * previousWorkingDayOrSame(d)} and {@code plusWorkingDays(minusWorkingDays(d, n), n) ==
   * nextWorkingDayOrSame(d)}.
   *
   * @param date the start, within this calendar's years
   * @param n the number of working days, may be negative
   * @return the resulting day, a working day unless {@code n = 0}
   * @throws InvalidValueException when the date is null, or it or the result is out of range
   */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    return plus(date, -(long) n);
  }

  private LocalDate plus(LocalDate date, long n) {
    long day = epochDay(date, "WorkingDayCalendar.date");
    if (n == 0) {
      return date;
    }
    // The result x is the smallest day with P(x + 1) >= target, where P(e) counts working days
    // before e: forward, P(x + 1) = P(day + 1) + n; backward, P(x) = P(day) + n.
    long target = n > 0 ? workingBefore(day + 1) + n : workingBefore(day) + n + 1;
    // Off day o_j lies before the result iff P(o_j) = W(o_j) - j < target; P(o_j) is
    // non-decreasing in j, so binary search finds how many off days precede the result.
    int low = 0;
    int high = offDays.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (weekdaysBefore(offDays[mid]) - mid < target) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    long result = weekdayNumbered(target + low - 1);
    if (result < minDay || result > maxDay) {
      throw new InvalidValueException(
          "WorkingDayCalendar.n",
          RULE_IN_RANGE,
          n
              + " working days from the date fall outside the calendar's years "
              + firstYear
              + "-"
              + lastYear
              + "; build a calendar with WorkingDayCalendar.dutch(firstYear, lastYear)"
              + " that covers them");
    }
    return LocalDate.ofEpochDay(result);
  }

  /**
   * Counts the working days after {@code a} up to and including {@code b} (aantal werkdagen), in
   * constant time.
   *
   * @param a the start, excluded, within this calendar's years
   * @param b the end, included, within this calendar's years
   * @return the number of working days in {@code (a, b]}, or minus the number in {@code (b, a]}
   *     when {@code b} is before {@code a}
   * @throws InvalidValueException when a date is null or out of range
   */
  public int workingDaysBetween(LocalDate a, LocalDate b) {
    long from = epochDay(a, "WorkingDayCalendar.a");
    long to = epochDay(b, "WorkingDayCalendar.b");
    return Math.toIntExact(workingBefore(to + 1) - workingBefore(from + 1));
  }

  /**
   * The national public holidays of a year, by holiday (feestdagen); decreed and closure days are
   * not included.
   *
   * @param year a year within this calendar's years
   * @return an unmodifiable map, as {@link DutchHolidays#holidaysIn(int)}
   * @throws InvalidValueException when the year is out of range
   */
  public Map<PublicHoliday, LocalDate> holidaysIn(int year) {
    checkCalendarYear(year);
    return DutchHolidays.holidaysIn(year);
  }

  /**
   * The weekdays of a year that are no working day: holidays, decreed and closure days on Monday to
   * Friday (vrije werkdagen).
   *
   * @param year a year within this calendar's years
   * @return an unmodifiable set in date order
   * @throws InvalidValueException when the year is out of range
   */
  public NavigableSet<LocalDate> weekdaysOffIn(int year) {
    checkCalendarYear(year);
    long start = LocalDate.of(year, 1, 1).toEpochDay();
    long end = LocalDate.of(year + 1, 1, 1).toEpochDay();
    TreeSet<LocalDate> days = new TreeSet<>();
    for (int i = offBefore(start); i < offBefore(end); i++) {
      days.add(LocalDate.ofEpochDay(offDays[i]));
    }
    return Collections.unmodifiableNavigableSet(days);
  }

  /**
   * An adjuster that adds working days as {@link #plusWorkingDays(LocalDate, int)} does
   * (werkdagen-aanpasser); {@code plusWorkingDaysAdjuster(1)} is {@link #nextWorkingDayAdjuster()}.
   *
   * <p>Works on any temporal with a date, such as {@link LocalDate} or {@link
   * java.time.LocalDateTime}; the time of day is kept.
   *
   * @param n the number of working days, may be negative
   * @return the adjuster, which throws {@link InvalidValueException} for a null temporal, one
   *     without a date, and out-of-range dates
   */
  public TemporalAdjuster plusWorkingDaysAdjuster(int n) {
    return temporal -> withEpochDay(temporal, plusWorkingDays(dateOf(temporal), n));
  }

  /**
   * An adjuster that applies {@link #nextWorkingDay(LocalDate)}: the first working day strictly
   * after, as ThreeTen-Extra's {@code Temporals.nextWorkingDay()} (volgende-werkdag-aanpasser).
   *
   * @return the adjuster, which throws {@link InvalidValueException} for a null temporal, one
   *     without a date, and out-of-range dates
   */
  public TemporalAdjuster nextWorkingDayAdjuster() {
    return temporal -> withEpochDay(temporal, nextWorkingDay(dateOf(temporal)));
  }

  /**
   * An adjuster that applies {@link #nextWorkingDayOrSame(LocalDate)}, the Atw art. 1 extension
   * (verlenging-aanpasser), as ThreeTen-Extra's {@code Temporals.nextWorkingDayOrSame()}.
   *
   * @return the adjuster, which throws {@link InvalidValueException} for a null temporal, one
   *     without a date, and out-of-range dates
   */
  public TemporalAdjuster nextWorkingDayOrSameAdjuster() {
    return temporal -> withEpochDay(temporal, nextWorkingDayOrSame(dateOf(temporal)));
  }

  /**
   * An adjuster that applies {@link #previousWorkingDay(LocalDate)}: the last working day strictly
   * before, as ThreeTen-Extra's {@code Temporals.previousWorkingDay()} (vorige-werkdag-aanpasser).
   *
   * @return the adjuster, which throws {@link InvalidValueException} for a null temporal, one
   *     without a date, and out-of-range dates
   */
  public TemporalAdjuster previousWorkingDayAdjuster() {
    return temporal -> withEpochDay(temporal, previousWorkingDay(dateOf(temporal)));
  }

  /**
   * An adjuster that applies {@link #previousWorkingDayOrSame(LocalDate)}, as ThreeTen-Extra's
   * {@code Temporals.previousWorkingDayOrSame()}.
   *
   * @return the adjuster, which throws {@link InvalidValueException} for a null temporal, one
   *     without a date, and out-of-range dates
   */
  public TemporalAdjuster previousWorkingDayOrSameAdjuster() {
    return temporal -> withEpochDay(temporal, previousWorkingDayOrSame(dateOf(temporal)));
  }

  private static LocalDate dateOf(Temporal temporal) {
    if (temporal == null) {
      throw new InvalidValueException("WorkingDayCalendar.temporal");
    }
    try {
      return LocalDate.from(temporal);
    } catch (DateTimeException e) {
      throw new InvalidValueException(
          "WorkingDayCalendar.temporal",
          "has-date",
          "the temporal must have a date, such as a LocalDate");
    }
  }

  private static Temporal withEpochDay(Temporal temporal, LocalDate date) {
    try {
      return temporal.with(ChronoField.EPOCH_DAY, date.toEpochDay());
    } catch (DateTimeException e) {
      throw new InvalidValueException(
          "WorkingDayCalendar.temporal", "has-date", "the temporal cannot take the resulting date");
    }
  }

  /**
   * Compares years, closure days and decreed days.
   *
   * @param other the object to compare with
   * @return true when both calendars have the same working days over the same years
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkingDayCalendar)) {
      return false;
    }
    WorkingDayCalendar that = (WorkingDayCalendar) other;
    return firstYear == that.firstYear
        && lastYear == that.lastYear
        && closureDays.equals(that.closureDays)
        && decreedDays.equals(that.decreedDays);
  }

  /**
   * Hashes years, closure days and decreed days.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(firstYear, lastYear, closureDays, decreedDays);
  }

  /**
   * Describes the calendar briefly.
   *
   * @return the years and the number of closure and decreed days
   */
  @Override
  public String toString() {
    return "WorkingDayCalendar["
        + firstYear
        + "-"
        + lastYear
        + ", closureDays="
        + closureDays.size()
        + ", decreedDays="
        + decreedDays.size()
        + "]";
  }

  /** Working days before epoch day {@code e}, relative to the Monday origin (may be negative). */
  private long workingBefore(long e) {
    return weekdaysBefore(e) - offBefore(e);
  }

  /** Monday-to-Friday days in [origin, e), negative before the origin: whole weeks + remainder. */
  private static long weekdaysBefore(long e) {
    long d = e - MONDAY_ORIGIN;
    return 5 * Math.floorDiv(d, 7) + Math.min(Math.floorMod(d, 7), 5);
  }

  /** The weekday w with weekdaysBefore(w) == k: the inverse of {@link #weekdaysBefore(long)}. */
  private static long weekdayNumbered(long k) {
    return MONDAY_ORIGIN + 7 * Math.floorDiv(k, 5) + Math.floorMod(k, 5);
  }

  private static boolean isWeekday(long epochDay) {
    return Math.floorMod(epochDay - MONDAY_ORIGIN, 7) < 5;
  }

  /** Number of off days before epoch day {@code e}, by binary search. */
  private int offBefore(long e) {
    int low = 0;
    int high = offDays.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (offDays[mid] < e) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private long epochDay(LocalDate date, String field) {
    if (date == null) {
      throw new InvalidValueException(field);
    }
    long day = date.toEpochDay();
    if (day < minDay || day > maxDay) {
      throw new InvalidValueException(
          field,
          RULE_IN_RANGE,
          "the date is outside the calendar's years "
              + firstYear
              + "-"
              + lastYear
              + "; build a calendar with WorkingDayCalendar.dutch(firstYear, lastYear) that covers it");
    }
    return day;
  }

  private void checkCalendarYear(int year) {
    if (year < firstYear || year > lastYear) {
      throw new InvalidValueException(
          "WorkingDayCalendar.year",
          RULE_IN_RANGE,
          "year " + year + " is outside the calendar's years " + firstYear + "-" + lastYear);
    }
  }

  private NavigableSet<LocalDate> copyInRange(Set<LocalDate> days, String field) {
    if (days == null) {
      throw new InvalidValueException(field);
    }
    TreeSet<LocalDate> copy = new TreeSet<>();
    for (LocalDate day : days) {
      epochDay(day, field);
      copy.add(day);
    }
    return Collections.unmodifiableNavigableSet(copy);
  }

  private static int addIfWeekday(int[] table, int size, LocalDate day) {
    long epochDay = day.toEpochDay();
    if (!isWeekday(epochDay)) {
      return size;
    }
    table[size] = (int) epochDay;
    return size + 1;
  }
}
