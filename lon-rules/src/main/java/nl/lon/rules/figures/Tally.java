package nl.lon.rules.figures;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.lon.core.internal.Checks;
import nl.lon.core.label.Labelled;
import org.immutables.value.Value;

/**
 * A raw, unsuppressed count with the name of its cell (telling): the input of {@link
 * SmallCellSuppression}.
 *
 * <p>Tallies are never published; {@link SmallCellSuppression} turns them into {@link Cell}s.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Tally {

  Tally() {}

  /**
   * The free-text part of the cell's name, possibly empty (tekst).
   *
   * @return the text
   * @since 0.1
   */
  @Value.Parameter
  public abstract String getText();

  /**
   * The categories that name the cell, outermost first (categorieën).
   *
   * @return the categories
   * @since 0.1
   */
  @Value.Parameter
  public abstract ImmutableList<Labelled> getCategories();

  /**
   * The count (aantal).
   *
   * @return at least 0
   * @since 0.1
   */
  @Value.Parameter
  public abstract long getCount();

  @Value.Check
  void check() {
    Checks.require(
        !getText().isEmpty() || !getCategories().isEmpty(),
        "Tally.text",
        "named",
        "a tally is named by a text, categories or both");
    Checks.range(getCount(), 0, Long.MAX_VALUE, "Tally.count");
  }

  /**
   * A tally named by a free text (telling).
   *
   * @param text the name, not empty
   * @param count the count
   * @return the tally
   * @since 0.1
   */
  public static Tally of(String text, long count) {
    return ImmutableTally.of(text, ImmutableList.of(), count);
  }

  /**
   * A tally named by categories (telling).
   *
   * @param count the count
   * @param categories the categories, outermost first, at least one
   * @return the tally
   * @since 0.1
   */
  public static Tally of(long count, Labelled... categories) {
    return ImmutableTally.of(
        "", ImmutableList.copyOf(Args.notNull(categories, "Tally.categories")), count);
  }

  /**
   * A tally named by a text and categories (telling).
   *
   * @param text the free-text part, possibly empty
   * @param categories the categories, outermost first
   * @param count the count
   * @return the tally
   * @since 0.1
   */
  public static Tally of(String text, List<? extends Labelled> categories, long count) {
    return builder()
        .text(text)
        .categories(Checks.noNulls(categories, "Tally.categories"))
        .count(count)
        .build();
  }

  /** A new builder, for the factories of this type. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tally} for the factories of this type; not part of the public API. */
  static final class Builder extends ImmutableTally.Builder {
    Builder() {}
  }
}
