package nl.lon.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.LonException;
import nl.lon.core.process.PlausibleDates;

/**
 * Hostile dates, years and counts at every method of the calendar: each call either answers or
 * fails with an {@link InvalidValueException} naming the argument, never with a {@link
 * java.time.DateTimeException}, an {@link ArrayIndexOutOfBoundsException} or an {@link
 * ArithmeticException}.
 */
class CalendarHostileInputProperties {

  private static final WorkingDayCalendar DUTCH = WorkingDayCalendar.dutch();

  @Provide
  Arbitrary<LocalDate> hostileDates() {
    return Arbitraries.of(
        LocalDate.MIN,
        LocalDate.MAX,
        LocalDate.of(0, 1, 1),
        LocalDate.of(202, 3, 2),
        LocalDate.of(1582, 12, 31),
        LocalDate.of(1899, 12, 31),
        LocalDate.of(2200, 1, 1),
        LocalDate.of(9999, 12, 31),
        LocalDate.of(-1, 6, 1));
  }

  @Provide
  Arbitrary<Integer> hostileYears() {
    return Arbitraries.of(
        Integer.MIN_VALUE,
        -1,
        0,
        202,
        1582,
        1583,
        1899,
        2200,
        9999,
        10_000,
        1_000_000_000,
        Integer.MAX_VALUE);
  }

