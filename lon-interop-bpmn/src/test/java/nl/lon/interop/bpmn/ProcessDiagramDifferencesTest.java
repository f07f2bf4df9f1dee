package nl.lon.interop.bpmn;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.rules.intervention.InterventionPolicy;
import nl.lon.rules.profile.EligibilityRule;
import nl.lon.rules.profile.FollowUpPolicy;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.profile.PresetProvenance;
import nl.lon.rules.profile.ProcessDeadlines;
import nl.lon.rules.profile.ReportingCadence;
import nl.lon.rules.profile.Terminology;
import org.junit.jupiter.api.Test;

/**
 * Two profiles' diagrams differ exactly where the profiles do: every element that differs (by id,
 * kind and attributes, whatever its name) is drawn by a setting in which the profiles differ, and
 * every drawn setting in which they differ changes an element it draws. Settings that are not part
 * of the process (eligibility, privacy, budget, ...) change nothing.
 */
class ProcessDiagramDifferencesTest {

  private static final String PROCESS = "(process)";

  /**
   * What each setting of a profile draws: the ids (as prefixes) of the elements that show it. A
   * setting with an empty list is not part of the process picture. Every setting path of {@link
   * PresetProvenance#settings} must be listed, so a new setting has to be placed here.
   */
  private static final Map<String, List<String>> DRAWS =
      Map.ofEntries(
          entry("id", List.of(PROCESS)),
          entry("name", List.of()),
          entry("deadlines.judgeReportWithin", List.of("step_2_", "timer_judge_report")),
          entry("deadlines.appointProblemOwnerWithin", List.of("step_4_", "timer_appoint")),
          entry("deadlines.presentPlanWithin", List.of("step_5_", "timer_present_plan")),
          entry("deadlines.decideHandoverWithin", List.of(PROCESS)),
          entry("cadence.firstContactWithinMonths", List.of("timer_first_contact")),
          entry("cadence.reportEveryMonths", List.of("timer_progress_report")),
          entry("cadence.reportOnDeviation", List.of()),
          entry("cadence.progressTalkEveryMonths", List.of("timer_progress_talk")),
          entry("networkMeetingIntervalDays", List.of(PROCESS, "timer_evaluation")),
          entry(
              "evaluateAtEveryNetworkMeeting",
              List.of("step_7_", "timer_evaluation", "flow_timer_evaluation")),
          entry(
              "evaluationEveryMonths",
              List.of("step_7_", "timer_evaluation", "flow_timer_evaluation")),
          entry("followUp.checkAfterMonths", List.of("timer_follow_up_")),
          entry(
              "followUp.dropOutReopens",
              List.of(
                  "flow_dropped_out",
                  "task_discuss_again",
                  "gw_reopen",
                  "flow_discussed",
                  "flow_not_reopened",
                  "flow_reopen",
                  "flow_followed")),
          entry("intervention.contentEscalation.kind", List.of()),
          entry(
              "intervention.contentEscalation.options",
              List.of("escalation_content_", "esc_content_")),
          entry("intervention.organisationalEscalation.kind", List.of()),
          entry(
              "intervention.organisationalEscalation.options",
              List.of("escalation_organisational_", "esc_organisational_")),
          entry(
              "intervention.coercionEscalation", List.of("escalation_coercion_", "esc_coercion_")),
          entry("intervention.escalationResponseDays", List.of("gw_escalation")),
          entry("intervention.budgetMandate", List.of()),
          entry("intervention.coercionCatalogue.measures", List.of()),
          entry("intervention.guidedExplosionMinUnreachable", List.of()),
          entry("intervention.noEvictionWithChildren", List.of()),
          entry("clientInformedBeforeReport", List.of("note_client_informed")),
          entry("crisisTriageAtIntake", List.of("note_crisis_triage", "assoc_note_crisis_triage")),
          entry("inquiryRound.always", List.of("note_inquiry_round", "assoc_note_inquiry_round")),
          entry(
              "inquiryRound.toAllPartners",
              List.of("note_inquiry_round", "assoc_note_inquiry_round")),
          entry(
              "inquiryRound.alsoOtherNetworks",
              List.of("note_inquiry_round", "assoc_note_inquiry_round")),
          entry(
              "signallerConsultedOnFollowUp",
              List.of("note_signaller_feedback", "assoc_note_signaller_feedback")),
          entry("appointedBy", List.of("note_appointment")),
          entry("networkDirectorFallback", List.of("note_appointment")),
          entry(
              "scanBeforeIntegralPicture",
              List.of("note_scan_first", "assoc_note_scan_first", "step_4_")),
          entry("planPresentedBy", List.of("note_plan", "step_5_")),
          entry("conceptPlanByNetworkDirector", List.of("note_plan")),
          entry(
              "clientAlwaysInvitedToCaseConference",
              List.of("note_client_invited", "assoc_note_client_invited")),
          entry("evaluatedBy", List.of("step_7_")),
          entry("closingCriterion", List.of("note_closing")),
          entry("closedBy", List.of("step_8_")),
          entry("ownershipAcceptedBeforePlan", List.of("note_ownership", "assoc_note_ownership")),
          entry("problemOwnerMandateRequired", List.of("note_mandate", "assoc_note_mandate")),
          entry("decidingVote", List.of("note_deciding_vote", "assoc_note_deciding_vote")),
          entry(
              "firstCaseConferenceChairedByNetworkDirector",
              List.of("note_first_case_conference", "assoc_note_first_case_conference")),
          entry("stalledProgressBackToTeam", List.of("note_stalled", "assoc_note_stalled")),
          entry("access.signalListViewers", List.of()),
          // not part of the process picture
          entry("eligibility.countedDomains", List.of()),
          entry("eligibility.exPrisonersInScope", List.of()),
          entry("eligibility.homelessInScope", List.of()),
          entry("eligibility.minProblemDomains", List.of()),
          entry("eligibility.youthInScope", List.of()),
          entry("problemDomainThreshold", List.of()),
          entry("lifeDomainMapping", List.of()),
          entry("involvementInactiveMonths", List.of()),
          entry("correction.authorDays", List.of()),
          entry("correction.networkDirectorAlways", List.of()),
          entry("calendar", List.of()),
          entry("access.auditRetentionYears", List.of()),
          entry("access.clientNumbersOnly", List.of()),
          entry("access.consentRequired", List.of()),
          entry("access.emergencyOverrideAllowed", List.of()),
          entry("access.figuresViewers", List.of()),
          entry("access.handoverKeepers", List.of()),
          entry("access.legalBases", List.of()),
          entry("access.smallCellThreshold", List.of()),
          entry("access.viewers", List.of()),
          // the names of roles and meetings: names only, compared apart
          entry("terminology.meetingsEn", List.of()),
          entry("terminology.meetingsNl", List.of()),
          entry("terminology.networkEn", List.of()),
          entry("terminology.networkNl", List.of()),
          entry("terminology.rolesEn", List.of()),
          entry("terminology.rolesNl", List.of()));

