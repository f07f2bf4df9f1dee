package nl.lon.persistence.audit;

import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.internal.Checks;
import nl.lon.persistence.audit.AuditVerification.Problem;

/**
 * The hash chains of the audit log as pure functions, so that every adapter computes and checks
 * exactly the same hashes (hashketen).
 *
 * <p>Each network has a chain of its own: its records have the sequences 1, 2, 3, ... and record
 * {@code n} is sealed by {@code seal.hash(previousHash, canonicalText(n, facts))}, where {@code
 * previousHash} is the hash of record {@code n - 1} of the same network, or {@link #GENESIS_HASH}
 * for record 1, and {@code seal} is the log's {@link AuditSeal} (plain SHA-256 unless the log was
 * given a key). Changing, removing or reordering any record breaks the chain from that record on,
 * which {@link #verify(Iterable)} finds. Removing records at the end leaves a valid but shorter
 * chain, and whoever can recompute the hashes can rewrite a chain whole: to detect that, an
 * operator keeps {@link AuditLog#checkpoint checkpoints} where the log's writers cannot change them
 * (an external anchor), or seals the chain with a key ({@link AuditSeal#hmacSha256}).
 *
 * <h2>Canonical text, format {@code lon-audit-v2}</h2>
 *
 * <p>The canonical text is fixed forever, because adapters persist the hashes computed from it. It
 * consists of these 23 lines, in this order, each ending in one line feed ({@code U+000A}), the
 * last line included, with no other whitespace:
 *
 * <pre>
 * lon-audit-v2
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
 * ruleIds=&lt;ruleIds&gt;
 * details=&lt;details&gt;
 * </pre>
 *
 * <p>Values are written as follows:
 *
 * <ul>
 *   <li>{@code sequence}: decimal digits without sign or leading zeros; the record's sequence in
 *       its network's chain.
 *   <li>{@code occurredAt}: the instant truncated to seconds in ISO 8601 UTC form {@code
 *       yyyy-MM-ddTHH:mm:ssZ}, as {@link java.time.Instant#toString()} writes it, for example
 *       {@code 2026-03-02T09:15:00Z} (always four-digit years: the instant lies in 1900-2199).
 *   <li>identifiers ({@code actor}, {@code actorOrganisation}, {@code client}, {@code caseId},
 *       {@code network}) and {@code eventId}, {@code operation}: their text value.
 *   <li>enums ({@code action}, {@code outcome}): the constant name, for example {@code READ}.
 *   <li>{@code dataCategories}: the constant names sorted in ascending {@link
 *       String#compareTo(String)} order, joined by {@code ,} without spaces.
 *   <li>{@code ruleIds}: the rule ids sorted in ascending {@link String#compareTo(String)} order,
 *       joined by {@code ,} without spaces; empty when there are none.
 *   <li>{@code details}: the entries sorted by key in ascending {@link String#compareTo(String)}
 *       order, each written {@code key=value}, joined by {@code ;}; empty when there are none.
 *       Within keys and values, besides the escapes below, {@code ;} becomes {@code \;} and {@code
 *       =} becomes {@code \=}.
 *   <li>booleans: {@code true} or {@code false}.
 *   <li>an absent optional ({@code actorOrganisation}, {@code client}, {@code caseId}, {@code
 *       emergencyReason}, {@code legalBasis}): the empty text. A present value is never empty, so
 *       empty is unambiguous.
 *   <li>free texts ({@code onBehalfOf}, {@code purpose}, {@code emergencyReason}, {@code
 *       legalBasis}), and every other value, are escaped: backslash becomes {@code \\}, line feed
 *       becomes {@code \n}, carriage return becomes {@code \r}; every other character is written
 *       unchanged. No Unicode normalisation is applied, so an adapter must store texts unchanged.
 * </ul>
 *
 * <p>The hash is the seal's digest of the UTF-8 bytes of {@code previousHash + canonicalText} (the
 * 64 characters of the previous hash, then the canonical text, with no separator), written as 64
 * lower-case hexadecimal digits: SHA-256 for {@link AuditSeal#sha256()}, HMAC-SHA-256 under the key
 * for {@link AuditSeal#hmacSha256(byte[])}. Methods without a seal parameter use {@link
 * AuditSeal#sha256()}.
 *
 * <h2>Verification</h2>
 *
 * <p>{@link #verify(Iterable)} checks records as a list; {@link #verify(Iterable, AuditCheckpoint,
 * AuditSeal)} checks a whole stored chain against its head; a {@link Verifier} does the same record
 * by record in bounded memory, for adapters that page through storage, and also compares the chain
 * with a checkpoint taken earlier. All give the same verdict on the same records.
 *
 * <p>All static methods are pure and thread-safe; a {@link Verifier} is for one thread.
 *
 * @since 0.1
 */
