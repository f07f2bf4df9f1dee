package nl.lon.rules.intervention;

import java.math.BigDecimal;
import nl.lon.core.internal.Checks;
import nl.lon.core.network.ProfessionalRole;
import org.immutables.value.Value;

/**
 * A mandate to spend from a care-purchase budget (budget voor zorginkoop): who holds it and how
 * much may be spent per case.
 *
 * <p>Enschede: the independent team leader holds a budget and a mandate to spend it, a "crisis pot"
 * to force breakthroughs (for example start help before the formal indication is done).
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class BudgetMandate {

  BudgetMandate() {}

  /**
   * The role that holds the mandate.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract ProfessionalRole getHolder();

  /**
   * The most that may be spent on one case, in euros.
   *
   * @return a positive amount
   */
  @Value.Parameter
  public abstract BigDecimal getMaxPerCase();

  @Value.Check
  void check() {
    Checks.require(
        getMaxPerCase().signum() > 0, "BudgetMandate.maxPerCase", "positive", "must be above zero");
  }

  /**
   * Creates a mandate.
   *
   * @param holder the holding role
   * @param maxPerCase the most per case, in euros
   * @return the mandate
   */
  public static BudgetMandate of(ProfessionalRole holder, BigDecimal maxPerCase) {
    return ImmutableBudgetMandate.of(holder, maxPerCase);
  }
}
