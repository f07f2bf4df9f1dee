package nl.lon.bench.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;

/**
 * The same lifecycle on a generic embedded BPMN engine, Flowable 7: a process of nine sequential
 * user tasks (one per step after the signal), started with the case's variables and completed task
 * by task through the {@link TaskService}, each with that step's data as variables.
 *
 * <p>The engine runs on a {@link Database} (the same H2 in-memory URL style and pool as the other
 * contenders, or PostgreSQL), creates its schema ({@code databaseSchemaUpdate=true}), runs without
 * the async executor and keeps either the default history ({@link HistoryLevel#AUDIT}) or none.
 * Flowable checks no access and writes no access audit: what it records is its own history.
 *
 * @since 0.1
 */
public final class FlowableScenario implements AutoCloseable {

  /** The BPMN process key. */
  public static final String PROCESS_KEY = "lonCase";

  /** The user tasks of one lifecycle. */
  public static final List<String> TASKS =
      List.of(
          "judgeReport",
          "decideCoordination",
          "appointTrajectoryDirector",
          "recordScan",
          "formIntegralPicture",
          "adoptPlan",
          "reportProgress",
          "evaluate",
          "close");

  private static final AtomicLong ENGINES = new AtomicLong();

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;

  /**
   * Builds an engine on a database and deploys the process.
   *
   * @param database the database (the engine creates its tables)
   * @param history {@link HistoryLevel#AUDIT} (Flowable's default) or {@link HistoryLevel#NONE}
   */
  public FlowableScenario(Database database, HistoryLevel history) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setEngineName("lon-bench-" + ENGINES.incrementAndGet());
    config.setDataSource(database.dataSource());
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setAsyncExecutorActivate(false);
    config.setHistoryLevel(history);
    this.engine = config.buildProcessEngine();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    engine
        .getRepositoryService()
        .createDeployment()
        .name("lon-case")
        .addString(PROCESS_KEY + ".bpmn20.xml", bpmn())
        .deploy();
  }

  /**
   * Runs one lifecycle: starts an instance with the case's variables, then finds and completes each
   * of the nine tasks with its step's variables.
   *
   * @param caseId the case id, the business key
   * @param n the case number
   * @return the number of tasks completed (9)
   * @throws IllegalStateException when a task other than the next step's is open
   */
  public int run(String caseId, long n) {
    Map<String, Object> start = new HashMap<>();
    start.put("caseId", caseId);
    start.put("network", BenchFixtures.NETWORK_ID.getValue());
    start.put("clientNumber", "C-" + n);
    start.put("signalId", "sig-" + n);
    start.put("receivedOn", BenchFixtures.DAY.toString());
    start.put("signallerOrganisation", BenchFixtures.HOUSING.getValue());
    start.put("concerns", "NUISANCE,DEBTS,PSYCHOLOGICAL_PROBLEMS,DOMESTIC_SQUALOR");
    start.put("description", "neighbours complain; rent arrears; house neglected");
    start.put("household", "single");
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, caseId, start);
    int completed = 0;
    for (int i = 0; i < TASKS.size(); i++) {
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      if (task == null || !TASKS.get(i).equals(task.getTaskDefinitionKey())) {
        throw new IllegalStateException(
            "expected task " + TASKS.get(i) + " of " + caseId + ", found " + task);
      }
      tasks.complete(task.getId(), STEP_VARIABLES.get(i));
      completed++;
    }
    return completed;
  }

  /**
   * Whether the process instance of a case has ended (is no longer running); for checks only.
   *
   * @param caseId the case id, the business key
   * @return true when no running instance has this business key
   */
  public boolean ended(String caseId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count() == 0;
  }

  /**
   * The engine, for checks.
   *
   * @return the engine
   */
  public ProcessEngine engine() {
    return engine;
  }

  /** Closes the engine (not the database). */
  @Override
  public void close() {
    engine.close();
  }

  /** Each task's variables: the data of that step, as a vendor would store them on the instance. */
  private static final List<Map<String, Object>> STEP_VARIABLES =
      List.of(
          Map.of(
              "judgement",
              "IN_SCOPE",
              "judgementReason",
              "multi-problem household, five life domains",
              "targetGroup",
              "CARE_MISSER"),
          Map.of(
              "coordination",
              "COORDINATE",
              "coordinationReason",
              "several partners involved; nobody has the lead",
              "feedbackOn",
              BenchFixtures.DAY.toString()),
          Map.of(
              "trajectoryDirector",
              BenchFixtures.TRAJECTORY_DIRECTOR.getId().getValue(),
              "trajectoryOrganisation",
              BenchFixtures.AMW.getValue()),
          Map.of(
              "scanInstrument",
              "ZRM_2017",
              "scanScores",
              "HOUSING=1,FINANCES=1,MENTAL_HEALTH=2,JUSTICE=2,SOCIAL_NETWORK=3,others=4"),
          Map.of(
              "integralPicture",
              "integral picture: debts, rent arrears and a neglected home; no care in place"),
          Map.of("planVersion", 1, "planGoals", "g-housing,g-income", "planActivities", 2),
          Map.of(
              "progress", "payment plan agreed; debt counselling applied for", "deviates", false),
          Map.of("evaluationDecision", "CLOSE", "goalsReached", true),
          Map.of("closureReason", "SELF_RELIANT_AGAIN"));

  /**
   * The BPMN 2.0 process: a start event, the nine user tasks in sequence, an end event.
   *
   * @return the XML
   */
  public static String bpmn() {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n")
        .append("    xmlns:flowable=\"http://flowable.org/bpmn\"\n")
        .append("    targetNamespace=\"http://lon.nl/bench\">\n")
        .append("  <process id=\"")
        .append(PROCESS_KEY)
        .append("\" name=\"LON case\" isExecutable=\"true\">\n")
        .append("    <startEvent id=\"signalReceived\"/>\n");
    String previous = "signalReceived";
    for (int i = 0; i < TASKS.size(); i++) {
      String task = TASKS.get(i);
      String assignee =
          i < 3
              ? BenchFixtures.NETWORK_DIRECTOR.getId().getValue()
              : BenchFixtures.TRAJECTORY_DIRECTOR.getId().getValue();
      xml.append("    <userTask id=\"")
          .append(task)
          .append("\" name=\"")
          .append(task)
          .append("\" flowable:assignee=\"")
          .append(assignee)
          .append("\"/>\n");
      xml.append("    <sequenceFlow id=\"f")
          .append(i)
          .append("\" sourceRef=\"")
          .append(previous)
          .append("\" targetRef=\"")
          .append(task)
          .append("\"/>\n");
      previous = task;
    }
    xml.append("    <endEvent id=\"closed\"/>\n")
        .append("    <sequenceFlow id=\"fEnd\" sourceRef=\"")
        .append(previous)
        .append("\" targetRef=\"closed\"/>\n")
        .append("  </process>\n</definitions>\n");
    return xml.toString();
  }
}
