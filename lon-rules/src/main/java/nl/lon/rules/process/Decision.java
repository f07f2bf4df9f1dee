package nl.lon.rules.process;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;

/**
 * The outcome of asking the rules about a command: the events to append, or the violations that
 * refuse it (besluit).
 *
 * <p>Exactly one of the two lists is non-empty. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Decision {
  private final ImmutableList<CaseEvent> events;
  private final ImmutableList<Violation> violations;

  private Decision(ImmutableList<CaseEvent> events, ImmutableList<Violation> violations) {
    this.events = events;
    this.violations = violations;
  }

  /**
   * An accepted command.
   *
   * @param events the events to append, at least one
   * @return the decision
   */
  public static Decision accept(List<? extends CaseEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("an accepted command yields at least one event");
    }
    return new Decision(ImmutableList.copyOf(events), ImmutableList.of());
  }

  /**
   * A refused command.
   *
   * @param violations the reasons, at least one
   * @return the decision
   */
  public static Decision refuse(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a refusal names at least one violation");
    }
    return new Decision(ImmutableList.of(), ImmutableList.copyOf(violations));
  }

  /**
   * Whether the command was accepted.
   *
   * @return true when accepted
   */
  public boolean isAccepted() {
    return violations.isEmpty();
  }

  /**
   * The events to append, in order.
   *
   * @return the events; empty when refused
   */
  public ImmutableList<CaseEvent> getEvents() {
    return events;
  }

  /**
   * The violations.
   *
   * @return the violations; empty when accepted
   */
  public ImmutableList<Violation> getViolations() {
    return violations;
  }

  /**
   * The events, or a {@link RuleViolationException} when refused.
   *
   * @return the events
   * @throws RuleViolationException when the command was refused
   */
  public ImmutableList<CaseEvent> orElseThrow() {
    if (!isAccepted()) {
      throw new RuleViolationException(violations);
    }
    return events;
  }

  @Override
  public String toString() {
    return isAccepted() ? "accepted " + events : "refused " + violations;
  }
}
