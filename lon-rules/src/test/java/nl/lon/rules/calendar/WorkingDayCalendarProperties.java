package nl.lon.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the constant-time arithmetic, checked against a naive day-by-day reference that
 * shares no code with the calendar's table.
 */
class WorkingDayCalendarProperties {

  private static final long FIRST_DAY = LocalDate.of(1950, 1, 1).toEpochDay();

  /** Offsets from 1950-01-01 up to 73,400 days stay within 2150. */

  /** Closure days: a ten-day summer block, a Wednesday in spring and the day after Christmas. */
  private static final Set<LocalDate> CLOSURE_DAYS = new HashSet<>();

  /** Decreed days: the Friday after Ascension Day, every year. */
  private static final Set<LocalDate> DECREED_DAYS = new HashSet<>();

  static {
    for (int year = 1950; year <= 2150; year++) {
      LocalDate block = LocalDate.of(year, 7, 20);
      for (int i = 0; i < 10; i++) {
        CLOSURE_DAYS.add(block.plusDays(i));
      }
      CLOSURE_DAYS.add(
          LocalDate.of(year, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)));
      CLOSURE_DAYS.add(LocalDate.of(year, 12, 27));
      DECREED_DAYS.add(DutchHolidays.easterSunday(year).plusDays(40));
    }
  }

  private static final WorkingDayCalendar CALENDAR =
      WorkingDayCalendar.dutch().withClosureDays(CLOSURE_DAYS).withDecreedDays(DECREED_DAYS);

  private static LocalDate day(int offset) {
    return LocalDate.ofEpochDay(FIRST_DAY + offset);
  }

  /** Reference: a working day is a weekday, no national holiday and no closure or decreed day. */
  private static boolean naiveIsWorkingDay(LocalDate date) {
    DayOfWeek weekday = date.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !DutchHolidays.holidaysIn(date.getYear()).containsValue(date)
        && !CLOSURE_DAYS.contains(date)
        && !DECREED_DAYS.contains(date);
  }

  /** Reference: steps one day at a time. */
  private static LocalDate naivePlusWorkingDays(LocalDate date, int n) {
    LocalDate current = date;
    int step = n >= 0 ? 1 : -1;
    for (int remaining = Math.abs(n); remaining > 0; ) {
      current = current.plusDays(step);
      if (naiveIsWorkingDay(current)) {
        remaining--;
      }
    }
    return current;
  }

  /** Reference: counts working days in (a, b], negated when b is before a. */
  private static int naiveWorkingDaysBetween(LocalDate a, LocalDate b) {
    if (b.isBefore(a)) {
      return -naiveWorkingDaysBetween(b, a);
    }
    int count = 0;
    for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
      if (naiveIsWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  @Property
  void plusWorkingDays_positiveN_landsOnWorkingDay(
      @ForAll @IntRange(min = 0, max = 73_400) int offset,
      @ForAll @IntRange(min = 1, max = 10_000) int n) {
    LocalDate result = CALENDAR.plusWorkingDays(day(offset), n);

    assertFalse(result.getDayOfWeek() == DayOfWeek.SATURDAY, result::toString);
    assertFalse(result.getDayOfWeek() == DayOfWeek.SUNDAY, result::toString);
    assertFalse(DutchHolidays.holidaysIn(result.getYear()).containsValue(result), result::toString);
    assertFalse(CLOSURE_DAYS.contains(result), result::toString);
    assertFalse(DECREED_DAYS.contains(result), result::toString);
    assertTrue(result.isAfter(day(offset)));
  }

  @Property
  void plusWorkingDays_negativeN_landsOnWorkingDayBefore(
      @ForAll @IntRange(min = 0, max = 73_400) int offset,
      @ForAll @IntRange(min = -10_000, max = -1) int n) {
    LocalDate result = CALENDAR.plusWorkingDays(day(offset), n);

    assertTrue(naiveIsWorkingDay(result), result::toString);
    assertTrue(result.isBefore(day(offset)));
  }

  @Property
  void workingDaysBetween_ofPlusWorkingDays_returnsN(
      @ForAll @IntRange(min = 0, max = 73_400) int offset,
      @ForAll @IntRange(min = 0, max = 10_000) int n) {
    LocalDate start = day(offset);

    assertEquals(n, CALENDAR.workingDaysBetween(start, CALENDAR.plusWorkingDays(start, n)));
  }

  @Property
  void plusWorkingDays_backAndForthFromWorkingDay_returnsStart(
      @ForAll @IntRange(min = 0, max = 73_400) int offset,
      @ForAll @IntRange(min = 0, max = 10_000) int n) {
    LocalDate start = CALENDAR.nextWorkingDayOrSame(day(offset));
    LocalDate back = CALENDAR.plusWorkingDays(start, -n);

    assertEquals(start, CALENDAR.plusWorkingDays(back, n));
    assertEquals(n, CALENDAR.workingDaysBetween(back, start));
  }

  @Property
  void workingDaysBetween_swappedArguments_isNegated(
      @ForAll @IntRange(min = 0, max = 73_400) int a,
      @ForAll @IntRange(min = 0, max = 73_400) int b) {
    assertEquals(
        -CALENDAR.workingDaysBetween(day(a), day(b)), CALENDAR.workingDaysBetween(day(b), day(a)));
  }

  @Property
  void plusWorkingDays_upTo800_agreesWithNaiveReference(
      @ForAll @IntRange(min = 0, max = 73_400) int offset,
      @ForAll @IntRange(min = -800, max = 800) int n) {
    LocalDate start = day(offset);

    assertEquals(naivePlusWorkingDays(start, n), CALENDAR.plusWorkingDays(start, n));
  }

  @Property
  void workingDaysBetween_spansUpTo1200Days_agreesWithNaiveReference(
      @ForAll @IntRange(min = 0, max = 73_400) int offset,
      @ForAll @IntRange(min = -1200, max = 1200) int span) {
    LocalDate a = day(offset);
    LocalDate b = a.plusDays(span);

    assertEquals(naiveWorkingDaysBetween(a, b), CALENDAR.workingDaysBetween(a, b));
  }

  @Property
  void isWorkingDay_anyDay_agreesWithNaiveReference(
      @ForAll @IntRange(min = 0, max = 73_400) int offset) {
    LocalDate date = day(offset);

    assertEquals(naiveIsWorkingDay(date), CALENDAR.isWorkingDay(date));
  }

  @Property
  void nextWorkingDayOrSame_anyDay_isFirstWorkingDayOnOrAfter(
      @ForAll @IntRange(min = 0, max = 73_400) int offset) {
    LocalDate date = day(offset);
    LocalDate expected = naiveIsWorkingDay(date) ? date : naivePlusWorkingDays(date, 1);

    assertEquals(expected, CALENDAR.nextWorkingDayOrSame(date));
  }

  @Property
  void nextAndPreviousWorkingDay_anyDay_areStrictlyAfterAndBefore(
      @ForAll @IntRange(min = 0, max = 73_400) int offset) {
    LocalDate date = day(offset);

    assertEquals(naivePlusWorkingDays(date, 1), CALENDAR.nextWorkingDay(date));
    assertEquals(naivePlusWorkingDays(date, -1), CALENDAR.previousWorkingDay(date));
    LocalDate expectedOrSame = naiveIsWorkingDay(date) ? date : naivePlusWorkingDays(date, -1);
    assertEquals(expectedOrSame, CALENDAR.previousWorkingDayOrSame(date));
  }

  @Property
  void minusWorkingDays_anyN_isPlusWorkingDaysOfMinusN(
      @ForAll @IntRange(min = 0, max = 73_400) int offset,
      @ForAll @IntRange(min = -800, max = 800) int n) {
    LocalDate start = day(offset);

    assertEquals(naivePlusWorkingDays(start, -n), CALENDAR.minusWorkingDays(start, n));
  }

  /** The laws of the class documentation: there and back lands on the start's own working day. */
  @Property
  void minusAndPlusWorkingDays_thereAndBack_landOnPreviousOrNextWorkingDayOrSame(
      @ForAll @IntRange(min = 0, max = 73_400) int offset,
      @ForAll @IntRange(min = 1, max = 10_000) int n) {
    LocalDate d = day(offset);

    LocalDate minusOfPlus = CALENDAR.minusWorkingDays(CALENDAR.plusWorkingDays(d, n), n);
    assertTrue(CALENDAR.isWorkingDay(minusOfPlus));
    assertFalse(minusOfPlus.isAfter(d));
    assertEquals(CALENDAR.previousWorkingDayOrSame(d), minusOfPlus);
    assertEquals(
        CALENDAR.nextWorkingDayOrSame(d),
        CALENDAR.plusWorkingDays(CALENDAR.minusWorkingDays(d, n), n));
  }

  @Property
  void easterSunday_anyYear_isASundayBetween22MarchAnd25April(
      @ForAll @IntRange(min = DutchHolidays.MIN_YEAR, max = DutchHolidays.MAX_YEAR) int year) {
    LocalDate easter = DutchHolidays.easterSunday(year);

    assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek());
    assertFalse(easter.isBefore(LocalDate.of(year, 3, 22)));
    assertFalse(easter.isAfter(LocalDate.of(year, 4, 25)));
  }
}
