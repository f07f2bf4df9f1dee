package nl.lon.persistence.store;

import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.event.AppendResult;

/**
 * What a commit of a {@link UnitOfWork} wrote (resultaat van een werkeenheid).
 *
 * @param append the result of the append, when the unit had one; flagged duplicate when the
 *     idempotency key repeated an earlier append of the same batch (then no event and no vault
 *     change was written, but the audit record was)
 * @param audit the audit record as stored
 * @param vaultEntryExisted whether the vault held data under the put's case before the change (for
 *     an erasure: whether anything was erased); false when the unit had no vault change
 * @since 0.2
 */
public record CommitResult(
    Optional<AppendResult> append, AuditRecord audit, boolean vaultEntryExisted) {

  /**
   * Checks that every part is given.
   *
   * @param append the result of the append, when the unit had one; flagged duplicate when the
   *     idempotency key repeated an earlier append of the same batch (then no event and no vault
   *     change was written, but the audit record was)
   * @param audit the audit record as stored
   * @param vaultEntryExisted whether the vault held data under the put's case before the change
   *     (for an erasure: whether anything was erased); false when the unit had no vault change
   * @throws InvalidValueException naming the missing part
   */
  public CommitResult {
    if (append == null) {
      throw new InvalidValueException("CommitResult.append");
    }
    if (audit == null) {
      throw new InvalidValueException("CommitResult.audit");
    }
  }
}
