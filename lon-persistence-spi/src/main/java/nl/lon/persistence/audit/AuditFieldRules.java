package nl.lon.persistence.audit;

import java.time.Instant;
import java.util.Map;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.internal.Checks;

/**
 * The structural rules shared by {@link AuditEntry} and {@link AuditRecord}.
 *
 * <p>Checked on every audit record, so the checks are plain character scans, not regular
 * expressions, and messages are built only on failure.
 */
final class AuditFieldRules {

  /** The earliest occurred-at instant accepted (inclusive). */
  static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  /** The first occurred-at instant no longer accepted (exclusive). */
  static final Instant END = Instant.parse("2200-01-01T00:00:00Z");

  static final int MAX_RULE_IDS = 50;
  static final int MAX_RULE_ID_LENGTH = 100;
  static final int MAX_DETAILS = 20;
  static final int MAX_DETAIL_KEY_LENGTH = 64;
  static final int MAX_DETAIL_VALUE_LENGTH = 200;

  private AuditFieldRules() {}

  static void check(AuditFields f, String type) {
    if (!isUuid(f.getEventId())) {
      throw new InvalidValueException(
          type + ".eventId",
          "uuid",
          "must be a UUID in canonical lower-case form, for example UUID.randomUUID().toString()");
    }
    Instant at = f.getOccurredAt();
    if (at.isBefore(EARLIEST) || !at.isBefore(END)) {
      throw new InvalidValueException(
          type + ".occurredAt",
          "range-1900-2200",
          "must be from 1900-01-01T00:00:00Z up to (not including) 2200-01-01T00:00:00Z");
    }
    freeText(f.getOnBehalfOf(), 200, type + ".onBehalfOf");
    if (!isOperation(f.getOperation())) {
      throw new InvalidValueException(
          type + ".operation",
          "operation-code",
          "must be 1-64 lower-case letters and digits in groups joined by '-', was '"
              + f.getOperation()
              + "'");
    }
    Checks.notEmpty(f.getDataCategories(), type + ".dataCategories");
    freeText(f.getPurpose(), 500, type + ".purpose");
    f.getEmergencyReason().ifPresent(r -> freeText(r, 2000, type + ".emergencyReason"));
    Checks.require(
        f.getChecks().isEmergencyOverride() == f.getEmergencyReason().isPresent(),
        type + ".emergencyReason",
        "reason-for-override",
        "give an emergency reason exactly when an emergency override was invoked");
    ruleIds(f, type + ".ruleIds");
    details(f.getDetails(), type + ".details");
  }

  private static void ruleIds(AuditFields f, String field) {
    if (f.getRuleIds().size() > MAX_RULE_IDS) {
      throw new InvalidValueException(
          field,
          "max-size-" + MAX_RULE_IDS,
          "must hold at most " + MAX_RULE_IDS + " rule ids, held " + f.getRuleIds().size());
    }
    if (f.getOutcome() == AuditOutcome.REFUSED && f.getRuleIds().isEmpty()) {
      throw new InvalidValueException(
          field, "required-when-refused", "name at least one rule id when the outcome is REFUSED");
    }
    for (String id : f.getRuleIds()) {
      if (!isRuleId(id)) {
        throw new InvalidValueException(
            field,
            "rule-id",
            "each rule id must be 1-"
                + MAX_RULE_ID_LENGTH
                + " lower-case letters, digits, '.', '-' or '_', for example close.evaluation-required");
      }
    }
  }

  private static void details(Map<String, String> details, String field) {
    if (details.size() > MAX_DETAILS) {
      throw new InvalidValueException(
          field,
          "max-size-" + MAX_DETAILS,
          "must hold at most " + MAX_DETAILS + " entries, held " + details.size());
    }
    int index = 0;
    for (Map.Entry<String, String> e : details.entrySet()) {
      index++;
      if (!isDetailKey(e.getKey())) {
        throw new InvalidValueException(
            field,
            "detail-key",
            "key "
                + index
                + " (in key order) must be 1-"
                + MAX_DETAIL_KEY_LENGTH
                + " letters, digits, '.' or '-', for example suppressionThreshold");
      }
      String value = e.getValue();
      if (value.length() > MAX_DETAIL_VALUE_LENGTH) {
        throw new InvalidValueException(
            field,
            "max-length-" + MAX_DETAIL_VALUE_LENGTH,
            "the value of key "
                + e.getKey()
                + " must be at most "
                + MAX_DETAIL_VALUE_LENGTH
                + " characters, was "
                + value.length());
      }
      int bad = firstBadChar(value, false);
      if (bad >= 0) {
        throw new InvalidValueException(
            field,
            "detail-value-characters",
            "the value of key "
                + e.getKey()
                + " holds a control character or an unpaired"
                + " surrogate at index "
                + bad);
      }
    }
  }

  /**
   * Requires a free text: at most {@code max} characters, at least one visible character, no
   * control characters other than line feed and tab, no unpaired surrogates. Messages never contain
   * the value.
   */
  static void freeText(String value, int max, String field) {
    Checks.notBlank(value, field);
    Checks.maxLength(value, max, field);
    int bad = firstBadChar(value, true);
    if (bad >= 0) {
      throw new InvalidValueException(
          field,
          "text-characters",
          "must not hold control characters (other than line feed and tab) or unpaired"
              + " surrogates; found one at index "
              + bad);
    }
    if (!hasVisible(value)) {
      throw new InvalidValueException(
          field,
          "visible-text",
          "must hold at least one visible character; white space and format characters such as"
              + " a zero-width space are not visible");
    }
  }

  /**
   * The index of the first unpaired surrogate or control character (line feed and tab allowed when
   * {@code lineFeedAndTab}), or -1.
   */
  private static int firstBadChar(String s, boolean lineFeedAndTab) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
      if (Character.getType(c) == Character.CONTROL
          && !(lineFeedAndTab && (c == '\n' || c == '\t'))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a text holds a letter, digit, mark with width, punctuation mark or symbol. */
  private static boolean hasVisible(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isVisible(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean isVisible(int cp) {
    switch (cp) {
      case 0x115F: // Hangul choseong filler
      case 0x1160: // Hangul jungseong filler
      case 0x3164: // Hangul filler
      case 0xFFA0: // halfwidth Hangul filler
      case 0x2800: // Braille pattern blank
        return false;
      default:
        break;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** {@code [a-z0-9._-]{1,100}}. */
  private static boolean isRuleId(String s) {
    if (s.isEmpty() || s.length() > MAX_RULE_ID_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Za-z0-9.-]{1,64}}. */
  private static boolean isDetailKey(String s) {
    if (s.isEmpty() || s.length() > MAX_DETAIL_KEY_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  static void hash(String value, String field) {
    if (value.length() != 64 || !hex(value, 0, 64)) {
      throw new InvalidValueException(
          field, "sha256-hex", "must be 64 lower-case hexadecimal digits");
    }
  }

  /** {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. */
  private static boolean isUuid(String s) {
    return s.length() == 36
        && s.charAt(8) == '-'
        && s.charAt(13) == '-'
        && s.charAt(18) == '-'
        && s.charAt(23) == '-'
        && hex(s, 0, 8)
        && hex(s, 9, 13)
        && hex(s, 14, 18)
        && hex(s, 19, 23)
        && hex(s, 24, 36);
  }

  /** {@code [a-z0-9]+(-[a-z0-9]+)*}, at most 64 characters. */
  private static boolean isOperation(String s) {
    if (s.isEmpty() || s.length() > 64 || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s.charAt(i - 1) != '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean hex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
