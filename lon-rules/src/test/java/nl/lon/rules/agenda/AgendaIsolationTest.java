package nl.lon.rules.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.state.CaseState;
import nl.lon.core.testing.Cast;
import nl.lon.rules.calendar.WorkingDayCalendar;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

/** A bad case never takes the network down: one poisoned case is reported, every other served. */
class AgendaIsolationTest {

  /**
   * Enschede's deadlines on a calendar that covers 2026 only: a deadline in 2027 cannot be
   * computed.
   */
  private static final MethodologyProfile ENSCHEDE_2026 =
      MethodologyProfile.builder()
          .from(MethodologyProfile.enschede())
          .calendar(WorkingDayCalendar.dutch(2026, 2026))
          .build();

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 30);
  private static final String MARKER = "POISON-MARKER";

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** Healthy cases at several steps, all computable under the 2026 calendar. */
  private static List<CaseState> healthy() {
    MethodologyProfile p = MethodologyProfile.enschede();
    return List.of(
        new AgendaRulesTest.Case(p, "case-a").signal(d(2026, 4, 2)).state(),
        new AgendaRulesTest.Case(p, "case-b").signal(d(2026, 4, 2)).judge(d(2026, 4, 8)).state(),
        new AgendaRulesTest.Case(p, "case-c")
            .signal(d(2026, 4, 24))
            .judge(d(2026, 4, 28))
            .coordinate(d(2026, 4, 29))
            .state(),
        AgendaRulesTest.executing(p, d(2026, 3, 31), d(2026, 4, 2)).state());
  }

  /** Signalled on 29 December 2026: the report must be judged within 5 working days, in 2027. */
  private static CaseState poisoned() {
    return new AgendaRulesTest.Case(MethodologyProfile.enschede(), "case-" + MARKER)
        .signal(d(2026, 12, 29))
        .state();
  }

  @Test
  void forCases_oneCaseOutsideTheCalendar_everyOtherCaseServedAndThePoisonedOneReported() {
    List<CaseState> network = new ArrayList<>(healthy());
    network.add(2, poisoned());
    AgendaRules rules = AgendaRules.of(ENSCHEDE_2026);

    Agenda withPoison = rules.forCases(network, TODAY);
    Agenda without = rules.forCases(healthy(), TODAY);

    assertTrue(without.isComplete(), without::toString);
    assertFalse(without.getObligations().isEmpty());
    assertEquals(without.getObligations(), withPoison.getObligations());
    assertFalse(withPoison.isComplete());
    assertEquals(1, withPoison.getUncomputable().size());
    UncomputableCase bad = withPoison.getUncomputable().get(0);
    assertEquals(CaseId.of("case-" + MARKER), bad.getCaseId());
    assertTrue(
        bad.getReason().startsWith("InvalidValueException on WorkingDayCalendar"), bad.getReason());
  }

  @Test
  void forCases_poisonedCase_reasonHoldsNoMessageText() {
    CaseState poisoned = poisoned();
    InvalidValueException thrown =
        assertThrows(
            InvalidValueException.class,
            () -> AgendaRules.of(ENSCHEDE_2026).collect(poisoned, TODAY, new ArrayList<>()));

    UncomputableCase bad =
        AgendaRules.of(ENSCHEDE_2026).forCases(List.of(poisoned), TODAY).getUncomputable().get(0);

    assertFalse(bad.getReason().contains(thrown.getMessage()), bad.getReason());
    assertFalse(bad.getReason().contains("2027"), bad.getReason());
    assertFalse(bad.getReason().contains("2026"), bad.getReason());
  }

  @Test
  void forCase_poisonedCase_emptyAgendaReportingTheCase() {
    Agenda a = AgendaRules.of(ENSCHEDE_2026).forCase(poisoned(), TODAY);

    assertEquals(0, a.size());
    assertEquals(
        List.of(CaseId.of("case-" + MARKER)),
        a.getUncomputable().stream().map(UncomputableCase::getCaseId).toList());
  }

  @Test
  void filter_agendaWithUncomputableCase_keepsTheReport() {
    List<CaseState> network = new ArrayList<>(healthy());
    network.add(poisoned());
    Agenda a = AgendaRules.of(ENSCHEDE_2026).forCases(network, TODAY);

    assertEquals(
        a.getUncomputable(), a.forRole(ProfessionalRole.TRAJECTORY_DIRECTOR).getUncomputable());
    assertEquals(a.getUncomputable(), a.overdue().getUncomputable());
    assertEquals(
        a.getUncomputable(), a.forProfessional(Cast.NETWORK_DIRECTOR.getId()).getUncomputable());
  }

  @Test
  void collect_poisonedCase_addsNothingAndThrows() {
    List<Obligation> out = new ArrayList<>();
    AgendaRules rules = AgendaRules.of(ENSCHEDE_2026);
    rules.collect(healthy().get(0), TODAY, out);
    List<Obligation> before = List.copyOf(out);

    assertThrows(InvalidValueException.class, () -> rules.collect(poisoned(), TODAY, out));
    assertEquals(before, out);
  }

  @Test
  void forCases_nullState_throwsInvalidValue() {
    List<CaseState> withNull = new ArrayList<>(healthy());
    withNull.add(null);
    assertThrows(
        InvalidValueException.class, () -> AgendaRules.of(ENSCHEDE_2026).forCases(withNull, TODAY));
  }

  @Test
  void signal_datedBeforeTheDefaultCalendar_refusedByTheModelSoNoAgendaMeetsIt() {
    // Enschede's 5 working days cannot be counted before 1900; lon-core refuses such business
    // dates, so no case dated there can reach the agenda
    assertThrows(
        InvalidValueException.class,
        () ->
            new AgendaRulesTest.Case(MethodologyProfile.rotterdam(), "case-ancient")
                .signal(d(202, 3, 2))
                .state());
  }

  @Test
  void uncomputableCase_blankReason_throwsInvalidValue() {
    assertThrows(InvalidValueException.class, () -> UncomputableCase.of(CaseId.of("c1"), " "));
    assertThrows(InvalidValueException.class, () -> UncomputableCase.from(CaseId.of("c1"), null));
  }
}
