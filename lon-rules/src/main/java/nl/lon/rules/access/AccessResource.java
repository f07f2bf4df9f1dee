package nl.lon.rules.access;

/**
 * What a professional asks to see or change (gevraagde gegevens): the resources the case service
 * serves, each decided by {@link AccessRules}.
 *
 * @since 0.2
 */
public enum AccessResource {
  /** A case's state, read, or changed by a command (casus). */
  CASE(true),
  /** A case's events in order (tijdlijn). */
  TIMELINE(true),
  /**
   * The client's name, address and contact data in the vault (persoonsgegevens); written when a
   * signal is reported with them.
   */
  PERSONAL_DATA(true),
  /** The hand-over of a case to another network (warme overdracht). */
  TRANSFER(true),
  /** The erasure of the client's personal data (wissen). */
  ERASURE(true),
  /** A case's audit trail (auditlog). */
  AUDIT_TRAIL(true),
  /** The agenda of every obligation in a network (netwerkagenda). */
  NETWORK_AGENDA(false),
  /**
   * The case list of a network meeting, with what was decided for each case (bespreeklijst).
   *
   * @since 0.3
   */
  CASE_LIST(false),
  /**
   * The reports a network received and whether they are judged (signaallijst).
   *
   * @since 0.3
   */
  SIGNAL_LIST(false),
  /** A professional's own agenda, in the cases they may read (eigen agenda). */
  OWN_AGENDA(false),
  /** A network's management figures (managementinformatie). */
  MANAGEMENT_FIGURES(false),
  /**
   * The involvement index of a network: registering, looking up and withdrawing an organisation's
   * involvement with a client (verwijsindex).
   */
  INVOLVEMENT_INDEX(false),
  /**
   * The network's activities without a case: information to organisations outside the network and
   * consultation without takeover (netwerkactiviteiten: voorlichting en consultatie).
   */
  NETWORK_ACTIVITIES(false);

  private final boolean ofCase;

  AccessResource(boolean ofCase) {
    this.ofCase = ofCase;
  }

  /**
   * Whether the resource belongs to one case (else to a network).
   *
   * @return true for a case's resource
   */
  public boolean isOfCase() {
    return ofCase;
  }
}
