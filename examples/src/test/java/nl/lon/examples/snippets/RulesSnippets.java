package nl.lon.examples.snippets;

import static nl.lon.core.process.ReportJudgement.IN_SCOPE;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.Violation;
import nl.lon.core.escalation.EscalationOption;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.event.EventStore;
import nl.lon.rules.access.AccessDecision;
import nl.lon.rules.access.AccessRequest;
import nl.lon.rules.access.AccessRuleId;
import nl.lon.rules.access.AccessRules;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.agenda.UncomputableCase;
import nl.lon.rules.calendar.WorkingDayCalendar;
import nl.lon.rules.eligibility.TargetGroupFacts;
import nl.lon.rules.figures.FiguresAccumulator;
import nl.lon.rules.figures.FiguresScope;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.figures.SmallCellSuppression;
import nl.lon.rules.intervention.BudgetMandate;
import nl.lon.rules.intervention.EscalationOptions;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.process.RuleId;
import nl.lon.rules.profile.InquiryRoundPolicy;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.profile.ProcessDeadlines;

/**
 * The Javadoc examples of {@code lon-rules}, each verbatim inside compiling code; {@code
 * JavadocExamplesTest} checks that every example is here, {@code RulesSnippetsTest} runs the cheap
 * ones.
 */
final class RulesSnippets {

  private RulesSnippets() {}

  /** {@link EscalationOptions}. */
  static EscalationOption escalationOptions() {
    EscalationOptions content = EscalationOptions.content("steering group", "stuurgroep");
    EscalationOption psychiatrist = content.option(2).orElseThrow();
    return psychiatrist;
  }

  /** {@link BudgetMandate}. */
  static BudgetMandate budgetMandate() {
    BudgetMandate pot =
        BudgetMandate.of(ProfessionalRole.NETWORK_DIRECTOR, new BigDecimal("25000"));
    BudgetMandate capped =
        BudgetMandate.builder().from(pot).maxPerCase(new BigDecimal("5000")).build();
    return capped;
  }

  /** {@link AgendaRules}. */
  static Agenda agenda(List<CaseState> states, Clock clock) {
    Agenda today =
        AgendaRules.of(MethodologyProfile.enschede()).forCases(states, LocalDate.now(clock));
    today.overdue().forRole(ProfessionalRole.NETWORK_DIRECTOR);
    return today;
  }

  /** {@link UncomputableCase}. */
  static Agenda uncomputable(MethodologyProfile profile, List<CaseState> states, LocalDate date) {
    Agenda agenda = AgendaRules.of(profile).forCases(states, date);
    for (UncomputableCase u : agenda.getUncomputable()) {
      alertAdministrator(u.getCaseId(), u.getReason());
    }
    return agenda;
  }

  /** {@link WorkingDayCalendar}. */
  static LocalDate deadline() {
    WorkingDayCalendar calendar =
        WorkingDayCalendar.dutch().withClosureDays(Set.of(LocalDate.of(2026, 12, 31)));
    LocalDate deadline = calendar.plusWorkingDays(LocalDate.of(2026, 4, 2), 5); // skips Easter
    return deadline;
  }

  /** {@link FiguresAccumulator}. */
  static ManagementFigures figures(MethodologyProfile profile, List<List<CaseEvent>> histories) {
    FiguresAccumulator acc =
        FiguresAccumulator.create(
            profile, ReportingPeriod.ofYear(2026), FiguresScope.network(NetworkId.of("lon-noord")));
    for (List<CaseEvent> history : histories) { // one case at a time, e.g. store.read(caseId)
      acc.acceptHistory(history);
    }
    ManagementFigures figures = acc.result(SmallCellSuppression.DEFAULT_THRESHOLD);
    return figures;
  }

  /** {@link ProcessRules}. */
  static Decision judge(
      CaseState state,
      Set<TargetGroupAssignment> groups,
      CommandContext ctx,
      EventStore store,
      CaseId caseId,
      NetworkId network,
      Optional<String> key) {
    ProcessRules rules = ProcessRules.of(MethodologyProfile.enschede());
    Decision d =
        rules.decide(state, new CaseCommand.JudgeReport(IN_SCOPE, "three domains", groups), ctx);
    if (d.isAccepted()) store.append(caseId, network, state.getVersion(), d.getEvents(), key);
    return d;
  }

  /** {@link MethodologyProfile}. */
  static MethodologyProfile almelo() {
    MethodologyProfile mine =
        MethodologyProfile.builder()
            .from(MethodologyProfile.enschede())
            .id("almelo")
            .name("Almelo")
            .deadlines(ProcessDeadlines.builder().judgeReportWithin(3).build())
            .build();
    return mine;
  }

  /** {@link nl.lon.rules.access.AccessRuleId}. */
  static String accessReason(AccessRules rules, AccessRequest request) {
    AccessDecision d = rules.decide(request);
    boolean askForConsent = !d.allowed() && d.ruleId() == AccessRuleId.CONSENT_REQUIRED;
    String shown = d.reason(Locale.forLanguageTag("nl"));
    return askForConsent ? "consent: " + shown : shown;
  }

  /** {@link nl.lon.rules.process.RuleId}. */
  static void ruleReasons(Decision decision) {
    for (Violation v : decision.getViolations()) {
      boolean planVersion = v.rule().equals(RuleId.PLAN_NEXT_VERSION.getId());
      String general =
          RuleId.of(v.rule()).map(r -> r.label(Locale.forLanguageTag("nl"))).orElse(v.reasonNl());
    }
  }

  /** {@link nl.lon.rules.eligibility.TargetGroupFacts}. */
  static nl.lon.rules.eligibility.TargetGroupFacts targetGroupFacts() {
    TargetGroupFacts facts =
        TargetGroupFacts.builder().clientAskedForHelp(false).careOfferFailing(true).build();
    return facts;
  }

  /** {@link nl.lon.rules.profile.InquiryRoundPolicy}. */
  static InquiryRoundPolicy inquiryRound() {
    InquiryRoundPolicy rotterdam = InquiryRoundPolicy.of(true, false, false);
    return rotterdam;
  }

  private static void alertAdministrator(CaseId caseId, String reason) {
    throw new IllegalStateException(caseId + ": " + reason);
  }
}
