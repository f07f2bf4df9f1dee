package nl.lon.persistence.audit;

import java.util.regex.Pattern;
import nl.lon.core.internal.Checks;

/** The structural rules shared by {@link AuditEntry} and {@link AuditRecord}. */
final class AuditFieldRules {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern OPERATION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  private AuditFieldRules() {}

  static void check(AuditFields f, String type) {
    Checks.require(
        UUID_TEXT.matcher(f.getEventId()).matches(),
        type + ".eventId",
        "uuid",
        "must be a UUID in canonical lower-case form, for example UUID.randomUUID().toString()");
    text(f.getOnBehalfOf(), 200, type + ".onBehalfOf");
    Checks.require(
        f.getOperation().length() <= 64 && OPERATION.matcher(f.getOperation()).matches(),
        type + ".operation",
        "operation-code",
        "must be 1-64 lower-case letters and digits in groups joined by '-', was '"
            + f.getOperation()
            + "'");
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
    Checks.require(
        HASH.matcher(value).matches(),
        field,
        "sha256-hex",
        "must be 64 lower-case hexadecimal digits");
  }

  private static void text(String value, int max, String field) {
    Checks.notBlank(value, field);
    Checks.maxLength(value, max, field);
  }
}
