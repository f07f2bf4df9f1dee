package nl.lon.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.rules.access.AccessResource;
import nl.lon.rules.process.CaseCommand;
import org.junit.jupiter.api.Test;

/**
 * The audit vocabulary: every command and read has its fixed operation name, and the names stay.
 */
class OperationTest {

  /** The names stored in audit records; changing one breaks existing audit logs. */
  private static final Map<String, String> STORED_COMMAND_NAMES =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("ReportSignal", "report-signal"),
              Map.entry("JudgeReport", "judge-report"),
              Map.entry("RequestInformation", "request-information"),
              Map.entry("AddInformation", "add-information"),
              Map.entry("RecordHomeVisit", "record-home-visit"),
              Map.entry("DecideCoordination", "decide-coordination"),
              Map.entry("AppointTrajectoryDirector", "appoint-trajectory-director"),
              Map.entry("RecordScan", "record-scan"),
              Map.entry("FormIntegralPicture", "form-integral-picture"),
              Map.entry("AdoptPlan", "adopt-plan"),
              Map.entry("AdjustPlan", "adjust-plan"),
              Map.entry("ReportProgress", "report-progress"),
              Map.entry("HoldProgressTalk", "hold-progress-talk"),
              Map.entry("HoldMeeting", "hold-meeting"),
              Map.entry("Evaluate", "evaluate"),
              Map.entry("Close", "close"),
              Map.entry("RecordFollowUp", "record-follow-up"),
              Map.entry("Reopen", "reopen"),
              Map.entry("Transfer", "transfer"),
              Map.entry("RecordConsent", "record-consent"),
              Map.entry("WithdrawConsent", "withdraw-consent"),
              Map.entry("RequestEscalation", "request-escalation"),
              Map.entry("Escalate", "escalate"),
              Map.entry("ResolveEscalation", "resolve-escalation"),
              Map.entry("RecordCoercionMeasure", "record-coercion-measure"),
              Map.entry("UseInstrument", "use-instrument"),
              Map.entry("CorrectEntry", "correct-entry"),
              Map.entry("WithdrawEntry", "withdraw-entry"),
              Map.entry("AcceptProblemOwnership", "accept-problem-ownership"),
              Map.entry("RecordPaperFile", "record-paper-file"),
              Map.entry("DraftConceptPlan", "draft-concept-plan")));

  private static final Set<String> STORED_READ_NAMES =
      Set.of(
          "read-case",
          "read-timeline",
          "read-personal-data",
          "erase-personal-data",
          "read-agenda",
          "read-case-list",
          "read-signal-list",
          "read-own-agenda",
          "read-management-figures",
          "read-audit-log");

  private static final Set<String> STORED_INDEX_NAMES =
      Set.of(
          "register-involvement",
          "look-up-involvements",
          "withdraw-involvement",
          "expire-involvements",
          "involvement-match");

  /**
   * The operation the service's visitor gives each command type (the visitor reads only the type).
   */
  private static Operation operationOf(Class<?> type) throws ReflectiveOperationException {
    Method visit = CaseCommand.Visitor.class.getMethod("visit" + type.getSimpleName(), type);
    return (Operation) visit.invoke(Operation.COMMANDS, new Object[] {null});
  }

  @Test
  void everyCommandType_hasItsStoredName() throws ReflectiveOperationException {
    Map<String, String> names = new TreeMap<>();
    for (Class<?> type : CaseCommand.class.getPermittedSubclasses()) {
      names.put(type.getSimpleName(), operationOf(type).name);
    }
    assertEquals(STORED_COMMAND_NAMES, names);
  }

  @Test
  void everyRead_hasItsStoredName() {
    Set<String> names = new HashSet<>();
    for (Operation op : Operation.READS) {
      names.add(op.name);
    }
    assertEquals(STORED_READ_NAMES, names);
  }

  @Test
  void operationNames_areUnique() throws ReflectiveOperationException {
    List<String> all = new ArrayList<>();
    for (Class<?> type : CaseCommand.class.getPermittedSubclasses()) {
      all.add(operationOf(type).name);
    }
    Operation.READS.forEach(op -> all.add(op.name));
    Operation.INDEX.forEach(op -> all.add(op.name));
    Operation.HANDOVER_DECISIONS.forEach(op -> all.add(op.name));
    all.add(Operation.EXPORT.name);
    Operation.NETWORK_ACTIVITIES.forEach(op -> all.add(op.name));
    assertEquals(all.size(), new HashSet<>(all).size(), all.toString());
  }

  @Test
  void networkActivities_haveTheirStoredNames_andAreDecidedOnTheNetworksActivities() {
    List<String> names = new ArrayList<>();
    for (Operation op : Operation.NETWORK_ACTIVITIES) {
      names.add(op.name);
      assertEquals(AccessResource.NETWORK_ACTIVITIES, op.resource, op.name);
      assertEquals(
          Set.of(nl.lon.persistence.audit.DataCategory.NETWORK_ACTIVITY), op.categories, op.name);
    }
    assertEquals(List.of("record-network-activity", "read-network-activities"), names);
    assertEquals(AuditAction.CREATE, Operation.RECORD_NETWORK_ACTIVITY.action);
    assertEquals(AuditAction.READ, Operation.READ_NETWORK_ACTIVITIES.action);
  }

  @Test
  void everyIndexOperation_hasItsStoredName_andIsDecidedOnTheIndex() {
    Set<String> names = new HashSet<>();
    for (Operation op : Operation.INDEX) {
      names.add(op.name);
      assertEquals(AccessResource.INVOLVEMENT_INDEX, op.resource, op.name);
      assertEquals(
          Set.of(nl.lon.persistence.audit.DataCategory.INVOLVEMENT_INDEX), op.categories, op.name);
    }
    assertEquals(STORED_INDEX_NAMES, names);
  }

  @Test
  void handoverDecisions_haveTheirStoredNames_andRunAsTransfers() {
    List<String> names = new ArrayList<>();
    for (Operation op : Operation.HANDOVER_DECISIONS) {
      names.add(op.name);
      assertEquals(AccessResource.TRANSFER, op.resource, op.name);
      assertEquals(AuditAction.EXECUTE, op.action, op.name);
    }
    assertEquals(List.of("accept-handover", "decline-handover"), names);
  }

  @Test
  void transfer_isDecidedAsATransfer_reportSignalCreates_othersUpdateTheCase()
      throws ReflectiveOperationException {
    for (Class<?> type : CaseCommand.class.getPermittedSubclasses()) {
      Operation op = operationOf(type);
      if (type == CaseCommand.Transfer.class) {
        assertEquals(AccessResource.TRANSFER, op.resource);
        assertEquals(AuditAction.EXECUTE, op.action);
      } else {
        assertEquals(AccessResource.CASE, op.resource, op.name);
        assertEquals(
            type == CaseCommand.ReportSignal.class ? AuditAction.CREATE : AuditAction.UPDATE,
            op.action);
      }
      assertTrue(
          op.categories.contains(nl.lon.persistence.audit.DataCategory.CASE_EVENTS), op.name);
    }
  }

  @Test
  void export_hasItsStoredName_readsTheTimeline_andNamesEveryCategoryItCanCarry() {
    assertEquals("export-case", Operation.EXPORT.name);
    assertEquals(AuditAction.READ, Operation.EXPORT.action);
    assertEquals(AccessResource.TIMELINE, Operation.EXPORT.resource);
    assertEquals(
        Set.of(
            nl.lon.persistence.audit.DataCategory.CASE_EVENTS,
            nl.lon.persistence.audit.DataCategory.PERSONAL_DATA,
            nl.lon.persistence.audit.DataCategory.TARGET_GROUP,
            nl.lon.persistence.audit.DataCategory.PLAN,
            nl.lon.persistence.audit.DataCategory.CONSENT,
            nl.lon.persistence.audit.DataCategory.AGENDA,
            nl.lon.persistence.audit.DataCategory.ESCALATION),
        Operation.EXPORT.categories);
  }

  @Test
  void reads_areDecidedPerResource() {
    Set<AccessResource> resources = new HashSet<>();
    Operation.READS.forEach(op -> resources.add(op.resource));
    assertEquals(Operation.READS.size(), resources.size(), "one resource per read");
    assertEquals(AuditAction.DELETE, Operation.ERASURE.action);
  }
}
