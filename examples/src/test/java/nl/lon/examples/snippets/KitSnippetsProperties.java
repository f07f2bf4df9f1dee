package nl.lon.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.state.ActionChain;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.codec.EventCodec;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.testkit.arbitraries.CaseHistories;
import nl.lon.testkit.arbitraries.LonArbitraries;
import nl.lon.testkit.arbitraries.LonDomain;
import nl.lon.testkit.model.ProcessInvariants;
import nl.lon.testkit.model.ProcessModel;

/**
 * The property examples of {@code lon-testkit}'s arbitraries and process model, verbatim and run as
 * properties; {@code JavadocExamplesTest} checks that every example is here.
 */
class KitSnippetsProperties {

  private final EventCodec codec = EventCodec.create();

  // CaseHistories
  @Property
  void everyHistoryStartsWithASignal(@ForAll("histories") List<CaseEvent> history) {
    assertTrue(history.get(0) instanceof SignalReceived);
    assertEquals(history.size(), CaseState.replay(history).getVersion());
  }

  @Provide
  Arbitrary<List<CaseEvent>> histories() {
    return CaseHistories.histories(MethodologyProfile.enschede()).ofMaxCommands(60);
  }

  // ProcessModel
  @Property(tries = 50)
  void invariantsHold(@ForAll("chains") ActionChain<ProcessModel> chain) {
    ProcessInvariants.addTo(chain).run();
  }

  @Provide
  Arbitrary<ActionChain<ProcessModel>> chains() {
    return ProcessModel.chains(MethodologyProfile.enschede()).withMaxTransformations(30);
  }

  // LonArbitraries
  @Property
  void roundTrip(@ForAll("events") CaseEvent event) {
    assertEquals(event, codec.decode(codec.encode(event)));
  }

  @Provide
  Arbitrary<CaseEvent> events() {
    return LonArbitraries.events();
  }

  // LonDomain
  @Property
  @Domain(LonDomain.class)
  void codecRoundTrip(@ForAll CaseEvent event) {
    assertEquals(event, codec.decode(codec.encode(event)));
  }
}
