package nl.lon.rules.intervention;

import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.intervention.InterventionFixtures.newCase;
import static nl.lon.rules.intervention.InterventionFixtures.preset;
import static nl.lon.rules.testing.RulesFixtures.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.id.EscalationId;
import nl.lon.core.network.Professional;
import nl.lon.rules.intervention.InterventionFixtures.TestCase;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.Decision;

/**
 * Random sequences of escalation attempts against a model of the rules: any option of a kind in any
 * order (seeds/004_ca47ed76719141bc.txt l.1645-1656, l.1674), the emergency-only option (the mayor,
 * l.1686-1688) only with an emergency reason, no such option, pressure and coercion only where the
 * network has a body for it (Enschede, l.1698), only the network director escalates.
 */
class EscalationOptionsProperties {

  /** One attempt to escalate. */
  record Attempt(EscalationKind kind, int rung, boolean emergency, boolean byNetworkDirector) {
    CaseCommand.Escalate command() {
      return new CaseCommand.Escalate(
          kind,
          rung,
          "plan blocked",
          emergency ? Optional.of("serious emergency") : Optional.empty());
    }

    Professional actor() {
      return byNetworkDirector ? NETWORK_DIRECTOR : TRAJECTORY_DIRECTOR;
    }
  }

  @Provide
  Arbitrary<String> presets() {
    return Arbitraries.of("rotterdam", "enschede", "leeuwarden");
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<EscalationKind> kind =
        Arbitraries.frequency(
            net.jqwik.api.Tuple.of(5, EscalationKind.CONTENT),
            net.jqwik.api.Tuple.of(5, EscalationKind.ORGANISATIONAL),
            net.jqwik.api.Tuple.of(1, EscalationKind.PRESSURE_AND_COERCION));
    Arbitrary<Integer> rung = Arbitraries.integers().between(0, 6);
    Arbitrary<Boolean> emergency =
        Arbitraries.frequency(net.jqwik.api.Tuple.of(3, false), net.jqwik.api.Tuple.of(1, true));
    Arbitrary<Boolean> director =
        Arbitraries.frequency(net.jqwik.api.Tuple.of(6, true), net.jqwik.api.Tuple.of(1, false));
    return Combinators.combine(kind, rung, emergency, director)
        .as(Attempt::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(14);
  }

  @Property(tries = 150)
  void escalate_anySequence_decidedAsTheOptionsModelPredicts(
      @ForAll("presets") String preset, @ForAll("attempts") List<Attempt> attempts) {
    TestCase c = newCase(preset(preset)).toExecute();
    int raised = 0;
    for (Attempt a : attempts) {
      List<String> expected = expectedViolations(c, a);
      Decision d = c.decide(a.command(), a.actor());
      if (expected.isEmpty()) {
        assertTrue(d.isAccepted(), () -> a + " should be accepted, but " + d);
        List<CaseEvent> events = c.accept(a.command(), a.actor());
        Escalation e = ((EscalationRaised) events.get(0)).getEscalation();
        raised++;
        assertEquals(EscalationId.of("esc-" + raised), e.getId());
        assertEquals(options(c, a.kind()).get().option(a.rung()).get().getBody(), e.getBody());
      } else {
        assertViolations(c.refuse(a.command(), a.actor()), expected.toArray(String[]::new));
      }
      c.advance(1);
    }
    assertEquals(raised, c.state().getOpenEscalations().size());
    assertEquals(raised, c.state().getEscalations().size());
  }

  @Property(tries = 100)
  void escalate_acceptedWithoutEmergency_neverTheEmergencyOnlyOption(
      @ForAll("presets") String preset, @ForAll("attempts") List<Attempt> attempts) {
    TestCase c = newCase(preset(preset)).toExecute();
    for (Attempt a : attempts) {
      if (c.decide(a.command(), a.actor()).isAccepted()) {
        c.accept(a.command(), a.actor());
        if (!a.emergency()) {
          assertTrue(
              !options(c, a.kind()).get().option(a.rung()).get().isEmergencyOnly(),
              "the mayor needs an emergency");
        }
      }
    }
  }

  private static Optional<EscalationOptions> options(TestCase c, EscalationKind kind) {
    return c.profile().getIntervention().escalation(kind);
  }

  private static List<String> expectedViolations(TestCase c, Attempt a) {
    List<String> rules = new ArrayList<>();
    if (!a.byNetworkDirector()) {
      rules.add("role.network-director");
    }
    Optional<EscalationOptions> options = options(c, a.kind());
    if (options.isEmpty()) {
      rules.add("escalation.use-coercion-measure");
      return rules;
    }
    if (options.get().option(a.rung()).isEmpty()) {
      rules.add("escalation.no-such-rung");
      return rules;
    }
    if (options.get().option(a.rung()).get().isEmergencyOnly() && !a.emergency()) {
      rules.add("escalation.emergency-only");
    }
    return rules;
  }
}
