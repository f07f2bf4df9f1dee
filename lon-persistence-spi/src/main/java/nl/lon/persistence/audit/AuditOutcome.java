package nl.lon.persistence.audit;

/**
 * The outcome of the access decision an audit record logs (uitkomst).
 *
 * <p>Denied attempts are logged too. The constant names are written into the canonical text of
 * the hash chain; never rename one.
 *
 * @since 0.1
 */
public enum AuditOutcome {
  /** Access was allowed and the action carried out (toegestaan). */
  ALLOWED,
  /** Access was denied; nothing was read or written (geweigerd). */
  DENIED
}
