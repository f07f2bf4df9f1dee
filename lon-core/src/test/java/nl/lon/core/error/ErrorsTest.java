package nl.lon.core.error;

import static nl.lon.core.testing.InvalidValues.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.lon.core.process.ProcessStep;
import org.junit.jupiter.api.Test;

/** The error types: fields, rules and messages. */
class ErrorsTest {

  @Test
  void constructor_fieldRuleMessage_keepsFieldRuleAndFormatsMessage() {
    InvalidValueException e = new InvalidValueException("Signal.concerns", "not-empty", "add one");
    assertEquals("Signal.concerns", e.getField());
    assertEquals("not-empty", e.getRule());
    assertEquals("Signal.concerns: add one [rule not-empty]", e.getMessage());
  }

  @Test
  void constructor_singleAttribute_isRequiredRule() {
    InvalidValueException e = new InvalidValueException("caseId");
    assertEquals("caseId", e.getField());
    assertEquals(InvalidValueException.RULE_REQUIRED, e.getRule());
  }

  @Test
  void constructor_missingAttributes_namesTheFirstAndListsAll() {
    InvalidValueException e = new InvalidValueException(new String[] {"id", "name", "kind"});
    assertEquals("id", e.getField());
    assertEquals("required", e.getRule());
    assertTrue(e.getMessage().contains("[id, name, kind]"), e.getMessage());
  }

  @Test
  void constructor_nullField_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> new InvalidValueException(null, "r", "m"));
  }

  @Test
  void invalidValueException_isLonException() {
    assertTrue(LonException.class.isAssignableFrom(InvalidValueException.class));
    assertTrue(LonException.class.isAssignableFrom(IllegalEventException.class));
    assertTrue(RuntimeException.class.isAssignableFrom(LonException.class));
  }

  @Test
  void violation_blankRule_throwsNotBlank() {
    assertRejected(
        "Violation.rule", "not-blank", () -> new Violation(" ", ProcessStep.SIGNAL, "en", "nl"));
  }

  @Test
  void violation_blankDutchReason_throwsNotBlank() {
    assertRejected(
        "Violation.reasonNl", "not-blank", () -> new Violation("r", ProcessStep.SIGNAL, "en", ""));
  }

  @Test
  void reason_dutchAndOtherLocales_givesDutchOnlyForDutch() {
    Violation v = new Violation("deadline", ProcessStep.RECEIVE_REPORT, "too late", "te laat");
    assertEquals("te laat", v.reason(Locale.forLanguageTag("nl-NL")));
    assertEquals("too late", v.reason(Locale.ENGLISH));
    assertEquals("too late", v.reason(Locale.GERMAN));
  }

  @Test
  void ruleViolationException_violations_keptInOrder() {
    Violation a = new Violation("a", ProcessStep.SIGNAL, "A", "A-nl");
    Violation b = new Violation("b", ProcessStep.CLOSE, "B", "B-nl");
    RuleViolationException e = new RuleViolationException(List.of(a, b));
    assertEquals(List.of(a, b), e.getViolations());
    assertTrue(e.getMessage().contains("a (SIGNAL)"), e.getMessage());
  }

  @Test
  void concurrencyConflictException_versions_keptAndNamedInMessage() {
    ConcurrencyConflictException e = new ConcurrencyConflictException("case-1", 4, 6);
    assertEquals("case-1", e.getStream());
    assertEquals(4, e.getExpectedVersion());
    assertEquals(6, e.getActualVersion());
    assertTrue(e.getMessage().contains("version 6"), e.getMessage());
  }

  @Test
  void accessDeniedException_rule_keptAndNamedInMessage() {
    AccessDeniedException e = new AccessDeniedException("consent-required", "no consent");
    assertEquals("consent-required", e.getRule());
    assertEquals("no consent [rule consent-required]", e.getMessage());
  }
}