  private static String key(DiagramElement e) {
    return e.getKind() == ElementKind.PROCESS ? PROCESS : e.getId();
  }

  private static Map<String, DiagramElement> byKey(ProcessDiagram d) {
    Map<String, DiagramElement> out = new LinkedHashMap<>();
    d.getElements().forEach(e -> out.put(key(e), e));
    return out;
  }

  /** The elements that differ between two diagrams: in one only, or with other kind or facts. */
  static Set<String> elementDifferences(ProcessDiagram a, ProcessDiagram b) {
    Map<String, DiagramElement> x = byKey(a);
    Map<String, DiagramElement> y = byKey(b);
    Set<String> out = new TreeSet<>();
    for (String k : x.keySet()) {
      DiagramElement other = y.get(k);
      if (other == null) {
        out.add(k);
      } else if (k.equals(PROCESS)
          ? !x.get(k).getAttributes().equals(other.getAttributes())
          : !x.get(k).isSameStructure(other)) {
        out.add(k);
      }
    }
    for (String k : y.keySet()) {
      if (!x.containsKey(k)) {
        out.add(k);
      }
    }
    return out;
  }

  /** The settings in which two profiles differ. */
  static Set<String> settingDifferences(MethodologyProfile p, MethodologyProfile q) {
    Map<String, Object> a = PresetProvenance.settings(p);
    Map<String, Object> b = PresetProvenance.settings(q);
    Set<String> out = new TreeSet<>();
    for (String k : a.keySet()) {
      if (!Objects.equals(a.get(k), b.get(k))) {
        out.add(k);
      }
    }
    return out;
  }

  private static boolean drawnBy(String element, String setting) {
    return DRAWS.get(setting).stream().anyMatch(element::startsWith);
  }

