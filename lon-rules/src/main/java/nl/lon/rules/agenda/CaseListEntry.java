package nl.lon.rules.agenda;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.process.ProcessStep;

/**
 * One case on a meeting's {@link CaseList}: why it is there and what was decided (regel van de
 * bespreeklijst). Immutable and thread-safe.
 *
 * @since 0.3
 */
public final class CaseListEntry {
  private final CaseId caseId;
  private final ProcessStep step;
  private final ImmutableList<Obligation> due;
  private final boolean discussed;
  private final ImmutableList<CaseEvent> decided;

  CaseListEntry(
      CaseId caseId,
      ProcessStep step,
      List<Obligation> due,
      boolean discussed,
      List<CaseEvent> decided) {
    this.caseId = Objects.requireNonNull(caseId);
    this.step = Objects.requireNonNull(step);
    this.due = ImmutableList.copyOf(due);
    this.discussed = discussed;
    this.decided = ImmutableList.copyOf(decided);
  }

  /**
   * The case.
   *
   * @return the case id
   */
  public CaseId getCaseId() {
    return caseId;
  }

  /**
   * The case's step now.
   *
   * @return the step
   */
  public ProcessStep getStep() {
    return step;
  }

  /**
   * The case's obligations that are overdue or fall due before the next meeting, by due date.
   *
   * @return the obligations, possibly none (a case discussed and settled)
   */
  public ImmutableList<Obligation> getDue() {
    return due;
  }

  /**
   * Whether a network meeting about the case is recorded on the meeting's date.
   *
   * @return true when discussed
   */
  public boolean isDiscussed() {
    return discussed;
  }

  /**
   * The acts dated on the meeting's date, in sequence order, corrections applied: what was decided
   * for the case.
   *
   * @return the events, possibly none
   */
  public ImmutableList<CaseEvent> getDecided() {
    return decided;
  }
}
