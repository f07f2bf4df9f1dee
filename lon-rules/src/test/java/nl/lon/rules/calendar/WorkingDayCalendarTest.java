package nl.lon.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.lon.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private static final WorkingDayCalendar DUTCH = WorkingDayCalendar.dutch();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void plusWorkingDays_thursdayBeforeEaster2026_skipsGoodFridayWeekendAndEasterMonday() {
    assertEquals(date(2026, 4, 7), DUTCH.plusWorkingDays(date(2026, 4, 2), 1));
    assertEquals(date(2026, 4, 8), DUTCH.plusWorkingDays(date(2026, 4, 2), 2));
  }

  @Test
  void plusWorkingDays_fridayBeforeKingsDay2026_skipsMonday27April() {
    assertEquals(date(2026, 4, 28), DUTCH.plusWorkingDays(date(2026, 4, 24), 1));
  }

  @Test
  void plusWorkingDays_dayBeforeLiberationDay2026_skipsTuesday5May() {
    assertEquals(date(2026, 5, 6), DUTCH.plusWorkingDays(date(2026, 5, 4), 1));
  }

  @Test
  void plusWorkingDays_dayBeforeAscension2026_skipsThursday14May() {
    assertEquals(date(2026, 5, 15), DUTCH.plusWorkingDays(date(2026, 5, 13), 1));
  }

  @Test
  void plusWorkingDays_fridayBeforeWhitMonday2026_skipsMonday25May() {
    assertEquals(date(2026, 5, 26), DUTCH.plusWorkingDays(date(2026, 5, 22), 1));
  }

  @Test
  void plusWorkingDays_christmasEve2026_returnsMonday28December() {
    assertEquals(date(2026, 12, 28), DUTCH.plusWorkingDays(date(2026, 12, 24), 1));
  }

  @Test
  void plusWorkingDays_fiveFrom23December2026_returnsThursday31December() {
    // Thu 24 (1), Fri 25 holiday, Sat 26 holiday, Sun 27, Mon 28 (2), Tue 29 (3), Wed 30 (4), Thu
    // 31 (5)
    assertEquals(date(2026, 12, 31), DUTCH.plusWorkingDays(date(2026, 12, 23), 5));
  }

  @Test
  void plusWorkingDays_sixFrom23December2026_skipsNewYearToMonday4January() {
    assertEquals(date(2027, 1, 4), DUTCH.plusWorkingDays(date(2026, 12, 23), 6));
  }

  @Test
  void plusWorkingDays_fromFriday_returnsMonday() {
    assertEquals(date(2026, 3, 9), DUTCH.plusWorkingDays(date(2026, 3, 6), 1));
  }

  @Test
  void plusWorkingDays_fromSaturday_returnsFirstWorkingDayAfterIt() {
    assertEquals(date(2026, 3, 9), DUTCH.plusWorkingDays(date(2026, 3, 7), 1));
  }

  @Test
  void plusWorkingDays_zeroOnWorkingDay_returnsSameDay() {
    assertEquals(date(2026, 4, 2), DUTCH.plusWorkingDays(date(2026, 4, 2), 0));
  }

  @Test
  void plusWorkingDays_zeroOnHoliday_returnsSameDay() {
    assertEquals(date(2026, 4, 3), DUTCH.plusWorkingDays(date(2026, 4, 3), 0));
  }

  @Test
  void plusWorkingDays_minusOneAfterEaster2026_returnsThursdayBeforeGoodFriday() {
    assertEquals(date(2026, 4, 2), DUTCH.plusWorkingDays(date(2026, 4, 7), -1));
  }

  @Test
  void plusWorkingDays_minusOneFromEasterMonday_returnsThursdayBeforeGoodFriday() {
    assertEquals(date(2026, 4, 2), DUTCH.plusWorkingDays(date(2026, 4, 6), -1));
  }

  @Test
  void plusWorkingDays_minusSixFrom4January2027_returns23December2026() {
    assertEquals(date(2026, 12, 23), DUTCH.plusWorkingDays(date(2027, 1, 4), -6));
  }

  @Test
  void plusWorkingDays_closureDay_isSkipped() {
    WorkingDayCalendar calendar = DUTCH.withClosureDays(Set.of(date(2026, 4, 8)));

    assertEquals(date(2026, 4, 7), calendar.plusWorkingDays(date(2026, 4, 2), 1));
    assertEquals(date(2026, 4, 9), calendar.plusWorkingDays(date(2026, 4, 2), 2));
  }

  @Test
  void plusWorkingDays_closureWeekBetweenChristmasAndNewYear_skipsToJanuary() {
    WorkingDayCalendar calendar =
        DUTCH.withClosureDays(
            Set.of(date(2026, 12, 28), date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31)));

    assertEquals(date(2027, 1, 4), calendar.plusWorkingDays(date(2026, 12, 24), 1));
    assertEquals(date(2027, 1, 5), calendar.plusWorkingDays(date(2026, 12, 23), 3));
  }

  @Test
  void plusWorkingDays_decreedFridayAfterAscension_isSkipped() {
    WorkingDayCalendar calendar = DUTCH.withDecreedDays(Set.of(date(2026, 5, 15)));

    assertEquals(date(2026, 5, 18), calendar.plusWorkingDays(date(2026, 5, 13), 1));
  }

  @Test
  void plusWorkingDays_fiveThousand_matchesCountBack() {
    LocalDate start = date(2026, 1, 15);
    LocalDate end = DUTCH.plusWorkingDays(start, 5000);

    assertEquals(5000, DUTCH.workingDaysBetween(start, end));
    assertTrue(DUTCH.isWorkingDay(end));
  }

  @Test
  void workingDaysBetween_year2026_returns253() {
    // 261 weekdays; holidays on a weekday: 1 Jan, 3 Apr, 6 Apr, 27 Apr, 5 May, 14 May, 25 May, 25
    // Dec
    assertEquals(253, DUTCH.workingDaysBetween(date(2025, 12, 31), date(2026, 12, 31)));
  }

  @Test
  void workingDaysBetween_reversed_isNegative() {
    assertEquals(-253, DUTCH.workingDaysBetween(date(2026, 12, 31), date(2025, 12, 31)));
  }

  @Test
  void workingDaysBetween_sameDay_returnsZero() {
    assertEquals(0, DUTCH.workingDaysBetween(date(2026, 4, 3), date(2026, 4, 3)));
  }

  @Test
  void workingDaysBetween_acrossChristmas2026_returnsSix() {
    assertEquals(6, DUTCH.workingDaysBetween(date(2026, 12, 23), date(2027, 1, 4)));
  }

  @Test
  void workingDaysBetween_withClosureDay_countsOneLess() {
    WorkingDayCalendar calendar = DUTCH.withClosureDays(Set.of(date(2026, 4, 8)));

    assertEquals(3, DUTCH.workingDaysBetween(date(2026, 4, 2), date(2026, 4, 9)));
    assertEquals(2, calendar.workingDaysBetween(date(2026, 4, 2), date(2026, 4, 9)));
  }

  @Test
  void isWorkingDay_holidayWeekendAndOrdinaryDay_classifiedCorrectly() {
    assertFalse(DUTCH.isWorkingDay(date(2026, 4, 3)));
    assertFalse(DUTCH.isWorkingDay(date(2026, 4, 4)));
    assertFalse(DUTCH.isWorkingDay(date(2026, 4, 5)));
    assertFalse(DUTCH.isWorkingDay(date(2026, 4, 6)));
    assertTrue(DUTCH.isWorkingDay(date(2026, 4, 7)));
  }

  @Test
  void isWorkingDay_closureDayOnWeekend_changesNothing() {
    WorkingDayCalendar calendar = DUTCH.withClosureDays(Set.of(date(2026, 3, 7)));

    assertFalse(calendar.isWorkingDay(date(2026, 3, 7)));
    assertEquals(
        DUTCH.plusWorkingDays(date(2026, 3, 6), 1), calendar.plusWorkingDays(date(2026, 3, 6), 1));
  }

  @Test
  void nextWorkingDayOrSame_workingDay_returnsSameDay() {
    assertEquals(date(2026, 4, 2), DUTCH.nextWorkingDayOrSame(date(2026, 4, 2)));
  }

  @Test
  void nextWorkingDayOrSame_goodFriday_extendsToTuesdayAfterEaster() {
    assertEquals(date(2026, 4, 7), DUTCH.nextWorkingDayOrSame(date(2026, 4, 3)));
  }

  @Test
  void nextWorkingDayOrSame_sunday_extendsToMonday() {
    assertEquals(date(2026, 3, 9), DUTCH.nextWorkingDayOrSame(date(2026, 3, 8)));
  }

  @Test
  void nextWorkingDay_workingDay_isStrictlyAfter() {
    assertEquals(date(2026, 4, 7), DUTCH.nextWorkingDay(date(2026, 4, 2)));
  }

  @Test
  void previousWorkingDay_tuesdayAfterEaster_isThursdayBeforeGoodFriday() {
    assertEquals(date(2026, 4, 2), DUTCH.previousWorkingDay(date(2026, 4, 7)));
  }

  @Test
  void previousWorkingDayOrSame_workingDayAndSunday_sameDayAndFriday() {
    assertEquals(date(2026, 3, 9), DUTCH.previousWorkingDayOrSame(date(2026, 3, 9)));
    assertEquals(date(2026, 3, 6), DUTCH.previousWorkingDayOrSame(date(2026, 3, 8)));
  }

  @Test
  void minusWorkingDays_overEaster_skipsGoodFridayAndEasterMonday() {
    assertEquals(date(2026, 4, 2), DUTCH.minusWorkingDays(date(2026, 4, 8), 2));
    assertEquals(date(2026, 4, 8), DUTCH.minusWorkingDays(date(2026, 4, 2), -2));
  }

  @Test
  void singleStepAdjusters_saturday_followTheirMethods() {
    LocalDate saturday = date(2026, 3, 7);
    assertEquals(date(2026, 3, 9), saturday.with(DUTCH.nextWorkingDayAdjuster()));
    assertEquals(date(2026, 3, 6), saturday.with(DUTCH.previousWorkingDayAdjuster()));
    assertEquals(date(2026, 3, 6), saturday.with(DUTCH.previousWorkingDayOrSameAdjuster()));
    assertEquals(date(2026, 3, 10), date(2026, 3, 9).with(DUTCH.nextWorkingDayAdjuster()));
  }

  @Test
  void plusWorkingDaysAdjuster_localDate_addsWorkingDays() {
    assertEquals(date(2026, 4, 7), date(2026, 4, 2).with(DUTCH.plusWorkingDaysAdjuster(1)));
  }

  @Test
  void plusWorkingDaysAdjuster_localDateTime_keepsTimeOfDay() {
    LocalDateTime start = LocalDateTime.of(2026, 12, 24, 16, 30);

    assertEquals(
        LocalDateTime.of(2026, 12, 28, 16, 30), start.with(DUTCH.plusWorkingDaysAdjuster(1)));
  }

  @Test
  void nextWorkingDayOrSameAdjuster_saturday_returnsMonday() {
    assertEquals(date(2026, 3, 9), date(2026, 3, 7).with(DUTCH.nextWorkingDayOrSameAdjuster()));
  }

  @Test
  void holidaysIn_calendarYear_matchesDutchHolidays() {
    assertEquals(DutchHolidays.holidaysIn(2026), DUTCH.holidaysIn(2026));
  }

  @Test
  void holidaysIn_yearOutsideCalendar_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(InvalidValueException.class, () -> DUTCH.holidaysIn(2201));

    assertEquals("WorkingDayCalendar.year", error.getField());
  }

  @Test
  void weekdaysOffIn_2026withClosureAndDecree_listsWeekdaysOnly() {
    WorkingDayCalendar calendar =
        DUTCH
            .withClosureDays(Set.of(date(2026, 12, 31), date(2026, 3, 7)))
            .withDecreedDays(Set.of(date(2026, 5, 15)));

    assertEquals(
        List.of(
            date(2026, 1, 1),
            date(2026, 4, 3),
            date(2026, 4, 6),
            date(2026, 4, 27),
            date(2026, 5, 5),
            date(2026, 5, 14),
            date(2026, 5, 15),
            date(2026, 5, 25),
            date(2026, 12, 25),
            date(2026, 12, 31)),
        List.copyOf(calendar.weekdaysOffIn(2026)));
  }

  @Test
  void withClosureDays_replacesEarlierClosureDaysAndKeepsDecreedDays() {
    WorkingDayCalendar calendar =
        DUTCH
            .withDecreedDays(Set.of(date(2026, 5, 15)))
            .withClosureDays(Set.of(date(2026, 4, 8)))
            .withClosureDays(Set.of(date(2026, 4, 9)));

    assertEquals(Set.of(date(2026, 4, 9)), calendar.getClosureDays());
    assertEquals(Set.of(date(2026, 5, 15)), calendar.getDecreedDays());
    assertTrue(calendar.isWorkingDay(date(2026, 4, 8)));
    assertFalse(calendar.isWorkingDay(date(2026, 4, 9)));
  }

  @Test
  void withClosureDays_inputChangedAfterwards_calendarUnchanged() {
    Set<LocalDate> input = new HashSet<>(Set.of(date(2026, 4, 8)));
    WorkingDayCalendar calendar = DUTCH.withClosureDays(input);

    input.add(date(2026, 4, 9));

    assertTrue(calendar.isWorkingDay(date(2026, 4, 9)));
    assertThrows(
        UnsupportedOperationException.class,
        () -> calendar.getClosureDays().add(date(2026, 4, 10)));
  }

  @Test
  void withClosureDays_dayOutsideCalendarYears_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class, () -> DUTCH.withClosureDays(Set.of(date(2201, 1, 2))));

    assertEquals("WorkingDayCalendar.closureDays", error.getField());
  }

  @Test
  void withClosureDays_null_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(InvalidValueException.class, () -> DUTCH.withClosureDays(null));

    assertEquals(InvalidValueException.RULE_REQUIRED, error.getRule());
  }

  @Test
  void dutch_calledTwice_returnsSameInstanceCoveringDefaultYears() {
    assertSame(WorkingDayCalendar.dutch(), WorkingDayCalendar.dutch());
    assertEquals(WorkingDayCalendar.DEFAULT_FIRST_YEAR, DUTCH.getFirstYear());
    assertEquals(WorkingDayCalendar.DEFAULT_LAST_YEAR, DUTCH.getLastYear());
  }

  @Test
  void dutch_customYears_coversThemOnly() {
    WorkingDayCalendar calendar = WorkingDayCalendar.dutch(2280, 2290);

    // Easter Sunday 2285 is 22 March: Good Friday 20 March, Easter Monday 23 March
    assertEquals(date(2285, 3, 24), calendar.plusWorkingDays(date(2285, 3, 19), 1));
    assertThrows(InvalidValueException.class, () -> calendar.isWorkingDay(date(2026, 1, 2)));
  }

  @Test
  void dutch_reversedYears_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(InvalidValueException.class, () -> WorkingDayCalendar.dutch(2030, 2020));

    assertEquals("WorkingDayCalendar.firstYear", error.getField());
  }

  @Test
  void dutch_yearBeforeGregorian_throwsInvalidValue() {
    assertThrows(InvalidValueException.class, () -> WorkingDayCalendar.dutch(1500, 2000));
  }

  @Test
  void plusWorkingDays_dateBeforeCalendar_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class, () -> DUTCH.plusWorkingDays(date(1899, 12, 31), 1));

    assertEquals("WorkingDayCalendar.date", error.getField());
    assertEquals("in-calendar-range", error.getRule());
  }

  @Test
  void plusWorkingDays_resultAfterCalendar_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class, () -> DUTCH.plusWorkingDays(date(2199, 12, 31), 1));

    assertEquals("WorkingDayCalendar.n", error.getField());
  }

  @Test
  void plusWorkingDays_resultBeforeCalendar_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class, () -> DUTCH.plusWorkingDays(date(1900, 1, 2), -2));

    assertEquals("WorkingDayCalendar.n", error.getField());
  }

  @Test
  void plusWorkingDays_extremeN_throwsInvalidValueNotOverflow() {
    assertThrows(
        InvalidValueException.class,
        () -> DUTCH.plusWorkingDays(date(2026, 1, 2), Integer.MAX_VALUE));
    assertThrows(
        InvalidValueException.class,
        () -> DUTCH.plusWorkingDays(date(2026, 1, 2), Integer.MIN_VALUE));
  }

  @Test
  void plusWorkingDays_nullDate_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(InvalidValueException.class, () -> DUTCH.plusWorkingDays(null, 1));

    assertEquals(InvalidValueException.RULE_REQUIRED, error.getRule());
  }

  @Test
  void workingDaysBetween_dateAfterCalendar_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(
            InvalidValueException.class,
            () -> DUTCH.workingDaysBetween(date(2026, 1, 1), date(2201, 1, 1)));

    assertEquals("WorkingDayCalendar.b", error.getField());
  }

  @Test
  void equals_sameYearsAndDays_equalWithSameHash() {
    WorkingDayCalendar one = DUTCH.withClosureDays(Set.of(date(2026, 4, 8)));
    WorkingDayCalendar two = WorkingDayCalendar.dutch().withClosureDays(Set.of(date(2026, 4, 8)));

    assertEquals(one, two);
    assertEquals(one.hashCode(), two.hashCode());
    assertNotEquals(DUTCH, one);
    assertTrue(one.toString().contains("closureDays=1"));
  }
}
