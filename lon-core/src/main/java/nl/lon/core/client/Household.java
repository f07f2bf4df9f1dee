package nl.lon.core.client;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The client system's household: how many adults and children live in it (huishouden).
 *
 * <p>Children present matter to several rules, for example Leeuwarden's refusal to cooperate in an
 * eviction involving children. Holds counts only, never names.
 *
 * <pre>{@code Household.of(2, 3)}</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Household {

  Household() {}

  /**
   * Number of adults, at least 1.
   *
   * @return the number of adults
   */
  @Value.Parameter
  public abstract int getAdults();

  /**
   * Number of minor children living in the household.
   *
   * @return 0 or more
   */
  @Value.Parameter
  public abstract int getChildren();

  /**
   * Whether children live in the household.
   *
   * @return true when {@link #getChildren()} is above 0
   */
  public boolean hasChildren() {
    return getChildren() > 0;
  }

  @Value.Check
  void check() {
    Checks.range(getAdults(), 1, 50, "Household.adults");
    Checks.range(getChildren(), 0, 50, "Household.children");
  }

  /**
   * Creates a household.
   *
   * @param adults 1 to 50
   * @param children 0 to 50
   * @return the household
   */
  public static Household of(int adults, int children) {
    return ImmutableHousehold.of(adults, children);
  }

  /**
   * A single adult without children.
   *
   * @return the household
   */
  public static Household single() {
    return of(1, 0);
  }
}