public final class AuditChain {

  /** The format name on the first line of the canonical text. */
  public static final String FORMAT = "lon-audit-v2";

  /** The previous hash of the first record of every chain: 64 zeros. */
  public static final String GENESIS_HASH = "0".repeat(64);

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
   * @param sequence the sequence the record has or will have in its network's chain, 1 or more
   * @param facts the facts
   * @return the canonical text
   */
  public static String canonicalText(long sequence, AuditFields facts) {
    Checks.range(sequence, 1, Long.MAX_VALUE, "AuditChain.sequence");
    return CanonicalBytes.of(null, sequence, facts).text(0);
  }

  /**
   * The SHA-256 hash of a previous hash followed by a canonical text; the same as {@code
   * AuditSeal.sha256().hash(previousHash, canonicalText)}.
   *
   * @param previousHash the previous record's hash, or {@link #GENESIS_HASH}
   * @param canonicalText the canonical text of the record
   * @return 64 lower-case hexadecimal digits
   * @throws nl.lon.core.error.InvalidValueException when the previous hash is not 64 lower-case
   *     hexadecimal digits
   */
  public static String hash(String previousHash, String canonicalText) {
    return AuditSeal.sha256().hash(previousHash, canonicalText);
  }

  /**
   * Seals an entry with SHA-256 into the record at a sequence, after the record with the given
   * hash.
   *
   * @param sequence the sequence the log gives the record in its network's chain
   * @param previousHash the hash of the record before, or {@link #GENESIS_HASH} for sequence 1
   * @param entry the entry
   * @return the record, with its hash computed
   */
  public static AuditRecord link(long sequence, String previousHash, AuditEntry entry) {
    return link(sequence, previousHash, entry, AuditSeal.sha256());
  }

  /**
   * Seals an entry with a seal into the record at a sequence, after the record with the given hash.
   *
   * @param sequence the sequence the log gives the record in its network's chain
   * @param previousHash the hash of the record before, or {@link #GENESIS_HASH} for sequence 1
   * @param entry the entry
   * @param seal the log's seal
   * @return the record, with its hash computed
   */
  public static AuditRecord link(
      long sequence, String previousHash, AuditEntry entry, AuditSeal seal) {
    return AuditRecord.builder()
        .from((AuditFields) entry)
        .sequence(sequence)
        .previousHash(previousHash)
        .hash(seal(seal, previousHash, sequence, entry))
        .build();
  }

  /**
   * The seal's hash of a previous hash and the canonical text of facts at a sequence, digested from
   * one byte array written straight from the facts: the same as {@code seal.hash(previousHash,
   * canonicalText(sequence, facts))}.
   */
  private static String seal(
      AuditSeal seal, String previousHash, long sequence, AuditFields facts) {
    Checks.range(sequence, 1, Long.MAX_VALUE, "AuditChain.sequence");
    AuditFieldRules.hash(previousHash, "AuditChain.previousHash");
    CanonicalBytes bytes = CanonicalBytes.of(previousHash, sequence, facts);
    return seal.digest(bytes.array(), bytes.length());
  }