  /** Asserts that the diagrams of two profiles differ exactly where the profiles do. */
  private static Set<String> assertDifferExactlyWhereProfilesDo(
      MethodologyProfile p, MethodologyProfile q) {
    ProcessDiagram a = ProcessDiagram.of(p, Locale.ENGLISH);
    ProcessDiagram b = ProcessDiagram.of(q, Locale.ENGLISH);
    Set<String> elements = elementDifferences(a, b);
    Set<String> settings = settingDifferences(p, q);
    String pair =
        p.getId() + " vs " + q.getId() + ": settings " + settings + ", elements " + elements;
    List<String> unexplained = new ArrayList<>();
    for (String e : elements) {
      if (settings.stream().noneMatch(s -> drawnBy(e, s))) {
        unexplained.add(e);
      }
    }
    assertEquals(List.of(), unexplained, "elements that differ for no setting; " + pair);
    List<String> lost = new ArrayList<>();
    for (String s : settings) {
      if (!DRAWS.get(s).isEmpty() && elements.stream().noneMatch(e -> drawnBy(e, s))) {
        lost.add(s);
      }
    }
    assertEquals(List.of(), lost, "drawn settings that change no element; " + pair);
    // the same in Dutch: the structure does not depend on the language
    assertEquals(
        elements,
        elementDifferences(
            ProcessDiagram.of(p, Presets.DUTCH), ProcessDiagram.of(q, Presets.DUTCH)),
        pair);
    return elements;
  }

  @Test
  void draws_everySettingOfTheProfile_isPlaced() {
    Set<String> paths =
        new TreeSet<>(PresetProvenance.settings(MethodologyProfile.rotterdam()).keySet());
    paths.removeAll(DRAWS.keySet());
    assertEquals(Set.of(), paths, "settings the test does not place as drawn or not drawn");
  }

