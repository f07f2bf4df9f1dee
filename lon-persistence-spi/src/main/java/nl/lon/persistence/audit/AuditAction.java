package nl.lon.persistence.audit;

/**
 * The kind of action an audit record logs, as NEN 7513 classifies it (soort handeling).
 *
 * <p>The constant names are written into the canonical text of the hash chain; never rename one.
 *
 * @since 0.1
 */
public enum AuditAction {
  /** Data were created, for example events appended to a new case (aanmaken). */
  CREATE,
  /** Data were read or shown, for example a timeline or personal data (inzien). */
  READ,
  /** Data were changed or added to, for example events appended to a case (wijzigen). */
  UPDATE,
  /** Data were removed, for example personal data erased (verwijderen). */
  DELETE,
  /** A function was run over data, for example a search or a transfer (uitvoeren). */
  EXECUTE
}
