package nl.lon.persistence.audit;

import java.util.Optional;
import java.util.OptionalLong;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The result of checking one hash chain of an audit log (one network's): intact, or the first
 * broken sequence and why (verificatie van de logging).
 *
 * <pre>{@code
 * AuditVerification v = auditLog.verify(network);
 * if (!v.isOk()) {
 *   alarm("audit log broken at " + v.getBrokenSequence().getAsLong() + ": " + v.getExplanation().get());
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AuditVerification {

  /**
   * Why a chain is broken.
   *
   * @since 0.1
   */
  public enum Problem {
    /**
     * A record's hash does not match its contents, or its stored facts are no longer valid: the
     * record was changed (gewijzigd).
     */
    ALTERED,
    /**
     * A sequence is missing: a record was removed, or the chain is shorter than its head or a
     * checkpoint says (ontbrekend).
     */
    MISSING,
    /** A sequence appears out of order or twice: records were moved or copied (verwisseld). */
    REORDERED,
    /**
     * A record's previous hash is not the hash of the record before it: the record before was
     * changed and rehashed, or records were inserted or replaced (verbroken schakel).
     */
    BROKEN_LINK,
    /**
     * More records are stored than the chain head counts: a record was inserted or copied after the
     * last one the log appended, or the head was moved back (na de kop).
     */
    BEYOND_HEAD,
    /**
     * The record at the size of a checkpoint taken earlier no longer has the checkpoint's hash:
     * that record or one before it was rewritten and the hashes recomputed (afwijkend
     * controlepunt).
     */
    CHECKPOINT_MISMATCH
  }

  AuditVerification() {}

  /**
   * How many records were checked and found intact before the first problem (or in all).
   *
   * @return 0 or more
   */
  public abstract long getRecordsChecked();

  /**
   * The first sequence at which the chain is broken: the record that was altered or badly linked,
   * or the sequence that is missing or out of place.
   *
   * @return the sequence, or empty when the chain is intact
   */
  public abstract OptionalLong getBrokenSequence();

  /**
   * Why the chain is broken.
   *
   * @return the problem, or empty when the chain is intact
   */
  public abstract Optional<Problem> getProblem();

  /**
   * A sentence for an operator saying what was found.
   *
   * @return the explanation, or empty when the chain is intact
   */
  public abstract Optional<String> getExplanation();

  /**
   * Whether the chain is intact.
   *
   * @return true when no problem was found
   */
  public boolean isOk() {
    return getProblem().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.range(getRecordsChecked(), 0, Long.MAX_VALUE, "AuditVerification.recordsChecked");
    boolean broken = getProblem().isPresent();
    Checks.require(
        getBrokenSequence().isPresent() == broken && getExplanation().isPresent() == broken,
        "AuditVerification.problem",
        "all-or-none",
        "give a broken sequence, a problem and an explanation together, or none of them");
  }

  /**
   * An intact chain.
   *
   * @param recordsChecked how many records were checked
   * @return the result
   */
  public static AuditVerification ok(long recordsChecked) {
    return builder().recordsChecked(recordsChecked).build();
  }

  /**
   * A broken chain.
   *
   * @param recordsChecked how many records were found intact before the problem
   * @param brokenSequence the first broken sequence
   * @param problem why the chain is broken
   * @param explanation what was found, for an operator
   * @return the result
   */
  public static AuditVerification broken(
      long recordsChecked, long brokenSequence, Problem problem, String explanation) {
    return builder()
        .recordsChecked(recordsChecked)
        .brokenSequence(brokenSequence)
        .problem(problem)
        .explanation(explanation)
        .build();
  }

  /** A new builder, for the factories of this type. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link AuditVerification} for the factories of this type; not part of the public API.
   */
  static final class Builder extends ImmutableAuditVerification.Builder {
    Builder() {}
  }
}
