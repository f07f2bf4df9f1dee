package nl.lon.rules.agenda;

import static nl.lon.core.testing.Cast.MUNICIPAL_OFFICER;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.rules.intervention.CoercionCatalogue;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.Commands;
import nl.lon.rules.testing.RulesFixtures;

class AgendaRulesProperties {

  private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

  @Provide
  Arbitrary<MethodologyProfile> presets() {
    return Arbitraries.of(RulesFixtures.presets());
  }

  @Provide
  Arbitrary<FollowUpOutcome> notDroppedOut() {
    return Arbitraries.of(FollowUpOutcome.STILL_IN_CARE, FollowUpOutcome.CARE_COMPLETED);
  }

  @Property(tries = 300)
  void forCase_closedCase_hasNoObligationsButTheOpenFollowUpChecks(
      @ForAll("presets") MethodologyProfile profile,
      @ForAll @IntRange(min = 0, max = 1500) int start,
      @ForAll @IntRange(min = 0, max = 40) int gap,
      @ForAll boolean progress,
      @ForAll boolean deviates,
      @ForAll boolean escalationLeftOpen,
      @ForAll boolean crisisMeasure,
      @ForAll boolean adjusted,
      @ForAll @IntRange(min = 0, max = 2) int followUps,
      @ForAll("notDroppedOut") FollowUpOutcome outcome,
      @ForAll @IntRange(min = 0, max = 900) int agendaAfterClosure) {
    LocalDate t = EPOCH.plusDays(start);
    AgendaRulesTest.Case c = new AgendaRulesTest.Case(profile).signal(t);
    c.judge(t = t.plusDays(gap % 7))
        .coordinate(t = t.plusDays(gap % 5))
        .appoint(t = t.plusDays(gap % 9))
        .scanAndPicture(t)
        .plan(t = t.plusDays(gap % 11));
    if (progress) {
      c.progress(t = t.plusDays(gap), deviates);
    }
    if (escalationLeftOpen) {
      c.apply(
          new CaseCommand.Escalate(
              EscalationKind.CONTENT, 1, "client refuses care", Optional.empty()),
          NETWORK_DIRECTOR,
          t);
    }
    if (crisisMeasure) {
      c.coercion(CoercionCatalogue.CRISIS_MEASURE, MUNICIPAL_OFFICER, t);
    }
    if (adjusted) {
      c.evaluate(t = t.plusDays(gap), EvaluationDecision.ADJUST);
      c.apply(new CaseCommand.AdjustPlan(RulesFixtures.plan(2, t)), NETWORK_DIRECTOR, t);
    }
    c.evaluate(t = t.plusDays(gap), EvaluationDecision.CLOSE);
    c.close(t);
    LocalDate closedOn = t;
    List<Integer> schedule = profile.getFollowUp().getCheckAfterMonths();
    int recorded = Math.min(followUps, schedule.size());
    for (int i = 0; i < recorded; i++) {
      c.apply(Commands.followUp(outcome), NETWORK_DIRECTOR, closedOn.plusMonths(schedule.get(i)));
    }
    assertEquals(CaseStatus.CLOSED, c.state().getStatus());
    LocalDate on = closedOn.plusDays(agendaAfterClosure);

    Agenda agenda = c.agenda(on);

    assertEquals(schedule.size() - recorded, agenda.size(), agenda::toString);
    for (int i = 0; i < agenda.size(); i++) {
      Obligation o = agenda.getObligations().get(i);
      assertEquals(ObligationKind.FOLLOW_UP_CHECK, o.getKind(), agenda::toString);
      assertEquals(closedOn.plusMonths(schedule.get(recorded + i)), o.getDueOn());
      assertEquals(closedOn, o.getSince());
      assertEquals(o.getDueOn().isBefore(on), o.isOverdue());
    }
  }

  @Property(tries = 300)
  void forCase_openCase_neverAFollowUpCheckAndNothingDueBeforeItArose(
      @ForAll("presets") MethodologyProfile profile,
      @ForAll @IntRange(min = 0, max = 1500) int start,
      @ForAll @IntRange(min = 0, max = 40) int gap,
      @ForAll @IntRange(min = 0, max = 7) int stage,
      @ForAll boolean crisisMeasure,
      @ForAll @IntRange(min = 0, max = 400) int agendaAfter) {
    LocalDate t = EPOCH.plusDays(start);
    AgendaRulesTest.Case c = new AgendaRulesTest.Case(profile).signal(t);
    if (stage >= 1) {
      c.judge(t = t.plusDays(gap % 7));
    }
    if (stage >= 2) {
      c.coordinate(t = t.plusDays(gap % 5));
    }
    if (stage >= 3) {
      c.appoint(t = t.plusDays(gap % 9));
    }
    if (stage >= 4) {
      c.scanAndPicture(t);
    }
    if (stage >= 2 && crisisMeasure) {
      c.coercion(CoercionCatalogue.CRISIS_MEASURE, MUNICIPAL_OFFICER, t);
    }
    if (stage >= 5) {
      c.plan(t = t.plusDays(gap % 11));
    }
    if (stage >= 6) {
      c.progress(t = t.plusDays(gap), false);
    }
    if (stage >= 7) {
      c.evaluate(t = t.plusDays(gap), EvaluationDecision.CLOSE);
    }
    assertTrue(c.state().isOpen());
    LocalDate on = t.plusDays(agendaAfter);

    Agenda agenda = c.agenda(on);

    assertTrue(agenda.size() >= 1, "an open case always has something due");
    LocalDate previous = LocalDate.MIN;
    for (Obligation o : agenda.getObligations()) {
      assertFalse(o.getKind() == ObligationKind.FOLLOW_UP_CHECK, agenda::toString);
      assertFalse(o.getDueOn().isBefore(o.getSince()), o::toString);
      assertFalse(o.getDueOn().isBefore(previous), "sorted by due date");
      assertEquals(o.getDueOn().isBefore(on), o.isOverdue());
      previous = o.getDueOn();
    }
  }
}
