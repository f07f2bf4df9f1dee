package nl.lon.rules.profile;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import nl.lon.core.internal.Checks;
import nl.lon.core.scan.LifeDomain;
import org.immutables.value.Value;

/**
 * A network's rule for who is in its target group (toelatingscriterium); it advises, the network
 * director decides.
 *
 * <p>Counts the broad life domains with problems (from the signal's concerns, or from a scan when
 * one exists) among the domains that count, and says whether youth, homeless people and
 * ex-prisoners are in scope. Enschede: problems on three or more of housing, care, education,
 * safety, work, welfare.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EligibilityRule {

  EligibilityRule() {}

  /**
   * The minimum number of counted life domains with problems.
   *
   * @return 1 or more
   */
  public abstract int getMinProblemDomains();

  /**
   * The life domains that count.
   *
   * @return at least one domain
   */
  public abstract ImmutableSet<LifeDomain> getCountedDomains();

  /**
   * Whether minors are in scope (Enschede: yes; Rotterdam and Leeuwarden: separate youth circuit).
   *
   * @return true when youth is in scope
   */
  public abstract boolean isYouthInScope();

  /**
   * Whether homeless people are in scope (Leeuwarden: yes; Rotterdam: separate city-wide circuit).
   *
   * @return true when in scope
   */
  public abstract boolean isHomelessInScope();

  /**
   * Whether ex-prisoners are in scope (Leeuwarden: yes).
   *
   * @return true when in scope
   */
  public abstract boolean isExPrisonersInScope();

  @Value.Check
  void check() {
    Checks.notEmpty(getCountedDomains(), "EligibilityRule.countedDomains");
    Checks.range(
        getMinProblemDomains(), 1, getCountedDomains().size(), "EligibilityRule.minProblemDomains");
  }

  /**
   * Problems on at least {@code min} of all ten life domains.
   *
   * @param min the minimum number of problem domains
   * @return a builder preset with all domains counted and every group in scope
   */
  public static Builder atLeast(int min) {
    return builder()
        .minProblemDomains(min)
        .countedDomains(EnumSet.allOf(LifeDomain.class))
        .youthInScope(true)
        .homelessInScope(true)
        .exPrisonersInScope(true);
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
   * Builds a {@link EligibilityRule}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEligibilityRule.Builder {
    /** Creates an empty builder, the same as {@link EligibilityRule#builder()}. */
    public Builder() {}
  }
}
