package nl.lon.rules.intervention;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.lon.core.event.InstrumentUsed;
import nl.lon.core.internal.Checks;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.state.CaseState;
import org.immutables.value.Value;

/**
 * A care-purchase budget (budget voor zorginkoop): a pot held by one role with the mandate to spend
 * it, optionally with a cap per case.
 *
 * <p>Enschede: "De onafhankelijke teamleider in Enschede beschikt over een budget en is
 * gemandateerd om het geld in te zetten. Dit wordt gebruikt als 'crisispotje' om doorbraken te
 * kunnen forceren" (seeds/004 l.1717-1720): the network director holds the pot; every spending, on
 * whichever case, draws from it. The pot is per calendar year; the source names no amount, no
 * period and no cap per case, so a network sets its own.
 *
 * <pre>{@code
 * BudgetMandate pot = BudgetMandate.of(ProfessionalRole.NETWORK_DIRECTOR, new BigDecimal("25000"));
 * BudgetMandate capped = BudgetMandate.builder().from(pot).maxPerCase(new BigDecimal("5000")).build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class BudgetMandate {

  /** The largest pot or cap a network may set: EUR 9,999,999.99. */
  public static final BigDecimal MAX_POT = new BigDecimal("9999999.99");

  BudgetMandate() {}

  /**
   * The role that holds the pot and the mandate to spend it.
   *
   * @return the role
   */
  public abstract ProfessionalRole getHolder();

  /**
   * The pot for one calendar year, in euros: what the holder may spend over all the network's cases
   * together in that year.
   *
   * @return a positive amount in whole cents, at most {@link #MAX_POT}
   */
  public abstract BigDecimal getPotPerYear();

  /**
   * The most that may be spent on one case, in euros, where the network sets a cap.
   *
   * @return a positive amount in whole cents, or empty for no cap per case
   */
  public abstract Optional<BigDecimal> getMaxPerCase();

  @Value.Check
  void check() {
    Checks.amount(getPotPerYear(), MAX_POT, "BudgetMandate.potPerYear");
    getMaxPerCase().ifPresent(m -> Checks.amount(m, MAX_POT, "BudgetMandate.maxPerCase"));
  }

  /**
   * What the given cases spent from the pot, by calendar year: the sum of their care-purchase
   * spendings ({@link CaseState#getCarePurchases()}) by the year of their business date.
   *
   * @param cases the cases (each once)
   * @return the amounts in euros by year; a year without spending is absent
   */
  public static ImmutableSortedMap<Year, BigDecimal> spentByYear(Iterable<CaseState> cases) {
    Map<Year, BigDecimal> sums = new TreeMap<>();
    for (CaseState s : cases) {
      for (InstrumentUsed e : s.getCarePurchases()) {
        sums.merge(
            Year.from(e.getBusinessDate()),
            e.getUse().getAmount().orElse(BigDecimal.ZERO),
            BigDecimal::add);
      }
    }
    return ImmutableSortedMap.copyOf(sums);
  }

  /**
   * A pot without a cap per case.
   *
   * @param holder the holding role
   * @param potPerYear the pot for one calendar year, in euros
   * @return the mandate
   */
  public static BudgetMandate of(ProfessionalRole holder, BigDecimal potPerYear) {
    return builder().holder(holder).potPerYear(potPerYear).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BudgetMandate}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableBudgetMandate.Builder {
    /** Creates an empty builder, the same as {@link BudgetMandate#builder()}. */
    public Builder() {}
  }
}
