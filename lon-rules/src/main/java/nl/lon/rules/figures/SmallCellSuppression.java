package nl.lon.rules.figures;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.OptionalLong;
import nl.lon.core.internal.Checks;

/**
 * The rule that hides small counts so no client can be singled out (celonderdrukking).
 *
 * <p>The rule, applied to every table of {@link ManagementFigures} in the same way:
 *
 * <ol>
 *   <li><b>Primary suppression.</b> A count {@code c} with {@code 0 < c < threshold} is suppressed:
 *       the cell is published without its value. This holds for every cell and for the total of a
 *       table.
 *   <li><b>Zeros are safe.</b> A count of 0 is always published: an empty category reveals nobody.
 *   <li><b>Complementary suppression.</b> In an {@linkplain Table#isAdditive() additive} table
 *       (cells sum to the total) whose total is published, a single suppressed cell could be
 *       derived by subtracting the others from the total, and so could suppressed cells whose sum
 *       equals their number (each is then 1) or, while all of them are small, their number times
 *       {@code threshold - 1} (each is then that). While any holds, the smallest published non-zero
 *       cell is suppressed too (the first in table order on a tie). When no such cell exists the
 *       total is suppressed instead. Tables are suppressed independently of each other.
 *   <li><b>Overlapping tables.</b> In a table that is not additive (a case can sit in several
 *       cells) cells cannot be derived by subtraction, so only primary suppression applies.
 *   <li><b>Durations.</b> A median or percentile is published only when it rests on at least {@code
 *       threshold} observations; the number of observations itself is suppressed by rule 1.
 * </ol>
 *
 * <p>Limit: suppression is per table. Tables about the same cases share their total, which is
 * harmless, but a determined reader who combines the margins of two different tables may in rare
 * cases narrow down a suppressed value; the figures are therefore laid out so that the known
 * breakdowns (source and signaller kind; escalation kind and resolution; blocker and resolution)
 * each sit in one two-way table rather than in a table and its sub-tables. A threshold of 1
 * disables suppression. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SmallCellSuppression {

  /** The default threshold: counts of 1 to 4 are suppressed. */
  public static final int DEFAULT_THRESHOLD = 5;

  private static final SmallCellSuppression STANDARD = new SmallCellSuppression(DEFAULT_THRESHOLD);

  private final int threshold;

  private SmallCellSuppression(int threshold) {
    this.threshold = threshold;
  }

  /**
   * The rule with the given threshold (drempel).
   *
   * @param threshold the smallest count that is published, 1 to 1,000,000; 1 disables suppression
   * @return the rule
   * @throws nl.lon.core.error.InvalidValueException when the threshold is out of range
   * @since 0.1
   */
  public static SmallCellSuppression of(int threshold) {
    Checks.range(threshold, 1, 1_000_000, "SmallCellSuppression.threshold");
    return threshold == DEFAULT_THRESHOLD ? STANDARD : new SmallCellSuppression(threshold);
  }

  /**
   * The rule with the {@linkplain #DEFAULT_THRESHOLD default threshold} of 5 (standaard).
   *
   * @return the rule
   * @since 0.1
   */
  public static SmallCellSuppression standard() {
    return STANDARD;
  }

  /**
   * The smallest count that is published (drempel).
   *
   * @return at least 1
   * @since 0.1
   */
  public int getThreshold() {
    return threshold;
  }

  /**
   * Whether a count is small: above 0 and below the threshold (kleine cel).
   *
   * @param count the count
   * @return true when the count must be suppressed
   * @since 0.1
   */
  public boolean isSmall(long count) {
    return count > 0 && count < threshold;
  }

  /**
   * The count as published under primary suppression (gepubliceerde waarde).
   *
   * @param count the count
   * @return the count, or empty when it is small
   * @since 0.1
   */
  public OptionalLong publish(long count) {
    return isSmall(count) ? OptionalLong.empty() : OptionalLong.of(count);
  }

  /**
   * Suppresses an additive table: the tallies partition the total, which is their sum (optelbare
   * tabel).
   *
   * @param key the figure
   * @param qualifier the qualifier, possibly empty
   * @param tallies the raw counts, in presentation order
   * @return the table, with primary and complementary suppression applied
   * @since 0.1
   */
  public Table additive(FigureKey key, String qualifier, List<Tally> tallies) {
    Args.notNull(tallies, "SmallCellSuppression.tallies");
    long total = 0;
    for (Tally t : tallies) {
      total = Math.addExact(total, t.getCount());
    }
    return apply(key, qualifier, tallies, total, true);
  }

  /**
   * Suppresses a table whose cells overlap: a unit may sit in several cells or none, and the total
   * counts the units (overlappende tabel).
   *
   * @param key the figure
   * @param qualifier the qualifier, possibly empty
   * @param tallies the raw counts, in presentation order
   * @param total the number of units
   * @return the table, with primary suppression applied
   * @since 0.1
   */
  public Table overlapping(FigureKey key, String qualifier, List<Tally> tallies, long total) {
    Args.notNull(tallies, "SmallCellSuppression.tallies");
    Checks.range(total, 0, Long.MAX_VALUE, "SmallCellSuppression.total");
    return apply(key, qualifier, tallies, total, false);
  }

  private Table apply(
      FigureKey key, String qualifier, List<Tally> tallies, long total, boolean additive) {
    Args.notNull(key, "SmallCellSuppression.key");
    Args.notNull(qualifier, "SmallCellSuppression.qualifier");
    int n = tallies.size();
    boolean[] hidden = new boolean[n];
    int hiddenCount = 0;
    for (int i = 0; i < n; i++) {
      hidden[i] = isSmall(Args.notNull(tallies.get(i), "SmallCellSuppression.tally").getCount());
      if (hidden[i]) {
        hiddenCount++;
      }
    }
    boolean totalHidden = isSmall(total);
    if (additive && !totalHidden) {
      // the total minus the published cells is the hidden cells' sum: one hidden cell would be
      // worked back, and so would hidden cells that sum to their number (each is at least 1) or,
      // while all are small, to their number times threshold - 1 (each is at most that)
      boolean onlySmall = true;
      while (hiddenCount == 1
          || (hiddenCount > 1 && pinned(hiddenSum(tallies, hidden), hiddenCount, onlySmall))) {
        int smallest = -1;
        for (int i = 0; i < n; i++) {
          long c = tallies.get(i).getCount();
          if (!hidden[i] && c > 0 && (smallest < 0 || c < tallies.get(smallest).getCount())) {
            smallest = i;
          }
        }
        if (smallest < 0) {
          totalHidden = true;
          break;
        }
        hidden[smallest] = true;
        hiddenCount++;
        onlySmall &= isSmall(tallies.get(smallest).getCount());
      }
    }
    ImmutableList.Builder<Cell> cells = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      Tally t = tallies.get(i);
      cells.add(
          Cell.of(
              t.getText(),
              t.getCategories(),
              hidden[i] ? OptionalLong.empty() : OptionalLong.of(t.getCount())));
    }
    return Table.builder()
        .key(key)
        .qualifier(qualifier)
        .additive(additive)
        .cells(cells.build())
        .total(
            Cell.of(
                "",
                ImmutableList.of(FigureCategory.TOTAL),
                totalHidden ? OptionalLong.empty() : OptionalLong.of(total)))
        .build();
  }

  /** Whether hidden cells of this sum each have one possible value. */
  private boolean pinned(long sum, int count, boolean onlySmall) {
    return sum == count || (onlySmall && sum == (long) count * (threshold - 1));
  }

  private static long hiddenSum(List<Tally> tallies, boolean[] hidden) {
    long sum = 0;
    for (int i = 0; i < hidden.length; i++) {
      if (hidden[i]) {
        sum += tallies.get(i).getCount();
      }
    }
    return sum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SmallCellSuppression
        && ((SmallCellSuppression) other).threshold == threshold;
  }

  @Override
  public int hashCode() {
    return threshold;
  }

  @Override
  public String toString() {
    return "SmallCellSuppression{threshold=" + threshold + "}";
  }
}