  /**
   * Checks a whole SHA-256 chain as a list, from sequence 1 and the genesis hash.
   *
   * @param records all records of one network's chain in the order stored
   * @return intact, or the first broken sequence and why
   */
  public static AuditVerification verify(Iterable<AuditRecord> records) {
    return verify(records, AuditSeal.sha256());
  }

  /**
   * Checks a whole chain as a list, from sequence 1 and the genesis hash.
   *
   * @param records all records of one network's chain in the order stored
   * @param seal the log's seal
   * @return intact, or the first broken sequence and why
   */
  public static AuditVerification verify(Iterable<AuditRecord> records, AuditSeal seal) {
    return verify(records, 1, GENESIS_HASH, seal);
  }

  /**
   * Checks a segment of a SHA-256 chain that starts at a known sequence after a known hash.
   *
   * @param records the records of the segment in the order stored
   * @param firstSequence the sequence the segment must start with, 1 or more
   * @param previousHash the hash of the record before the segment, or {@link #GENESIS_HASH}
   * @return intact, or the first broken sequence and why
   * @see Verifier the checks made
   */
  public static AuditVerification verify(
      Iterable<AuditRecord> records, long firstSequence, String previousHash) {
    return verify(records, firstSequence, previousHash, AuditSeal.sha256());
  }

  /**
   * Checks a segment of a chain that starts at a known sequence after a known hash; lets an
   * operator verify what remains after an archived segment was purged.
   *
   * @param records the records of the segment in the order stored
   * @param firstSequence the sequence the segment must start with, 1 or more
   * @param previousHash the hash of the record before the segment, or {@link #GENESIS_HASH}
   * @param seal the log's seal
   * @return intact, or the first broken sequence and why
   * @see Verifier the checks made
   */
  public static AuditVerification verify(
      Iterable<AuditRecord> records, long firstSequence, String previousHash, AuditSeal seal) {
    Verifier v = verifier(seal, firstSequence, previousHash);
    for (AuditRecord r : records) {
      if (!v.accept(r)) {
        break;
      }
    }
    return v.result();
  }

  /**
   * Checks one network's whole chain as stored against its head: the records must form an intact
   * chain from sequence 1, be exactly as many as the head counts, end in the head's hash and all
   * belong to the head's network. What {@link AuditLog#verify(nl.lon.core.id.NetworkId)} reports.
   *
   * @param records every stored record of the chain, in storage order
   * @param head the chain head the log keeps: its network, size and last hash
   * @param seal the log's seal
   * @return intact, or the first broken sequence and why
   */
  public static AuditVerification verify(
      Iterable<AuditRecord> records, AuditCheckpoint head, AuditSeal seal) {
    Verifier v = verifier(seal).head(head);
    for (AuditRecord r : records) {
      if (!v.accept(r)) {
        break;
      }
    }
    return v.result();
  }

  /**
   * A verifier for a whole chain, from sequence 1 and the genesis hash.
   *
   * @param seal the log's seal
   * @return a new verifier
   */
  public static Verifier verifier(AuditSeal seal) {
    return verifier(seal, 1, GENESIS_HASH);
  }

  /**
   * A verifier for a segment of a chain that starts at a known sequence after a known hash.
   *
   * @param seal the log's seal
   * @param firstSequence the sequence the segment must start with, 1 or more
   * @param previousHash the hash of the record before the segment, or {@link #GENESIS_HASH}
   * @return a new verifier
   */
  public static Verifier verifier(AuditSeal seal, long firstSequence, String previousHash) {
    return new Verifier(seal, firstSequence, previousHash);
  }

