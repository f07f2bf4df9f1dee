package nl.lon.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.lon.core.client.Household;
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
import nl.lon.core.process.Concern;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

/**
 * Fail closed: when the audit record of a read cannot be stored, the read returns no data; when a
 * command's unit cannot be committed, nothing of it is visible.
 */
class CaseServiceFailClosedTest {

  private static final NetworkId NET = NetworkId.of("fail-closed");
  private static final OrganisationId GGD = OrganisationId.of("ggd");
  private static final ProfessionalId DIRECTOR = ProfessionalId.of("p-director");
  private static final CaseId CASE = CaseId.of("case-fail-closed");
  private static final ClientNumber CLIENT = ClientNumber.of("C-1");

  /** Stores whose audit log can be switched to fail every append. */
  private static final class FailingAudit implements Stores {
    final InMemoryStores inner = new InMemoryStores();
    volatile boolean failing;

    @Override
    public EventStore eventStore() {
      return inner.eventStore();
    }

    @Override
    public AuditLog auditLog() {
      AuditLog log = inner.auditLog();
      return (AuditLog)
          java.lang.reflect.Proxy.newProxyInstance(
              AuditLog.class.getClassLoader(),
              new Class<?>[] {AuditLog.class},
              (proxy, method, args) -> {
                if (failing && method.getName().equals("append")) {
                  throw new IllegalStateException("audit store down");
                }
                try {
                  return method.invoke(log, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }

    @Override
    public PersonalDataVault vault() {
      return inner.vault();
    }

    @Override
    public Directory directory() {
      return inner.directory();
    }

    @Override
    public CommitResult commit(UnitOfWork work) {
      if (failing) {
        throw new IllegalStateException("store down");
      }
      return inner.commit(work);
    }
  }

  private static CaseService service(Stores stores) {
    stores
        .directory()
        .put(PartnerOrganisation.builder().id(GGD).name("GGD").kind(PartnerKind.GGD).build());
    stores
        .directory()
        .put(
            Network.builder()
                .id(NET)
                .name("Noord")
                .area("Noord")
                .inhabitants(30_000)
                .principal(GGD)
                .contractor(GGD)
                .addCoreTeam(GGD)
                .build());
    stores
        .directory()
        .put(
            Professional.builder()
                .id(DIRECTOR)
                .displayName("Director")
                .organisation(GGD)
                .network(NET)
                .addRoles(ProfessionalRole.NETWORK_DIRECTOR)
                .build());
    return CaseService.builder()
        .stores(stores)
        .profile(NET, MethodologyProfile.enschede())
        .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  private static CaseCommand.ReportSignal signal() {
    Signal signal =
        Signal.builder()
            .id(SignalId.of("s-1"))
            .sourceKind(SignalSourceKind.RESIDENT)
            .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
            .receivedOn(LocalDate.of(2026, 3, 2))
            .addConcerns(Concern.DEBTS)
            .clientInformed(true)
            .build();
    return new CaseCommand.ReportSignal(CASE, NET, CLIENT, signal, Household.single());
  }

  @Test
  void readWhoseAuditRecordCannotBeStored_returnsNothing() {
    FailingAudit stores = new FailingAudit();
    CaseService service = service(stores);
    PersonalData data =
        PersonalData.builder().name("Jan Jansen").address("Straat 1").residence("Noord").build();
    service.reportSignal(DIRECTOR, Purpose.of("register"), signal(), Optional.of(data));
    stores.failing = true;
    assertThrows(
        IllegalStateException.class,
        () -> service.read(DIRECTOR, Purpose.of("look"), CASE),
        "a read whose audit record fails must not return the case");
    assertThrows(
        IllegalStateException.class,
        () -> service.personalData(DIRECTOR, Purpose.of("look"), CASE),
        "a read whose audit record fails must not return personal data");
    assertThrows(
        IllegalStateException.class,
        () -> service.timeline(DIRECTOR, Purpose.of("look"), CASE),
        "a read whose audit record fails must not return the timeline");
  }

  @Test
  void commandWhoseUnitCannotBeCommitted_leavesNothing() {
    FailingAudit stores = new FailingAudit();
    CaseService service = service(stores);
    stores.failing = true;
    PersonalData data =
        PersonalData.builder().name("Jan Jansen").address("Straat 1").residence("Noord").build();
    assertThrows(
        IllegalStateException.class,
        () -> service.reportSignal(DIRECTOR, Purpose.of("register"), signal(), Optional.of(data)));
    assertEquals(0, stores.eventStore().version(CASE), "no event of the failed unit");
    assertTrue(!stores.vault().contains(NET, CLIENT, CASE), "no personal data of the failed unit");
    assertEquals(
        List.of(),
        stores.inner.auditLog().readForCase(NET, CASE),
        "no audit record of the failed unit");
  }
}
