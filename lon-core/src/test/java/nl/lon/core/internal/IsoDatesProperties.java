package nl.lon.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link IsoDates#parse} reads every text exactly as {@link LocalDate#parse} does. */
class IsoDatesProperties {

  @Property(tries = 3000)
  void parse_anyDateLikeText_agreesWithLocalDateParse(@ForAll("dateLike") String text) {
    Optional<LocalDate> expected;
    try {
      expected = Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      expected = Optional.empty();
    }
    if (expected.isPresent()) {
      assertEquals(expected.get(), IsoDates.parse(text), text);
    } else {
      assertThrows(DateTimeParseException.class, () -> IsoDates.parse(text), text);
    }
  }

  @Property
  void parse_everyDayOfTheseYears_roundTrips(
      @ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 366) int day) {
    LocalDate date =
        LocalDate.ofYearDay(year, Math.min(day, LocalDate.of(year, 1, 1).lengthOfYear()));
    assertEquals(date, IsoDates.parse(date.toString()));
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> shaped =
        Arbitraries.strings().withChars("0123456789-+ x").ofMinLength(8).ofMaxLength(12);
    Arbitrary<String> nearlyValid =
        Arbitraries.integers()
            .between(0, 9999)
            .flatMap(
                y ->
                    Arbitraries.integers()
                        .between(0, 13)
                        .flatMap(
                            m ->
                                Arbitraries.integers()
                                    .between(0, 32)
                                    .map(d -> String.format("%04d-%02d-%02d", y, m, d))));
    return Arbitraries.oneOf(shaped, nearlyValid);
  }
}
