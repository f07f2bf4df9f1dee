package nl.lon.core.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The range of dates the LON SDK accepts (geldige datums): 1900-01-01 to 2199-12-31.
 *
 * <p>Every {@link LocalDate} of a value type or case event (a signal's receipt, a business date, a
 * due date, a consent's signing) lies in this range, and every {@link Instant} (the recorded
 * instant of an event) from {@link #FIRST_INSTANT} up to, not including, {@link #END_INSTANT}; a
 * value outside is refused at construction with an {@link nl.lon.core.error.InvalidValueException}
 * of rule {@code plausible-date}. The default working-day calendar of {@code lon-rules} covers the
 * same years, so every accepted date has its holidays known. A date of birth in the personal-data
 * vault is held to the same range at construction; whether it lies in the future is a question of
 * "today", which value types do not know: ask {@link #plausibleDateOfBirth(LocalDate, LocalDate)}
 * with the date from the service's clock.
 *
 * <pre>{@code
 * if (!PlausibleDates.plausibleDateOfBirth(dob, LocalDate.now(clock))) {
 *   throw new InvalidValueException("PersonalData.dateOfBirth"); // refuse
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * <p>Pure functions and immutable constants: thread-safe.
 *
 * @since 0.1
 */
public final class PlausibleDates {

  /** The first year accepted: 1900. */
  public static final int FIRST_YEAR = 1900;

  /** The last year accepted: 2199. */
  public static final int LAST_YEAR = 2199;

  /** The first date accepted: 1900-01-01. */
  public static final LocalDate FIRST_DATE = LocalDate.of(FIRST_YEAR, 1, 1);

  /** The last date accepted: 2199-12-31. */
  public static final LocalDate LAST_DATE = LocalDate.of(LAST_YEAR, 12, 31);

  /** The first instant accepted: 1900-01-01T00:00:00Z. */
  public static final Instant FIRST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");

  /** The first instant no longer accepted: 2200-01-01T00:00:00Z (exclusive end). */
  public static final Instant END_INSTANT = Instant.parse("2200-01-01T00:00:00Z");

  private PlausibleDates() {}

  /**
   * Whether a year lies in the range (jaar binnen bereik).
   *
   * @param year the year
   * @return true for {@value #FIRST_YEAR} to {@value #LAST_YEAR}
   */
  public static boolean containsYear(long year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /**
   * Whether a date lies in the range (datum binnen bereik).
   *
   * @param date the date
   * @return true from {@link #FIRST_DATE} to {@link #LAST_DATE}, both inclusive
   * @throws NullPointerException when the date is null
   */
  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
  }

  /**
   * Whether an instant lies in the range (tijdstip binnen bereik).
   *
   * @param instant the instant
   * @return true from {@link #FIRST_INSTANT} (inclusive) to {@link #END_INSTANT} (exclusive)
   * @throws NullPointerException when the instant is null
   */
  public static boolean contains(Instant instant) {
    return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
  }

  /**
   * Whether a date of birth is plausible on a given day (plausibele geboortedatum): within the
   * range and not after {@code today}.
   *
   * <p>The hook for a service that records personal data: value types have no clock, so they only
   * refuse dates outside the range; the service passes the date of its own clock here.
   *
   * @param dateOfBirth the date of birth
   * @param today the current date of the caller's clock
   * @return true when {@code dateOfBirth} lies in the range and is not after {@code today}
   * @throws NullPointerException when an argument is null
   */
  public static boolean plausibleDateOfBirth(LocalDate dateOfBirth, LocalDate today) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(today, "today");
    return contains(dateOfBirth) && !dateOfBirth.isAfter(today);
  }
}
