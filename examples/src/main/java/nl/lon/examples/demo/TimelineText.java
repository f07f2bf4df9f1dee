package nl.lon.examples.demo;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationOption;
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
import nl.lon.rules.profile.MethodologyProfile;

/**
 * One line of text per case event, in Dutch or English, for the console and the HTML report.
 *
 * @since 0.1
 */
final class TimelineText {

  private TimelineText() {}

  private static boolean dutch(Locale locale) {
    return "nl".equals(locale.getLanguage());
  }

  /** The event's label in the reader's language followed by its key facts, as plain text. */
  static String describe(CaseEvent e, Locale locale, MethodologyProfile profile) {
    return e.getType().label(locale) + detail(e, locale, profile, s -> s, s -> s);
  }

  /** The same line as HTML: texts escaped, identifiers marked {@code class="id"}. */
  static String describeHtml(CaseEvent e, Locale locale, MethodologyProfile profile) {
    return HtmlReport.esc(e.getType().label(locale))
        + detail(
            e,
            locale,
            profile,
            s -> "<span class=\"id\">" + HtmlReport.esc(s) + "</span>",
            HtmlReport::esc);
  }

  /**
   * The name of an escalation body in the reader's language: the option of the profile's escalation
   * options with this English name gives the Dutch one.
   */
  static String body(MethodologyProfile profile, String bodyEn, Locale locale) {
    if (!dutch(locale)) {
      return bodyEn;
    }
    for (EscalationKind kind : EscalationKind.values()) {
      Optional<EscalationOption> o =
          profile.getIntervention().escalation(kind).flatMap(x -> x.optionFor(bodyEn));
      if (o.isPresent()) {
        return o.get().getBodyNl();
      }
    }
    return bodyEn;
  }

  private static String optionBody(
      MethodologyProfile profile, EscalationKind kind, int number, String bodyEn, Locale locale) {
    Optional<EscalationOption> o =
        profile
            .getIntervention()
            .escalation(kind)
            .flatMap(x -> x.option(number))
            .filter(x -> x.getBody().equals(bodyEn));
    return o.map(x -> dutch(locale) ? x.getBodyNl() : x.getBody())
        .orElse(body(profile, bodyEn, locale));
  }

  private static String measure(MethodologyProfile profile, String code, Locale locale) {
    Optional<CoercionMeasure> m = profile.getIntervention().getCoercionCatalogue().measure(code);
    return m.map(x -> dutch(locale) ? x.getNameNl() : x.getName()).orElse(code);
  }

  private static String detail(
      CaseEvent e,
      Locale l,
      MethodologyProfile profile,
      UnaryOperator<String> id,
      UnaryOperator<String> text) {
    boolean nl = dutch(l);
    switch (e.getType()) {
      case SIGNAL_RECEIVED:
        SignalReceived s = (SignalReceived) e;
        return text.apply(
            " - "
                + s.getSignal().getSourceKind().label(l)
                + ": "
                + s.getSignal().getConcerns().stream()
                    .map(c -> c.label(l))
                    .collect(Collectors.joining(", ")));
      case REPORT_JUDGED:
        ReportJudged j = (ReportJudged) e;
        return text.apply(
            " - "
                + j.getJudgement().label(l)
                + "; "
                + j.getTargetGroups().stream()
                    .map(t -> t.getTargetGroup().label(l))
                    .collect(Collectors.joining(", "))
                + j.getAdvisedInScope()
                    .map(
                        a ->
                            nl
                                ? " (advies: " + (a ? "binnen" : "buiten") + " de doelgroep)"
                                : " (advice: " + (a ? "within" : "outside") + " the target group)")
                    .orElse(""));
      case COORDINATION_DECIDED:
        return text.apply(" - " + ((CoordinationDecided) e).getDecision().getOutcome().label(l));
      case TRAJECTORY_DIRECTOR_APPOINTED:
        TrajectoryDirectorAppointed t = (TrajectoryDirectorAppointed) e;
        return text.apply(" - ")
            + id.apply(t.getDirector().toString())
            + text.apply(t.isTemporary() ? (nl ? " (tijdelijk)" : " (temporary)") : "");
      case PLAN_ADOPTED:
        PlanAdopted p = (PlanAdopted) e;
        return text.apply(
            (nl ? " - versie " : " - version ")
                + p.getPlan().getVersion()
                + ", "
                + p.getPlan().getGoals().size()
                + (nl ? " doel(en)" : " goal(s)"));
      case EVALUATION_RECORDED:
        return text.apply(" - " + ((EvaluationRecorded) e).getEvaluation().getDecision().label(l));
      case ESCALATION_RAISED:
        EscalationRaised r = (EscalationRaised) e;
        return text.apply(
            " - "
                + r.getEscalation().getKind().label(l)
                + (nl ? " naar " : " to ")
                + optionBody(
                    profile,
                    r.getEscalation().getKind(),
                    r.getEscalation().getRung(),
                    r.getEscalation().getBody(),
                    l));
      case ESCALATION_RESOLVED:
        return text.apply(" - " + ((EscalationResolved) e).getResolution().getKind().label(l));
      case COERCION_MEASURE_RECORDED:
        return text.apply(
            " - " + measure(profile, ((CoercionMeasureRecorded) e).getMeasureCode(), l));
      case CASE_CLOSED:
        return text.apply(" - " + ((CaseClosed) e).getClosure().getReason().label(l));
      case FOLLOW_UP_RECORDED:
        return text.apply(" - " + ((FollowUpRecorded) e).getCheck().getOutcome().label(l));
      default:
        return "";
    }
  }
}
