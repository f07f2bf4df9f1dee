package nl.lon.persistence.audit;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.lon.core.internal.Checks;
import nl.lon.persistence.audit.AuditVerification.Problem;

/**
 * The hash chain of the audit log as pure functions, so that every adapter computes and checks
 * exactly the same hashes (hashketen).
 *
 * <p>Record {@code n} is sealed by {@code hash(previousHash, canonicalText(n, facts))}, where
 * {@code previousHash} is the hash of record {@code n - 1}, or {@link #GENESIS_HASH} for record 1.
 * Changing, removing or reordering any record breaks the chain from that record on, which {@link
 * #verify(Iterable)} finds. Removing records at the end leaves a valid but shorter chain: to
 * detect that, an operator periodically copies {@link AuditLog#size()} and the last hash to a
 * place the log's writers cannot change (an external anchor).
 *
 * <h2>Canonical text, format {@code lon-audit-v1}</h2>
 *
 * <p>The canonical text is fixed forever, because adapters persist the hashes computed from it.
 * It consists of these 21 lines, in this order, each ending in one line feed ({@code U+000A}),
 * the last line included, with no other whitespace:
 *
 * <pre>
 * lon-audit-v1
 * sequence=&lt;sequence&gt;
 * eventId=&lt;eventId&gt;
 * occurredAt=&lt;occurredAt&gt;
 * actor=&lt;actor&gt;
 * actorOrganisation=&lt;actorOrganisation&gt;
 * onBehalfOf=&lt;onBehalfOf&gt;
 * client=&lt;client&gt;
 * caseId=&lt;caseId&gt;
 * network=&lt;network&gt;
 * action=&lt;action&gt;
 * operation=&lt;operation&gt;
 * dataCategories=&lt;dataCategories&gt;
 * purpose=&lt;purpose&gt;
 * emergencyReason=&lt;emergencyReason&gt;
 * authorised=&lt;checks.authorised&gt;
 * relationshipToCase=&lt;checks.relationshipToCase&gt;
 * consentOrLegalBasis=&lt;checks.consentOrLegalBasis&gt;
 * emergencyOverride=&lt;checks.emergencyOverride&gt;
 * legalBasis=&lt;checks.legalBasis&gt;
 * outcome=&lt;checks.outcome&gt;
 * </pre>
 *
 * <p>Values are written as follows:
 *
 * <ul>
 *   <li>{@code sequence}: decimal digits without sign or leading zeros.
 *   <li>{@code occurredAt}: the instant truncated to seconds in ISO 8601 UTC form {@code
 *       yyyy-MM-ddTHH:mm:ssZ}, as {@link java.time.Instant#toString()} writes it, for example
 *       {@code 2026-03-02T09:15:00Z}.
 *   <li>identifiers ({@code actor}, {@code actorOrganisation}, {@code client}, {@code caseId},
 *       {@code network}) and {@code eventId}, {@code operation}: their text value.
 *   <li>enums ({@code action}, {@code outcome}): the constant name, for example {@code READ}.
 *   <li>{@code dataCategories}: the constant names sorted in ascending {@link
 *       String#compareTo(String)} order, joined by {@code ,} without spaces.
 *   <li>booleans: {@code true} or {@code false}.
 *   <li>an absent optional ({@code client}, {@code caseId}, {@code emergencyReason}, {@code
 *       legalBasis}): the empty text. A present optional text is never blank, so empty is
 *       unambiguous.
 *   <li>free texts ({@code onBehalfOf}, {@code purpose}, {@code emergencyReason}, {@code
 *       legalBasis}), and every other value, are escaped: backslash becomes {@code \\}, line feed
 *       becomes {@code \n}, carriage return becomes {@code \r}; every other character is written
 *       unchanged. No Unicode normalisation is applied, so an adapter must store texts
 *       unchanged.
 * </ul>
 *
 * <p>The hash is the SHA-256 digest of the UTF-8 bytes of {@code previousHash + canonicalText}
 * (the 64 characters of the previous hash, then the canonical text, with no separator), written
 * as 64 lower-case hexadecimal digits.
 *
 * <p>All methods are pure and thread-safe.
 *
 * @since 0.1
 */
