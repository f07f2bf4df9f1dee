package nl.lon.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.rules.access.AccessResource;
import nl.lon.rules.process.CaseCommand;

/**
 * How an attempt is audited (verwerking): its operation name, action, data categories and the
 * resource the access rules decide. The names are stored in audit records, so each is a fixed
 * constant here; renaming a command type does not change them.
 */
final class Operation {
  /** The stored name of {@link CaseCommand.ReportSignal}. */
  static final String REPORT_SIGNAL = "report-signal";

  /** The stored name of {@link CaseCommand.JudgeReport}. */
  static final String JUDGE_REPORT = "judge-report";

  /** The stored name of {@link CaseCommand.RequestInformation}. */
  static final String REQUEST_INFORMATION = "request-information";

  /** The stored name of {@link CaseCommand.AddInformation}. */
  static final String ADD_INFORMATION = "add-information";

  /** The stored name of {@link CaseCommand.RecordHomeVisit}. */
  static final String RECORD_HOME_VISIT = "record-home-visit";

  /** The stored name of {@link CaseCommand.DecideCoordination}. */
  static final String DECIDE_COORDINATION = "decide-coordination";

  /** The stored name of {@link CaseCommand.AppointTrajectoryDirector}. */
  static final String APPOINT_TRAJECTORY_DIRECTOR = "appoint-trajectory-director";

  /** The stored name of {@link CaseCommand.RecordScan}. */
  static final String RECORD_SCAN = "record-scan";

  /** The stored name of {@link CaseCommand.FormIntegralPicture}. */
  static final String FORM_INTEGRAL_PICTURE = "form-integral-picture";

  /** The stored name of {@link CaseCommand.AdoptPlan}. */
  static final String ADOPT_PLAN = "adopt-plan";

  /** The stored name of {@link CaseCommand.DraftConceptPlan}. */
  static final String DRAFT_CONCEPT_PLAN = "draft-concept-plan";

  /** The stored name of {@link CaseCommand.AdjustPlan}. */
  static final String ADJUST_PLAN = "adjust-plan";

  /** The stored name of {@link CaseCommand.ReportProgress}. */
  static final String REPORT_PROGRESS = "report-progress";

  /** The stored name of {@link CaseCommand.HoldProgressTalk}. */
  static final String HOLD_PROGRESS_TALK = "hold-progress-talk";

  /** The stored name of recording a paper file. */
  static final String RECORD_PAPER_FILE = "record-paper-file";

  /** The stored name of accepting the problem ownership. */
  static final String ACCEPT_PROBLEM_OWNERSHIP = "accept-problem-ownership";

  /** The stored name of {@link CaseCommand.HoldMeeting}. */
  static final String HOLD_MEETING = "hold-meeting";

  /** The stored name of {@link CaseCommand.CorrectEntry}. */
  static final String CORRECT_ENTRY = "correct-entry";

  /** The stored name of {@link CaseCommand.WithdrawEntry}. */
  static final String WITHDRAW_ENTRY = "withdraw-entry";

  /** The stored name of {@link CaseCommand.Evaluate}. */
  static final String EVALUATE = "evaluate";

  /** The stored name of {@link CaseCommand.Close}. */
  static final String CLOSE = "close";

  /** The stored name of {@link CaseCommand.RecordFollowUp}. */
  static final String RECORD_FOLLOW_UP = "record-follow-up";

  /** The stored name of {@link CaseCommand.Reopen}. */
  static final String REOPEN = "reopen";

  /** The stored name of {@link CaseCommand.Transfer}. */
  static final String TRANSFER = "transfer";

  /** The stored name of {@link CaseCommand.RecordConsent}. */
  static final String RECORD_CONSENT = "record-consent";

  /** The stored name of {@link CaseCommand.WithdrawConsent}. */
  static final String WITHDRAW_CONSENT = "withdraw-consent";

  /** The stored name of {@link CaseCommand.RequestEscalation}. */
  static final String REQUEST_ESCALATION = "request-escalation";

  /** The stored name of {@link CaseCommand.Escalate}. */
  static final String ESCALATE = "escalate";

