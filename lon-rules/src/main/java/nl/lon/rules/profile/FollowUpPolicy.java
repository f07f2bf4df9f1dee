package nl.lon.rules.profile;

import com.google.common.collect.ImmutableList;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * How a network follows a closed case (nazorgbeleid): when to check, and what a drop-out triggers.
 *
 * <p>Rotterdam follows for a year and asks the partners after 6 and 12 months (seeds/
 * 004_ca47ed76719141bc.txt l.1538-1540); the expert advice is to check after half a year (l.547),
 * and "Als blijkt dat de cliënt weer uit het hulpverleningstraject is gevallen, zou het LON de
 * cliënt opnieuw moeten bespreken" (l.549-550). A drop-out therefore puts the client on the agenda
 * of the next network meeting ({@code DISCUSS_AGAIN}), where the network decides whether to reopen;
 * {@link #isDropOutReopens()} reopens the case at once instead.
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
   * Whether a check finding that the client dropped out reopens the case at once, rather than
   * putting the client on the next network meeting to discuss again.
   *
   * @return true when a drop-out reopens at once
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
