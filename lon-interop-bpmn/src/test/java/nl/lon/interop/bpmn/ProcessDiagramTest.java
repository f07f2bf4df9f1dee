package nl.lon.interop.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

/** What each preset's diagram draws, element by element. */
class ProcessDiagramTest {

  private static final Locale NL = Presets.DUTCH;

  private static String attribute(ProcessDiagram d, String id, String key) {
    return d.element(id).orElseThrow(() -> new AssertionError("no " + id)).getAttributes().get(key);
  }

  @Test
  void enschede_workingDayDeadlines_areTimersDocumentedAsWorkingDays() {
    ProcessDiagram d = ProcessDiagram.of(MethodologyProfile.enschede(), NL);
    // l.1413-1414, l.1440-1441, l.1482-1484
    assertEquals("P5D", attribute(d, "timer_judge_report", "timeDuration"));
    assertEquals("5", attribute(d, "timer_judge_report", "workingDays"));
    assertEquals("step_2_receive_report", attribute(d, "timer_judge_report", "attachedToRef"));
    assertEquals("false", attribute(d, "timer_judge_report", "cancelActivity"));
    assertEquals("P5D", attribute(d, "timer_appoint", "timeDuration"));
    assertEquals("step_4_integral_picture", attribute(d, "timer_appoint", "attachedToRef"));
    assertEquals("P10D", attribute(d, "timer_present_plan", "timeDuration"));
    DiagramElement judge = d.element("timer_judge_report").get();
    assertEquals("5 werkdagen", judge.getName());
    assertTrue(judge.getDocumentation().contains("5 werkdagen"), judge.getDocumentation());
    assertTrue(judge.getDocumentation().contains("werkdagenkalender"));
    String xml = d.toBpmnXml();
    assertTrue(xml.contains("<timeDuration xsi:type=\"tFormalExpression\">P5D</timeDuration>"));
    assertTrue(xml.contains("werkdagen volgens de werkdagenkalender"), "documented in the XML");
    // the steps with a deadline have a real due date
    assertFalse(
        d.element("step_2_receive_report").get().getAttributes().containsKey("dueDateAssumed"));
    String en = ProcessDiagram.of(MethodologyProfile.enschede(), Locale.ENGLISH).toBpmnXml();
    assertTrue(en.contains("counts 5 working days by the network's working-day calendar"));
  }

  @Test
  void rotterdam_noDeadlines_noTimers_dueDatesAssumed() {
    ProcessDiagram d = ProcessDiagram.of(MethodologyProfile.rotterdam(), Locale.ENGLISH);
    assertTrue(d.element("timer_judge_report").isEmpty());
    assertTrue(d.element("timer_appoint").isEmpty());
    assertTrue(d.element("timer_present_plan").isEmpty());
    for (String step :
        List.of("step_2_receive_report", "step_4_integral_picture", "step_5_plan_of_approach")) {
      DiagramElement e = d.element(step).get();
      assertEquals("true", e.getAttributes().get("dueDateAssumed"), step);
      assertTrue(e.getDocumentation().contains("an assumed due date"), e.getDocumentation());
      assertTrue(e.getDocumentation().contains("local care network meeting, every 14 days"));
    }
    // evaluated "van tijd tot tijd" (l.1518): no interval, no timer, the due date assumed
    assertTrue(d.element("timer_evaluation").isEmpty());
    assertEquals("true", attribute(d, "step_7_evaluate", "dueDateAssumed"));
  }

  @Test
  void rotterdam_followUpChecks_after6And12Months() {
    ProcessDiagram d = ProcessDiagram.of(MethodologyProfile.rotterdam(), Locale.ENGLISH);
    // l.1538-1540
    assertEquals("P6M", attribute(d, "timer_follow_up_1", "timeDuration"));
    assertEquals("P12M", attribute(d, "timer_follow_up_2", "timeDuration"));
    assertEquals("step_9_follow_up", attribute(d, "timer_follow_up_2", "attachedToRef"));
    assertTrue(d.element("timer_follow_up_3").isEmpty());
    ProcessDiagram l = ProcessDiagram.of(MethodologyProfile.leeuwarden(), Locale.ENGLISH);
    assertEquals("P6M", attribute(l, "timer_follow_up_1", "timeDuration"));
    assertTrue(l.element("timer_follow_up_2").isEmpty());
  }

