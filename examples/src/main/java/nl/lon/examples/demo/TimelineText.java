package nl.lon.examples.demo;

import java.util.Locale;
import java.util.stream.Collectors;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.EvaluationRecorded;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.event.TrajectoryDirectorAppointed;

/**
 * One line of text per case event, for the console and the HTML report.
 *
 * @since 0.1
 */
final class TimelineText {
  private static final Locale NL = Locale.forLanguageTag("nl");

  private TimelineText() {}

  /** The event's Dutch label followed by its key facts. */
  static String describe(CaseEvent e) {
    return e.getType().label(NL) + detail(e);
  }

  private static String detail(CaseEvent e) {
    switch (e.getType()) {
      case SIGNAL_RECEIVED:
        SignalReceived s = (SignalReceived) e;
        return " - "
            + s.getSignal().getSourceKind().label(NL)
            + ": "
            + s.getSignal().getConcerns().stream()
                .map(c -> c.label(NL))
                .collect(Collectors.joining(", "));
      case REPORT_JUDGED:
        ReportJudged j = (ReportJudged) e;
        return " - "
            + j.getJudgement().label(NL)
            + "; "
            + j.getTargetGroups().stream()
                .map(t -> t.getTargetGroup().label(NL))
                .collect(Collectors.joining(", "))
            + j.getAdvisedInScope()
                .map(a -> " (advies: " + (a ? "binnen" : "buiten") + " de doelgroep)")
                .orElse("");
      case COORDINATION_DECIDED:
        return " - " + ((CoordinationDecided) e).getDecision().getOutcome().label(NL);
      case TRAJECTORY_DIRECTOR_APPOINTED:
        TrajectoryDirectorAppointed t = (TrajectoryDirectorAppointed) e;
        return " - " + t.getDirector() + (t.isTemporary() ? " (tijdelijk)" : "");
      case PLAN_ADOPTED:
        return " - versie "
            + ((PlanAdopted) e).getPlan().getVersion()
            + ", "
            + ((PlanAdopted) e).getPlan().getGoals().size()
            + " doel(en)";
      case EVALUATION_RECORDED:
        return " - " + ((EvaluationRecorded) e).getEvaluation().getDecision().label(NL);
      case ESCALATION_RAISED:
        EscalationRaised r = (EscalationRaised) e;
        return " - "
            + r.getEscalation().getKind().label(NL)
            + ", trede "
            + r.getEscalation().getRung()
            + ": "
            + r.getEscalation().getBody();
      case ESCALATION_RESOLVED:
        return " - " + ((EscalationResolved) e).getResolution().getKind().label(NL);
      case COERCION_MEASURE_RECORDED:
        return " - " + ((CoercionMeasureRecorded) e).getMeasureCode();
      case CASE_CLOSED:
        return " - " + ((CaseClosed) e).getClosure().getReason().label(NL);
      case FOLLOW_UP_RECORDED:
        return " - " + ((FollowUpRecorded) e).getCheck().getOutcome().label(NL);
      default:
        return "";
    }
  }
}
