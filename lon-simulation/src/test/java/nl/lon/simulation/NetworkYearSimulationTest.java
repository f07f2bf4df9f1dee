package nl.lon.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.rules.figures.FigureDeadline;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkYearSimulationTest {

  static List<MethodologyProfile> presets() {
    return List.of(
        MethodologyProfile.rotterdam(),
        MethodologyProfile.enschede(),
        MethodologyProfile.leeuwarden());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void aYearOfEachPreset_playsEveryActWithoutARefusal(MethodologyProfile profile) {
    SimulationReport r =
        NetworkYearSimulation.run(SimulationSettings.builder().profile(profile).build());
    assertEquals(List.of(), r.getRefusals());
    // 30,000 inhabitants at 2.5 signals per thousand a year: about 75 signals
    assertTrue(r.getSignals() > 45 && r.getSignals() < 110, "signals " + r.getSignals());
    assertTrue(r.getClosures() > 0, "cases close within the year");
    assertTrue(r.getEscalations() > 0, "some cases escalate");
    assertEquals(
        r.getEscalations(),
        r.getEscalationOutcomes().values().stream().mapToInt(Integer::intValue).sum()
            + openEscalations(r),
        "every escalation is resolved or still open");
    // every act is one command with one audit record; the figures read adds one more
    assertEquals(r.getActs() + 1, r.getAuditRecords());
    assertEquals(r.getSignals(), r.getFigures().getCasesSignalled().getValue().getAsLong());
  }

  private static int openEscalations(SimulationReport r) {
    // an escalation raised within a few weeks of the last day may still be open
    return r.getEscalations()
        - r.getEscalationOutcomes().values().stream().mapToInt(Integer::intValue).sum();
  }

  @Test
  void theSameSeed_givesTheSameReport_andAnotherSeedAnother() {
    SimulationSettings s =
        SimulationSettings.builder()
            .profile(MethodologyProfile.enschede())
            .days(120)
            .seed(7)
            .build();
    SimulationReport once = NetworkYearSimulation.run(s);
    assertEquals(once, NetworkYearSimulation.run(s));
    assertEquals(
        SimulationHtml.render(Locale.ENGLISH, "run", List.of(once)),
        SimulationHtml.render(Locale.ENGLISH, "run", List.of(NetworkYearSimulation.run(s))));
    assertNotEquals(
        once.getActs(),
        NetworkYearSimulation.run(SimulationSettings.builder().from(s).seed(8).build()).getActs());
  }

  @Test
  void onlyOutOfScopeSignals_countByHand() {
    // every signal is judged out of scope: two acts per signal, nothing further happens
    SimulationReport r =
        NetworkYearSimulation.run(
            SimulationSettings.builder()
                .profile(MethodologyProfile.rotterdam())
                .days(60)
                .outOfScopeShare(1.0)
                .build());
    assertTrue(r.getSignals() > 0);
    assertEquals(r.getSignals() + r.getOutOfScope(), r.getActs());
    assertEquals(r.getSignals() - r.getOutOfScope(), r.getOpenAtEnd(), "judged later than day 60");
    assertEquals(0, r.getClosures());
    assertEquals(0, r.getTrajectoryDirectorPeak());
    assertTrue(r.getTrajectoryDirectorCaseload().values().stream().allMatch(v -> v == 0.0));
    assertEquals(0, r.getEscalations());
    assertEquals(r.getActs(), r.getEvents());
  }

  @Test
  void everyCaseEscalatesAndDropsOut_countsFollowTheSettings() {
    SimulationReport r =
        NetworkYearSimulation.run(
            SimulationSettings.builder()
                .profile(MethodologyProfile.rotterdam())
                .days(730)
                .outOfScopeShare(0)
                .escalationShare(1)
                .dropOutShare(1)
                .careMonths(2)
                .build());
    assertEquals(List.of(), r.getRefusals());
    assertEquals(0, r.getOutOfScope());
    // every case that reached its first month of care escalated; every first follow-up found a
    // drop-out, and Rotterdam's profile reopens at once
    assertTrue(r.getEscalations() > r.getSignals() / 2, "escalations " + r.getEscalations());
    assertTrue(r.getDropOutsAtFollowUp() > 0);
    assertEquals(r.getDropOutsAtFollowUp(), r.getReopenedAfterFollowUp());
    assertEquals(0, (int) r.getEscalationOutcomes().get(ResolutionKind.STRUCTURAL));
  }

  @Test
  void rotterdamWithEnschedesWorkingDayDeadlines_isJudgedOnThemOnTheSameArrivals() {
    MethodologyProfile rotterdam = MethodologyProfile.rotterdam();
    MethodologyProfile whatIf =
        MethodologyProfile.builder()
            .from(rotterdam)
            .id("rotterdam-werkdagtermijnen")
            .name("Rotterdam met de werkdagtermijnen van Enschede")
            .deadlines(MethodologyProfile.enschede().getDeadlines())
            .build();
    SimulationSettings base = SimulationSettings.builder().profile(rotterdam).days(180).build();
    SimulationReport asIs = NetworkYearSimulation.run(base);
    SimulationReport withDeadlines =
        NetworkYearSimulation.run(SimulationSettings.builder().from(base).profile(whatIf).build());
    assertEquals(asIs.getSignals(), withDeadlines.getSignals(), "the same arrivals");
    assertEquals(asIs.getActs(), withDeadlines.getActs(), "deadlines change no act");
    assertTrue(asIs.getFigures().deadline(FigureDeadline.JUDGE_REPORT).isEmpty());
    assertTrue(withDeadlines.getFigures().deadline(FigureDeadline.JUDGE_REPORT).isPresent());
    // a network meeting every 14 days appoints: many appointments miss five working days
    double appointMet =
        withDeadlines
            .getFigures()
            .deadline(FigureDeadline.APPOINT_PROBLEM_OWNER)
            .orElseThrow()
            .getShareMet()
            .orElseThrow();
    assertTrue(appointMet < 0.9, "appointments within five working days: " + appointMet);
    String html =
        SimulationHtml.render(Locale.forLanguageTag("nl"), "wat als", List.of(asIs, withDeadlines));
    assertTrue(html.contains("Werkdagtermijnen gehaald"));
    assertFalse(html.contains("Working-day deadlines met"));
    assertTrue(html.contains("<svg"));
  }

  @Test
  void settingsOutOfRange_areRefusedNamingTheField() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                SimulationSettings.builder()
                    .profile(MethodologyProfile.rotterdam())
                    .dropOutShare(1.5)
                    .build());
    assertTrue(e.getMessage().contains("dropOutShare"), e.getMessage());
  }
}
