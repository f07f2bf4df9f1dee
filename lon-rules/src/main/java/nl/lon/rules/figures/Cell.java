package nl.lon.rules.figures;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lon.core.internal.Checks;
import nl.lon.core.label.Labelled;
import org.immutables.value.Value;

/**
 * One published count of a {@link Table} (cel): what it counts and its value, or no value when the
 * count was suppressed.
 *
 * <p>A cell is named by a free text (a month, a number of organisations, a blocker, a professional
 * id; may be empty) followed by zero or more categories (lon-core enum constants or {@link
 * FigureCategory}); a two-way table such as escalations by kind and resolution has two categories
 * per cell. A suppressed cell never reveals its count, nor whether it was suppressed for being
 * small or to protect another cell. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Cell {

  Cell() {}

  /**
   * The free-text part of the cell's name; empty when the categories name it (tekst).
   *
   * @return the text, possibly empty
   * @since 0.1
   */
  @Value.Parameter
  public abstract String getText();

  /**
   * The categories that name the cell, outermost first (categorieën).
   *
   * @return the categories, possibly empty
   * @since 0.1
   */
  @Value.Parameter
  public abstract ImmutableList<Labelled> getCategories();

  /**
   * The count, or empty when it is suppressed (waarde).
   *
   * @return the count, at least 0
   * @since 0.1
   */
  @Value.Parameter
  public abstract OptionalLong getValue();

  /**
   * Whether the count is hidden by small-cell suppression (onderdrukt).
   *
   * @return true when {@link #getValue()} is empty
   * @since 0.1
   */
  public boolean isSuppressed() {
    return getValue().isEmpty();
  }

  /**
   * The stable key of the cell: the text and the category names joined by {@code /} (sleutel).
   *
   * @return for example {@code "CONTENT/STRUCTURAL"}, {@code "2026-03"} or {@code
   *     "Woningwet/AD_HOC"}
   * @since 0.1
   */
  public String getKey() {
    return Stream.concat(
            Stream.of(getText()).filter(t -> !t.isEmpty()),
            getCategories().stream().map(Labelled::name))
        .collect(Collectors.joining("/"));
  }

  /**
   * The cell's name for people: the text and the category labels joined by {@code " / "}
   * (omschrijving).
   *
   * @param locale the language; Dutch for {@code nl}, English otherwise
   * @return the label
   * @since 0.1
   */
  public String label(Locale locale) {
    Args.notNull(locale, "Cell.locale");
    return Stream.concat(
            Stream.of(getText()).filter(t -> !t.isEmpty()),
            getCategories().stream().map(c -> c.label(locale)))
        .collect(Collectors.joining(" / "));
  }

  @Value.Check
  void check() {
    Checks.require(
        !getText().isEmpty() || !getCategories().isEmpty(),
        "Cell.text",
        "named",
        "a cell is named by a text, categories or both");
    getValue().ifPresent(v -> Checks.range(v, 0, Long.MAX_VALUE, "Cell.value"));
  }

  /**
   * A cell (cel).
   *
   * @param text the free-text part of the name, possibly empty
   * @param categories the categories, outermost first
   * @param value the count, or empty when suppressed
   * @return the cell
   * @since 0.1
   */
  public static Cell of(String text, List<? extends Labelled> categories, OptionalLong value) {
    return builder()
        .text(text)
        .categories(Checks.noNulls(categories, "Cell.categories"))
        .value(value)
        .build();
  }

  /** A new builder, for the factories of this type. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cell} for the factories of this type; not part of the public API. */
  static final class Builder extends ImmutableCell.Builder {
    Builder() {}
  }
}