  /** The stored name of {@link CaseCommand.ResolveEscalation}. */
  static final String RESOLVE_ESCALATION = "resolve-escalation";

  /** The stored name of {@link CaseCommand.RecordCoercionMeasure}. */
  static final String RECORD_COERCION_MEASURE = "record-coercion-measure";

  /** The stored name of {@link CaseCommand.UseInstrument}. */
  static final String USE_INSTRUMENT = "use-instrument";

  /** The stored name of reading a case's state. */
  static final String READ_CASE = "read-case";

  /** The stored name of reading a case's timeline. */
  static final String READ_TIMELINE = "read-timeline";

  /** The stored name of reading the client's personal data. */
  static final String READ_PERSONAL_DATA = "read-personal-data";

  /** The stored name of reading the erasure of personal data. */
  static final String ERASE_PERSONAL_DATA = "erase-personal-data";

  /** The stored name of reading the network agenda. */
  static final String READ_AGENDA = "read-agenda";

  /** The stored name of reading a network meeting's case list. */
  static final String READ_CASE_LIST = "read-case-list";

  /** The stored name of reading a network's signal list. */
  static final String READ_SIGNAL_LIST = "read-signal-list";

  /** The stored name of reading a professional's own agenda. */
  static final String READ_OWN_AGENDA = "read-own-agenda";

  /** The stored name of reading the management figures. */
  static final String READ_MANAGEMENT_FIGURES = "read-management-figures";

  /** The stored name of reading a case's audit trail. */
  static final String READ_AUDIT_LOG = "read-audit-log";

  /** The stored name of an extract of a case for an export (FHIR, for example). */
  static final String EXPORT_CASE = "export-case";

  /** The stored name of registering an involvement in the index. */
  static final String REGISTER_INVOLVEMENT = "register-involvement";

  /** The stored name of looking up who else is involved with a client. */
  static final String LOOK_UP_INVOLVEMENTS = "look-up-involvements";

  /** The stored name of withdrawing an involvement from the index. */
  static final String WITHDRAW_INVOLVEMENT = "withdraw-involvement";

  /** The stored name of expiring a network's inactive registrations. */
  static final String EXPIRE_INVOLVEMENTS = "expire-involvements";

  /**
   * The stored name of a match shown to another organisation, recorded in the chain of the network
   * whose registration was shown.
   */
  static final String INVOLVEMENT_MATCH = "involvement-match";

  /** Registering (or refreshing) an organisation's involvement with a client. */
  static final Operation INDEX_REGISTER = index(REGISTER_INVOLVEMENT, AuditAction.CREATE);

  /** Looking up who else is involved with a client. */
  static final Operation INDEX_LOOK_UP = index(LOOK_UP_INVOLVEMENTS, AuditAction.READ);

  /** Withdrawing an organisation's involvement. */
  static final Operation INDEX_WITHDRAW = index(WITHDRAW_INVOLVEMENT, AuditAction.DELETE);

  /** Expiring a network's inactive registrations. */
  static final Operation INDEX_EXPIRE = index(EXPIRE_INVOLVEMENTS, AuditAction.DELETE);

  /** A registration shown as a match to another organisation. */
  static final Operation INDEX_MATCH = index(INVOLVEMENT_MATCH, AuditAction.READ);

  /** Every operation on the involvement index. */
  static final ImmutableList<Operation> INDEX =
      ImmutableList.of(INDEX_REGISTER, INDEX_LOOK_UP, INDEX_WITHDRAW, INDEX_EXPIRE, INDEX_MATCH);

  /** Reading a case's state. */
  static final Operation CASE = read(READ_CASE, AccessResource.CASE, DataCategory.CASE_EVENTS);

  /** Reading a case's timeline. */
  static final Operation TIMELINE =
      read(READ_TIMELINE, AccessResource.TIMELINE, DataCategory.CASE_EVENTS);

  /** Reading the client's personal data. */
  static final Operation PERSONAL_DATA =
      read(READ_PERSONAL_DATA, AccessResource.PERSONAL_DATA, DataCategory.PERSONAL_DATA);