public final class AuditChain {

  /** The format name on the first line of the canonical text. */
  public static final String FORMAT = "lon-audit-v1";

  /** The previous hash of the first record: 64 zeros. */
  public static final String GENESIS_HASH = "0".repeat(64);

  private static final HexFormat HEX = HexFormat.of();

  private AuditChain() {}

  /**
   * The canonical text of a record, as specified in the class documentation.
   *
   * @param record the record
   * @return the canonical text
   */
  public static String canonicalText(AuditRecord record) {
    return canonicalText(record.getSequence(), record);
  }

  /**
   * The canonical text of the facts of an entry or record at a sequence, as specified in the class
   * documentation.
   *
   * @param sequence the sequence the record has or will have, 1 or more
   * @param facts the facts
   * @return the canonical text
   */
  public static String canonicalText(long sequence, AuditFields facts) {
    Checks.range(sequence, 1, Long.MAX_VALUE, "AuditChain.sequence");
    AccessChecks c = facts.getChecks();
    StringBuilder b = new StringBuilder(512);
    b.append(FORMAT).append('\n');
    line(b, "sequence", Long.toString(sequence));
    line(b, "eventId", facts.getEventId());
    line(b, "occurredAt", facts.getOccurredAt().truncatedTo(ChronoUnit.SECONDS).toString());
    line(b, "actor", facts.getActor().getValue());
    line(b, "actorOrganisation", facts.getActorOrganisation().map(v -> v.getValue()).orElse(""));
    line(b, "onBehalfOf", facts.getOnBehalfOf());
    line(b, "client", facts.getClient().map(v -> v.getValue()).orElse(""));
    line(b, "caseId", facts.getCaseId().map(v -> v.getValue()).orElse(""));
    line(b, "network", facts.getNetwork().getValue());
    line(b, "action", facts.getAction().name());
    line(b, "operation", facts.getOperation());
    line(
        b,
        "dataCategories",
        facts.getDataCategories().stream()
            .map(Enum::name)
            .sorted()
            .collect(Collectors.joining(",")));
    line(b, "purpose", facts.getPurpose());
    line(b, "emergencyReason", facts.getEmergencyReason().orElse(""));
    line(b, "authorised", Boolean.toString(c.isAuthorised()));
    line(b, "relationshipToCase", Boolean.toString(c.isRelationshipToCase()));
    line(b, "consentOrLegalBasis", Boolean.toString(c.isConsentOrLegalBasis()));
    line(b, "emergencyOverride", Boolean.toString(c.isEmergencyOverride()));
    line(b, "legalBasis", c.getLegalBasis().orElse(""));
    line(b, "outcome", c.getOutcome().name());
    return b.toString();
  }

