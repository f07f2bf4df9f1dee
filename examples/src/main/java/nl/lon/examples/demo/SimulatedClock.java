package nl.lon.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the demo moves forward by hand, to play cases through simulated months.
 *
 * <p>Not thread-safe; the demo runs on one thread.
 *
 * @since 0.1
 */
public final class SimulatedClock extends Clock {
  private Instant now;

  /**
   * Starts the clock at 09:00 UTC on a date.
   *
   * @param start the first day
   */
  public SimulatedClock(LocalDate start) {
    this.now = start.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  /**
   * Moves the clock to 09:00 UTC on a later date.
   *
   * @param date the new date
   */
  public void setDate(LocalDate date) {
    this.now = date.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  /**
   * Today's date.
   *
   * @return the date
   */
  public LocalDate today() {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