  /** Erasing the client's personal data. */
  static final Operation ERASURE =
      new Operation(
          ERASE_PERSONAL_DATA,
          AuditAction.DELETE,
          AccessResource.ERASURE,
          ImmutableSet.of(DataCategory.PERSONAL_DATA));

  /** Reading a case's audit trail. */
  static final Operation AUDIT_TRAIL =
      read(READ_AUDIT_LOG, AccessResource.AUDIT_TRAIL, DataCategory.AUDIT_LOG);

  /** Reading the network agenda. */
  static final Operation NETWORK_AGENDA =
      read(READ_AGENDA, AccessResource.NETWORK_AGENDA, DataCategory.AGENDA);

  /** Reading a network meeting's case list (bespreeklijst). */
  static final Operation CASE_LIST =
      read(READ_CASE_LIST, AccessResource.CASE_LIST, DataCategory.AGENDA);

  /** Reading a network's signal list (signaallijst). */
  static final Operation SIGNAL_LIST =
      read(READ_SIGNAL_LIST, AccessResource.SIGNAL_LIST, DataCategory.AGENDA);

  /** Reading one's own agenda. */
  static final Operation OWN_AGENDA =
      read(READ_OWN_AGENDA, AccessResource.OWN_AGENDA, DataCategory.AGENDA);

  /** Reading the management figures. */
  static final Operation FIGURES =
      read(
          READ_MANAGEMENT_FIGURES,
          AccessResource.MANAGEMENT_FIGURES,
          DataCategory.MANAGEMENT_FIGURES);

  /**
   * An extract of a case for an export: decided as a read of its timeline and audited with the
   * categories the extract carries ({@link #withCategories}); these are every category it can
   * carry, recorded when it is denied.
   */
  static final Operation EXPORT =
      new Operation(
          EXPORT_CASE,
          AuditAction.READ,
          AccessResource.TIMELINE,
          ImmutableSet.of(
              DataCategory.CASE_EVENTS,
              DataCategory.PERSONAL_DATA,
              DataCategory.TARGET_GROUP,
              DataCategory.PLAN,
              DataCategory.CONSENT,
              DataCategory.AGENDA,
              DataCategory.ESCALATION));

  /** The stored name of recording a network activity without a case. */
  static final String RECORD_NETWORK_ACTIVITY_NAME = "record-network-activity";

  /** The stored name of reading the network's activities. */
  static final String READ_NETWORK_ACTIVITIES_NAME = "read-network-activities";

  /**
   * Recording information or consultation without a case: the record, written only when allowed,
   * holds the activity.
   */
  static final Operation RECORD_NETWORK_ACTIVITY =
      new Operation(
          RECORD_NETWORK_ACTIVITY_NAME,
          AuditAction.CREATE,
          AccessResource.NETWORK_ACTIVITIES,
          ImmutableSet.of(DataCategory.NETWORK_ACTIVITY));

  /** Reading the network's activities without a case. */
  static final Operation READ_NETWORK_ACTIVITIES =
      read(
          READ_NETWORK_ACTIVITIES_NAME,
          AccessResource.NETWORK_ACTIVITIES,
          DataCategory.NETWORK_ACTIVITY);

  /** The operations on the network's activities without a case. */
  static final ImmutableList<Operation> NETWORK_ACTIVITIES =
      ImmutableList.of(RECORD_NETWORK_ACTIVITY, READ_NETWORK_ACTIVITIES);

  /** The stored name of accepting a case another network handed over. */
  static final String ACCEPT_HANDOVER_NAME = "accept-handover";

  /** The stored name of declining a case another network handed over. */
  static final String DECLINE_HANDOVER_NAME = "decline-handover";

  /** Accepting a handover: the receiving network opens its own case from the shared data. */
  static final Operation ACCEPT_HANDOVER =
      new Operation(
          ACCEPT_HANDOVER_NAME,
          AuditAction.EXECUTE,
          AccessResource.TRANSFER,
          ImmutableSet.of(DataCategory.CASE_EVENTS));

