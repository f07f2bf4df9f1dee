package nl.lon.rules.profile;

import com.google.common.collect.ImmutableList;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * How a network follows a closed case (nazorgbeleid): when to check, and what a drop-out triggers.
 *
 * <p>Rotterdam follows for a year and asks the partners after 6 and 12 months; the expert advice is
 * to check after half a year, and to discuss a client who fell out of the trajectory again.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FollowUpPolicy {

  FollowUpPolicy() {}

  /**
   * Months after closure at which a follow-up check is due, ascending.
   *
   * @return the schedule, possibly empty (no follow-up)
   */
  public abstract ImmutableList<Integer> getCheckAfterMonths();

  /**
   * Whether a check finding that the client dropped out reopens the case.
   *
   * @return true when a drop-out reopens
   */
  public abstract boolean isDropOutReopens();

  @Value.Check
  void check() {
    int previous = 0;
    for (int m : getCheckAfterMonths()) {
      Checks.require(
          m > previous,
          "FollowUpPolicy.checkAfterMonths",
          "ascending-positive",
          "months must be positive and ascending, was " + getCheckAfterMonths());
      previous = m;
    }
  }

  /**
   * A policy.
   *
   * @param dropOutReopens whether a drop-out reopens the case
   * @param months the months after closure, ascending
   * @return the policy
   */
  public static FollowUpPolicy of(boolean dropOutReopens, int... months) {
    return builder().addCheckAfterMonths(months).dropOutReopens(dropOutReopens).build();
  }

  /** A new builder, for the factories of this type. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpPolicy} for the factories of this type; not part of the public API. */
  static final class Builder extends ImmutableFollowUpPolicy.Builder {
    Builder() {}
  }
}
