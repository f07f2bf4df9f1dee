package nl.lon.persistence.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.id.Identifier;

/**
 * The UTF-8 bytes of the previous hash followed by the canonical text of a record (format {@code
 * lon-audit-v2}, see {@link AuditChain}), written straight into one byte array: what the seal
 * digests, without the intermediate strings of the text.
 *
 * <p>The bytes are exactly those of {@code (previousHash + AuditChain.canonicalText(...))
 * .getBytes(UTF_8)}: characters are encoded as UTF-8, an unpaired surrogate (which validated facts
 * never hold) as {@code ?}, as {@link String#getBytes(java.nio.charset.Charset)} does. Not
 * thread-safe; one instance per record.
 */
final class CanonicalBytes {

  private static final byte[] FORMAT_LINE =
      (AuditChain.FORMAT + "\n").getBytes(StandardCharsets.US_ASCII);

  private byte[] buf = new byte[768];
  private int len;

  private CanonicalBytes() {}

  /**
   * The previous hash (when given) and the canonical text of facts at a sequence.
   *
   * @param previousHash the previous hash, already checked, or null for the text alone
   * @param sequence the sequence, already checked
   * @param facts the facts
   */
  static CanonicalBytes of(String previousHash, long sequence, AuditFields facts) {
    CanonicalBytes b = new CanonicalBytes();
    if (previousHash != null) {
      b.ascii(previousHash);
    }
    b.write(sequence, facts);
    return b;
  }

  /** The array holding the bytes, from index 0 to {@link #length()}. */
  byte[] array() {
    return buf;
  }

  /** The number of bytes written. */
  int length() {
    return len;
  }

  /** The bytes, decoded, from an offset on. */
  String text(int from) {
    return new String(buf, from, len - from, StandardCharsets.UTF_8);
  }

  private void write(long sequence, AuditFields facts) {
    AccessChecks c = facts.getChecks();
    raw(FORMAT_LINE);
    key("sequence=");
    decimal(sequence);
    end();
    line("eventId=", facts.getEventId());
    key("occurredAt=");
    instant(facts.getOccurredAt());
    end();
    line("actor=", facts.getActor().getValue());
    line("actorOrganisation=", facts.getActorOrganisation());
    line("onBehalfOf=", facts.getOnBehalfOf());
    line("client=", facts.getClient());
    line("caseId=", facts.getCaseId());
    line("network=", facts.getNetwork().getValue());
    line("action=", facts.getAction().name());
    line("operation=", facts.getOperation());
    key("dataCategories=");
    sortedNames(facts.getDataCategories());
    end();
    line("purpose=", facts.getPurpose());
    line("emergencyReason=", facts.getEmergencyReason().orElse(""));
    line("authorised=", Boolean.toString(c.isAuthorised()));
    line("relationshipToCase=", Boolean.toString(c.isRelationshipToCase()));
    line("consentOrLegalBasis=", Boolean.toString(c.isConsentOrLegalBasis()));
    line("emergencyOverride=", Boolean.toString(c.isEmergencyOverride()));
    line("legalBasis=", c.getLegalBasis().orElse(""));
    line("outcome=", c.getOutcome().name());
    key("ruleIds=");
    sortedTexts(facts.getRuleIds());
    end();
    key("details=");
    details(facts.getDetails());
    end();
  }

  private void line(String key, String value) {
    key(key);
    escaped(value, false);
    end();
  }

  private void line(String key, Optional<? extends Identifier<?>> value) {
    key(key);
    if (value.isPresent()) {
      escaped(value.get().getValue(), false);
    }
    end();
  }

  private void key(String key) {
    ascii(key);
  }

  private void end() {
    room(1);
    buf[len++] = '\n';
  }

  private void sortedNames(Set<? extends Enum<?>> values) {
    if (values.size() == 1) {
      escaped(values.iterator().next().name(), false);
      return;
    }
    String[] names = new String[values.size()];
    int i = 0;
    for (Enum<?> e : values) {
      names[i++] = e.name();
    }
    joined(names);
  }

  private void sortedTexts(Set<String> values) {
    if (values.isEmpty()) {
      return;
    }
    if (values.size() == 1) {
      escaped(values.iterator().next(), false);
      return;
    }
    joined(values.toArray(new String[0]));
  }

  private void joined(String[] values) {
    Arrays.sort(values);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        room(1);
        buf[len++] = ',';
      }
      escaped(values[i], false);
    }
  }

  private void details(Map<String, String> details) {
    if (details.isEmpty()) {
      return;
    }
    if (details.size() == 1) {
      Map.Entry<String, String> e = details.entrySet().iterator().next();
      detail(e.getKey(), e.getValue());
      return;
    }
    String[] keys = details.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    for (int i = 0; i < keys.length; i++) {
      if (i > 0) {
        room(1);
        buf[len++] = ';';
      }
      detail(keys[i], details.get(keys[i]));
    }
  }

  private void detail(String key, String value) {
    escaped(key, true);
    room(1);
    buf[len++] = '=';
    escaped(value, true);
  }

  /** {@link Instant#toString()} of the instant truncated to seconds, for years 1900-2199. */
  private void instant(Instant at) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, ZoneOffset.UTC);
    room(20);
    digits(t.getYear(), 4);
    buf[len++] = '-';
    digits(t.getMonthValue(), 2);
    buf[len++] = '-';
    digits(t.getDayOfMonth(), 2);
    buf[len++] = 'T';
    digits(t.getHour(), 2);
    buf[len++] = ':';
    digits(t.getMinute(), 2);
    buf[len++] = ':';
    digits(t.getSecond(), 2);
    buf[len++] = 'Z';
  }

  private void digits(int value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      buf[len + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    len += width;
  }

  private void decimal(long value) {
    room(20);
    if (value == 0) {
      buf[len++] = '0';
      return;
    }
    int start = len;
    while (value > 0) {
      buf[len++] = (byte) ('0' + value % 10);
      value /= 10;
    }
    for (int i = start, j = len - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
  }

  private void raw(byte[] bytes) {
    room(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
  }

  /** Writes a text known to hold only ASCII characters (keys, hashes). */
  private void ascii(String s) {
    int n = s.length();
    room(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  /** Writes a value escaped as the format says, encoded as UTF-8. */
  private void escaped(String s, boolean detail) {
    int n = s.length();
    // at most 3 bytes per char (an escape is 2, a surrogate pair 4 for two chars)
    room(3 * n);
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        switch (ch) {
          case '\\':
            buf[len++] = '\\';
            buf[len++] = '\\';
            break;
          case '\n':
            buf[len++] = '\\';
            buf[len++] = 'n';
            break;
          case '\r':
            buf[len++] = '\\';
            buf[len++] = 'r';
            break;
          case ';':
          case '=':
            if (detail) {
              buf[len++] = '\\';
            }
            buf[len++] = (byte) ch;
            break;
          default:
            buf[len++] = (byte) ch;
        }
      } else if (ch < 0x800) {
        buf[len++] = (byte) (0xC0 | (ch >> 6));
        buf[len++] = (byte) (0x80 | (ch & 0x3F));
      } else if (Character.isSurrogate(ch)) {
        if (Character.isHighSurrogate(ch)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(ch, s.charAt(++i));
          buf[len++] = (byte) (0xF0 | (cp >> 18));
          buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          buf[len++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          buf[len++] = '?';
        }
      } else {
        buf[len++] = (byte) (0xE0 | (ch >> 12));
        buf[len++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
        buf[len++] = (byte) (0x80 | (ch & 0x3F));
      }
    }
  }

  private void room(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }
}
