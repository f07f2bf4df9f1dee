package nl.lon.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import nl.lon.core.network.Network;

/**
 * The clock of the story's own services beside the simulation's case service: it stands on the day
 * the story has reached, at ten in the morning in Amsterdam. One story, one thread.
 */
final class StoryClock extends Clock {
  private static final LocalTime AT = LocalTime.of(10, 0);
  private Instant now;

  StoryClock(LocalDate start) {
    moveTo(start);
  }

  void moveTo(LocalDate day) {
    now = day.atTime(AT).atZone(Network.AMSTERDAM).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return Network.AMSTERDAM;
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
