package nl.lon.rules.figures;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import nl.lon.core.label.Labelled;
import org.immutables.value.Value;

/**
 * One figure as a table of named counts with a total, after small-cell suppression (tabel).
 *
 * <p>An <em>additive</em> table partitions its total: every unit counted (a case, an escalation)
 * sits in exactly one cell and the cells sum to the total, so {@link SmallCellSuppression} also
 * applies complementary suppression to it. In a table that is not additive a unit can sit in
 * several cells or none (target groups, life domains) and the total counts the units, not the
 * cells. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Table {

  Table() {}

  /**
   * Which figure this is (kengetal).
   *
   * @return the key
   * @since 0.1
   */
  public abstract FigureKey getKey();

  /**
   * What distinguishes this table from others with the same key, such as the deadline; empty when
   * the key alone names it (nadere aanduiding).
   *
   * @return the qualifier, possibly empty
   * @since 0.1
   */
  @Value.Default
  public String getQualifier() {
    return "";
  }

  /**
   * Whether the cells partition the total (optelbaar).
   *
   * @return true when the cells sum to the total
   * @since 0.1
   */
  public abstract boolean isAdditive();

  /**
   * The cells, in presentation order (cellen).
   *
   * @return the cells
   * @since 0.1
   */
  public abstract ImmutableList<Cell> getCells();

  /**
   * The total: the number of units the table is about (totaal).
   *
   * @return a cell with category {@link FigureCategory#TOTAL}, suppressed when small
   * @since 0.1
   */
  public abstract Cell getTotal();

  /**
   * The name of the table: the key's slug, then {@code /} and the qualifier when there is one
   * (naam).
   *
   * @return for example {@code "deadline/JUDGE_REPORT"}
   * @since 0.1
   */
  public String getName() {
    return getQualifier().isEmpty()
        ? getKey().getSlug()
        : getKey().getSlug() + "/" + getQualifier();
  }

  /**
   * The cell with the given key (cel).
   *
   * @param key the key, as {@link Cell#getKey()}
   * @return the cell, or empty when the table has none with that key
   * @since 0.1
   */
  public Optional<Cell> cell(String key) {
    Args.notNull(key, "Table.key");
    return getCells().stream().filter(c -> c.getKey().equals(key)).findFirst();
  }

  /**
   * The cell named by exactly the given categories and no text (cel).
   *
   * @param categories the categories, outermost first
   * @return the cell, or empty when the table has none
   * @since 0.1
   */
  public Optional<Cell> cell(Labelled... categories) {
    ImmutableList<Labelled> wanted =
        ImmutableList.copyOf(Arrays.asList(Args.notNull(categories, "Table.categories")));
    return getCells().stream()
        .filter(c -> c.getText().isEmpty() && c.getCategories().equals(wanted))
        .findFirst();
  }

  /**
   * How many cells are suppressed, the total not included (aantal onderdrukte cellen).
   *
   * @return the number
   * @since 0.1
   */
  public int getSuppressedCount() {
    return (int) getCells().stream().filter(Cell::isSuppressed).count();
  }

  /** A new builder, for the figures of this package. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Table} for the figures of this package; not part of the public API. */
  static final class Builder extends ImmutableTable.Builder {
    Builder() {}
  }
}