  @Test
  void presets_pairwise_differExactlyWhereTheProfilesDo() {
    List<MethodologyProfile> all = Presets.all();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        assertFalse(assertDifferExactlyWhereProfilesDo(all.get(i), all.get(j)).isEmpty());
      }
    }
  }

  @Test
  void rotterdamVsEnschede_deadlinesEscalationAndFollowUp_asTheProfilesSay() {
    ProcessDiagram r = ProcessDiagram.of(MethodologyProfile.rotterdam(), Locale.ENGLISH);
    ProcessDiagram e = ProcessDiagram.of(MethodologyProfile.enschede(), Locale.ENGLISH);
    Set<String> d = elementDifferences(r, e);
    // Enschede's working-day deadlines (l.1413-1414, l.1440-1441, l.1482-1484): timers Rotterdam
    // lacks
    for (String timer : List.of("timer_judge_report", "timer_appoint", "timer_present_plan")) {
      assertTrue(d.contains(timer), timer);
      assertTrue(r.element(timer).isEmpty());
    }
    assertEquals("P5D", e.element("timer_judge_report").get().getAttributes().get("timeDuration"));
    assertEquals("P10D", e.element("timer_present_plan").get().getAttributes().get("timeDuration"));
    // Rotterdam's second follow-up check at 12 months (l.1538-1540)
    assertTrue(d.contains("timer_follow_up_2"));
    assertTrue(!d.contains("timer_follow_up_1"), "both check after 6 months");
    // Enschede's route to the city intervention team for pressure and coercion (l.1698)
    assertTrue(d.contains("esc_coercion_1"));
    assertTrue(d.contains("escalation_coercion_1"));
    // the content options are the same: same bodies, same elements
    assertTrue(d.stream().noneMatch(x -> x.startsWith("esc_content_")), d.toString());
  }

  @Test
  void rotterdamVsLeeuwarden_escalationBodiesAndEvaluation_asTheProfilesSay() {
    ProcessDiagram r = ProcessDiagram.of(MethodologyProfile.rotterdam(), Locale.ENGLISH);
    ProcessDiagram l = ProcessDiagram.of(MethodologyProfile.leeuwarden(), Locale.ENGLISH);
    Set<String> d = elementDifferences(r, l);
    // the administrative body: stuurgroep in Rotterdam, begeleidingscommissie in Leeuwarden
    assertTrue(d.containsAll(Set.of("esc_content_4", "esc_organisational_2")), d.toString());
    assertEquals("steering group", r.element("esc_content_4").get().getAttributes().get("body"));
    assertEquals(
        "supervisory committee", l.element("esc_content_4").get().getAttributes().get("body"));
    assertTrue(d.stream().noneMatch(x -> x.equals("esc_content_1")));
    // Leeuwarden evaluates every case at every meeting, every four weeks (l.1522-1523)
    assertEquals("P28D", l.element("timer_evaluation").get().getAttributes().get("timeDuration"));
    assertTrue(
        r.element("timer_evaluation").isEmpty(), "Rotterdam: from time to time, no interval");
  }

  @Test
  void oneSettingChanged_onlyItsElementsChange() {
    MethodologyProfile r = MethodologyProfile.rotterdam();
    MethodologyProfile e = MethodologyProfile.enschede();
    // a deadline changed: only its timer's duration
    MethodologyProfile quicker =
        MethodologyProfile.builder()
            .from(e)
            .deadlines(
                ProcessDeadlines.builder().from(e.getDeadlines()).judgeReportWithin(3).build())
            .build();
    assertEquals(Set.of("timer_judge_report"), assertDifferExactlyWhereProfilesDo(e, quicker));
    assertEquals(
        "3",
        ProcessDiagram.of(quicker, Locale.ENGLISH)
            .element("timer_judge_report")
            .get()
            .getAttributes()
            .get("workingDays"));
    // a deadline added where there was none: the timer with its end and flow, and the step's due
    // date no longer assumed
    MethodologyProfile judged =
        MethodologyProfile.builder()
            .from(r)
            .deadlines(ProcessDeadlines.builder().judgeReportWithin(3).build())
            .build();
    assertEquals(
        Set.of(
            "step_2_receive_report",
            "timer_judge_report",
            "timer_judge_report_due",
            "timer_judge_report_flow"),
        assertDifferExactlyWhereProfilesDo(r, judged));
    // an evaluation interval: an interrupting timer from executing to evaluating
    MethodologyProfile interval =
        MethodologyProfile.builder().from(r).evaluationEveryMonths(6).build();
    assertEquals(
        Set.of("step_7_evaluate", "timer_evaluation", "flow_timer_evaluation"),
        assertDifferExactlyWhereProfilesDo(r, interval));
    // a drop-out that reopens at once: no discussion, a flow back to step 4
    MethodologyProfile reopens =
        MethodologyProfile.builder().from(r).followUp(FollowUpPolicy.of(true, 6, 12)).build();
    Set<String> reopened = assertDifferExactlyWhereProfilesDo(r, reopens);
    assertTrue(
        reopened.containsAll(Set.of("task_discuss_again", "gw_reopen")), reopened.toString());
    // no follow-up at all: no check timers
    MethodologyProfile none =
        MethodologyProfile.builder().from(r).followUp(FollowUpPolicy.of(false)).build();
    assertTrue(
        ProcessDiagram.of(none, Locale.ENGLISH).getElements().stream()
            .noneMatch(x -> x.getId().startsWith("timer_follow_up_")));
    assertDifferExactlyWhereProfilesDo(r, none);
    // the cadence, the response days, the handover deadline
    assertDifferExactlyWhereProfilesDo(
        r,
        MethodologyProfile.builder()
            .from(r)
            .cadence(ReportingCadence.builder().from(r.getCadence()).reportEveryMonths(2).build())
            .build());
    assertEquals(
        Set.of("gw_escalation"),
        assertDifferExactlyWhereProfilesDo(
            r,
            MethodologyProfile.builder()
                .from(r)
                .intervention(
                    InterventionPolicy.builder()
                        .from(r.getIntervention())
                        .escalationResponseDays(14)
                        .build())
                .build()));
    assertEquals(
        Set.of(PROCESS),
        assertDifferExactlyWhereProfilesDo(
            r,
            MethodologyProfile.builder()
                .from(r)
                .deadlines(ProcessDeadlines.builder().decideHandoverWithin(5).build())
                .build()));
    // who evaluates and who closes: the step's performer
    assertEquals(
        Set.of("step_7_evaluate"),
        assertDifferExactlyWhereProfilesDo(
            r,
            MethodologyProfile.builder()
                .from(r)
                .evaluatedBy(ProfessionalRole.TRAJECTORY_DIRECTOR)
                .build()));
  }

  @Test
  void settingsNotInTheProcess_changeNothing() {
    MethodologyProfile r = MethodologyProfile.rotterdam();
    MethodologyProfile other =
        MethodologyProfile.builder()
            .from(r)
            .eligibility(EligibilityRule.atLeast(4).build())
            .access(MethodologyProfile.leeuwarden().getAccess())
            .involvementInactiveMonths(12)
            .build();
    assertEquals(Set.of(), assertDifferExactlyWhereProfilesDo(r, other));
  }

  @Test
  void terminologyOnly_sameStructure_otherNames() {
    MethodologyProfile r = MethodologyProfile.rotterdam();
    MethodologyProfile renamed =
        MethodologyProfile.builder().from(r).terminology(Terminology.leeuwarden()).build();
    assertEquals(Set.of(), assertDifferExactlyWhereProfilesDo(r, renamed));
    ProcessDiagram a = ProcessDiagram.of(r, Presets.DUTCH);
    ProcessDiagram b = ProcessDiagram.of(renamed, Presets.DUTCH);
    // the network's own names: the coördinator (R) and the teamleider (L), l.813
    assertEquals(
        "2 ontvangen van meldingen (co\u00f6rdinator)",
        a.element("step_2_receive_report").get().getName());
    assertEquals(
        "2 ontvangen van meldingen (teamleider)",
        b.element("step_2_receive_report").get().getName());
    assertEquals("Werkwijze van het lokaal zorgnetwerk", a.getName());
    assertEquals("Werkwijze van het sociaal team", b.getName());
  }
}