  @Provide
  Arbitrary<Integer> hostileCounts() {
    return Arbitraries.of(
        Integer.MIN_VALUE,
        Integer.MIN_VALUE + 1,
        -1_000_000,
        -1,
        0,
        1,
        1_000_000,
        Integer.MAX_VALUE);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyDateMethod_hostileDate_invalidValueNamingTheArgument(
      @ForAll("hostileDates") LocalDate date) {
    assertRefused("WorkingDayCalendar.date", () -> DUTCH.isWorkingDay(date));
    assertRefused("WorkingDayCalendar.date", () -> DUTCH.nextWorkingDayOrSame(date));
    assertRefused("WorkingDayCalendar.date", () -> DUTCH.nextWorkingDay(date));
    assertRefused("WorkingDayCalendar.date", () -> DUTCH.previousWorkingDay(date));
    assertRefused("WorkingDayCalendar.date", () -> DUTCH.previousWorkingDayOrSame(date));
    assertRefused("WorkingDayCalendar.date", () -> DUTCH.minusWorkingDays(date, 5));
    assertRefused("WorkingDayCalendar.date", () -> DUTCH.plusWorkingDays(date, 0));
    assertRefused("WorkingDayCalendar.date", () -> DUTCH.plusWorkingDays(date, 5));
    assertRefused(
        "WorkingDayCalendar.a", () -> DUTCH.workingDaysBetween(date, LocalDate.of(2026, 3, 2)));
    assertRefused(
        "WorkingDayCalendar.b", () -> DUTCH.workingDaysBetween(LocalDate.of(2026, 3, 2), date));
    assertRefused("WorkingDayCalendar.closureDays", () -> DUTCH.withClosureDays(Set.of(date)));
    assertRefused("WorkingDayCalendar.decreedDays", () -> DUTCH.withDecreedDays(Set.of(date)));
    assertRefused("WorkingDayCalendar.date", () -> date.with(DUTCH.plusWorkingDaysAdjuster(3)));
    assertRefused("WorkingDayCalendar.date", () -> date.with(DUTCH.nextWorkingDayOrSameAdjuster()));
    assertRefused("WorkingDayCalendar.date", () -> date.with(DUTCH.nextWorkingDayAdjuster()));
    assertRefused("WorkingDayCalendar.date", () -> date.with(DUTCH.previousWorkingDayAdjuster()));
    assertRefused(
        "WorkingDayCalendar.date", () -> date.with(DUTCH.previousWorkingDayOrSameAdjuster()));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyYearMethod_hostileYear_invalidValueNamingTheArgument(@ForAll("hostileYears") int year) {
    if (!PlausibleDates.containsYear(year)) {
      assertRefused("WorkingDayCalendar.year", () -> DUTCH.holidaysIn(year));
      assertRefused("WorkingDayCalendar.year", () -> DUTCH.weekdaysOffIn(year));
    }
    if (year < DutchHolidays.MIN_YEAR || year > DutchHolidays.MAX_YEAR) {
      assertRefused("DutchHolidays.year", () -> DutchHolidays.easterSunday(year));
      assertRefused("DutchHolidays.year", () -> DutchHolidays.holidaysIn(year));
      assertRefused(
          "DutchHolidays.year", () -> DutchHolidays.dateOf(PublicHoliday.NEW_YEARS_DAY, year));
      assertRefused("WorkingDayCalendar.firstYear", () -> WorkingDayCalendar.dutch(year, 2026));
      assertRefused("WorkingDayCalendar.lastYear", () -> WorkingDayCalendar.dutch(2026, year));
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void plusWorkingDays_hostileCount_answersOrInvalidValueOnN(
      @ForAll("hostileCounts") int n, @ForAll("edgeDates") LocalDate date) {
    LocalDate result;
    try {
      result = DUTCH.plusWorkingDays(date, n);
    } catch (LonException e) {
      InvalidValueException invalid = assertInstanceOf(InvalidValueException.class, e);
      assertEquals("WorkingDayCalendar.n", invalid.getField(), invalid.getMessage());
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("only InvalidValueException may come out, got " + e, e);
    }
    assertTrue(PlausibleDates.contains(result), result.toString());
    if (n >= 0 || DUTCH.isWorkingDay(date)) {
      assertEquals(n, DUTCH.workingDaysBetween(date, result), "n=" + n + " from " + date);
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void minusWorkingDays_hostileCount_answersAsPlusOfMinusNOrInvalidValueOnN(
      @ForAll("hostileCounts") int n, @ForAll("edgeDates") LocalDate date) {
    LocalDate result;
    try {
      result = DUTCH.minusWorkingDays(date, n);
    } catch (LonException e) {
      InvalidValueException invalid = assertInstanceOf(InvalidValueException.class, e);
      assertEquals("WorkingDayCalendar.n", invalid.getField(), invalid.getMessage());
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("only InvalidValueException may come out, got " + e, e);
    }
    assertTrue(PlausibleDates.contains(result), result.toString());
    assertEquals(DUTCH.plusWorkingDays(date, -n), result, "n=" + n + " from " + date);
  }

  @Provide
  Arbitrary<LocalDate> edgeDates() {
    return Arbitraries.of(
        PlausibleDates.FIRST_DATE, LocalDate.of(2026, 3, 2), PlausibleDates.LAST_DATE);
  }

  @Example
  void defaultCalendar_coversExactlyThePlausibleDates() {
    assertEquals(PlausibleDates.FIRST_YEAR, DUTCH.getFirstYear());
    assertEquals(PlausibleDates.LAST_YEAR, DUTCH.getLastYear());
    DUTCH.isWorkingDay(PlausibleDates.FIRST_DATE);
    DUTCH.isWorkingDay(PlausibleDates.LAST_DATE);
    assertRefused(
        "WorkingDayCalendar.date",
        () -> DUTCH.isWorkingDay(PlausibleDates.FIRST_DATE.minusDays(1)));
    assertRefused(
        "WorkingDayCalendar.date", () -> DUTCH.isWorkingDay(PlausibleDates.LAST_DATE.plusDays(1)));
  }

  @Example
  void adjusters_temporalWithoutDateOrNull_invalidValueOnTemporal() {
    assertRefused(
        "WorkingDayCalendar.temporal", () -> LocalTime.NOON.with(DUTCH.plusWorkingDaysAdjuster(1)));
    assertRefused(
        "WorkingDayCalendar.temporal",
        () -> LocalTime.NOON.with(DUTCH.nextWorkingDayOrSameAdjuster()));
    assertRefused(
        "WorkingDayCalendar.temporal", () -> DUTCH.plusWorkingDaysAdjuster(1).adjustInto(null));
    assertRefused(
        "WorkingDayCalendar.date",
        () -> LocalDateTime.MAX.with(DUTCH.nextWorkingDayOrSameAdjuster()));
    assertRefused(
        "WorkingDayCalendar.date",
        () ->
            OffsetDateTime.of(LocalDateTime.MIN, ZoneOffset.MAX)
                .with(DUTCH.plusWorkingDaysAdjuster(-1)));
  }

  @Example
  void nullArguments_invalidValueNamingTheArgument() {
    assertRefused("WorkingDayCalendar.date", () -> DUTCH.isWorkingDay(null));
    assertRefused(
        "WorkingDayCalendar.a", () -> DUTCH.workingDaysBetween(null, LocalDate.of(2026, 1, 1)));
    assertRefused("WorkingDayCalendar.closureDays", () -> DUTCH.withClosureDays(null));
    Set<LocalDate> withNull = new HashSet<>();
    withNull.add(null);
    assertRefused("WorkingDayCalendar.decreedDays", () -> DUTCH.withDecreedDays(withNull));
    assertRefused("DutchHolidays.holiday", () -> DutchHolidays.dateOf(null, 2026));
  }

  private static void assertRefused(String field, Supplier<?> call) {
    try {
      Object answer = call.get();
      fail(field + ": accepted, answered " + answer);
    } catch (LonException e) {
      InvalidValueException invalid =
          assertInstanceOf(InvalidValueException.class, e, e.toString());
      assertEquals(field, invalid.getField(), invalid.getMessage());
    } catch (RuntimeException e) {
      throw new AssertionError(field + ": only InvalidValueException may come out, got " + e, e);
    }
  }
}
