package nl.lon.rules.figures;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import nl.lon.core.escalation.ResolutionKind;
import org.immutables.value.Value;

/**
 * One policy signal: a rule or organisation that blocked escalated cases, with how often each kind
 * of resolution followed (beleidssignaal, knelpunt).
 *
 * <p>The cells are those of the {@link FigureKey#POLICY_SIGNAL} table for this blocker, one per
 * {@link ResolutionKind}, with the blocker as text. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class BlockerFigure {

  BlockerFigure() {}

  /**
   * The rule or organisation named as blocker, whitespace normalised (blokkade).
   *
   * @return a non-blank text
   * @since 0.1
   */
  public abstract String getBlocker();

  /**
   * The counts per resolution kind, in {@link nl.lon.core.escalation.ResolutionKind} order
   * (cellen).
   *
   * @return the cells, suppressed
   * @since 0.1
   */
  public abstract ImmutableList<Cell> getCells();

  /**
   * The cell of one resolution kind (cel).
   *
   * @param kind the resolution kind
   * @return the cell, or empty when absent
   * @since 0.1
   */
  public Optional<Cell> cell(ResolutionKind kind) {
    Args.notNull(kind, "BlockerFigure.kind");
    return getCells().stream().filter(c -> c.getCategories().contains(kind)).findFirst();
  }

  /**
   * The number of resolved escalations that named this blocker (totaal).
   *
   * @return the sum of the cells, or empty when a cell is suppressed
   * @since 0.1
   */
  public java.util.OptionalLong getTotal() {
    long sum = 0;
    for (Cell c : getCells()) {
      if (c.isSuppressed()) {
        return java.util.OptionalLong.empty();
      }
      sum += c.getValue().getAsLong();
    }
    return java.util.OptionalLong.of(sum);
  }

  /** A new builder, for the figures of this package. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BlockerFigure} for the figures of this package; not part of the public API. */
  static final class Builder extends ImmutableBlockerFigure.Builder {
    Builder() {}
  }
}
