package nl.lon.bench.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lon.bench.scenario.Database;
import nl.lon.interop.bpmn.DiagramElement;
import nl.lon.interop.bpmn.ElementKind;
import nl.lon.interop.bpmn.ProcessDiagram;
import nl.lon.rules.profile.MethodologyProfile;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.EscalationEventDefinition;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Smoke check of the process diagrams of {@code lon-interop-bpmn}: each preset's BPMN, in Dutch and
 * in English, deploys into an embedded Flowable engine on in-memory H2, is its process definition
 * with the expected key, carries the profile's timers and escalations as the engine reads them, and
 * runs its first steps: a case started at the signal reaches the judging of the report, where the
 * profile's working-day deadline becomes a timer job.
 */
class ProcessDiagramDeploymentTest {

  private static final AtomicLong ENGINES = new AtomicLong();

  static Stream<Arguments> presets() {
    return Stream.of(
            MethodologyProfile.rotterdam(),
            MethodologyProfile.enschede(),
            MethodologyProfile.leeuwarden())
        .flatMap(
            p ->
                Stream.of(
                    Arguments.of(p, Locale.forLanguageTag("nl")), Arguments.of(p, Locale.ENGLISH)));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void diagram_preset_deploysWithItsKeyTimersAndEscalations(
      MethodologyProfile profile, Locale locale) {
    ProcessDiagram diagram = ProcessDiagram.of(profile, locale);
    try (Database db = Database.create(Database.Kind.H2, "bpmn")) {
      StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
      config.setEngineName("lon-bpmn-" + ENGINES.incrementAndGet());
      config.setDataSource(db.dataSource());
      config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
      config.setAsyncExecutorActivate(false);
      config.setHistoryLevel(HistoryLevel.NONE);
      ProcessEngine engine = config.buildProcessEngine();
      try {
        engine
            .getRepositoryService()
            .createDeployment()
            .name(profile.getId())
            .addString(diagram.getProcessKey() + ".bpmn20.xml", diagram.toBpmnXml())
            .deploy();
        ProcessDefinition definition =
            engine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("lon-process-" + profile.getId())
                .singleResult();
        assertNotNull(definition, "deployed with the key lon-process-" + profile.getId());
        assertEquals(diagram.getName(), definition.getName());
        assertTrue(definition.hasGraphicalNotation(), "the layout (BPMN DI) is read");

        BpmnModel model = engine.getRepositoryService().getBpmnModel(definition.getId());
        // the timers, as the engine reads them
        Map<String, String> timers =
            model.getMainProcess().findFlowElementsOfType(BoundaryEvent.class).stream()
                .filter(b -> b.getEventDefinitions().get(0) instanceof TimerEventDefinition)
                .collect(
                    Collectors.toMap(
                        BoundaryEvent::getId,
                        b -> {
                          TimerEventDefinition t =
                              (TimerEventDefinition) b.getEventDefinitions().get(0);
                          return t.getTimeDuration() != null
                              ? t.getTimeDuration()
                              : t.getTimeCycle();
                        }));
        Map<String, String> expected =
            diagram.elements(ElementKind.TIMER_BOUNDARY_EVENT).stream()
                .collect(
                    Collectors.toMap(
                        DiagramElement::getId,
                        e ->
                            e.getAttributes()
                                .getOrDefault("timeDuration", e.getAttributes().get("timeCycle"))));
        assertEquals(expected, timers);
        profile
            .getDeadlines()
            .getJudgeReportWithin()
            .ifPresent(d -> assertEquals("P" + d + "D", timers.get("timer_judge_report")));
        List<Integer> checks = profile.getFollowUp().getCheckAfterMonths();
        for (int i = 0; i < checks.size(); i++) {
          assertEquals("P" + checks.get(i) + "M", timers.get("timer_follow_up_" + (i + 1)));
        }
        // one escalation end event per option of the profile
        Set<String> escalations =
            model.getMainProcess().findFlowElementsOfType(EndEvent.class).stream()
                .filter(
                    e ->
                        !e.getEventDefinitions().isEmpty()
                            && e.getEventDefinitions().get(0) instanceof EscalationEventDefinition)
                .map(EndEvent::getId)
                .collect(Collectors.toSet());
        assertEquals(
            diagram.elements(ElementKind.ESCALATION_END_EVENT).stream()
                .map(DiagramElement::getId)
                .collect(Collectors.toSet()),
            escalations);
        assertTrue(escalations.contains("esc_content_1"));
        assertEquals(
            profile.getIntervention().getCoercionEscalation().isPresent(),
            escalations.contains("esc_coercion_1"));

        // it runs: the signal, then the judging of the report with the profile's deadline
        ProcessInstance instance =
            engine.getRuntimeService().startProcessInstanceByKey(diagram.getProcessKey(), "case-1");
        Task signal =
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertEquals("step_1_signal", signal.getTaskDefinitionKey());
        engine.getTaskService().complete(signal.getId());
        Task judge =
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertEquals("step_2_receive_report", judge.getTaskDefinitionKey());
        long timerJobs =
            engine
                .getManagementService()
                .createTimerJobQuery()
                .processInstanceId(instance.getId())
                .count();
        assertEquals(profile.getDeadlines().getJudgeReportWithin().isPresent() ? 1 : 0, timerJobs);
        // judged out of scope: the case ends
        engine.getTaskService().complete(judge.getId(), Map.of("judgement", "OUT_OF_SCOPE"));
        assertEquals(
            0,
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .count());
      } finally {
        engine.close();
      }
    }
  }
}