  /** Declining a handover: the case returns to the sending network. */
  static final Operation DECLINE_HANDOVER =
      new Operation(
          DECLINE_HANDOVER_NAME,
          AuditAction.EXECUTE,
          AccessResource.TRANSFER,
          ImmutableSet.of(DataCategory.CASE_EVENTS));

  /** The operations of the receiving side of a warm handover, which are not case commands. */
  static final ImmutableList<Operation> HANDOVER_DECISIONS =
      ImmutableList.of(ACCEPT_HANDOVER, DECLINE_HANDOVER);

  /** Every operation that is not a command. */
  static final ImmutableList<Operation> READS =
      ImmutableList.of(
          CASE,
          TIMELINE,
          PERSONAL_DATA,
          ERASURE,
          AUDIT_TRAIL,
          NETWORK_AGENDA,
          CASE_LIST,
          SIGNAL_LIST,
          OWN_AGENDA,
          FIGURES);

  /** The operation of each command type, exhaustive over the sealed {@link CaseCommand}. */
  static final CaseCommand.Visitor<Operation> COMMANDS = new Commands();

  final String name;
  final AuditAction action;
  final AccessResource resource;
  final ImmutableSet<DataCategory> categories;

  private Operation(
      String name,
      AuditAction action,
      AccessResource resource,
      ImmutableSet<DataCategory> categories) {
    this.name = name;
    this.action = action;
    this.resource = resource;
    this.categories = categories;
  }

  private static Operation read(String name, AccessResource resource, DataCategory category) {
    return new Operation(name, AuditAction.READ, resource, ImmutableSet.of(category));
  }

  private static Operation index(String name, AuditAction action) {
    return new Operation(
        name,
        action,
        AccessResource.INVOLVEMENT_INDEX,
        ImmutableSet.of(DataCategory.INVOLVEMENT_INDEX));
  }

  private static Operation update(String name, DataCategory... also) {
    return new Operation(
        name,
        AuditAction.UPDATE,
        AccessResource.CASE,
        ImmutableSet.<DataCategory>builder().add(DataCategory.CASE_EVENTS).add(also).build());
  }

  /** The same operation touching other categories (for example personal data besides events). */
  Operation withCategories(ImmutableSet<DataCategory> other) {
    return new Operation(name, action, resource, other);
  }

