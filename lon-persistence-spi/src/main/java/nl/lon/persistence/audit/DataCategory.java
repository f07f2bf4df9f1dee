package nl.lon.persistence.audit;

/**
 * A category of data an audited action touched (gegevenscategorie).
 *
 * <p>The constant names are written into the canonical text of the hash chain; never rename one.
 *
 * @since 0.1
 */
public enum DataCategory {
  /** The events of a case as a whole: its timeline (casusgebeurtenissen). */
  CASE_EVENTS,
  /** Name, address, residence, telephone, date of birth from the vault (persoonsgegevens). */
  PERSONAL_DATA,
  /** The target-group assignment of a client (doelgroep). */
  TARGET_GROUP,
  /** A life-domain scan (zelfredzaamheidsscan). */
  SCAN,
  /** A plan of approach (plan van aanpak). */
  PLAN,
  /** Minutes and work agreements of a meeting (notulen). */
  MINUTES,
  /** A client's consent (toestemming). */
  CONSENT,
  /** An escalation or a measure of pressure and coercion (opschaling). */
  ESCALATION,
  /** The agenda of due and overdue obligations (agenda). */
  AGENDA,
  /** Management figures over many cases (managementinformatie). */
  MANAGEMENT_FIGURES,
  /** The audit log itself (logging). */
  AUDIT_LOG,
  /**
   * Registrations in the involvement index: who is involved with a client, never why
   * (verwijsindex).
   */
  INVOLVEMENT_INDEX,
  /**
   * The network's activities that belong to no case: information to organisations outside the
   * network and consultation without takeover (netwerkactiviteiten).
   */
  NETWORK_ACTIVITY
}