  /**
   * Checks one chain record by record, in the order stored, in bounded memory (toetser).
   *
   * <p>Feed it every stored record with {@link #accept(AuditRecord)} (or {@link
   * #acceptUnreadable(long, String)} for a stored row that cannot be rebuilt) until it returns
   * false, then ask {@link #result()}. It reports the first of these problems, in storage order:
   *
   * <ol>
   *   <li>a record beyond the head: more records stored than the {@link #head(AuditCheckpoint)
   *       head} counts ({@link Problem#BEYOND_HEAD});
   *   <li>a sequence out of place: a sequence below the expected one, or the expected one appearing
   *       later ({@link Problem#REORDERED}), or the expected sequence absent ({@link
   *       Problem#MISSING});
   *   <li>a record of another network than the chain's (that of the head, else of the first record)
   *       ({@link Problem#ALTERED});
   *   <li>a previous hash that is not the hash of the record before ({@link Problem#BROKEN_LINK});
   *   <li>a hash that does not match the record's contents under the seal, or a row that cannot be
   *       read back ({@link Problem#ALTERED});
   *   <li>at the {@link #checkpoint(AuditCheckpoint) checkpoint}'s size, a hash other than the
   *       checkpoint's ({@link Problem#CHECKPOINT_MISMATCH});
   * </ol>
   *
   * <p>and, once every record was fed: fewer records than the head counts ({@link
   * Problem#MISSING}), a last hash other than the head's ({@link Problem#BROKEN_LINK}), fewer
   * records than the checkpoint counts ({@link Problem#MISSING}).
   *
   * <pre>{@code
   * AuditChain.Verifier v = AuditChain.verifier(seal).head(head).checkpoint(checkpoint);
   * for (AuditRecord r : storedInOrder) {
   *   if (!v.accept(r)) break;
   * }
   * AuditVerification result = v.result();
   * }</pre>
   *
   * <p>Compiled in {@code
   * examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
   *
   * <p>Not thread-safe: one verifier per verification, on one thread.
   *
   * @since 0.1
   */
  public static final class Verifier {

    private final AuditSeal seal;
    private final long firstSequence;
    private String previousHash;
    private long expected;
    private NetworkId network;
    private long headSize = -1;
    private String headHash;
    private AuditCheckpoint checkpoint;
    private AuditVerification verdict;

    /** The sequence found where {@link #expected} was missing; -1 when none. */
    private long gapAt = -1;

    private Verifier(AuditSeal seal, long firstSequence, String previousHash) {
      if (seal == null) {
        throw new InvalidValueException("AuditChain.seal");
      }
      Checks.range(firstSequence, 1, Long.MAX_VALUE, "AuditChain.firstSequence");
      AuditFieldRules.hash(previousHash, "AuditChain.previousHash");
      this.seal = seal;
      this.firstSequence = firstSequence;
      this.previousHash = previousHash;
      this.expected = firstSequence;
    }

    /**
     * Sets the chain head the log keeps: the network, the number of records and the last hash. A
     * paging adapter may set it again with a later head when it finds records appended while it
     * verified.
     *
     * @param head the head
     * @return this verifier
     * @throws InvalidValueException when the head is of another network than one set before
     */
    public Verifier head(AuditCheckpoint head) {
      if (head == null) {
        throw new InvalidValueException("AuditChain.head");
      }
      network(head.getNetwork());
      this.headSize = head.getSize();
      this.headHash = head.getHeadHash();
      return this;
    }

    /**
     * Sets the chain head as an adapter read it from storage, where it may have been changed: a
     * head that is no valid checkpoint (a negative size, a malformed hash, size 0 with another hash
     * than the genesis hash) makes the verdict {@link Problem#BROKEN_LINK} at sequence 1.
     *
     * @param network the chain's network
     * @param size the size the stored head counts
     * @param hash the hash the stored head holds
     * @return this verifier
     * @throws InvalidValueException when the network is null or another than one set before
     */
    public Verifier head(NetworkId network, long size, String hash) {
      if (network == null) {
        throw new InvalidValueException("AuditChain.network");
      }
      AuditCheckpoint head;
      try {
        head = AuditCheckpoint.of(network, size, hash == null ? "" : hash);
      } catch (InvalidValueException e) {
        network(network);
        if (verdict == null) {
          verdict =
              AuditVerification.broken(
                  0,
                  1,
                  Problem.BROKEN_LINK,
                  "the chain head of network "
                      + network
                      + " holds no valid size and hash ("
                      + e.getRule()
                      + "): it was changed outside the log");
        }
        return this;
      }
      return head(head);
    }

