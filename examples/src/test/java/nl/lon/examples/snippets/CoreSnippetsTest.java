package nl.lon.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.Ring;
import nl.lon.core.process.Concern;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.Signal;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.testkit.sample.SampleEvents;
import org.junit.jupiter.api.Test;

/** Runs the cheap examples of {@code lon-core}'s Javadoc, as compiled in {@link CoreSnippets}. */
class CoreSnippetsTest {

  @Test
  void identifiers_keepTheirValue_andGenerateFreshOnes() {
    List<CaseId> ids = CoreSnippets.caseIds();
    assertEquals("case-2026-0042", ids.get(0).getValue());
    assertNotEquals(ids.get(0), ids.get(1));
    assertEquals("C-100234", CoreSnippets.clientNumber().getValue());
    assertEquals("esc-1", CoreSnippets.escalationId().getValue());
    assertEquals("m-2026-03-12", CoreSnippets.meetingId().getValue());
    assertEquals("rotterdam-noord", CoreSnippets.networkId().getValue());
    assertEquals("woonstad", CoreSnippets.organisationId().getValue());
    assertEquals("p-jansen", CoreSnippets.professionalId().getValue());
    assertEquals("s-2026-17", CoreSnippets.signalId().getValue());
  }

  @Test
  void values_holdWhatTheExamplesSet() {
    assertEquals(ConsentScope.NETWORK_PARTNERS, CoreSnippets.consent().getScope());
    assertEquals(LocalDate.of(2026, 3, 2), CoreSnippets.consent().getSignedOn());
    Household household = CoreSnippets.household();
    assertEquals(2, household.getAdults());
    assertEquals(3, household.getChildren());
    TargetGroupAssignment assignment = CoreSnippets.targetGroupAssignment();
    assertEquals(TargetGroup.CARE_AVOIDER, assignment.getTargetGroup());
    assertEquals("refuses contact with GP", assignment.getReason());
    assertEquals(PartnerKind.HOUSING_CORPORATION, CoreSnippets.partnerOrganisation().getKind());
    assertEquals(Ring.CORE, CoreSnippets.partnerOrganisation().getRing());
  }

  @Test
  void signal_hasItsConcerns() {
    Signal s = CoreSnippets.signal();
    assertEquals("s-17", s.getId().getValue());
    assertTrue(s.getConcerns().contains(Concern.DOMESTIC_SQUALOR));
    assertTrue(s.getConcerns().contains(Concern.RENT_ARREARS));
  }

  @Test
  void label_isDutch() {
    assertEquals("zorgmijder", CoreSnippets.label());
  }

  @Test
  void plausibleDates_refusesAFutureDateOfBirth() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    assertEquals(
        LocalDate.of(1970, 5, 17),
        CoreSnippets.acceptDateOfBirth(LocalDate.of(1970, 5, 17), clock));
    InvalidValueException refused =
        assertThrows(
            InvalidValueException.class,
            () -> CoreSnippets.acceptDateOfBirth(LocalDate.of(2027, 1, 1), clock));
    assertEquals("PersonalData.dateOfBirth", refused.getField());
  }

  @Test
  void replay_foldsASignal_fromAListAndFromAStore() {
    CaseId caseId = CaseId.of("c-1");
    List<CaseEvent> events = List.of(SampleEvents.signal(caseId, NetworkId.of("n-1")));
    CaseState state = CoreSnippets.replay(events);
    assertEquals(1, state.getVersion());
    assertEquals(ProcessStep.RECEIVE_REPORT, state.getStep());
    EventStore store = new InMemoryEventStore();
    store.append(caseId, NetworkId.of("n-1"), 0, events, Optional.empty());
    assertEquals(state, CoreSnippets.current(store, caseId));
  }
}
