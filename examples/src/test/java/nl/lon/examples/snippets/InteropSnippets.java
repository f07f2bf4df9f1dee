package nl.lon.examples.snippets;

import nl.lon.core.id.CaseId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.interop.fhir.FhirCaseExporter;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;
import nl.lon.simulation.NetworkYearSimulation;
import nl.lon.simulation.SimulationReport;
import nl.lon.simulation.SimulationSettings;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The Javadoc examples of {@code lon-interop-fhir} and {@code lon-simulation}, each verbatim inside
 * compiling code; {@code JavadocExamplesTest} checks that every example is here.
 */
final class InteropSnippets {

  private InteropSnippets() {}

  /** {@link FhirCaseExporter}. */
  static String export(CaseService service, ProfessionalId me, CaseId caseId) {
    FhirCaseExporter exporter = FhirCaseExporter.builder().build();
    Bundle bundle = exporter.export(service, me, Purpose.of("send plan to GGZ provider"), caseId);
    String json = FhirCaseExporter.toJson(bundle);
    return json;
  }

  /** {@link NetworkYearSimulation}. */
  static SimulationReport simulate() {
    SimulationReport rotterdam =
        NetworkYearSimulation.run(
            SimulationSettings.builder().profile(MethodologyProfile.rotterdam()).seed(7).build());
    return rotterdam;
  }
}
