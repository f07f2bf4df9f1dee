package nl.lon.testkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it (testklok): set it to a day, advance it
 * by a duration or by whole days, and every reader sees the new time.
 *
 * <p>The zone is fixed at creation and defaults to {@link #AMSTERDAM}, so that {@code
 * LocalDate.now(clock)} gives the Dutch business date. Setting the clock to a day puts it at nine
 * in the morning of that day in its zone ({@link #instantOn(LocalDate)}). {@link #withZone(ZoneId)}
 * returns a view in another zone that shares this clock's time: advancing one advances both.
 *
 * <p>Thread-safe: the current instant is held in an atomic reference, so threads that read the
 * clock while a test advances it see either the old or the new instant, never a torn value.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(LocalDate.of(2026, 3, 2)); // 09:00 Europe/Amsterdam
 * CaseService service = CaseService.builder().stores(stores).profile(network, profile)
 *     .clock(clock).build();
 * clock.advanceDays(14); // two weeks later
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * @since 0.1
 */
public final class TestClock extends Clock {

  /** The default zone: Europe/Amsterdam, where the business dates of a LON fall. */
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** The time of day a clock set to a day reads: nine in the morning. */
  public static final LocalTime START_OF_DAY = LocalTime.of(9, 0);

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock at nine in the morning of a day, in Europe/Amsterdam.
   *
   * @param day the day
   * @return the clock
   * @throws NullPointerException when the day is null
   */
  public static TestClock at(LocalDate day) {
    return at(day, AMSTERDAM);
  }

  /**
   * A clock at nine in the morning of a day, in a zone.
   *
   * @param day the day
   * @param zone the zone, fixed for the clock's life
   * @return the clock
   * @throws NullPointerException when an argument is null
   */
  public static TestClock at(LocalDate day, ZoneId zone) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(zone, "zone");
    return new TestClock(new AtomicReference<>(nineOn(day, zone)), zone);
  }

  /**
   * A clock at an instant, in Europe/Amsterdam.
   *
   * @param instant the instant
   * @return the clock
   * @throws NullPointerException when the instant is null
   */
  public static TestClock at(Instant instant) {
    return at(instant, AMSTERDAM);
  }

  /**
   * A clock at an instant, in a zone.
   *
   * @param instant the instant
   * @param zone the zone, fixed for the clock's life
   * @return the clock
   * @throws NullPointerException when an argument is null
   */
  public static TestClock at(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    return new TestClock(new AtomicReference<>(instant), zone);
  }

  private static Instant nineOn(LocalDate day, ZoneId zone) {
    return day.atTime(START_OF_DAY).atZone(zone).toInstant();
  }

  /**
   * The instant this clock reads after {@link #setDate(LocalDate) setDate(day)}: nine in the
   * morning of the day in the clock's zone.
   *
   * @param day the day
   * @return the instant
   * @throws NullPointerException when the day is null
   */
  public Instant instantOn(LocalDate day) {
    return nineOn(Objects.requireNonNull(day, "day"), zone);
  }

  /**
   * Sets the clock to nine in the morning of a day, in its zone. The day may lie before the current
   * one.
   *
   * @param day the day
   * @return this clock
   * @throws NullPointerException when the day is null
   */
  public TestClock setDate(LocalDate day) {
    now.set(instantOn(day));
    return this;
  }

  /**
   * Sets the clock to an instant.
   *
   * @param instant the instant
   * @return this clock
   * @throws NullPointerException when the instant is null
   */
  public TestClock setInstant(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
    return this;
  }

  /**
   * Moves the clock on by a duration (back, when negative).
   *
   * @param duration the duration
   * @return this clock
   * @throws NullPointerException when the duration is null
   */
  public TestClock advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    now.updateAndGet(i -> i.plus(duration));
    return this;
  }

  /**
   * Moves the clock on by whole calendar days in its zone, keeping the local time of day also
   * across a change to or from summer time (back, when negative).
   *
   * @param days the days
   * @return this clock
   */
  public TestClock advanceDays(long days) {
    now.updateAndGet(i -> i.atZone(zone).plusDays(days).toInstant());
    return this;
  }

  /**
   * The day the clock reads, in its zone.
   *
   * @return today
   */
  public LocalDate today() {
    return LocalDate.ofInstant(now.get(), zone);
  }

  /**
   * The zone, fixed at creation.
   *
   * @return the zone
   */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * A view of this clock in another zone; it shares this clock's time, so advancing either moves
   * both.
   *
   * @param zone the zone
   * @return this clock when the zone is its own, else the view
   * @throws NullPointerException when the zone is null
   */
  @Override
  public TestClock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return zone.equals(this.zone) ? this : new TestClock(now, zone);
  }

  /**
   * The current instant.
   *
   * @return the instant the clock was last set or advanced to
   */
  @Override
  public Instant instant() {
    return now.get();
  }

  /**
   * The current instant in milliseconds since the epoch.
   *
   * @return the milliseconds
   */
  @Override
  public long millis() {
    return now.get().toEpochMilli();
  }

  /**
   * A description with the current instant and the zone.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "TestClock[" + now.get() + "," + zone + "]";
  }
}