    /**
     * Sets a checkpoint taken earlier, which the chain must still contain: at least as many
     * records, and the same hash at the checkpoint's size. A checkpoint at or before the segment's
     * start is not checked.
     *
     * @param checkpoint the checkpoint
     * @return this verifier
     * @throws InvalidValueException when the checkpoint is of another network than one set before
     */
    public Verifier checkpoint(AuditCheckpoint checkpoint) {
      if (checkpoint == null) {
        throw new InvalidValueException("AuditChain.checkpoint");
      }
      network(checkpoint.getNetwork());
      this.checkpoint = checkpoint;
      return this;
    }

    private void network(NetworkId n) {
      if (network != null && !network.equals(n)) {
        throw new InvalidValueException(
            "AuditChain.network",
            "same-network",
            "head and checkpoint must be of one network, here " + network + " and " + n);
      }
      network = n;
    }

    /**
     * The sequence the next record must have.
     *
     * @return 1 or more
     */
    public long nextSequence() {
      return expected;
    }

    /**
     * Whether a head is set and the next record would lie beyond it; a paging adapter then reads
     * the head again, as records may have been appended meanwhile.
     *
     * @return true when the next record fed would be reported beyond the head
     */
    public boolean isBeyondHead() {
      return verdict == null && gapAt < 0 && headSize >= 0 && expected > headSize;
    }

    /**
     * Checks the next stored record.
     *
     * @param r the record
     * @return true while more records are needed; false once the verdict is known
     */
    public boolean accept(AuditRecord r) {
      if (verdict != null) {
        return false;
      }
      long checked = expected - firstSequence;
      if (gapAt >= 0) {
        if (r.getSequence() == expected) {
          verdict =
              AuditVerification.broken(
                  checked,
                  expected,
                  Problem.REORDERED,
                  "found sequence "
                      + gapAt
                      + " where "
                      + expected
                      + " was expected, and "
                      + expected
                      + " comes later: records are out of order");
          return false;
        }
        return true;
      }
      if (isBeyondHead()) {
        verdict = beyondHead(checked, r.getSequence());
        return false;
      }
      if (r.getSequence() < expected) {
        verdict =
            AuditVerification.broken(
                checked,
                expected,
                Problem.REORDERED,
                "found sequence "
                    + r.getSequence()
                    + " where "
                    + expected
                    + " was expected: records are out of order or repeated");
        return false;
      }
      if (r.getSequence() > expected) {
        gapAt = r.getSequence();
        return true;
      }
      if (network == null) {
        network = r.getNetwork();
      } else if (!network.equals(r.getNetwork())) {
        verdict =
            AuditVerification.broken(
                checked,
                expected,
                Problem.ALTERED,
                "record "
                    + expected
                    + " belongs to network "
                    + r.getNetwork()
                    + ", not to the chain of network "
                    + network
                    + ": it was moved between chains");
        return false;
      }
      if (!r.getPreviousHash().equals(previousHash)) {
        verdict =
            AuditVerification.broken(
                checked,
                expected,
                Problem.BROKEN_LINK,
                "record "
                    + expected
                    + " does not link to the record before it: that record was changed and"
                    + " rehashed, or records were inserted or replaced");
        return false;
      }
      if (!seal(seal, r.getPreviousHash(), r.getSequence(), r).equals(r.getHash())) {
        verdict =
            AuditVerification.broken(
                checked,
                expected,
                Problem.ALTERED,
                "record "
                    + expected
                    + " does not match its hash"
                    + (seal.isKeyed() ? " under the log's key" : "")
                    + ": its contents were changed");
        return false;
      }
      if (checkpoint != null
          && checkpoint.getSize() == expected
          && !checkpoint.getHeadHash().equals(r.getHash())) {
        verdict =
            AuditVerification.broken(
                0,
                expected,
                Problem.CHECKPOINT_MISMATCH,
                "record "
                    + expected
                    + " has hash "
                    + r.getHash()
                    + ", but a checkpoint taken earlier recorded "
                    + checkpoint.getHeadHash()
                    + ": this record or one before it was rewritten and the hashes recomputed");
        return false;
      }
      previousHash = r.getHash();
      expected++;
      return true;
    }

