package nl.lon.rules.figures;

import java.util.Arrays;

/**
 * Counts of lead times per whole day, 0 to {@link DurationFigure#MAX_DAYS}; exactly mergeable, so
 * percentiles over merged parts equal those over the whole. Internal; not thread-safe.
 */
final class DayHistogram {

  private long[] counts;
  private long total;

  void add(long days) {
    if (counts == null) {
      counts = new long[DurationFigure.MAX_DAYS + 1];
    }
    int d = (int) Math.max(0, Math.min(DurationFigure.MAX_DAYS, days));
    counts[d]++;
    total++;
  }

  void addAll(DayHistogram other) {
    if (other.counts == null) {
      return;
    }
    if (counts == null) {
      counts = new long[DurationFigure.MAX_DAYS + 1];
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  DayHistogram copy() {
    DayHistogram c = new DayHistogram();
    c.counts = counts == null ? null : counts.clone();
    c.total = total;
    return c;
  }

  long count() {
    return total;
  }

  /** The nearest-rank percentile: the smallest d with at least ceil(p * n / 100) values <= d. */
  int percentile(int p) {
    if (total == 0) {
      throw new IllegalStateException("no observations");
    }
    long rank = Math.max(1, (Math.multiplyExact((long) p, total) + 99) / 100);
    long seen = 0;
    for (int d = 0; d < counts.length; d++) {
      seen += counts[d];
      if (seen >= rank) {
        return d;
      }
    }
    return DurationFigure.MAX_DAYS;
  }

  @Override
  public String toString() {
    return "DayHistogram{n="
        + total
        + ", nonZero="
        + (counts == null ? 0 : Arrays.stream(counts).filter(c -> c > 0).count())
        + "}";
  }
}
