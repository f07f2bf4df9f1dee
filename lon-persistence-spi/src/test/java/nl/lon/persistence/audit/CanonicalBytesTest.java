package nl.lon.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonical bytes written straight from the facts are those of the canonical text as the
 * format's class documentation builds it, for texts with escapes and characters beyond ASCII.
 */
class CanonicalBytesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "prepare case conference",
        "caf\u00e9 \u20ac 12",
        "emoji \ud83d\ude00 and \u4e2d\u6587",
        "back\\slash, line\nfeed, tab\t",
        "semi;colon and equals=sign",
        "\u0800\u07ff\u00a0\u00ff\uffee"
      })
  void bytesAreThoseOfTheDocumentedText(String text) {
    AuditEntry e =
        AuditEntry.builder()
            .from(AuditChainTest.entry(7))
            .onBehalfOf(text)
            .purpose(text)
            .occurredAt(Instant.parse("1999-12-31T23:59:09.999Z"))
            .addRuleIds("z.rule", "a.rule", "m-rule")
            .addDataCategories(DataCategory.PERSONAL_DATA)
            .putDetails("zeta", "a\\b;c=d \u00e9 \ud83d\ude00")
            .putDetails("alpha.key", "v=1;w")
            .putDetails("Beta", "")
            .build();
    String expected = reference(42, e);
    assertEquals(expected, AuditChain.canonicalText(42, e));
    String previous = "ab".repeat(32);
    assertEquals(
        AuditSeal.sha256().hash(previous, expected), AuditChain.link(42, previous, e).getHash());
    byte[] bytes = (previous + expected).getBytes(StandardCharsets.UTF_8);
    CanonicalBytes written = CanonicalBytes.of(previous, 42, e);
    assertEquals(bytes.length, written.length());
    assertEquals(
        new String(bytes, StandardCharsets.ISO_8859_1),
        new String(written.array(), 0, written.length(), StandardCharsets.ISO_8859_1));
  }

  /** The canonical text built with strings, as the class documentation of the format states it. */
  private static String reference(long sequence, AuditFields f) {
    AccessChecks c = f.getChecks();
    StringBuilder b = new StringBuilder();
    b.append(AuditChain.FORMAT).append('\n');
    line(b, "sequence", Long.toString(sequence));
    line(b, "eventId", f.getEventId());
    line(b, "occurredAt", f.getOccurredAt().truncatedTo(ChronoUnit.SECONDS).toString());
    line(b, "actor", f.getActor().getValue());
    line(b, "actorOrganisation", f.getActorOrganisation().map(v -> v.getValue()).orElse(""));
    line(b, "onBehalfOf", f.getOnBehalfOf());
    line(b, "client", f.getClient().map(v -> v.getValue()).orElse(""));
    line(b, "caseId", f.getCaseId().map(v -> v.getValue()).orElse(""));
    line(b, "network", f.getNetwork().getValue());
    line(b, "action", f.getAction().name());
    line(b, "operation", f.getOperation());
    line(
        b,
        "dataCategories",
        f.getDataCategories().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    line(b, "purpose", f.getPurpose());
    line(b, "emergencyReason", f.getEmergencyReason().orElse(""));
    line(b, "authorised", Boolean.toString(c.isAuthorised()));
    line(b, "relationshipToCase", Boolean.toString(c.isRelationshipToCase()));
    line(b, "consentOrLegalBasis", Boolean.toString(c.isConsentOrLegalBasis()));
    line(b, "emergencyOverride", Boolean.toString(c.isEmergencyOverride()));
    line(b, "legalBasis", c.getLegalBasis().orElse(""));
    line(b, "outcome", c.getOutcome().name());
    line(b, "ruleIds", f.getRuleIds().stream().sorted().collect(Collectors.joining(",")));
    b.append("details=");
    boolean first = true;
    for (Map.Entry<String, String> e : new TreeMap<>(f.getDetails()).entrySet()) {
      if (!first) {
        b.append(';');
      }
      first = false;
      escape(b, e.getKey(), true);
      b.append('=');
      escape(b, e.getValue(), true);
    }
    return b.append('\n').toString();
  }

  private static void line(StringBuilder b, String key, String value) {
    b.append(key).append('=');
    escape(b, value, false);
    b.append('\n');
  }

  private static void escape(StringBuilder b, String value, boolean detail) {
    for (char ch : value.toCharArray()) {
      switch (ch) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case ';', '=' -> {
          if (detail) {
            b.append('\\');
          }
          b.append(ch);
        }
        default -> b.append(ch);
      }
    }
  }
}
