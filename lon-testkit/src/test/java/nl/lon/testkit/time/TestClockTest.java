package nl.lon.testkit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TestClockTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Test
  void at_day_nineInTheMorningInAmsterdam() {
    TestClock clock = TestClock.at(MONDAY);

    assertEquals(TestClock.AMSTERDAM, clock.getZone());
    assertEquals(Instant.parse("2026-03-02T08:00:00Z"), clock.instant());
    assertEquals(MONDAY, LocalDate.now(clock));
    assertEquals(LocalTime.of(9, 0), LocalTime.now(clock));
  }

  @Test
  void at_dayAndZone_nineInTheMorningInThatZone() {
    TestClock clock = TestClock.at(MONDAY, ZoneOffset.UTC);

    assertEquals(Instant.parse("2026-03-02T09:00:00Z"), clock.instant());
    assertEquals(clock.instant(), clock.instantOn(MONDAY));
  }

  @Test
  void instant_notAdvanced_standsStill() {
    TestClock clock = TestClock.at(Instant.parse("2026-03-02T10:15:30Z"));

    assertEquals(clock.instant(), clock.instant());
    assertEquals(Instant.parse("2026-03-02T10:15:30Z").toEpochMilli(), clock.millis());
  }

  @Test
  void advance_duration_movesTheInstantOn() {
    TestClock clock = TestClock.at(MONDAY);

    clock.advance(Duration.ofMinutes(90));

    assertEquals(LocalTime.of(10, 30), LocalTime.now(clock));
  }

  @Test
  void advanceDays_acrossSummerTime_keepsNineInTheMorning() {
    TestClock clock = TestClock.at(LocalDate.of(2026, 3, 28));

    clock.advanceDays(2);

    assertEquals(LocalDateTime.of(2026, 3, 30, 9, 0), LocalDateTime.now(clock));
    assertEquals(Instant.parse("2026-03-30T07:00:00Z"), clock.instant());
  }

  @Test
  void setDate_earlierDay_movesBackToNineThatDay() {
    TestClock clock = TestClock.at(MONDAY).advanceDays(10);

    clock.setDate(MONDAY.minusDays(1));

    assertEquals(MONDAY.minusDays(1), clock.today());
    assertEquals(clock.instantOn(MONDAY.minusDays(1)), clock.instant());
  }

  @Test
  void setInstant_instant_readsIt() {
    TestClock clock = TestClock.at(MONDAY);
    Instant later = Instant.parse("2026-04-01T12:00:00Z");

    assertEquals(later, clock.setInstant(later).instant());
  }

  @Test
  void withZone_otherZone_sharesTheTimeButNotTheZone() {
    TestClock clock = TestClock.at(MONDAY);
    TestClock utc = clock.withZone(ZoneOffset.UTC);

    clock.advanceDays(1);

    assertEquals(ZoneOffset.UTC, utc.getZone());
    assertEquals(TestClock.AMSTERDAM, clock.getZone());
    assertEquals(clock.instant(), utc.instant());
    assertEquals(LocalTime.of(8, 0), LocalTime.now(utc));
  }

  @Test
  void withZone_ownZone_sameClock() {
    TestClock clock = TestClock.at(MONDAY);

    assertSame(clock, clock.withZone(ZoneId.of("Europe/Amsterdam")));
  }

  @Test
  void advance_concurrentAdvances_noneIsLost() throws Exception {
    TestClock clock = TestClock.at(MONDAY);
    Instant start = clock.instant();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 1_000; i++) {
                    clock.advance(Duration.ofSeconds(1));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(start.plusSeconds(4_000), clock.instant());
  }

  @Test
  void at_nullDay_namesTheArgument() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> TestClock.at((LocalDate) null));

    assertEquals("day", e.getMessage());
  }
}
