package nl.lon.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.network.Network;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.Signal;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.persistence.codec.EventCodec;

/** Properties of the generated values, and the opt-in domain in use. */
class LonArbitrariesProperties {

  private final EventCodec codec = EventCodec.create();

  @Provide
  Arbitrary<CaseEvent> events() {
    return LonArbitraries.events();
  }

  /** Every generated event survives the codec unchanged. */
  @Property(tries = 500)
  void everyGeneratedEvent_survivesTheEventCodec(@ForAll("events") CaseEvent event) {
    Statistics.label("type").collect(event.getType());
    assertEquals(event, codec.decode(codec.encode(event)));
  }

  @Property(tries = 200)
  @Domain(LonDomain.class)
  void lonDomain_resolvesValueTypesByType(
      @ForAll Signal signal,
      @ForAll Meeting meeting,
      @ForAll PlanOfApproach plan,
      @ForAll CaseId caseId) {
    assertTrue(meeting.getParticipants().contains(meeting.getTechnicalChair()));
    assertEquals(signal.isClientInformed(), signal.getNotInformedReason().isEmpty());
    plan.getActivities()
        .forEach(a -> a.getGoalCode().ifPresent(c -> assertTrue(plan.goal(c).isPresent(), c)));
    assertFalse(caseId.getValue().isBlank());
  }

  @Property(tries = 200)
  @Domain(LonDomain.class)
  void lonDomain_scansScoreOrSkipEveryDomainOfTheirInstrument(@ForAll LifeDomainScan scan) {
    Statistics.label("instrument").collect(scan.getInstrument());
    assertEquals(
        scan.getInstrument().getDomains().size(),
        scan.getScores().size() + scan.getNotDiscussed().size());
  }

  @Property(tries = 200)
  @Domain(LonDomain.class)
  void lonDomain_networksKeepCoreAndShellApart(@ForAll Network network) {
    network.getShellPartners().forEach(o -> assertFalse(network.getCoreTeam().contains(o)));
  }
}
