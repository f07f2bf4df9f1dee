package nl.lon.persistence.audit;

/**
 * The outcome of an audited access (uitkomst).
 *
 * <p>Every attempt is logged, whatever its outcome. The constant names are written into the
 * canonical text of the hash chain; never rename one, and add new ones only at the end.
 *
 * @since 0.1
 */
public enum AuditOutcome {
  /** Access was allowed: a read was served or a write applied (toegestaan). */
  ALLOWED,
  /** The access policy denied access; nothing was read or written (geweigerd). */
  DENIED,
  /**
   * The process rules or the input checks refused the request; nothing was written, and the
   * record's rule ids say which rules refused it (afgewezen).
   */
  REFUSED,
  /**
   * The request lost an optimistic-concurrency race or conflicted with an earlier use of its
   * idempotency key; nothing was written (conflict).
   */
  CONFLICT,
  /** The actor, the case or the network does not exist (niet gevonden). */
  NOT_FOUND,
  /** A store failed; nothing was written (mislukt). */
  FAILED
}
