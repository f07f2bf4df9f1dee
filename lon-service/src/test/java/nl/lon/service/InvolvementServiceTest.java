package nl.lon.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Pseudonymiser;
import nl.lon.persistence.memory.InMemoryInvolvementIndex;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

/** The involvement service's refusals, each recorded before it is thrown. */
class InvolvementServiceTest {

  private static final NetworkId NET = NetworkId.of("index-n");
  private static final Purpose WORK = Purpose.of("coordinate care for the client");

  private final InMemoryStores stores = new InMemoryStores();
  private final InvolvementService service;
  private final ClientPseudonym client =
      Pseudonymiser.hmacSha256(
              "a vendor key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8))
          .ofBsn("111222333");

  InvolvementServiceTest() {
    OrganisationId ggd = OrganisationId.of("ggd");
    stores
        .directory()
        .put(PartnerOrganisation.builder().id(ggd).name("GGD").kind(PartnerKind.GGD).build());
    stores
        .directory()
        .put(
            Network.builder()
                .id(NET)
                .name("Noord")
                .area("Noord")
                .inhabitants(25_000)
                .principal(OrganisationId.of("gemeente"))
                .contractor(ggd)
                .addCoreTeam(ggd)
                .build());
    stores.directory().put(professional("p-core", ProfessionalRole.CORE_MEMBER));
    stores.directory().put(professional("p-steer", ProfessionalRole.STEERING_GROUP_MEMBER));
    service =
        InvolvementService.builder()
            .stores(stores)
            .index(new InMemoryInvolvementIndex())
            .profile(NET, MethodologyProfile.enschede())
            .clock(ServiceClock.at(LocalDate.of(2026, 3, 2)))
            .build();
  }

  private static Professional professional(String id, ProfessionalRole role) {
    return Professional.builder()
        .id(ProfessionalId.of(id))
        .displayName(id)
        .organisation(OrganisationId.of("ggd"))
        .network(NET)
        .addRoles(role)
        .build();
  }

  @Test
  void lookUp_withoutOwnRegistration_isDeniedAndRecordedWithTheRule() {
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> service.lookUp(ProfessionalId.of("p-core"), WORK, client));
    assertEquals("access.index-registration-required", e.getRule());
    AuditRecord r = only();
    assertEquals(Operation.LOOK_UP_INVOLVEMENTS, r.getOperation());
    assertEquals(AuditOutcome.DENIED, r.getOutcome());
    assertEquals(Set.of("access.index-registration-required"), r.getRuleIds());
    assertEquals(client.value(), r.getDetails().get("pseudonym"));
  }

  @Test
  void steeringGroupMember_isDeniedTheIndex() {
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> service.register(ProfessionalId.of("p-steer"), WORK, client));
    assertEquals("access.involvement-index", e.getRule());
    assertEquals(AuditOutcome.DENIED, only().getOutcome());
    assertThrows(
        AccessDeniedException.class,
        () -> service.lookUp(ProfessionalId.of("p-steer"), WORK, client));
  }

  @Test
  void unknownProfessional_isNotFoundAndRecordedUnattributed() {
    assertThrows(
        NotFoundException.class,
        () -> service.register(ProfessionalId.of("p-nobody"), WORK, client));
    List<AuditRecord> records = stores.auditLog().read(CaseService.UNATTRIBUTED, 1, 10);
    assertEquals(1, records.size());
    assertEquals(AuditOutcome.NOT_FOUND, records.get(0).getOutcome());
    assertEquals(0, stores.auditLog().size(NET));
  }

  @Test
  void registerThenLookUp_recordsBoth_withTheIndexCategory() {
    ProfessionalId me = ProfessionalId.of("p-core");
    service.register(me, WORK, client);
    assertEquals(List.of(), service.lookUp(me, WORK, client));
    List<AuditRecord> records = stores.auditLog().read(NET, 1, 10);
    assertEquals(2, records.size());
    assertEquals(Operation.REGISTER_INVOLVEMENT, records.get(0).getOperation());
    assertEquals(Operation.LOOK_UP_INVOLVEMENTS, records.get(1).getOperation());
    for (AuditRecord r : records) {
      assertEquals(
          Set.of(nl.lon.persistence.audit.DataCategory.INVOLVEMENT_INDEX), r.getDataCategories());
      assertEquals("0", r.getDetails().get("matches"));
    }
  }

  @Test
  void register_dayBefore_keepsThatDayAndLaterEntryOfAnEarlierDayKeepsTheEarliestFirstDay() {
    ProfessionalId me = ProfessionalId.of("p-core");
    LocalDate visit = LocalDate.of(2026, 2, 10);
    assertEquals(visit, service.register(me, WORK, client, visit).since());
    assertEquals("2026-02-10", only().getDetails().get("businessDate"));
    // entered later still, for a day before the first: the index keeps the earliest first day
    // and the latest last-active day, whatever the order of entry (rule I1)
    nl.lon.persistence.index.Involvement again =
        service.register(me, WORK, client, LocalDate.of(2026, 1, 20));
    assertEquals(LocalDate.of(2026, 1, 20), again.since());
    assertEquals(visit, again.lastActive());
  }

  @Test
  void register_dayAfterToday_isRefusedNamingTheFieldAndNothingIsRecorded() {
    nl.lon.core.error.InvalidValueException e =
        assertThrows(
            nl.lon.core.error.InvalidValueException.class,
            () ->
                service.register(
                    ProfessionalId.of("p-core"), WORK, client, LocalDate.of(2026, 3, 3)));
    assertEquals("InvolvementService.registeredOn", e.getField());
    assertEquals("not-in-future", e.getRule());
    assertEquals(List.of(), stores.auditLog().read(NET, 1, 10));
    assertThrows(
        nl.lon.core.error.InvalidValueException.class,
        () -> service.register(ProfessionalId.of("p-core"), WORK, client, LocalDate.of(202, 3, 3)));
  }

  private AuditRecord only() {
    List<AuditRecord> records = stores.auditLog().read(NET, 1, 10);
    assertEquals(1, records.size(), records.toString());
    return records.get(0);
  }
}
