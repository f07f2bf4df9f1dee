package nl.lon.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EventType;
import nl.lon.core.scan.ScanInstrument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every arbitrary generates values; building each one ran the type's own validation. */
class LonArbitrariesTest {

  private static final int SAMPLES = 300;

  static Map<String, Arbitrary<?>> all() {
    Map<String, Arbitrary<?>> a = new LinkedHashMap<>();
    a.put("texts", LonArbitraries.texts());
    a.put("identifiers", LonArbitraries.identifiers());
    a.put("caseIds", LonArbitraries.caseIds());
    a.put("clientNumbers", LonArbitraries.clientNumbers());
    a.put("escalationIds", LonArbitraries.escalationIds());
    a.put("meetingIds", LonArbitraries.meetingIds());
    a.put("networkIds", LonArbitraries.networkIds());
    a.put("organisationIds", LonArbitraries.organisationIds());
    a.put("professionalIds", LonArbitraries.professionalIds());
    a.put("signalIds", LonArbitraries.signalIds());
    a.put("households", LonArbitraries.households());
    a.put("targetGroupAssignments", LonArbitraries.targetGroupAssignments());
    a.put("consents", LonArbitraries.consents());
    a.put("lifeDomainScans", LonArbitraries.lifeDomainScans());
    a.put("lifeDomainScans(ZRM_2013)", LonArbitraries.lifeDomainScans(ScanInstrument.ZRM_2013));
    a.put("lifeDomainScans(ZRM_2017)", LonArbitraries.lifeDomainScans(ScanInstrument.ZRM_2017));
    a.put("lifeDomainMappings", LonArbitraries.lifeDomainMappings());
    a.put("signals", LonArbitraries.signals());
    a.put("signallerFeedback", LonArbitraries.signallerFeedback());
    a.put("coordinationDecisions", LonArbitraries.coordinationDecisions());
    a.put("responsibles", LonArbitraries.responsibles());
    a.put("goals", LonArbitraries.goals());
    a.put("activities", LonArbitraries.activities());
    a.put("plans", LonArbitraries.plans());
    a.put("progressReports", LonArbitraries.progressReports());
    a.put("workAgreements", LonArbitraries.workAgreements());
    a.put("meetings", LonArbitraries.meetings());
    a.put("evaluations", LonArbitraries.evaluations());
    a.put("closures", LonArbitraries.closures());
    a.put("followUpChecks", LonArbitraries.followUpChecks());
    a.put("instrumentUses", LonArbitraries.instrumentUses());
    a.put("warmHandovers", LonArbitraries.warmHandovers());
    a.put("escalations", LonArbitraries.escalations());
    a.put("escalationResolutions", LonArbitraries.escalationResolutions());
    a.put("escalationOptions", LonArbitraries.escalationOptions());
    a.put("statutoryClocks", LonArbitraries.statutoryClocks());
    a.put("coercionMeasures", LonArbitraries.coercionMeasures());
    a.put("networks", LonArbitraries.networks());
    a.put("partnerOrganisations", LonArbitraries.partnerOrganisations());
    a.put("professionals", LonArbitraries.professionals());
    a.put("eventMetadata", LonArbitraries.eventMetadata());
    a.put("events", LonArbitraries.events());
    return a;
  }

  @TestFactory
  Stream<DynamicTest> everyArbitrary_generatesValidValues() {
    return all().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      List<?> values =
                          e.getValue().sampleStream().limit(SAMPLES).collect(Collectors.toList());
                      assertEquals(SAMPLES, values.size());
                      values.forEach(v -> assertNotNull(v, e.getKey()));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyEventType_hasAnArbitraryOfThatType() {
    return EnumSet.allOf(EventType.class).stream()
        .map(
            type ->
                DynamicTest.dynamicTest(
                    type.name(),
                    () ->
                        LonArbitraries.events(type)
                            .sampleStream()
                            .limit(50)
                            .forEach(e -> assertEquals(type, e.getType()))));
  }

  @Test
  void events_coverEveryEventType() {
    Set<EventType> seen =
        LonArbitraries.events()
            .sampleStream()
            .limit(2000)
            .map(CaseEvent::getType)
            .collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(EventType.class), seen);
  }
}
