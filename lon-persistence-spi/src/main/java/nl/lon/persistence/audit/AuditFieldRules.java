package nl.lon.persistence.audit;

import nl.lon.core.error.InvalidValueException;
import nl.lon.core.internal.Checks;

/**
 * The structural rules shared by {@link AuditEntry} and {@link AuditRecord}.
 *
 * <p>Checked on every audit record, so the checks are plain character scans, not regular
 * expressions, and messages are built only on failure.
 */
final class AuditFieldRules {

  private AuditFieldRules() {}

  static void check(AuditFields f, String type) {
    if (!isUuid(f.getEventId())) {
      throw new InvalidValueException(type + ".eventId", "uuid",
          "must be a UUID in canonical lower-case form, for example UUID.randomUUID().toString()");
    }
    text(f.getOnBehalfOf(), 200, type + ".onBehalfOf");
    if (!isOperation(f.getOperation())) {
      throw new InvalidValueException(type + ".operation", "operation-code",
          "must be 1-64 lower-case letters and digits in groups joined by '-', was '" + f.getOperation() + "'");
    }
    Checks.notEmpty(f.getDataCategories(), type + ".dataCategories");
    text(f.getPurpose(), 500, type + ".purpose");
    f.getEmergencyReason().ifPresent(r -> text(r, 2000, type + ".emergencyReason"));
    Checks.require(
        f.getChecks().isEmergencyOverride() == f.getEmergencyReason().isPresent(),
        type + ".emergencyReason",
        "reason-for-override",
        "give an emergency reason exactly when an emergency override was invoked");
  }

  static void hash(String value, String field) {
    if (value.length() != 64 || !hex(value, 0, 64)) {
      throw new InvalidValueException(field, "sha256-hex", "must be 64 lower-case hexadecimal digits");
    }
  }

  /** {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. */
  private static boolean isUuid(String s) {
    return s.length() == 36 && s.charAt(8) == '-' && s.charAt(13) == '-' && s.charAt(18) == '-'
        && s.charAt(23) == '-' && hex(s, 0, 8) && hex(s, 9, 13) && hex(s, 14, 18) && hex(s, 19, 23)
        && hex(s, 24, 36);
  }

  /** {@code [a-z0-9]+(-[a-z0-9]+)*}, at most 64 characters. */
  private static boolean isOperation(String s) {
    if (s.isEmpty() || s.length() > 64 || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s.charAt(i - 1) != '-');
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

  private static void text(String value, int max, String field) {
    Checks.notBlank(value, field);
    Checks.maxLength(value, max, field);
  }
}
