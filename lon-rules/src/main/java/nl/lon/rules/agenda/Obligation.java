package nl.lon.rules.agenda;

import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.ProfessionalRole;
import org.immutables.value.Value;

/**
 * One thing due on a case: what, for whom, by when, and whether it is overdue (verplichting).
 *
 * <p>An obligation disappears from the agenda when the event that meets it is recorded.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Obligation {

  Obligation() {}

  /**
   * The case.
   *
   * @return the case id
   */
  public abstract CaseId getCaseId();

  /**
   * The case's network.
   *
   * @return the network
   */
  public abstract NetworkId getNetwork();

  /**
   * What is due.
   *
   * @return the kind
   */
  public abstract ObligationKind getKind();

  /**
   * The role that must act.
   *
   * @return the role
   */
  public abstract ProfessionalRole getRole();

  /**
   * The professional who must act, when one is known (for example the case's trajectory director).
   *
   * @return the professional, or empty when anyone in the role may act
   */
  public abstract Optional<ProfessionalId> getProfessional();

  /**
   * The body that must act, for escalations (for example "steering group").
   *
   * @return the body, or empty
   */
  public abstract Optional<String> getBody();

  /**
   * The day the obligation arose.
   *
   * @return the date
   */
  public abstract LocalDate getSince();

  /**
   * The day it is due.
   *
   * @return the due date
   */
  public abstract LocalDate getDueOn();

  /**
   * Whether the due date is an assumption rather than a deadline the network's profile sets: for
   * example "at the next network meeting" where the source names no deadline for the step (only
   * Enschede has working-day deadlines, seeds/004_ca47ed76719141bc.txt l.1413-1414), or an
   * evaluation "van tijd tot tijd" (l.1518) without an interval. Such a date orders the agenda and
   * prompts the professional; it is not the network's rule, and {@link #getBasis()} says so.
   *
   * @return true when the due date is assumed
   * @since 0.2
   */
  @Value.Default
  public boolean isDueDateAssumed() {
    return false;
  }

  /**
   * Whether it was overdue on the agenda's date.
   *
   * @return true when the due date has passed
   */
  public abstract boolean isOverdue();

  /**
   * Where the deadline comes from, in English (for example "Enschede: 5 working days").
   *
   * @return a short basis
   */
  public abstract String getBasis();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Obligation}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableObligation.Builder {
    /** Creates an empty builder, the same as {@link Obligation#builder()}. */
    public Builder() {}
  }
}
