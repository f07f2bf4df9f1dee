package nl.lon.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;

/**
 * Computes the Dutch national public holidays of a year (feestdagen volgens de Algemene
 * termijnenwet).
 *
 * <p>The default set, with its legal source in the Algemene termijnenwet (Atw, 1964):
 *
 * <ul>
 *   <li>art. 3(1): New Year's Day (1 January), Easter Monday, Ascension Day, Whit Monday, both
 *       Christmas days (25 and 26 December), the day the King's birthday is celebrated and 5 May
 *       (Liberation Day, every year);
 *   <li>art. 3(2): Good Friday;
 *   <li>art. 3(3): further days equated by Royal Decree, published in the Staatscourant; these are
 *       data, not computed here: pass them to {@link
 *       WorkingDayCalendar#withDecreedDays(java.util.Set)};
 *   <li>art. 1: a statutory period that ends on a Saturday, Sunday or such a holiday is extended to
 *       the next day that is none of these; see {@link
 *       WorkingDayCalendar#nextWorkingDayOrSame(LocalDate)}.
 * </ul>
 *
 * <p>Easter-based days: Good Friday = Easter Sunday - 2, Easter Monday = Easter Sunday + 1,
 * Ascension Day = Easter Sunday + 39, Whit Monday = Easter Sunday + 50. Easter Sunday comes from
 * the anonymous Gregorian algorithm (Meeus/Jones/Butcher). The monarch's day is {@link
 * PublicHoliday#KINGS_DAY} from 2014 (27 April, or 26 April when the 27th is a Sunday) and {@link
 * PublicHoliday#QUEENS_DAY} before 2014 (30 April, or 29 April when the 30th is a Sunday). That
 * Queen's Day rule is exact for 1980-2013 and a deliberate simplification for 1949-1979 (a Sunday
 * then moved the day to 1 May) and earlier years (before 1949 the day was 31 August); the rest of
 * the set is today's Atw applied to every year.
 *
 * <p>Pure functions, no state: thread-safe. Years outside {@value #MIN_YEAR}-{@value #MAX_YEAR} are
 * refused with {@link InvalidValueException}. That is wider than the dates the domain model accepts
 * ({@link nl.lon.core.process.PlausibleDates}, 1900-2199, the years of {@link
 * WorkingDayCalendar#dutch()}), so a calendar for other years can still be built.
 *
 * @since 0.1
 */
public final class DutchHolidays {

  /** The first supported year: the first full year of the Gregorian calendar. */
  public static final int MIN_YEAR = 1583;

  /** The last supported year. */
  public static final int MAX_YEAR = 9999;

  /** The first year with King's Day instead of Queen's Day. */
  static final int FIRST_KINGS_DAY_YEAR = 2014;

  private DutchHolidays() {}

  /**
   * Computes Easter Sunday (Eerste Paasdag) with the anonymous Gregorian algorithm.
   *
   * @param year the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the date of Easter Sunday in that year
   * @throws InvalidValueException when the year is out of range
   */
  public static LocalDate easterSunday(int year) {
    checkYear(year);
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int monthAndDay = h + l - 7 * m + 114;
    return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
  }

  /**
   * Computes every national public holiday of a year, by holiday (feestdagen van een jaar).
   *
   * <p>The map iterates in the order of {@link PublicHoliday}; it holds either {@link
   * PublicHoliday#KINGS_DAY} or {@link PublicHoliday#QUEENS_DAY}, never both. Two holidays can
   * share a date (Ascension Day fell on 5 May in 2016).
   *
   * @param year the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return an unmodifiable map from holiday to its date in that year
   * @throws InvalidValueException when the year is out of range
   */
  public static Map<PublicHoliday, LocalDate> holidaysIn(int year) {
    LocalDate easter = easterSunday(year);
    Map<PublicHoliday, LocalDate> days = new EnumMap<>(PublicHoliday.class);
    days.put(PublicHoliday.NEW_YEARS_DAY, LocalDate.of(year, Month.JANUARY, 1));
    days.put(PublicHoliday.GOOD_FRIDAY, easter.minusDays(2));
    days.put(PublicHoliday.EASTER_MONDAY, easter.plusDays(1));
    if (year >= FIRST_KINGS_DAY_YEAR) {
      days.put(PublicHoliday.KINGS_DAY, beforeIfSunday(LocalDate.of(year, Month.APRIL, 27)));
    } else {
      days.put(PublicHoliday.QUEENS_DAY, beforeIfSunday(LocalDate.of(year, Month.APRIL, 30)));
    }
    days.put(PublicHoliday.LIBERATION_DAY, LocalDate.of(year, Month.MAY, 5));
    days.put(PublicHoliday.ASCENSION_DAY, easter.plusDays(39));
    days.put(PublicHoliday.WHIT_MONDAY, easter.plusDays(50));
    days.put(PublicHoliday.CHRISTMAS_DAY, LocalDate.of(year, Month.DECEMBER, 25));
    days.put(PublicHoliday.SECOND_CHRISTMAS_DAY, LocalDate.of(year, Month.DECEMBER, 26));
    return Collections.unmodifiableMap(days);
  }

  /**
   * Computes the date of one holiday in a year (datum van een feestdag).
   *
   * @param holiday the holiday
   * @param year the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the date, or empty when the holiday does not exist that year ({@link
   *     PublicHoliday#KINGS_DAY} before 2014, {@link PublicHoliday#QUEENS_DAY} from 2014)
   * @throws InvalidValueException when the holiday is null or the year is out of range
   */
  public static Optional<LocalDate> dateOf(PublicHoliday holiday, int year) {
    if (holiday == null) {
      throw new InvalidValueException("DutchHolidays.holiday");
    }
    return Optional.ofNullable(holidaysIn(year).get(holiday));
  }

  private static LocalDate beforeIfSunday(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date;
  }

  static void checkYear(int year) {
    checkYear(year, "DutchHolidays.year");
  }

  static void checkYear(int year, String field) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException(
          field,
          "range-" + MIN_YEAR + "-" + MAX_YEAR,
          "year "
              + year
              + " is outside the supported Gregorian years "
              + MIN_YEAR
              + "-"
              + MAX_YEAR);
    }
  }
}
