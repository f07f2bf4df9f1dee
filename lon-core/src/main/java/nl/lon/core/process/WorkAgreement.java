package nl.lon.core.process;

import java.time.LocalDate;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A work agreement in the minutes of a meeting: who does what by when (werkafspraak).
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class WorkAgreement {

  WorkAgreement() {}

  /**
   * Who.
   *
   * @return the responsible party
   */
  @Value.Parameter
  public abstract Responsible getWho();

  /**
   * What.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  @Value.Parameter
  public abstract String getWhat();

  /**
   * By when.
   *
   * @return the date, within {@link PlausibleDates}
   */
  @Value.Parameter
  public abstract LocalDate getByWhen();

  @Value.Check
  void check() {
    Checks.text(getWhat(), Checks.MAX_REASON, "WorkAgreement.what");
    Checks.date(getByWhen(), "WorkAgreement.byWhen");
  }

  /**
   * Creates an agreement.
   *
   * @param who who
   * @param what what
   * @param byWhen by when
   * @return the agreement
   */
  public static WorkAgreement of(Responsible who, String what, LocalDate byWhen) {
    return ImmutableWorkAgreement.of(who, what, byWhen);
  }
}
