package nl.lon.rules.agenda;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.ProfessionalRole;

/**
 * The obligations due on one case or a whole network at a date, sorted by due date (agenda).
 *
 * <p>An agenda also lists the cases whose obligations could not be computed ({@link
 * #getUncomputable()}); such an agenda is still valid and complete for every other case. Check
 * {@link #isComplete()} before telling a professional that nothing is due.
 *
 * <p>Immutable and thread-safe. Filter with {@link #forProfessional} and {@link #forRole}.
 *
 * @since 0.1
 */
public final class Agenda {
  private final LocalDate date;
  private final ImmutableList<Obligation> obligations;
  private final ImmutableList<UncomputableCase> uncomputable;

  Agenda(LocalDate date, List<Obligation> sorted) {
    this(date, sorted, ImmutableList.of());
  }

  Agenda(LocalDate date, List<Obligation> sorted, List<UncomputableCase> uncomputable) {
    this.date = date;
    this.obligations = ImmutableList.copyOf(sorted);
    this.uncomputable = ImmutableList.copyOf(uncomputable);
  }

  /**
   * This agenda with more cases reported as uncomputable, for example cases whose history could not
   * be read from the store.
   *
   * @param more the cases to add to {@link #getUncomputable()}
   * @return the agenda
   */
  public Agenda withUncomputable(List<UncomputableCase> more) {
    if (more.isEmpty()) {
      return this;
    }
    return new Agenda(
        date,
        obligations,
        ImmutableList.<UncomputableCase>builder().addAll(uncomputable).addAll(more).build());
  }

  /**
   * The date the agenda was computed for.
   *
   * @return the date
   */
  public LocalDate getDate() {
    return date;
  }

  /**
   * The obligations, by due date, then case id.
   *
   * @return the obligations
   */
  public ImmutableList<Obligation> getObligations() {
    return obligations;
  }

  /**
   * The cases whose obligations could not be computed, in the order they were read (niet te
   * berekenen casussen); their obligations are missing from {@link #getObligations()}.
   *
   * <p>Filtering keeps this list whole: whether an uncomputable case concerns a professional or a
   * role cannot be known.
   *
   * @return the uncomputable cases, empty when every case was computed
   * @since 0.1
   */
  public ImmutableList<UncomputableCase> getUncomputable() {
    return uncomputable;
  }

  /**
   * Whether the obligations of every case were computed (volledig).
   *
   * @return true when {@link #getUncomputable()} is empty
   * @since 0.1
   */
  public boolean isComplete() {
    return uncomputable.isEmpty();
  }

  /**
   * The overdue obligations.
   *
   * @return the agenda of overdue obligations only
   */
  public Agenda overdue() {
    return filter(Obligation::isOverdue);
  }

  /**
   * The obligations of one professional: those naming them.
   *
   * @param professional the professional
   * @return the filtered agenda
   */
  public Agenda forProfessional(ProfessionalId professional) {
    return filter(o -> o.getProfessional().map(professional::equals).orElse(false));
  }

  /**
   * The obligations of one role.
   *
   * @param role the role
   * @return the filtered agenda
   */
  public Agenda forRole(ProfessionalRole role) {
    return filter(o -> o.getRole() == role);
  }

  /**
   * The obligations that match a condition; the uncomputable cases are kept.
   *
   * @param condition the condition
   * @return the filtered agenda
   */
  public Agenda filter(Predicate<Obligation> condition) {
    return new Agenda(
        date,
        obligations.stream().filter(condition).collect(ImmutableList.toImmutableList()),
        uncomputable);
  }

  /**
   * The number of obligations.
   *
   * @return the size
   */
  public int size() {
    return obligations.size();
  }

  @Override
  public String toString() {
    return "Agenda "
        + date
        + " "
        + obligations
        + (uncomputable.isEmpty() ? "" : " uncomputable " + uncomputable);
  }
}
