package nl.lon.simulation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The simulation's clock: it says when an act was recorded, and is moved forward as the simulated
 * days pass. Confined to the one thread that runs a simulation.
 */
public final class MovableClock extends Clock {
  private final ZoneId zone;
  private Instant now;

  /**
   * A clock standing at an instant.
   *
   * @param start the first instant
   * @param zone the zone
   */
  public MovableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /**
   * Moves the clock; it never goes back.
   *
   * @param instant the new instant
   */
  public void moveTo(Instant instant) {
    if (instant.isAfter(now)) {
      now = instant;
    }
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MovableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
