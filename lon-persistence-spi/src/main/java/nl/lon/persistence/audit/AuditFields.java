package nl.lon.persistence.audit;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;

/**
 * The facts of one audited access that both an {@link AuditEntry} and an {@link AuditRecord}
 * carry: who, on whose behalf, which client and case, what, when, why and which checks held
 * (loggegevens).
 *
 * <p>Never case content or personal data: free texts ({@link #getOnBehalfOf()}, {@link
 * #getPurpose()}, {@link #getEmergencyReason()}) must not name the client. Implemented only by
 * {@link AuditEntry} and {@link AuditRecord}; immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface AuditFields permits AuditEntry, AuditRecord {

  /**
   * The unique id of this audited event, a UUID in canonical lower-case text form.
   *
   * @return for example {@code "3f2c6a1e-8a51-4c0e-9a57-0c3b8f6d2a10"}
   */
  String getEventId();

  /**
   * When the access happened, in whole seconds (tijdstip).
   *
   * @return the instant, truncated to seconds
   */
  Instant getOccurredAt();

  /**
   * The professional who acted (gebruiker).
   *
   * @return the actor
   */
  ProfessionalId getActor();

  /**
   * The organisation the actor acted for (organisatie).
   *
   * @return the organisation
   */
  OrganisationId getActorOrganisation();

  /**
   * On whose behalf the actor acted: the responsible professional or the role (namens wie).
   *
   * @return a non-blank text of at most 200 characters, for example {@code "TRAJECTORY_DIRECTOR"}
   */
  String getOnBehalfOf();

  /**
   * The client whose data were accessed, when one was (cliënt).
   *
   * @return the client number, or empty for an action over many clients or none
   */
  Optional<ClientNumber> getClient();

  /**
   * The case accessed, when one was (casus).
   *
   * @return the case id, or empty
   */
  Optional<CaseId> getCaseId();

  /**
   * The network in which the access happened (netwerk).
   *
   * @return the network
   */
  NetworkId getNetwork();

  /**
   * The kind of action (soort handeling).
   *
   * @return the action
   */
  AuditAction getAction();

  /**
   * The operation carried out, a lower-case code such as {@code read-timeline}, {@code append},
   * {@code erase-personal-data}, {@code transfer}, {@code read-audit-log} or {@code search}.
   *
   * @return 1-64 lower-case letters and digits in groups joined by {@code -}
   */
  String getOperation();

  /**
   * The categories of data the action touched (gegevenscategorieën).
   *
   * @return at least one category
   */
  ImmutableSet<DataCategory> getDataCategories();

  /**
   * Why the access happened (doel), for example {@code "prepare case conference"}.
   *
   * @return a non-blank text of at most 500 characters
   */
  String getPurpose();

  /**
   * The reason given for an emergency override (reden noodtoegang); present exactly when {@link
   * AccessChecks#isEmergencyOverride()} is true.
   *
   * @return a non-blank text of at most 2000 characters, or empty
   */
  Optional<String> getEmergencyReason();

  /**
   * The access checks and the decision.
   *
   * @return the checks
   */
  AccessChecks getChecks();

  /**
   * The access decision; the same as {@code getChecks().getOutcome()}.
   *
   * @return allowed or denied
   */
  default AuditOutcome getOutcome() {
    return getChecks().getOutcome();
  }
}
