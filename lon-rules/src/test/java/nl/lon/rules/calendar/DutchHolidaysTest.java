package nl.lon.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchHolidaysTest {

  @ParameterizedTest
  @CsvSource({
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25",
    "2285, 2285-03-22",
    "2000, 2000-04-23",
    "1943, 1943-04-25",
    "2008, 2008-03-23",
    "1583, 1583-04-10"
  })
  void easterSunday_knownYear_returnsHandComputedDate(int year, LocalDate expected) {
    assertEquals(expected, DutchHolidays.easterSunday(year));
  }

  @Test
  void holidaysIn_2026_returnsAllNamedHolidaysInEnumOrder() {
    Map<PublicHoliday, LocalDate> holidays = DutchHolidays.holidaysIn(2026);

    assertEquals(
        List.of(
            PublicHoliday.NEW_YEARS_DAY,
            PublicHoliday.GOOD_FRIDAY,
            PublicHoliday.EASTER_MONDAY,
            PublicHoliday.KINGS_DAY,
            PublicHoliday.LIBERATION_DAY,
            PublicHoliday.ASCENSION_DAY,
            PublicHoliday.WHIT_MONDAY,
            PublicHoliday.CHRISTMAS_DAY,
            PublicHoliday.SECOND_CHRISTMAS_DAY),
        List.copyOf(holidays.keySet()));
    assertEquals(LocalDate.of(2026, 1, 1), holidays.get(PublicHoliday.NEW_YEARS_DAY));
    assertEquals(LocalDate.of(2026, 4, 3), holidays.get(PublicHoliday.GOOD_FRIDAY));
    assertEquals(LocalDate.of(2026, 4, 6), holidays.get(PublicHoliday.EASTER_MONDAY));
    assertEquals(LocalDate.of(2026, 4, 27), holidays.get(PublicHoliday.KINGS_DAY));
    assertEquals(LocalDate.of(2026, 5, 5), holidays.get(PublicHoliday.LIBERATION_DAY));
    assertEquals(LocalDate.of(2026, 5, 14), holidays.get(PublicHoliday.ASCENSION_DAY));
    assertEquals(LocalDate.of(2026, 5, 25), holidays.get(PublicHoliday.WHIT_MONDAY));
    assertEquals(LocalDate.of(2026, 12, 25), holidays.get(PublicHoliday.CHRISTMAS_DAY));
    assertEquals(LocalDate.of(2026, 12, 26), holidays.get(PublicHoliday.SECOND_CHRISTMAS_DAY));
  }

  @Test
  void holidaysIn_returnedMap_isUnmodifiable() {
    Map<PublicHoliday, LocalDate> holidays = DutchHolidays.holidaysIn(2026);

    assertThrows(
        UnsupportedOperationException.class,
        () -> holidays.put(PublicHoliday.QUEENS_DAY, LocalDate.of(2026, 4, 30)));
  }

  @Test
  void kingsDay_2025_movesToSaturday26April() {
    assertEquals(
        Optional.of(LocalDate.of(2025, 4, 26)),
        DutchHolidays.dateOf(PublicHoliday.KINGS_DAY, 2025));
  }

  @Test
  void kingsDay_2026_stays27April() {
    assertEquals(
        Optional.of(LocalDate.of(2026, 4, 27)),
        DutchHolidays.dateOf(PublicHoliday.KINGS_DAY, 2026));
  }

  @Test
  void kingsDay_2014_firstYearMovesTo26April() {
    assertEquals(
        Optional.of(LocalDate.of(2014, 4, 26)),
        DutchHolidays.dateOf(PublicHoliday.KINGS_DAY, 2014));
    assertEquals(Optional.empty(), DutchHolidays.dateOf(PublicHoliday.QUEENS_DAY, 2014));
  }

  @Test
  void queensDay_2006_movesToSaturday29April() {
    assertEquals(
        Optional.of(LocalDate.of(2006, 4, 29)),
        DutchHolidays.dateOf(PublicHoliday.QUEENS_DAY, 2006));
    assertEquals(Optional.empty(), DutchHolidays.dateOf(PublicHoliday.KINGS_DAY, 2006));
  }

  @Test
  void queensDay_2013_stays30April() {
    assertEquals(
        Optional.of(LocalDate.of(2013, 4, 30)),
        DutchHolidays.dateOf(PublicHoliday.QUEENS_DAY, 2013));
  }

  @Test
  void holidaysIn_2016_ascensionAndLiberationDayShareADate() {
    Map<PublicHoliday, LocalDate> holidays = DutchHolidays.holidaysIn(2016);

    assertEquals(LocalDate.of(2016, 5, 5), holidays.get(PublicHoliday.ASCENSION_DAY));
    assertEquals(LocalDate.of(2016, 5, 5), holidays.get(PublicHoliday.LIBERATION_DAY));
  }

  @Test
  void easterBasedHolidays_2024_followTheirOffsets() {
    Map<PublicHoliday, LocalDate> holidays = DutchHolidays.holidaysIn(2024);

    assertEquals(LocalDate.of(2024, 3, 29), holidays.get(PublicHoliday.GOOD_FRIDAY));
    assertEquals(LocalDate.of(2024, 4, 1), holidays.get(PublicHoliday.EASTER_MONDAY));
    assertEquals(LocalDate.of(2024, 5, 9), holidays.get(PublicHoliday.ASCENSION_DAY));
    assertEquals(LocalDate.of(2024, 5, 20), holidays.get(PublicHoliday.WHIT_MONDAY));
  }

  @Test
  void easterSunday_yearBeforeGregorianCalendar_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(InvalidValueException.class, () -> DutchHolidays.easterSunday(1582));

    assertEquals("DutchHolidays.year", error.getField());
  }

  @Test
  void holidaysIn_yearAfterMaximum_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(InvalidValueException.class, () -> DutchHolidays.holidaysIn(10_000));

    assertEquals("DutchHolidays.year", error.getField());
  }

  @Test
  void dateOf_nullHoliday_throwsInvalidValue() {
    InvalidValueException error =
        assertThrows(InvalidValueException.class, () -> DutchHolidays.dateOf(null, 2026));

    assertEquals(InvalidValueException.RULE_REQUIRED, error.getRule());
  }

  @Test
  void atwArticle_goodFriday_isArticle3Paragraph2() {
    assertEquals("3(2)", PublicHoliday.GOOD_FRIDAY.atwArticle());
    assertEquals("3(1)", PublicHoliday.WHIT_MONDAY.atwArticle());
  }

  @Test
  void label_everyHoliday_hasDutchAndEnglishLabel() {
    for (PublicHoliday holiday : PublicHoliday.values()) {
      assertFalse(holiday.label(Locale.forLanguageTag("nl")).isBlank(), holiday.name());
      assertFalse(holiday.label(Locale.ENGLISH).isBlank(), holiday.name());
    }
    assertEquals("Koningsdag", PublicHoliday.KINGS_DAY.label(Locale.forLanguageTag("nl")));
    assertEquals("Whit Monday", PublicHoliday.WHIT_MONDAY.label(Locale.ENGLISH));
    assertTrue(PublicHoliday.EASTER_MONDAY.labelKey().startsWith("PublicHoliday."));
  }
}
