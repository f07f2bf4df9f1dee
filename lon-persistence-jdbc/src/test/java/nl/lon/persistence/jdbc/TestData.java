package nl.lon.persistence.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.lon.core.client.Household;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.network.Ring;
import nl.lon.core.process.Concern;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.vault.PersonalData;

/** Small values for the adapter tests; the stores do not fold, so any event type will do. */
final class TestData {
  static final NetworkId N1 = NetworkId.of("n1");
  static final NetworkId N2 = NetworkId.of("n2");
  static final OrganisationId GGD = OrganisationId.of("ggd");

  private TestData() {}

  static EventMetadata meta(CaseId stream, long sequence) {
    return EventMetadata.of(
        stream,
        sequence,
        LocalDate.of(2026, 3, 2),
        Instant.parse("2026-03-02T09:00:00Z").plusSeconds(sequence),
        ProfessionalId.of("p1"));
  }

  static CaseEvent event(CaseId stream, long sequence) {
    return event(stream, sequence, "r" + sequence);
  }

  static CaseEvent event(CaseId stream, long sequence, String reason) {
    return CaseReopened.builder().metadata(meta(stream, sequence)).reason(reason).build();
  }

  /** Events with sequences {@code from} to {@code from + count - 1}. */
  static List<CaseEvent> batch(CaseId stream, long from, int count) {
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(event(stream, from + i));
    }
    return events;
  }

  static SignalReceived signal(CaseId stream, NetworkId network) {
    return SignalReceived.builder()
        .metadata(meta(stream, 1))
        .network(network)
        .clientNumber(ClientNumber.of("C1"))
        .signal(
            Signal.builder()
                .id(SignalId.of("s1"))
                .sourceKind(SignalSourceKind.RESIDENT)
                .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
                .receivedOn(LocalDate.of(2026, 3, 2))
                .addConcerns(Concern.NUISANCE)
                .description(
                    "Buren melden overlast; \"lawaai\" \\ nacht\n\u00e9\u00e8 \uD83D\uDE00")
                .clientInformed(true)
                .build())
        .household(Household.of(1, 0))
        .build();
  }

  static AuditEntry entry(int i, String caseId, String client, String network) {
    return AuditEntry.builder()
        .eventId(String.format("00000000-0000-4000-8000-%012d", i))
        .occurredAt(Instant.parse("2026-03-02T09:15:00.5Z").plusSeconds(i))
        .actor(ProfessionalId.of("p1"))
        .actorOrganisation(GGD)
        .onBehalfOf("NETWORK_DIRECTOR")
        .client(ClientNumber.of(client))
        .caseId(CaseId.of(caseId))
        .network(NetworkId.of(network))
        .action(i % 2 == 0 ? AuditAction.UPDATE : AuditAction.READ)
        .operation(i % 2 == 0 ? "append" : "read-timeline")
        .addDataCategories(DataCategory.CASE_EVENTS)
        .purpose("case work")
        .checks(
            AccessChecks.builder()
                .authorised(true)
                .relationshipToCase(i % 3 != 0)
                .consentOrLegalBasis(true)
                .emergencyOverride(false)
                .outcome(i % 3 != 0 ? AuditOutcome.ALLOWED : AuditOutcome.DENIED)
                .build())
        .build();
  }

  /** An entry with every optional present and texts that need escaping. */
  static AuditEntry richEntry() {
    return AuditEntry.builder()
        .eventId(UUID.randomUUID().toString())
        .occurredAt(Instant.parse("2026-03-02T23:59:59.999Z"))
        .actor(ProfessionalId.of("p-jansen"))
        .actorOrganisation(OrganisationId.of("woonstad"))
        .onBehalfOf("TRAJECTORY_DIRECTOR\\back")
        .client(ClientNumber.of("C-9"))
        .caseId(CaseId.of("c-9"))
        .network(NetworkId.of("rotterdam-noord"))
        .action(AuditAction.READ)
        .operation("read-personal-data")
        .addDataCategories(
            DataCategory.PERSONAL_DATA, DataCategory.CASE_EVENTS, DataCategory.AGENDA)
        .purpose("crisis:\nline two\n\tindented \u00fc\u00df \uD83D\uDE00")
        .addRuleIds("access.emergency-override", "close.evaluation-required")
        .putDetails("businessDate", "2027-04-22")
        .putDetails("note", "a;b=c\\d \u00e9")
        .emergencyReason("acuut gevaar")
        .checks(
            AccessChecks.builder()
                .authorised(false)
                .relationshipToCase(false)
                .consentOrLegalBasis(true)
                .emergencyOverride(true)
                .legalBasis("Wmo 2015 art. 5.2.3")
                .outcome(AuditOutcome.ALLOWED)
                .build())
        .putDetails("stateReturned", "true")
        .putDetails("period", "2026-01-01/2026-12-31 = a year")
        .build();
  }

  /**
   * A refused attempt by a professional the directory does not know: no organisation, rule ids and
   * details, which an adapter must store and give back unchanged.
   */
  static AuditEntry refusedEntryOfAnUnknownActor() {
    return AuditEntry.builder()
        .eventId(UUID.randomUUID().toString())
        .occurredAt(Instant.parse("2026-03-03T10:00:00Z"))
        .actor(ProfessionalId.of("ghost-1"))
        .actorOrganisation(Optional.empty())
        .onBehalfOf("ghost-1")
        .caseId(CaseId.of("c-9"))
        .network(NetworkId.of("rotterdam-noord"))
        .action(AuditAction.UPDATE)
        .operation("close")
        .addDataCategories(DataCategory.CASE_EVENTS)
        .purpose("handle the case")
        .checks(
            AccessChecks.builder()
                .authorised(true)
                .relationshipToCase(true)
                .consentOrLegalBasis(true)
                .emergencyOverride(false)
                .outcome(AuditOutcome.REFUSED)
                .build())
        .addRuleIds("close.evaluation-required", "step.out-of-order")
        .putDetails("suppressionThreshold", "5")
        .build();
  }

  static PersonalData personalData(String name) {
    return PersonalData.builder()
        .name(name)
        .address("Dorpsstraat 1")
        .residence("Rotterdam")
        .phone("010-1234567")
        .dateOfBirth(LocalDate.of(1970, 5, 17))
        .build();
  }

  static Network network(NetworkId id, String name) {
    return Network.builder()
        .id(id)
        .name(name)
        .area("Noord")
        .inhabitants(50_000)
        .principal(OrganisationId.of("gemeente"))
        .contractor(GGD)
        .addCoreTeam(GGD, OrganisationId.of("politie"))
        .addShellPartners(OrganisationId.of("mee"))
        .build();
  }

  static PartnerOrganisation organisation(String id, PartnerKind kind) {
    return PartnerOrganisation.builder()
        .id(OrganisationId.of(id))
        .name("Org " + id)
        .kind(kind)
        .build();
  }

  static PartnerOrganisation shellPoliceWithMandate() {
    return PartnerOrganisation.builder()
        .id(OrganisationId.of("politie"))
        .name("Politie \"Noord\"")
        .kind(PartnerKind.POLICE)
        .ring(Ring.SHELL)
        .hasMandate(true)
        .build();
  }

  static Professional professional(String id, NetworkId network) {
    return Professional.builder()
        .id(ProfessionalId.of(id))
        .displayName("P " + id)
        .organisation(GGD)
        .network(network)
        .addRoles(ProfessionalRole.TRAJECTORY_DIRECTOR, ProfessionalRole.CORE_MEMBER)
        .build();
  }
}
