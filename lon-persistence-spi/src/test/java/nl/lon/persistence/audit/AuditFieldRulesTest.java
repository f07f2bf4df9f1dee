package nl.lon.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.lon.core.error.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The construction rules of audit entries and records beyond the basics in AuditChainTest. */
class AuditFieldRulesTest {

  private static AuditEntry entry() {
    return AuditChainTest.entry(1);
  }

  private static InvalidValueException rejected(UnaryOperator<AuditEntry.Builder> change) {
    return assertThrows(
        InvalidValueException.class,
        () -> change.apply(AuditEntry.builder().from(entry())).build());
  }

  private static AccessChecks outcome(AuditOutcome o) {
    return AccessChecks.builder().from(AuditChainTest.allowed()).outcome(o).build();
  }

  @Nested
  class Outcomes {

    @Test
    void outcomes_areInTheDocumentedOrder() {
      assertEquals(
          List.of("ALLOWED", "DENIED", "REFUSED", "CONFLICT", "NOT_FOUND", "FAILED"),
          java.util.Arrays.stream(AuditOutcome.values()).map(Enum::name).toList());
    }

    @Test
    void refused_withoutRuleIds_isRejected() {
      InvalidValueException e = rejected(b -> b.checks(outcome(AuditOutcome.REFUSED)));
      assertEquals("AuditEntry.ruleIds", e.getField());
      assertEquals("required-when-refused", e.getRule());
    }

    @Test
    void refused_withRuleIds_isAccepted() {
      AuditEntry e =
          AuditEntry.builder()
              .from(entry())
              .checks(outcome(AuditOutcome.REFUSED))
              .addRuleIds("close.evaluation-required")
              .build();
      assertEquals(AuditOutcome.REFUSED, e.getOutcome());
      assertEquals(List.of("close.evaluation-required"), List.copyOf(e.getRuleIds()));
    }

    @Test
    void otherOutcomes_needNoRuleIds_butMayHaveThem() {
      for (AuditOutcome o : AuditOutcome.values()) {
        if (o != AuditOutcome.REFUSED) {
          assertDoesNotThrow(() -> AuditEntry.builder().from(entry()).checks(outcome(o)).build());
        }
      }
      AuditEntry denied =
          AuditEntry.builder()
              .from(entry())
              .checks(outcome(AuditOutcome.DENIED))
              .addRuleIds("access.other-network")
              .build();
      assertEquals(1, denied.getRuleIds().size());
    }
  }

  @Nested
  class RuleIds {

