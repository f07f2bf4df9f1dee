package nl.lon.rules.agenda;

import com.google.common.collect.ImmutableList;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.RuleViolationException;
import nl.lon.core.error.Violation;
import nl.lon.core.id.CaseId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A case whose obligations could not be computed, and why (niet te berekenen casus).
 *
 * <p>Reported on an {@link Agenda} instead of failing the agenda of the whole network: a bad case
 * never takes the network down. The reason holds no case content: only the exception type, the
 * field and rule of an {@link InvalidValueException}, the rule ids of a {@link
 * RuleViolationException}, and the SDK method where the failure arose; never an exception message,
 * which may quote case data.
 *
 * <pre>{@code
 * Agenda agenda = AgendaRules.of(profile).forCases(states, date);
 * for (UncomputableCase u : agenda.getUncomputable()) {
 *   alertAdministrator(u.getCaseId(), u.getReason());
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class UncomputableCase {

  private static final int MAX_REASON = 500;

  UncomputableCase() {}

  /**
   * The case whose obligations are unknown (casus).
   *
   * @return the case id
   * @since 0.1
   */
  @Value.Parameter
  public abstract CaseId getCaseId();

  /**
   * Why they could not be computed, without case content, in English (reden); for example {@code
   * "InvalidValueException on WorkingDayCalendar.date [rule range] in
   * WorkingDayCalendar.plusWorkingDays"}.
   *
   * @return a short reason, not blank, at most 500 characters
   * @since 0.1
   */
  @Value.Parameter
  public abstract String getReason();

  @Value.Check
  void check() {
    Checks.notBlank(getReason(), "UncomputableCase.reason");
    Checks.maxLength(getReason(), MAX_REASON, "UncomputableCase.reason");
  }

  /**
   * An uncomputable case with a reason of the caller's (niet te berekenen casus).
   *
   * @param caseId the case
   * @param reason why, without case content; not blank, at most 500 characters
   * @return the value
   * @throws InvalidValueException when an argument is null or the reason is blank or too long
   * @since 0.1
   */
  public static UncomputableCase of(CaseId caseId, String reason) {
    return ImmutableUncomputableCase.of(caseId, reason);
  }

  /**
   * An uncomputable case for the exception that arose computing it, with a reason built from the
   * exception's type, field, rule ids and SDK origin only; the exception message is never used
   * (niet te berekenen casus).
   *
   * @param caseId the case
   * @param failure what was thrown
   * @return the value
   * @throws InvalidValueException when an argument is null
   * @since 0.1
   */
  public static UncomputableCase from(CaseId caseId, RuntimeException failure) {
    if (failure == null) {
      throw new InvalidValueException("UncomputableCase.failure");
    }
    return of(caseId, describe(failure));
  }

  /**
   * A content-free description of a failure: its type, the field and rule of a value error, the
   * rule ids of a rule violation, and the first SDK method on its stack. Never the message.
   */
  static String describe(RuntimeException failure) {
    StringBuilder s = new StringBuilder(failure.getClass().getSimpleName());
    if (failure instanceof InvalidValueException) {
      InvalidValueException e = (InvalidValueException) failure;
      s.append(" on ").append(e.getField()).append(" [rule ").append(e.getRule()).append(']');
    } else if (failure instanceof RuleViolationException) {
      ImmutableList<String> rules =
          ((RuleViolationException) failure)
              .getViolations().stream()
                  .map(Violation::rule)
                  .collect(ImmutableList.toImmutableList());
      s.append(" of rules ").append(rules);
    }
    for (StackTraceElement frame : failure.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("nl.lon.")) {
        s.append(" in ")
            .append(type.substring(type.lastIndexOf('.') + 1))
            .append('.')
            .append(frame.getMethodName());
        break;
      }
    }
    String text = s.toString();
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
  }
}
