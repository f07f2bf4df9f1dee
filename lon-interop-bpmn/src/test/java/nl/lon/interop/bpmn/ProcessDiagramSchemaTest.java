package nl.lon.interop.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lon.rules.profile.MethodologyProfile;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.EscalationEventDefinition;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.io.InputStreamProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated XML is BPMN 2.0: Flowable's BPMN parser validates it against the BPMN 2.0 schema
 * (with BPMN DI) and reads back the process, its timers, escalations and layout as the diagram's
 * elements say.
 */
class ProcessDiagramSchemaTest {

  private static InputStreamProvider source(String xml) {
    return () -> new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses with schema validation on; throws on a document the schema refuses. */
  private static BpmnModel parse(String xml) {
    return new BpmnXMLConverter().convertToBpmnModel(source(xml), true, false, "UTF-8");
  }

  @ParameterizedTest
  @MethodSource("nl.lon.interop.bpmn.Presets#presetsAndLanguages")
  void toBpmnXml_preset_isValidBpmn20WithLayout(MethodologyProfile profile, Locale locale)
      throws Exception {
    ProcessDiagram diagram = ProcessDiagram.of(profile, locale);
    String xml = diagram.toBpmnXml();
    new BpmnXMLConverter().validateModel(source(xml));
    BpmnModel model = parse(xml);

    Process process = model.getMainProcess();
    assertEquals(diagram.getProcessKey(), process.getId());
    assertEquals("lon-process-" + profile.getId(), process.getId());
    assertTrue(process.isExecutable());

    List<UserTask> steps =
        process.findFlowElementsOfType(UserTask.class).stream()
            .filter(t -> t.getId().startsWith("step_"))
            .collect(Collectors.toList());
    assertEquals(9, steps.size(), "one user task per step");

    // every shape and connector of the diagram has its layout
    for (DiagramElement e : diagram.getElements()) {
      switch (e.getKind()) {
        case PROCESS:
        case ESCALATION:
          break;
        case SEQUENCE_FLOW:
        case ASSOCIATION:
          assertTrue(model.getFlowLocationGraphicInfo(e.getId()).size() >= 2, e + " has waypoints");
          break;
        default:
          assertTrue(model.getGraphicInfo(e.getId()) != null, e + " has bounds");
          assertTrue(model.getGraphicInfo(e.getId()).getWidth() > 0, e + " has a width");
      }
    }

    // the timers as the diagram lists them, with their durations
    for (DiagramElement timer : diagram.elements(ElementKind.TIMER_BOUNDARY_EVENT)) {
      BoundaryEvent parsed = (BoundaryEvent) process.getFlowElement(timer.getId());
      TimerEventDefinition definition = (TimerEventDefinition) parsed.getEventDefinitions().get(0);
      String expected =
          timer
              .getAttributes()
              .getOrDefault("timeDuration", timer.getAttributes().get("timeCycle"));
      String actual =
          definition.getTimeDuration() != null
              ? definition.getTimeDuration()
              : definition.getTimeCycle();
      assertEquals(expected, actual, timer.getId());
      assertEquals(timer.getAttributes().get("attachedToRef"), parsed.getAttachedToRefId());
      assertEquals(
          Boolean.parseBoolean(timer.getAttributes().get("cancelActivity")),
          parsed.isCancelActivity());
    }

    // one escalation per option the profile offers, each thrown by its own end event
    int options =
        profile.getIntervention().getContentEscalation().getOptions().size()
            + profile.getIntervention().getOrganisationalEscalation().getOptions().size()
            + profile
                .getIntervention()
                .getCoercionEscalation()
                .map(o -> o.getOptions().size())
                .orElse(0);
    assertEquals(options, model.getEscalations().size());
    Set<String> thrown =
        process.findFlowElementsOfType(EndEvent.class).stream()
            .flatMap(e -> e.getEventDefinitions().stream())
            .filter(d -> d instanceof EscalationEventDefinition)
            .map(d -> ((EscalationEventDefinition) d).getEscalationCode())
            .collect(Collectors.toSet());
    assertEquals(
        model.getEscalations().stream().map(e -> e.getId()).collect(Collectors.toSet()), thrown);

    // every sequence flow joins two flow nodes of the process
    for (FlowElement f : process.getFlowElements()) {
      if (f instanceof SequenceFlow) {
        SequenceFlow s = (SequenceFlow) f;
        assertTrue(process.getFlowElement(s.getSourceRef()) instanceof FlowNode, s.getId());
        assertTrue(process.getFlowElement(s.getTargetRef()) instanceof FlowNode, s.getId());
      }
    }
  }

  @Test
  void schemaValidation_documentTheSchemaRefuses_isRejected() {
    // the check can fail: a boundary event with a non-boolean cancelActivity is not BPMN 2.0
    String xml = ProcessDiagram.of(MethodologyProfile.enschede(), Locale.ENGLISH).toBpmnXml();
    String broken = xml.replaceFirst("cancelActivity=\"false\"", "cancelActivity=\"sometimes\"");
    assertTrue(!broken.equals(xml));
    assertThrows(Exception.class, () -> new BpmnXMLConverter().validateModel(source(broken)));
    assertThrows(RuntimeException.class, () -> parse(broken));
  }
}