  @Test
  void leeuwarden_evaluationAtEveryMeeting_interruptsExecution() {
    ProcessDiagram d = ProcessDiagram.of(MethodologyProfile.leeuwarden(), Locale.ENGLISH);
    assertEquals("P28D", attribute(d, "timer_evaluation", "timeDuration"));
    assertEquals("true", attribute(d, "timer_evaluation", "cancelActivity"));
    assertEquals("step_6_execute", attribute(d, "timer_evaluation", "attachedToRef"));
    assertEquals("step_7_evaluate", attribute(d, "flow_timer_evaluation", "targetRef"));
    assertFalse(d.element("step_7_evaluate").get().getAttributes().containsKey("dueDateAssumed"));
  }

  @Test
  void escalations_oneEventPerOption_withTheBodyTheCityNames() {
    ProcessDiagram e = ProcessDiagram.of(MethodologyProfile.enschede(), NL);
    List<DiagramElement> events = e.elements(ElementKind.ESCALATION_END_EVENT);
    assertEquals(5 + 4 + 1, events.size(), "content, organisational and Enschede's coercion route");
    assertEquals(events.size(), e.elements(ElementKind.ESCALATION).size());
    assertEquals(
        "casusinhoudelijke opschaling: stuurgroep", e.element("esc_content_4").get().getName());
    assertEquals(
        "drang en dwang: stedelijk interventieteam", e.element("esc_coercion_1").get().getName());
    assertEquals("escalation_content_4", attribute(e, "esc_content_4", "escalationRef"));
    assertEquals("content-4", attribute(e, "escalation_content_4", "escalationCode"));
    assertEquals("true", attribute(e, "esc_organisational_4", "emergencyOnly"), "the mayor");
    ProcessDiagram l = ProcessDiagram.of(MethodologyProfile.leeuwarden(), Locale.ENGLISH);
    assertEquals(
        "content escalation: supervisory committee", l.element("esc_content_4").get().getName());
    assertTrue(l.element("esc_coercion_1").isEmpty());
    // any option, more than one at a time: an inclusive gateway with one flow per option
    assertEquals(ElementKind.INCLUSIVE_GATEWAY, l.element("gw_escalation").get().getKind());
    assertEquals(
        "${escalations.contains('organisational-2')}",
        attribute(l, "esc_organisational_2_flow", "condition"));
  }

  @Test
  void transitions_asTheRulesAllow() {
    ProcessDiagram d = ProcessDiagram.of(MethodologyProfile.rotterdam(), Locale.ENGLISH);
    List<String> flows =
        d.elements(ElementKind.SEQUENCE_FLOW).stream()
            .map(f -> f.getAttributes().get("sourceRef") + ">" + f.getAttributes().get("targetRef"))
            .collect(Collectors.toList());
    // the nine steps in order, with the judgement, the coordination decision and the evaluation
    for (String f :
        List.of(
            "start>step_1_signal",
            "step_1_signal>step_2_receive_report",
            "step_2_receive_report>gw_judgement",
            "gw_judgement>step_3_gather_information",
            "gw_judgement>end_out_of_scope",
            "step_3_gather_information>gw_coordination",
            "gw_coordination>step_4_integral_picture",
            "gw_coordination>end_not_coordinated",
            "step_4_integral_picture>step_5_plan_of_approach",
            "step_5_plan_of_approach>step_6_execute",
            "step_6_execute>step_7_evaluate",
            "step_7_evaluate>gw_evaluation",
            "gw_evaluation>step_8_close",
            "gw_evaluation>gw_escalation",
            "gw_escalation>step_6_execute",
            "step_8_close>step_9_follow_up",
            "step_9_follow_up>gw_follow_up",
            "gw_follow_up>task_discuss_again",
            "gw_reopen>step_4_integral_picture")) {
      assertTrue(flows.contains(f), f + " in " + flows);
    }
    // a case reopened comes back at the integral picture (CaseFold.caseReopened); none skips a step
    assertFalse(flows.contains("step_2_receive_report>step_4_integral_picture"));
    assertEquals("flow_out_of_scope", attribute(d, "gw_judgement", "default"));
    assertEquals("${evaluationDecision == 'CLOSE'}", attribute(d, "flow_close", "condition"));
  }

