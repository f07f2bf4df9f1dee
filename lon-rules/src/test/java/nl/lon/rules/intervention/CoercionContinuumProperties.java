package nl.lon.rules.intervention;

import static nl.lon.core.testing.Cast.BENEFIT_INSPECTOR;
import static nl.lon.core.testing.Cast.HOUSING_OFFICER;
import static nl.lon.core.testing.Cast.MUNICIPAL_OFFICER;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.POLICE_MEMBER;
import static nl.lon.core.testing.Cast.PSYCHIATRIST;
import static nl.lon.core.testing.Cast.PUBLIC_PROSECUTOR;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.core.testing.Cast.organisationOf;
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
import nl.lon.core.client.Household;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.StatutoryClock;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.network.Professional;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.agenda.Obligation;
import nl.lon.rules.agenda.ObligationKind;
import nl.lon.rules.intervention.InterventionFixtures.TestCase;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.Decision;

/**
 * Random sequences of coercion measures against a model of the continuum rules, and the statutory
 * clocks on the agenda after any accepted sequence.
 */
class CoercionContinuumProperties {

  private static final List<Professional> ACTORS =
      List.of(
          NETWORK_DIRECTOR,
          TRAJECTORY_DIRECTOR,
          HOUSING_OFFICER,
          POLICE_MEMBER,
          MUNICIPAL_OFFICER,
          PSYCHIATRIST,
          PUBLIC_PROSECUTOR,
          BENEFIT_INSPECTOR);

  private static final CoercionCatalogue CATALOGUE = CoercionCatalogue.standard();

  /** One attempt to record a measure. */
  record Attempt(String code, Professional actor, boolean withReason) {
    CaseCommand.RecordCoercionMeasure command() {
      return new CaseCommand.RecordCoercionMeasure(
          code, withReason ? Optional.of("recorded reason") : Optional.empty());
    }
  }

  @Provide
  Arbitrary<String> presets() {
    return Arbitraries.of("rotterdam", "enschede", "leeuwarden");
  }

  @Provide
  Arbitrary<Household> households() {
    return Arbitraries.of(
        Household.single(), Household.of(2, 0), Household.of(1, 1), Household.of(2, 3));
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    List<String> codes = new ArrayList<>();
    CATALOGUE.getMeasures().forEach(m -> codes.add(m.getCode()));
    codes.add("not-in-catalogue");
    Arbitrary<String> code = Arbitraries.of(codes);
    Arbitrary<Professional> actor = Arbitraries.of(ACTORS);
    Arbitrary<Boolean> reason = Arbitraries.of(true, false);
    return Combinators.combine(code, actor, reason)
        .as(Attempt::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Property(tries = 150)
  void recordCoercion_anySequence_decidedAsTheContinuumModelPredicts(
      @ForAll("presets") String preset,
      @ForAll("households") Household household,
      @ForAll("attempts") List<Attempt> attempts) {
    TestCase c = newCase(preset(preset)).toExecute(household);
    int highest = 0;
    for (Attempt a : attempts) {
      List<String> expected = expectedViolations(a, highest, household);
      Decision d = c.decide(a.command(), a.actor());
      if (expected.isEmpty()) {
        assertTrue(d.isAccepted(), () -> a + " should be accepted, but " + d);
        c.accept(a.command(), a.actor());
        CoercionMeasureRecorded m =
            c.state().getCoercionMeasures().get(c.state().getCoercionMeasures().size() - 1);
        assertEquals(a.code(), m.getMeasureCode());
        assertEquals(a.actor().getOrganisation(), m.getExecutedBy());
        highest = Math.max(highest, m.getLevel());
      } else {
        assertViolations(c.refuse(a.command(), a.actor()), expected.toArray(String[]::new));
      }
      c.advance(1);
    }
  }

  @Property(tries = 100)
  void agenda_afterAnyAcceptedSequence_oneDeadlinePerUnmetClock(
      @ForAll("presets") String preset, @ForAll("attempts") List<Attempt> attempts) {
    TestCase c = newCase(preset(preset)).toExecute();
    for (Attempt a : attempts) {
      Attempt withReason = new Attempt(a.code(), a.actor(), true);
      if (c.decide(withReason.command(), a.actor()).isAccepted()) {
        c.accept(withReason.command(), a.actor());
      }
      c.advance(1);
    }
    List<CoercionMeasureRecorded> recorded = c.state().getCoercionMeasures();
    List<java.time.LocalDate> expectedDue = new ArrayList<>();
    for (int i = 0; i < recorded.size(); i++) {
      Optional<StatutoryClock> clock =
          CATALOGUE.measure(recorded.get(i).getMeasureCode()).get().getClock();
      if (clock.isEmpty()) {
        continue;
      }
      boolean met = false;
      for (int j = i + 1; j < recorded.size(); j++) {
        met |= clock.get().getMetBy().contains(recorded.get(j).getMeasureCode());
      }
      if (!met) {
        expectedDue.add(recorded.get(i).getBusinessDate().plusDays(clock.get().getDays()));
      }
    }
    List<Obligation> deadlines =
        AgendaRules.of(c.profile())
            .forCase(c.state(), c.today())
            .filter(o -> o.getKind() == ObligationKind.STATUTORY_DEADLINE)
            .getObligations();
    assertEquals(
        expectedDue.stream().sorted().toList(),
        deadlines.stream().map(Obligation::getDueOn).toList());
    deadlines.forEach(o -> assertTrue(o.getBasis().contains("Wvggz"), o.getBasis()));
  }

  private static List<String> expectedViolations(Attempt a, int highest, Household household) {
    List<String> rules = new ArrayList<>();
    Optional<CoercionMeasure> found = CATALOGUE.measure(a.code());
    if (found.isEmpty()) {
      rules.add("coercion.unknown-measure");
      return rules;
    }
    CoercionMeasure m = found.get();
    if (m.isHistorical()) {
      rules.add("coercion.historical");
    }
    if (!m.getExecutedBy().contains(organisationOf(a.actor()).getKind())) {
      rules.add("coercion.authority");
    }
    if (m.getLevel() > highest && !a.withReason()) {
      rules.add("coercion.reason-required-to-rise");
    }
    if (m.isInvolvesEviction() && household.hasChildren()) {
      rules.add("instrument.no-eviction-with-children");
    }
    return rules;
  }
}
