package nl.lon.persistence.audit;

import java.time.temporal.ChronoUnit;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One record of the audit log: an {@link AuditEntry}'s facts with the sequence and the hashes the
 * log gave it (logregel).
 *
 * <p>{@link #getHash()} is the log's {@link AuditSeal#hash(String, String) seal} over {@link
 * #getPreviousHash()} and the record's {@link AuditChain#canonicalText(AuditRecord) canonical
 * text}; {@link #getPreviousHash()} is the hash of the record before in the same network's chain,
 * or {@link AuditChain#GENESIS_HASH} for sequence 1. Adapters rebuild records from storage with
 * {@link #builder()} and create new ones with {@link AuditChain#link(long, String, AuditEntry,
 * AuditSeal)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class AuditRecord implements AuditFields {

  AuditRecord() {}

  /**
   * The position in its network's chain, given by the log: 1, 2, 3, ... without gaps.
   *
   * @return 1 or more
   */
  public abstract long getSequence();

  /**
   * The hash of the record before in the same network's chain, or 64 zeros for the first record.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public abstract String getPreviousHash();

  /**
   * The seal's hash (SHA-256, or HMAC-SHA-256 with the log's key) of the previous hash and this
   * record's canonical text.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public abstract String getHash();

  /**
   * The facts of this record as an entry, without sequence and hashes.
   *
   * @return the entry
   */
  public AuditEntry toEntry() {
    return AuditEntry.builder().from((AuditFields) this).build();
  }

  @Value.Check
  AuditRecord normalize() {
    AuditFieldRules.check(this, "AuditRecord");
    Checks.range(getSequence(), 1, Long.MAX_VALUE, "AuditRecord.sequence");
    AuditFieldRules.hash(getPreviousHash(), "AuditRecord.previousHash");
    AuditFieldRules.hash(getHash(), "AuditRecord.hash");
    if (getOccurredAt().getNano() == 0) {
      return this;
    }
    return builder().from(this).occurredAt(getOccurredAt().truncatedTo(ChronoUnit.SECONDS)).build();
  }

  /**
   * A new builder, for adapters that read records back from storage.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link AuditRecord}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableAuditRecord.Builder {
    /** Creates an empty builder, the same as {@link AuditRecord#builder()}. */
    public Builder() {}
  }
}
