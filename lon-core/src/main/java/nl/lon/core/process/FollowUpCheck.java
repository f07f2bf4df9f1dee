package nl.lon.core.process;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A follow-up check on a closed case (nazorgcontrole, monitoring).
 *
 * <p>Rotterdam asks the partners after 6 and 12 months; the expert advice is to check after half a
 * year. A client who dropped out is discussed again (the case reopens where the profile says so).
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FollowUpCheck {

  FollowUpCheck() {}

  /**
   * The finding.
   *
   * @return the outcome
   */
  @Value.Parameter
  public abstract FollowUpOutcome getOutcome();

  /**
   * Remarks, without personal data.
   *
   * @return the remarks: empty, or a text with visible content of at most 2,000 characters
   */
  @Value.Parameter
  public abstract String getRemarks();

  @Value.Check
  void check() {
    Checks.textOrEmpty(getRemarks(), Checks.MAX_REASON, "FollowUpCheck.remarks");
  }

  /**
   * Creates a check.
   *
   * @param outcome the finding
   * @param remarks remarks, possibly empty, at most 2,000 characters
   * @return the check
   */
  public static FollowUpCheck of(FollowUpOutcome outcome, String remarks) {
    return ImmutableFollowUpCheck.of(outcome, remarks);
  }
}
