package nl.lon.bench.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.lon.rules.calendar.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the working-day arithmetic of {@link WorkingDayCalendar}: both operations should take
 * the same time for 5 and 5000 working days, since neither loops over the days.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingDayCalendarBenchmark {

  private static final int STARTS = 1024;

  private WorkingDayCalendar calendar;
  private LocalDate[] starts;
  private int next;

  /**
   * The number of working days to add.
   *
   * @since 0.1
   */
  @State(Scope.Benchmark)
  public static class Steps {
    /** Working days added per call. */
    @Param({"5", "5000"})
    public int n;
  }

  /** Builds a calendar with closure days and start dates spread over 2000-2030. */
  @Setup
  public void setUp() {
    Set<LocalDate> closureDays = new HashSet<>();
    for (int year = 2000; year <= 2060; year++) {
      closureDays.add(LocalDate.of(year, 12, 31));
      closureDays.add(LocalDate.of(year, 7, 31));
    }
    calendar = WorkingDayCalendar.dutch().withClosureDays(closureDays);
    starts = new LocalDate[STARTS];
    long first = LocalDate.of(2000, 1, 1).toEpochDay();
    for (int i = 0; i < STARTS; i++) {
      starts[i] = LocalDate.ofEpochDay(first + (i * 10_957L) / STARTS);
    }
  }

  private LocalDate nextStart() {
    LocalDate start = starts[next];
    next = (next + 1) & (STARTS - 1);
    return start;
  }

  /**
   * Adds {@code n} working days to a rotating start date.
   *
   * @param steps the number of working days
   * @return the result, consumed by JMH
   */
  @Benchmark
  public LocalDate plusWorkingDays(Steps steps) {
    return calendar.plusWorkingDays(nextStart(), steps.n);
  }

  /**
   * Counts the working days over a 20-year span from a rotating start date.
   *
   * @return the count, consumed by JMH
   */
  @Benchmark
  public int workingDaysBetween20Years() {
    LocalDate start = nextStart();
    return calendar.workingDaysBetween(start, start.plusYears(20));
  }
}
