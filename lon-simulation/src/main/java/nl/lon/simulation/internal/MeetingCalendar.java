package nl.lon.simulation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The network meetings of a simulated network: every interval of the profile, on the Tuesday of the
 * first simulated week and on from there.
 */
final class MeetingCalendar {
  private final LocalDate first;
  private final int intervalDays;

  MeetingCalendar(LocalDate start, int intervalDays) {
    this.first = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    this.intervalDays = Math.max(1, intervalDays);
  }

  /** The first meeting on or after a day. */
  LocalDate next(LocalDate day) {
    if (!day.isAfter(first)) {
      return first;
    }
    long since = ChronoUnit.DAYS.between(first, day);
    long meetings = (since + intervalDays - 1) / intervalDays;
    return first.plusDays(meetings * intervalDays);
  }
}
