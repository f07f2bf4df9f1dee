package nl.lon.testkit.sample;

import java.time.Instant;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.DataCategory;

/**
 * Numbered sample audit entries for audit-log tests (voorbeeldlogregels).
 *
 * <p>Entry {@code i} has event id {@code 00000000-0000-4000-8000-<i as 12 digits>}, so a test can
 * tell entries apart by {@link AuditEntry#getEventId()}. Entries vary with {@code i} the action,
 * the outcome (allowed, denied, refused with rule ids, conflict), an emergency override, the
 * actor's organisation (sometimes unknown) and the details; their free texts contain a line feed, a
 * tab and a backslash, and a detail value {@code ;}, {@code =} and a backslash, to exercise the
 * escaping of the canonical text and the adapters' storage.
 *
 * <pre>{@code
 * AuditRecord r = auditLog.append(SampleAuditEntries.entry(1));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Thread-safe; returns new immutable values. No method accepts or returns null.
 *
 * @since 0.1
 */
public final class SampleAuditEntries {

  /** The case named by {@link #entry(int)}. */
  public static final CaseId CASE = CaseId.of("audit-case-1");

  /** The client named by {@link #entry(int)}. */
  public static final ClientNumber CLIENT = ClientNumber.of("C-audit-1");

  /** The network named by {@link #entry(int)}. */
  public static final NetworkId NETWORK = NetworkId.of("audit-network");

  private static final Instant START = Instant.parse("2026-03-02T09:15:00Z");

  private SampleAuditEntries() {}

  /**
   * Entry number {@code i} about the default case, client and network.
   *
   * @param i the number, 0 or more and below 10^12
   * @return the entry
   * @since 0.1
   */
  public static AuditEntry entry(long i) {
    return entry(i, CASE, CLIENT, NETWORK);
  }

  /**
   * Entry number {@code i} about a case and client of a network.
   *
   * @param i the number, 0 or more and below 10^12
   * @param caseId the case accessed
   * @param client the client whose data were accessed
   * @param network the network
   * @return the entry
   * @since 0.1
   */
  public static AuditEntry entry(long i, CaseId caseId, ClientNumber client, NetworkId network) {
    boolean emergency = i % 7 == 3;
    AuditOutcome outcome =
        i % 11 == 6
            ? AuditOutcome.REFUSED
            : i % 13 == 5
                ? AuditOutcome.CONFLICT
                : i % 5 == 4 ? AuditOutcome.DENIED : AuditOutcome.ALLOWED;
    AuditEntry.Builder b =
        AuditEntry.builder()
            .eventId(eventId(i))
            .occurredAt(START.plusSeconds(i).plusMillis(250))
            .actor(ProfessionalId.of("p-" + (i % 3)))
            .actorOrganisation(
                i % 9 == 8 ? Optional.empty() : Optional.of(OrganisationId.of("ggd")))
            .onBehalfOf(i % 2 == 0 ? "NETWORK_DIRECTOR" : "TRAJECTORY_DIRECTOR")
            .client(client)
            .caseId(caseId)
            .network(network)
            .action(AuditAction.values()[(int) (i % AuditAction.values().length)])
            .operation(i % 2 == 0 ? "append" : "read-timeline")
            .addDataCategories(DataCategory.CASE_EVENTS)
            .addDataCategories(i % 2 == 0 ? DataCategory.PLAN : DataCategory.PERSONAL_DATA)
            .purpose("casusoverleg voorbereiden\nregel " + i + " \\ einde\tklaar")
            .emergencyReason(emergency ? Optional.of("acuut gevaar") : Optional.empty())
            .checks(
                AccessChecks.builder()
                    .authorised(outcome != AuditOutcome.DENIED)
                    .relationshipToCase(true)
                    .consentOrLegalBasis(true)
                    .emergencyOverride(emergency)
                    .legalBasis(i % 2 == 0 ? Optional.of("Wmo 2015 art. 5.2.3") : Optional.empty())
                    .outcome(outcome)
                    .build());
    if (outcome == AuditOutcome.REFUSED) {
      b.addRuleIds("close.evaluation-required", "plan.goals_required");
    } else if (outcome == AuditOutcome.DENIED) {
      b.addRuleIds("access.other-network");
    }
    if (i % 4 == 1) {
      b.putDetails("businessDate", "2027-04-22")
          .putDetails("suppressionThreshold", Long.toString(5 + i % 3))
          .putDetails("note.escaped", "a;b=c\\d e");
    }
    return b.build();
  }

  /**
   * The event id of entry number {@code i}.
   *
   * @param i the number, 0 or more and below 10^12
   * @return a UUID text
   * @since 0.1
   */
  public static String eventId(long i) {
    if (i < 0 || i >= 1_000_000_000_000L) {
      throw new IllegalArgumentException("entry numbers run from 0 to 10^12 - 1, was " + i);
    }
    return String.format("00000000-0000-4000-8000-%012d", i);
  }
}
