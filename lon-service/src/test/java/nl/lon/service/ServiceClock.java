package nl.lon.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The case service tests' clock: nine in the morning in Amsterdam on a day, moved on by the test.
 * (The published test clock lives in lon-testkit, which depends on this module.)
 */
final class ServiceClock extends Clock {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private volatile Instant now;

  private ServiceClock(Instant now) {
    this.now = now;
  }

  /** A clock at nine on a day. */
  static ServiceClock at(LocalDate day) {
    return new ServiceClock(nineOn(day));
  }

  /** Nine on a day, in Amsterdam. */
  Instant instantOn(LocalDate day) {
    return nineOn(day);
  }

  /** Sets the clock to nine on a day. */
  ServiceClock setDate(LocalDate day) {
    now = nineOn(day);
    return this;
  }

  /** Moves the clock on by whole days. */
  ServiceClock advanceDays(long days) {
    now = now.atZone(AMSTERDAM).plusDays(days).toInstant();
    return this;
  }

  /** Today in Amsterdam. */
  LocalDate today() {
    return LocalDate.ofInstant(now, AMSTERDAM);
  }

  private static Instant nineOn(LocalDate day) {
    return day.atTime(LocalTime.of(9, 0)).atZone(AMSTERDAM).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return AMSTERDAM;
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