    /**
     * Takes note of a stored row that cannot be rebuilt as a record, for example because a
     * malformed value was written into it.
     *
     * @param storedSequence the sequence stored in the row
     * @param why why the row cannot be read, for the explanation
     * @return true while more records are needed; false once the verdict is known
     */
    public boolean acceptUnreadable(long storedSequence, String why) {
      if (verdict != null) {
        return false;
      }
      if (gapAt >= 0) {
        return true;
      }
      long checked = expected - firstSequence;
      if (isBeyondHead()) {
        verdict = beyondHead(checked, storedSequence);
      } else if (storedSequence > expected) {
        gapAt = storedSequence;
        return true;
      } else if (storedSequence < expected) {
        verdict =
            AuditVerification.broken(
                checked,
                expected,
                Problem.REORDERED,
                "found sequence "
                    + storedSequence
                    + " where "
                    + expected
                    + " was expected: records are out of order or repeated");
      } else {
        verdict =
            AuditVerification.broken(
                checked,
                expected,
                Problem.ALTERED,
                "record " + expected + " was changed and no longer holds valid facts: " + why);
      }
      return false;
    }

    private AuditVerification beyondHead(long checked, long storedSequence) {
      return AuditVerification.broken(
          checked,
          expected,
          Problem.BEYOND_HEAD,
          "found a stored record (sequence "
              + storedSequence
              + ") after record "
              + headSize
              + ", the last one the chain head counts: records were inserted or copied after the"
              + " last append, or the head was moved back");
    }

    /**
     * The verdict on every record fed so far, with the checks against the head and the checkpoint
     * that need all of them.
     *
     * @return intact, or the first broken sequence and why
     */
    public AuditVerification result() {
      if (verdict != null) {
        return verdict;
      }
      long checked = expected - firstSequence;
      if (gapAt >= 0) {
        return AuditVerification.broken(
            checked,
            expected,
            Problem.MISSING,
            "found sequence "
                + gapAt
                + " where "
                + expected
                + " was expected: "
                + missing(expected, gapAt - 1));
      }
      if (headSize >= 0) {
        if (expected <= headSize) {
          return AuditVerification.broken(
              checked,
              expected,
              Problem.MISSING,
              missing(expected, headSize)
                  + ": the chain head says the chain has "
                  + headSize
                  + " records");
        }
        if (!previousHash.equals(headHash)) {
          long at = Math.max(1, headSize);
          return AuditVerification.broken(
              Math.max(0, checked - 1),
              at,
              Problem.BROKEN_LINK,
              headSize == 0
                  ? "the chain head counts no records but holds hash " + headHash
                  : "record "
                      + headSize
                      + " has hash "
                      + previousHash
                      + ", but the chain head recorded "
                      + headHash
                      + " when it was appended: the last record was replaced");
        }
      }
      if (checkpoint != null
          && checkpoint.getSize() >= firstSequence
          && expected <= checkpoint.getSize()) {
        long size = expected - 1;
        return AuditVerification.broken(
            checked,
            expected,
            Problem.MISSING,
            (size == 0 ? "the chain is empty" : "the chain has " + size + " records")
                + ", but a checkpoint taken earlier counted "
                + checkpoint.getSize()
                + ": "
                + (size == 0
                    ? "the chain was wiped"
                    : "records were removed at the end and the head moved back"));
      }
      return AuditVerification.ok(checked);
    }
  }

  /** "record 5 is missing", or "records 5 to 7 are missing". */
  private static String missing(long first, long last) {
    return first == last
        ? "record " + first + " is missing"
        : "records " + first + " to " + last + " are missing";
  }
}
