package nl.lon.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A fixed clock that a test moves on by hand; thread-safe. Business days start at nine, UTC. */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;

  private TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /**
   * A clock at nine in the morning (UTC) of a day.
   *
   * @param day the day
   * @return the clock
   */
  public static TestClock at(LocalDate day) {
    return new TestClock(nineOn(day));
  }

  /**
   * The instant a clock set to a day reads.
   *
   * @param day the day
   * @return nine in the morning, UTC
   */
  public static Instant nineOn(LocalDate day) {
    return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  /**
   * Sets the clock to nine in the morning of a day.
   *
   * @param day the day
   * @return this clock
   */
  public TestClock setDate(LocalDate day) {
    now.set(nineOn(day));
    return this;
  }

  /**
   * Moves the clock on by whole days.
   *
   * @param days the days
   * @return this clock
   */
  public TestClock advanceDays(long days) {
    now.updateAndGet(i -> i.plusSeconds(days * 86_400L));
    return this;
  }

  /**
   * The day the clock reads.
   *
   * @return today
   */
  public LocalDate today() {
    return LocalDate.ofInstant(now.get(), ZoneOffset.UTC);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    return Clock.fixed(now.get(), zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
