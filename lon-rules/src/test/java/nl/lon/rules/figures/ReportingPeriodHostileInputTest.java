package nl.lon.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
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
 * Hostile years and days for every factory of {@link ReportingPeriod}: only an {@link
 * InvalidValueException} naming the argument comes out, never a {@link
 * java.time.DateTimeException}.
 */
class ReportingPeriodHostileInputTest {

  @Provide
  Arbitrary<Integer> hostileYears() {
    return Arbitraries.of(
        Integer.MIN_VALUE,
        -1_000_000_000,
        -1,
        0,
        202,
        1899,
        2200,
        9999,
        1_000_000_000,
        999_999_999,
        Integer.MAX_VALUE);
  }

  @Provide
  Arbitrary<LocalDate> hostileDates() {
    return Arbitraries.of(
        LocalDate.MIN,
        LocalDate.MAX,
        LocalDate.of(0, 1, 1),
        LocalDate.of(202, 3, 2),
        LocalDate.of(1899, 12, 31),
        LocalDate.of(2200, 1, 1),
        LocalDate.of(9999, 12, 31));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void ofYear_hostileYear_invalidValueOnYear(@ForAll("hostileYears") int year) {
    InvalidValueException e =
        assertRefused("ReportingPeriod.year", () -> ReportingPeriod.ofYear(year));
    assertEquals("range-1900-2199", e.getRule());
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void of_hostileDay_invalidValueOnThatDay(@ForAll("hostileDates") LocalDate day) {
    LocalDate valid = LocalDate.of(2026, 1, 1);
    InvalidValueException start =
        assertRefused("ReportingPeriod.start", () -> ReportingPeriod.of(day, valid));
    assertEquals("plausible-date", start.getRule());
    assertFalse(start.getMessage().contains(day.toString()), start.getMessage());
    assertRefused("ReportingPeriod.end", () -> ReportingPeriod.of(valid, day));
    assertRefused("ReportingPeriod.start", () -> ReportingPeriod.of(day, day));
  }

  @Example
  void ofYear_rangeEdges_accepted() {
    assertEquals(
        PlausibleDates.FIRST_DATE, ReportingPeriod.ofYear(PlausibleDates.FIRST_YEAR).getStart());
    assertEquals(
        PlausibleDates.LAST_DATE, ReportingPeriod.ofYear(PlausibleDates.LAST_YEAR).getEnd());
    assertEquals(
        3600,
        ReportingPeriod.of(PlausibleDates.FIRST_DATE, PlausibleDates.LAST_DATE).getMonthCount());
  }

  @Example
  void of_nullOrReversed_invalidValue() {
    LocalDate day = LocalDate.of(2026, 1, 1);
    assertRefused("ReportingPeriod.start", () -> ReportingPeriod.of(null, day));
    assertRefused("ReportingPeriod.end", () -> ReportingPeriod.of(day, null));
    InvalidValueException reversed =
        assertRefused("ReportingPeriod.end", () -> ReportingPeriod.of(day, day.minusDays(1)));
    assertEquals("not-before-start", reversed.getRule());
    assertFalse(reversed.getMessage().contains("2025-12-31"), reversed.getMessage());
  }

  private static InvalidValueException assertRefused(String field, Supplier<?> call) {
    try {
      Object answer = call.get();
      return fail(field + ": accepted, answered " + answer);
    } catch (LonException e) {
      InvalidValueException invalid =
          assertInstanceOf(InvalidValueException.class, e, e.toString());
      assertEquals(field, invalid.getField(), invalid.getMessage());
      return invalid;
    } catch (RuntimeException e) {
      throw new AssertionError(field + ": only InvalidValueException may come out, got " + e, e);
    }
  }
}