  /** The operation of a command. */
  static Operation of(CaseCommand command) {
    Operation op = command.accept(COMMANDS);
    if (command instanceof CaseCommand.CorrectEntry correction) {
      // a correction touches what its replacement act records, too
      return op.withCategories(
          ImmutableSet.<DataCategory>builder()
              .addAll(op.categories)
              .addAll(of(correction.replacement()).categories)
              .build());
    }
    return op;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Names each command; the argument is not used, only its type. */
  private static final class Commands implements CaseCommand.Visitor<Operation> {

    @Override
    public Operation visitReportSignal(CaseCommand.ReportSignal command) {
      return new Operation(
          REPORT_SIGNAL,
          AuditAction.CREATE,
          AccessResource.CASE,
          ImmutableSet.of(DataCategory.CASE_EVENTS));
    }

    @Override
    public Operation visitJudgeReport(CaseCommand.JudgeReport command) {
      return update(JUDGE_REPORT, DataCategory.TARGET_GROUP);
    }

    @Override
    public Operation visitRequestInformation(CaseCommand.RequestInformation command) {
      return update(REQUEST_INFORMATION);
    }

    @Override
    public Operation visitAddInformation(CaseCommand.AddInformation command) {
      return update(ADD_INFORMATION);
    }

    @Override
    public Operation visitRecordHomeVisit(CaseCommand.RecordHomeVisit command) {
      return update(RECORD_HOME_VISIT);
    }

    @Override
    public Operation visitDecideCoordination(CaseCommand.DecideCoordination command) {
      return update(DECIDE_COORDINATION);
    }

    @Override
    public Operation visitAppointTrajectoryDirector(CaseCommand.AppointTrajectoryDirector command) {
      return update(APPOINT_TRAJECTORY_DIRECTOR);
    }

    @Override
    public Operation visitRecordScan(CaseCommand.RecordScan command) {
      return update(RECORD_SCAN, DataCategory.SCAN);
    }

    @Override
    public Operation visitFormIntegralPicture(CaseCommand.FormIntegralPicture command) {
      return update(FORM_INTEGRAL_PICTURE, DataCategory.TARGET_GROUP);
    }

    @Override
    public Operation visitAdoptPlan(CaseCommand.AdoptPlan command) {
      return update(ADOPT_PLAN, DataCategory.PLAN);
    }

    @Override
    public Operation visitDraftConceptPlan(CaseCommand.DraftConceptPlan command) {
      return update(DRAFT_CONCEPT_PLAN, DataCategory.PLAN);
    }

    @Override
    public Operation visitAdjustPlan(CaseCommand.AdjustPlan command) {
      return update(ADJUST_PLAN, DataCategory.PLAN);
    }

    @Override
    public Operation visitReportProgress(CaseCommand.ReportProgress command) {
      return update(REPORT_PROGRESS);
    }

    @Override
    public Operation visitHoldProgressTalk(CaseCommand.HoldProgressTalk command) {
      return update(HOLD_PROGRESS_TALK);
    }

    @Override
    public Operation visitAcceptProblemOwnership(CaseCommand.AcceptProblemOwnership command) {
      return update(ACCEPT_PROBLEM_OWNERSHIP);
    }

    @Override
    public Operation visitRecordPaperFile(CaseCommand.RecordPaperFile command) {
      return update(RECORD_PAPER_FILE);
    }

    @Override
    public Operation visitHoldMeeting(CaseCommand.HoldMeeting command) {
      return update(HOLD_MEETING, DataCategory.MINUTES);
    }

    @Override
    public Operation visitEvaluate(CaseCommand.Evaluate command) {
      return update(EVALUATE);
    }

    @Override
    public Operation visitClose(CaseCommand.Close command) {
      return update(CLOSE);
    }

    @Override
    public Operation visitRecordFollowUp(CaseCommand.RecordFollowUp command) {
      return update(RECORD_FOLLOW_UP);
    }

    @Override
    public Operation visitReopen(CaseCommand.Reopen command) {
      return update(REOPEN);
    }

    @Override
    public Operation visitTransfer(CaseCommand.Transfer command) {
      return new Operation(
          TRANSFER,
          AuditAction.EXECUTE,
          AccessResource.TRANSFER,
          ImmutableSet.of(DataCategory.CASE_EVENTS));
    }

    @Override
    public Operation visitRecordConsent(CaseCommand.RecordConsent command) {
      return update(RECORD_CONSENT, DataCategory.CONSENT);
    }

    @Override
    public Operation visitWithdrawConsent(CaseCommand.WithdrawConsent command) {
      return update(WITHDRAW_CONSENT, DataCategory.CONSENT);
    }

    @Override
    public Operation visitRequestEscalation(CaseCommand.RequestEscalation command) {
      return update(REQUEST_ESCALATION, DataCategory.ESCALATION);
    }

    @Override
    public Operation visitEscalate(CaseCommand.Escalate command) {
      return update(ESCALATE, DataCategory.ESCALATION);
    }

    @Override
    public Operation visitResolveEscalation(CaseCommand.ResolveEscalation command) {
      return update(RESOLVE_ESCALATION, DataCategory.ESCALATION);
    }

    @Override
    public Operation visitRecordCoercionMeasure(CaseCommand.RecordCoercionMeasure command) {
      return update(RECORD_COERCION_MEASURE, DataCategory.ESCALATION);
    }

    @Override
    public Operation visitUseInstrument(CaseCommand.UseInstrument command) {
      return update(USE_INSTRUMENT);
    }

    @Override
    public Operation visitCorrectEntry(CaseCommand.CorrectEntry command) {
      return update(CORRECT_ENTRY);
    }

    @Override
    public Operation visitWithdrawEntry(CaseCommand.WithdrawEntry command) {
      return update(WITHDRAW_ENTRY);
    }
  }
}