  @Test
  void annotations_theProfilesSettingsPerStep() {
    ProcessDiagram r = ProcessDiagram.of(MethodologyProfile.rotterdam(), NL);
    ProcessDiagram e = ProcessDiagram.of(MethodologyProfile.enschede(), NL);
    ProcessDiagram l = ProcessDiagram.of(MethodologyProfile.leeuwarden(), NL);
    assertTrue(r.element("note_crisis_triage").isPresent(), "l.1414-1416");
    assertTrue(e.element("note_crisis_triage").isEmpty());
    assertEquals("REQUIRED", attribute(e, "note_client_informed", "clientInformedBeforeReport"));
    assertEquals("ADVISED", attribute(l, "note_client_informed", "clientInformedBeforeReport"));
    assertTrue(e.element("note_scan_first").isPresent());
    assertTrue(e.element("note_signaller_feedback").isPresent());
    assertTrue(l.element("note_client_invited").isPresent());
    assertEquals("true", attribute(l, "note_inquiry_round", "toAllPartners"));
    assertTrue(
        r.element("note_appointment").get().getName().contains("tijdelijk"),
        "the network director as temporary fallback");
    assertEquals("TRAJECTORY_DIRECTOR", attribute(e, "step_8_close", "performer"));
    assertEquals("8 afsluiten (probleemhouder)", e.element("step_8_close").get().getName());
  }

  @Test
  void xml_everyShapeHasBoundsAndEveryFlowWaypoints() {
    ProcessDiagram d = ProcessDiagram.of(MethodologyProfile.leeuwarden(), Locale.ENGLISH);
    String xml = d.toBpmnXml();
    long shapes =
        d.getElements().stream()
            .filter(
                e ->
                    e.getKind() != ElementKind.PROCESS
                        && e.getKind() != ElementKind.ESCALATION
                        && e.getKind() != ElementKind.SEQUENCE_FLOW
                        && e.getKind() != ElementKind.ASSOCIATION)
            .count();
    long connectors =
        d.elements(ElementKind.SEQUENCE_FLOW).size() + d.elements(ElementKind.ASSOCIATION).size();
    assertEquals(shapes, count(xml, "<bpmndi:BPMNShape "));
    assertEquals(connectors, count(xml, "<bpmndi:BPMNEdge "));
    assertEquals(shapes + count(xml, "<bpmndi:BPMNLabel>"), count(xml, "<dc:Bounds "));
    assertTrue(count(xml, "<di:waypoint ") >= 2 * connectors);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
  }

  @Test
  void names_escapedInXmlAndSvg() {
    MethodologyProfile odd =
        MethodologyProfile.builder()
            .from(MethodologyProfile.rotterdam())
            .terminology(
                nl.lon.rules.profile.Terminology.builder()
                    .from(MethodologyProfile.rotterdam().getTerminology())
                    .networkEn("care <&> \"network\"")
                    .build())
            .build();
    ProcessDiagram d = ProcessDiagram.of(odd, Locale.ENGLISH);
    assertEquals("The way of working of the care <&> \"network\"", d.getName());
    assertTrue(
        d.toBpmnXml()
            .contains("name=\"The way of working of the care &lt;&amp;&gt; &quot;network&quot;\""));
    assertTrue(d.toSvg().contains("care &lt;&amp;&gt; \"network\""));
  }

  @Test
  void of_nullArguments_rejected() {
    assertThrows(NullPointerException.class, () -> ProcessDiagram.of(null, Locale.ENGLISH));
    assertThrows(
        NullPointerException.class, () -> ProcessDiagram.of(MethodologyProfile.rotterdam(), null));
    assertEquals(
        "lon-process-rotterdam", ProcessDiagram.processKey(MethodologyProfile.rotterdam()));
    assertEquals(
        Locale.ENGLISH,
        ProcessDiagram.of(MethodologyProfile.rotterdam(), Locale.GERMAN).getLocale());
  }

  private static long count(String text, String needle) {
    long n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
