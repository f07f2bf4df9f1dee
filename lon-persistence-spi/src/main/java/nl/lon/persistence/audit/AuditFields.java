package nl.lon.persistence.audit;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import org.immutables.value.Value;

/**
 * The facts of one audited access that both an {@link AuditEntry} and an {@link AuditRecord} carry:
 * who, on whose behalf, which client and case, what, when, why and which checks held (loggegevens).
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
   * @return the instant, truncated to seconds, from 1900-01-01T00:00:00Z (inclusive) to
   *     2200-01-01T00:00:00Z (exclusive)
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
   * @return the organisation, or empty when the claimed actor is unknown to the directory
   */
  Optional<OrganisationId> getActorOrganisation();

  /**
   * On whose behalf the actor acted: the responsible professional or the role (namens wie).
   *
   * @return a free text of at most 200 characters, for example {@code "TRAJECTORY_DIRECTOR"}
   * @see #getPurpose() the rules for free texts
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
   * <p>Like every free text of a record ({@link #getOnBehalfOf()}, {@link #getEmergencyReason()}
   * and {@link AccessChecks#getLegalBasis()}) it has at least one visible character (a letter,
   * digit, punctuation mark or symbol; white space, a zero-width space and other format characters
   * are not visible), no control characters other than line feed and tab, and no unpaired UTF-16
   * surrogates.
   *
   * @return a free text of at most 500 characters
   */
  String getPurpose();

  /**
   * The reason given for an emergency override (reden noodtoegang); present exactly when {@link
   * AccessChecks#isEmergencyOverride()} is true.
   *
   * @return a free text of at most 2000 characters, or empty
   */
  Optional<String> getEmergencyReason();

  /**
   * The access checks and the decision.
   *
   * @return the checks
   */
  AccessChecks getChecks();

  /**
   * The ids of the rules behind the outcome (regels): the process rules or input checks that
   * refused the request, or the access rule that denied it, for example {@code
   * close.evaluation-required} or {@code access.other-network}.
   *
   * @return at most 50 ids, each 1-100 lower-case letters, digits, {@code .}, {@code -} or {@code
   *     _}, in ascending order; at least one when the outcome is {@link AuditOutcome#REFUSED}
   */
  @Value.NaturalOrder
  ImmutableSortedSet<String> getRuleIds();

  /**
   * The parameters of the access that an auditor needs to judge it (bijzonderheden), for example
   * {@code suppressionThreshold} {@code 5} or {@code businessDate} {@code 2027-04-22}; never case
   * content or personal data.
   *
   * @return at most 20 entries in ascending key order; each key 1-64 letters, digits, {@code .} or
   *     {@code -}, each value at most 200 characters without control characters
   */
  @Value.NaturalOrder
  ImmutableSortedMap<String, String> getDetails();

  /**
   * The outcome of the access; the same as {@code getChecks().getOutcome()}.
   *
   * @return the outcome
   */
  default AuditOutcome getOutcome() {
    return getChecks().getOutcome();
  }
}