    @Test
    void ruleIds_areSortedAndDeduplicated() {
      AuditEntry e = AuditEntry.builder().from(entry()).addRuleIds("b.x", "a_y", "b.x").build();
      assertEquals(List.of("a_y", "b.x"), List.copyOf(e.getRuleIds()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Close.x", "close x", "close,x", "clöse", "close;x"})
    void malformedRuleId_isRejected(String id) {
      InvalidValueException e = rejected(b -> b.addRuleIds(id));
      assertEquals("AuditEntry.ruleIds", e.getField());
      assertEquals("rule-id", e.getRule());
    }

    @Test
    void ruleIdOf100Characters_isAccepted_101_isRejected() {
      assertDoesNotThrow(
          () -> AuditEntry.builder().from(entry()).addRuleIds("a".repeat(100)).build());
      assertEquals("rule-id", rejected(b -> b.addRuleIds("a".repeat(101))).getRule());
    }

    @Test
    void fiftyRuleIds_areAccepted_51_areRejected() {
      AuditEntry.Builder ok = AuditEntry.builder().from(entry());
      for (int i = 0; i < 50; i++) {
        ok.addRuleIds("rule-" + i);
      }
      assertEquals(50, ok.build().getRuleIds().size());
      InvalidValueException e =
          rejected(
              b -> {
                for (int i = 0; i < 51; i++) {
                  b.addRuleIds("rule-" + i);
                }
                return b;
              });
      assertEquals("max-size-50", e.getRule());
    }
  }

  @Nested
  class Details {

    @Test
    void details_areSortedByKey() {
      AuditEntry e =
          AuditEntry.builder()
              .from(entry())
              .putDetails("suppressionThreshold", "5")
              .putDetails("businessDate", "2027-04-22")
              .build();
      assertEquals(
          List.of("businessDate", "suppressionThreshold"), List.copyOf(e.getDetails().keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space", "under_score", "semi;colon", "eq=", "ü"})
    void malformedKey_isRejected(String key) {
      InvalidValueException e = rejected(b -> b.putDetails(key, "v"));
      assertEquals("AuditEntry.details", e.getField());
      assertEquals("detail-key", e.getRule());
    }

    @Test
    void keyOf64Characters_isAccepted_65_isRejected() {
      assertDoesNotThrow(
          () -> AuditEntry.builder().from(entry()).putDetails("k".repeat(64), "v").build());
      assertEquals("detail-key", rejected(b -> b.putDetails("k".repeat(65), "v")).getRule());
    }

    @Test
    void valueOf200Characters_isAccepted_201_isRejected_withoutEchoingIt() {
      assertDoesNotThrow(
          () -> AuditEntry.builder().from(entry()).putDetails("k", "v".repeat(200)).build());
      InvalidValueException e = rejected(b -> b.putDetails("k", "secret".repeat(34)));
      assertEquals("max-length-200", e.getRule());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"a\nb", "a\tb", "a\u0000b", "a\u007fb", "a\u0085b", "a\ud800b", "a\udc00"})
    void valueWithControlCharacterOrLoneSurrogate_isRejected_withoutEchoingIt(String value) {
      InvalidValueException e = rejected(b -> b.putDetails("k", "secret " + value));
      assertEquals("detail-value-characters", e.getRule());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void emptyValueAndEscapableCharacters_areAccepted() {
      AuditEntry e =
          AuditEntry.builder()
              .from(entry())
              .putDetails("a", "")
              .putDetails("b", "x;y=z\\w")
              .build();
      assertEquals("", e.getDetails().get("a"));
    }

    @Test
    void twentyEntries_areAccepted_21_areRejected() {
      AuditEntry.Builder ok = AuditEntry.builder().from(entry());
      for (int i = 0; i < 20; i++) {
        ok.putDetails("k" + i, "v");
      }
      assertEquals(20, ok.build().getDetails().size());
      InvalidValueException e =
          rejected(
              b -> {
                for (int i = 0; i < 21; i++) {
                  b.putDetails("k" + i, "v");
                }
                return b;
              });
      assertEquals("max-size-20", e.getRule());
    }
  }

  @Nested
  class OccurredAt {

    @Test
    void bounds_firstAcceptedAndFirstRejected() {
      assertDoesNotThrow(
          () ->
              AuditEntry.builder()
                  .from(entry())
                  .occurredAt(Instant.parse("1900-01-01T00:00:00Z"))
                  .build());
      assertDoesNotThrow(
          () ->
              AuditEntry.builder()
                  .from(entry())
                  .occurredAt(Instant.parse("2199-12-31T23:59:59.999999999Z"))
                  .build());
      for (Instant bad :
          List.of(
              Instant.parse("1899-12-31T23:59:59.999Z"),
              Instant.parse("2200-01-01T00:00:00Z"),
              Instant.MIN,
              Instant.MAX,
              Instant.EPOCH.minusSeconds(3_000_000_000L))) {
        InvalidValueException e = rejected(b -> b.occurredAt(bad));
        assertEquals("AuditEntry.occurredAt", e.getField(), bad.toString());
        assertEquals("range-1900-2200", e.getRule());
      }
    }

    @Test
    void record_outOfRange_isRejectedAsRecordField() {
      AuditRecord r = AuditChain.link(1, AuditChain.GENESIS_HASH, entry());
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> AuditRecord.builder().from(r).occurredAt(Instant.MAX).build());
      assertEquals("AuditRecord.occurredAt", e.getField());
    }
  }

  @Nested
  class FreeTexts {

    private static final String SECRET = "Jansen";

    @ParameterizedTest
    @ValueSource(
        strings = {
          "\u0000",
          "\u0007",
          "\r",
          "\u001b[31m",
          "\u007f",
          "\u0085",
          "\u009b",
          "\ud800",
          "\udfff",
          "x\ud800"
        })
    void controlCharactersAndLoneSurrogates_areRejected_inEveryFreeText(String bad) {
      String value = SECRET + " " + bad + " end";
      List<InvalidValueException> errors =
          List.of(
              rejected(b -> b.onBehalfOf(value)),
              rejected(b -> b.purpose(value)),
              rejected(
                  b ->
                      b.emergencyReason(value)
                          .checks(
                              AccessChecks.builder()
                                  .from(AuditChainTest.allowed())
                                  .emergencyOverride(true)
                                  .build())),
              assertThrows(
                  InvalidValueException.class,
                  () ->
                      AccessChecks.builder()
                          .from(AuditChainTest.allowed())
                          .legalBasis(value)
                          .build()));
      List<String> fields =
          List.of(
              "AuditEntry.onBehalfOf",
              "AuditEntry.purpose",
              "AuditEntry.emergencyReason",
              "AccessChecks.legalBasis");
      for (int i = 0; i < errors.size(); i++) {
        assertEquals(fields.get(i), errors.get(i).getField());
        assertEquals("text-characters", errors.get(i).getRule());
        assertFalse(errors.get(i).getMessage().contains(SECRET), errors.get(i).getMessage());
      }
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"\u200b", " \u200b ", "\u2060\u200d", "\ufeff", "\u3164", "\u00ad", "\u0301"})
    void textWithoutVisibleCharacter_isRejected(String invisible) {
      InvalidValueException e = rejected(b -> b.purpose(invisible));
      assertEquals("visible-text", e.getRule());
      assertEquals(
          "visible-text",
          assertThrows(
                  InvalidValueException.class,
                  () ->
                      AccessChecks.builder()
                          .from(AuditChainTest.allowed())
                          .legalBasis(invisible)
                          .build())
              .getRule());
    }

    @Test
    void whitespaceOnly_isRejectedAsBlank() {
      assertEquals("not-blank", rejected(b -> b.purpose(" \n\t ")).getRule());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "a",
          "line one\nline two",
          "col\tcol",
          "crème brûlée",
          "😀",
          "\u200bx",
          "a\\b",
          "5"
        })
    void visibleTexts_withLineFeedTabAndPairedSurrogates_areAccepted(String ok) {
      AuditEntry e = AuditEntry.builder().from(entry()).purpose(ok).onBehalfOf(ok).build();
      assertEquals(ok, e.getPurpose());
      assertTrue(
          AccessChecks.builder()
              .from(AuditChainTest.allowed())
              .legalBasis(ok)
              .build()
              .getLegalBasis()
              .isPresent());
    }

    @Test
    void maxLength_isStillEnforced_withoutEchoingTheValue() {
      InvalidValueException e = rejected(b -> b.onBehalfOf(SECRET.repeat(40)));
      assertEquals("max-length-200", e.getRule());
      assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void absentActorOrganisation_isAccepted() {
      AuditEntry e = AuditEntry.builder().from(entry()).actorOrganisation(Optional.empty()).build();
      assertEquals(Optional.empty(), e.getActorOrganisation());
    }
  }
}
