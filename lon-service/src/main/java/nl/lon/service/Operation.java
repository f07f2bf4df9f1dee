package nl.lon.service;

import com.google.common.collect.ImmutableSet;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.rules.process.CaseCommand;

/** How a command is audited: operation name, action and data categories. */
final class Operation {
  private static final java.util.regex.Pattern KEBAB = java.util.regex.Pattern.compile("([a-z])([A-Z])");
  final String name;
  final AuditAction action;
  final ImmutableSet<DataCategory> categories;

  private Operation(String name, AuditAction action, DataCategory... categories) {
    this.name = name;
    this.action = action;
    this.categories = ImmutableSet.copyOf(categories);
  }

  /** The same operation touching other categories (for example personal data besides events). */
  Operation withCategories(ImmutableSet<DataCategory> other) {
    return new Operation(name, action, other.toArray(new DataCategory[0]));
  }

  static Operation of(CaseCommand command) {
    String name = KEBAB.matcher(command.getClass().getSimpleName()).replaceAll("$1-$2").toLowerCase(java.util.Locale.ROOT);
    if (command instanceof CaseCommand.ReportSignal) {
      return new Operation(name, AuditAction.CREATE, DataCategory.CASE_EVENTS);
    } else if (command instanceof CaseCommand.JudgeReport || command instanceof CaseCommand.FormIntegralPicture) {
      return new Operation(name, AuditAction.UPDATE, DataCategory.CASE_EVENTS, DataCategory.TARGET_GROUP);
    } else if (command instanceof CaseCommand.RecordScan) {
      return new Operation(name, AuditAction.UPDATE, DataCategory.CASE_EVENTS, DataCategory.SCAN);
    } else if (command instanceof CaseCommand.AdoptPlan || command instanceof CaseCommand.AdjustPlan) {
      return new Operation(name, AuditAction.UPDATE, DataCategory.CASE_EVENTS, DataCategory.PLAN);
    } else if (command instanceof CaseCommand.HoldMeeting) {
      return new Operation(name, AuditAction.UPDATE, DataCategory.CASE_EVENTS, DataCategory.MINUTES);
    } else if (command instanceof CaseCommand.RecordConsent || command instanceof CaseCommand.WithdrawConsent) {
      return new Operation(name, AuditAction.UPDATE, DataCategory.CASE_EVENTS, DataCategory.CONSENT);
    } else if (command instanceof CaseCommand.Escalate || command instanceof CaseCommand.ResolveEscalation
        || command instanceof CaseCommand.RequestEscalation || command instanceof CaseCommand.RecordCoercionMeasure) {
      return new Operation(name, AuditAction.UPDATE, DataCategory.CASE_EVENTS, DataCategory.ESCALATION);
    } else if (command instanceof CaseCommand.Transfer) {
      return new Operation("transfer", AuditAction.EXECUTE, DataCategory.CASE_EVENTS);
    }
    return new Operation(name, AuditAction.UPDATE, DataCategory.CASE_EVENTS);
  }
}
