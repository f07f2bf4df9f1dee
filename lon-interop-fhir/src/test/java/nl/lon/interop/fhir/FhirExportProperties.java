package nl.lon.interop.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.network.Professional;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;
import nl.lon.testkit.arbitraries.CaseHistories;
import nl.lon.testkit.time.TestClock;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Task;

/**
 * Over histories the test kit generates for each preset: the export of every reader of the kit's
 * cast is valid FHIR R4 by the reference validator (zero errors), a reader who may not read the
 * case is refused and the refusal audited, and the trajectory director never gets more of the
 * agenda than the network director. Tries are few: the validator is slow.
 */
class FhirExportProperties {

  private static final int TRIES = 15;
  private static final FhirCaseExporter EXPORTER = FhirCaseExporter.builder().build();
  private static final Purpose EXPORT = Purpose.of("send the case to the GGZ provider");

  @Provide
  Arbitrary<List<CaseEvent>> rotterdam() {
    return CaseHistories.histories(MethodologyProfile.rotterdam()).ofMaxCommands(30);
  }

  @Provide
  Arbitrary<List<CaseEvent>> enschede() {
    return CaseHistories.histories(MethodologyProfile.enschede()).ofMaxCommands(30);
  }

  @Provide
  Arbitrary<List<CaseEvent>> leeuwarden() {
    return CaseHistories.histories(MethodologyProfile.leeuwarden()).ofMaxCommands(30);
  }

  @Property(tries = TRIES)
  void rotterdam_everyExportValid(@ForAll("rotterdam") List<CaseEvent> history) {
    exportsAreValid(MethodologyProfile.rotterdam(), history);
  }

  @Property(tries = TRIES)
  void enschede_everyExportValid(@ForAll("enschede") List<CaseEvent> history) {
    exportsAreValid(MethodologyProfile.enschede(), history);
  }

  @Property(tries = TRIES)
  void leeuwarden_everyExportValid(@ForAll("leeuwarden") List<CaseEvent> history) {
    exportsAreValid(MethodologyProfile.leeuwarden(), history);
  }

  private static void exportsAreValid(MethodologyProfile profile, List<CaseEvent> history) {
    InMemoryStores stores = new InMemoryStores();
    stores.directory().put(CaseHistories.NETWORK);
    stores.directory().put(CaseHistories.MUNICIPALITY);
    stores.directory().put(CaseHistories.GGD);
    stores.directory().put(CaseHistories.HOUSING);
    CaseHistories.cast().forEach(stores.directory()::put);
    CaseId caseId = history.get(0).getCaseId();
    stores.eventStore().append(caseId, CaseHistories.NETWORK_ID, 0, history, Optional.empty());
    LocalDate last =
        history.stream().map(CaseEvent::getBusinessDate).max(Comparator.naturalOrder()).get();
    CaseService service =
        CaseService.builder()
            .stores(stores)
            .profile(CaseHistories.NETWORK_ID, profile)
            .clock(TestClock.at(last.plusDays(1)))
            .build();

    Bundle all = EXPORTER.export(service, CaseHistories.NETWORK_DIRECTOR.getId(), EXPORT, caseId);
    assertEquals(List.of(), ReferenceValidator.errors(all), () -> FhirCaseExporter.toJson(all));
    Statistics.label("resources")
        .collect(
            all.getEntry().stream()
                .map(e -> e.getResource().fhirType())
                .filter(t -> !t.equals("Organization") && !t.equals("Practitioner"))
                .distinct()
                .sorted()
                .collect(Collectors.joining(",")));

    for (Professional reader :
        List.of(CaseHistories.TRAJECTORY_DIRECTOR, CaseHistories.CORE_MEMBER)) {
      Bundle b;
      try {
        b = EXPORTER.export(service, reader.getId(), EXPORT, caseId);
      } catch (AccessDeniedException denied) {
        List<AuditRecord> trail = stores.auditLog().readForCase(CaseHistories.NETWORK_ID, caseId);
        AuditRecord r = trail.get(trail.size() - 1);
        assertEquals("export-case", r.getOperation());
        assertEquals(AuditOutcome.DENIED, r.getChecks().getOutcome());
        assertTrue(r.getRuleIds().contains(denied.getRule()), r::toString);
        Statistics.label("reader").collect(reader.getDisplayName() + " refused");
        continue;
      }
      Statistics.label("reader").collect(reader.getDisplayName() + " served");
      assertEquals(List.of(), ReferenceValidator.errors(b), () -> FhirCaseExporter.toJson(b));
      assertTrue(count(b, "Task") <= count(all, "Task"), "no more of the agenda than the director");
      for (Bundle.BundleEntryComponent e : b.getEntry()) {
        if (e.getResource() instanceof Task t) {
          assertEquals(
              reader.getId().getValue(), owner(b, t), "only obligations naming the reader");
        }
      }
    }
  }

  /** The professional id a task's owner names, through its Practitioner in the bundle. */
  private static String owner(Bundle b, Task t) {
    if (t.getOwner().hasIdentifier()) {
      return t.getOwner().getIdentifier().getValue();
    }
    return b.getEntry().stream()
        .filter(e -> e.getFullUrl().equals(t.getOwner().getReference()))
        .map(e -> ((Practitioner) e.getResource()).getIdentifierFirstRep().getValue())
        .findFirst()
        .orElse("no owner");
  }

  private static long count(Bundle b, String type) {
    return b.getEntry().stream().filter(e -> e.getResource().fhirType().equals(type)).count();
  }
}
