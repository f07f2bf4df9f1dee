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
 * <p>Immutable and thread-safe. Filter with {@link #forProfessional} and {@link #forRole}.
 *
 * @since 0.1
 */
public final class Agenda {
  private final LocalDate date;
  private final ImmutableList<Obligation> obligations;

  Agenda(LocalDate date, List<Obligation> sorted) {
    this.date = date;
    this.obligations = ImmutableList.copyOf(sorted);
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
   * The obligations that match a condition.
   *
   * @param condition the condition
   * @return the filtered agenda
   */
  public Agenda filter(Predicate<Obligation> condition) {
    return new Agenda(date, obligations.stream().filter(condition).collect(ImmutableList.toImmutableList()));
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
    return "Agenda " + date + " " + obligations;
  }
}