  private static void line(StringBuilder b, String key, String value) {
    b.append(key).append('=');
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        default:
          b.append(ch);
      }
    }
    b.append('\n');
  }

  /**
   * The SHA-256 hash of a previous hash followed by a canonical text.
   *
   * @param previousHash the previous record's hash, or {@link #GENESIS_HASH}
   * @param canonicalText the canonical text of the record
   * @return 64 lower-case hexadecimal digits
   * @throws nl.lon.core.error.InvalidValueException when the previous hash is not 64 lower-case
   *     hexadecimal digits
   */
  public static String hash(String previousHash, String canonicalText) {
    AuditFieldRules.hash(previousHash, "AuditChain.previousHash");
    MessageDigest digest = sha256();
    digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
    digest.update(canonicalText.getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /**
   * Seals an entry into the record at a sequence, after the record with the given hash.
   *
   * @param sequence the sequence the log gives the record
   * @param previousHash the hash of the record before, or {@link #GENESIS_HASH} for sequence 1
   * @param entry the entry
   * @return the record, with its hash computed
   */
  public static AuditRecord link(long sequence, String previousHash, AuditEntry entry) {
    return AuditRecord.builder()
        .from((AuditFields) entry)
        .sequence(sequence)
        .previousHash(previousHash)
        .hash(hash(previousHash, canonicalText(sequence, entry)))
        .build();
  }

  /**
   * Checks a whole log, from sequence 1 and the genesis hash.
   *
   * @param records all records of the log in the order stored
   * @return intact, or the first broken sequence and why
   */
  public static AuditVerification verify(Iterable<AuditRecord> records) {
    return verify(records, 1, GENESIS_HASH);
  }

  /**
   * Checks a segment of a log that starts at a known sequence after a known hash; lets an adapter
   * verify a large log page by page.
   *
   * <p>Each record is checked in turn, and the first failure is reported: its sequence must be
   * the next one ({@link Problem#MISSING} when the expected sequence is absent, {@link
   * Problem#REORDERED} when it appears later or a sequence repeats), its previous hash must be the
   * hash of the record before ({@link Problem#BROKEN_LINK}), and its hash must match its contents
   * ({@link Problem#ALTERED}).
   *
   * @param records the records of the segment in the order stored
   * @param firstSequence the sequence the segment must start with, 1 or more
   * @param previousHash the hash of the record before the segment, or {@link #GENESIS_HASH}
   * @return intact, or the first broken sequence and why
   */
  public static AuditVerification verify(
      Iterable<AuditRecord> records, long firstSequence, String previousHash) {
    Checks.range(firstSequence, 1, Long.MAX_VALUE, "AuditChain.firstSequence");
    AuditFieldRules.hash(previousHash, "AuditChain.previousHash");
    List<AuditRecord> list = ImmutableList.copyOf(records);
    long expected = firstSequence;
    String prev = previousHash;
    for (int i = 0; i < list.size(); i++) {
      AuditRecord r = list.get(i);
      long checked = expected - firstSequence;
      if (r.getSequence() < expected) {
        return AuditVerification.broken(
            checked,
            expected,
            Problem.REORDERED,
            "found sequence "
                + r.getSequence()
                + " where "
                + expected
                + " was expected: records are out of order or repeated");
      }
      if (r.getSequence() > expected) {
        Optional<AuditRecord> later = find(list, i + 1, expected);
        if (later.isPresent()) {
          return AuditVerification.broken(
              checked,
              expected,
              Problem.REORDERED,
              "found sequence "
                  + r.getSequence()
                  + " where "
                  + expected
                  + " was expected, and "
                  + expected
                  + " comes later: records are out of order");
        }
        return AuditVerification.broken(
            checked,
            expected,
            Problem.MISSING,
            "found sequence "
                + r.getSequence()
                + " where "
                + expected
                + " was expected: "
                + (r.getSequence() - expected == 1
                    ? "record " + expected + " is missing"
                    : "records " + expected + " to " + (r.getSequence() - 1) + " are missing"));
      }
      if (!r.getPreviousHash().equals(prev)) {
        return AuditVerification.broken(
            checked,
            expected,
            Problem.BROKEN_LINK,
            "record "
                + expected
                + " does not link to the record before it: that record was changed and rehashed,"
                + " or records were inserted or replaced");
      }
      if (!hash(r.getPreviousHash(), canonicalText(r)).equals(r.getHash())) {
        return AuditVerification.broken(
            checked,
            expected,
            Problem.ALTERED,
            "record " + expected + " does not match its hash: its contents were changed");
      }
      prev = r.getHash();
      expected++;
    }
    return AuditVerification.ok(expected - firstSequence);
  }

  private static Optional<AuditRecord> find(List<AuditRecord> list, int from, long sequence) {
    for (int j = from; j < list.size(); j++) {
      if (list.get(j).getSequence() == sequence) {
        return Optional.of(list.get(j));
      }
    }
    return Optional.empty();
  }
}
