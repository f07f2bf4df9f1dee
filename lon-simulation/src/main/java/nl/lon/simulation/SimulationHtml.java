package nl.lon.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.rules.figures.DeadlineFigure;
import nl.lon.rules.figures.DurationFigure;
import nl.lon.rules.figures.FigureDeadline;
import nl.lon.rules.figures.FigureMilestone;

/**
 * Writes simulation reports as one self-contained HTML page, side by side when there are two (a
 * what-if on the same arrivals), with SVG bar charts; no scripts and no network access. Every label
 * is in the page's language (Dutch or English). Counts of cases below the profile's small-cell
 * threshold are shown as "&lt; n", as the management figures are.
 *
 * @since 0.2
 */
public final class SimulationHtml {
  private static final int BAR_WIDTH = 320;

  private final Locale locale;

  private SimulationHtml(Locale locale) {
    this.locale = locale;
  }

  /**
   * Renders one or more reports, each in a column.
   *
   * @param locale Dutch ({@code nl}) or English (anything else)
   * @param title the page's title
   * @param reports the reports, in the order of their columns
   * @return the page
   * @throws IllegalArgumentException when no report is given
   */
  public static String render(Locale locale, String title, List<SimulationReport> reports) {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(title, "title");
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("give at least one report");
    }
    return new SimulationHtml(locale).page(title, reports);
  }

  private boolean dutch() {
    return "nl".equals(locale.getLanguage());
  }

  private String t(String nl, String en) {
    return dutch() ? nl : en;
  }

  private String page(String title, List<SimulationReport> reports) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html lang=\"")
        .append(dutch() ? "nl" : "en")
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title><style>body{font-family:sans-serif;margin:2em}")
        .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;")
        .append("padding:3px 8px;text-align:left}th{background:#eee}")
        .append(".cols{display:flex;gap:3em;flex-wrap:wrap}.col{min-width:28em}</style>")
        .append("</head><body><h1>")
        .append(esc(title))
        .append("</h1>");
    SimulationSettings first = reports.get(0).getSettings();
    h.append("<p>")
        .append(
            t(
                "Gesimuleerd vanaf " + first.getStart() + ", " + first.getDays() + " dagen, ",
                "Simulated from " + first.getStart() + ", " + first.getDays() + " days, "))
        .append(first.getNetworks())
        .append(t(" netwerk(en) van ", " network(s) of "))
        .append(first.getInhabitantsPerNetwork())
        .append(t(" inwoners, zaad ", " inhabitants, seed "))
        .append(first.getSeed())
        .append(
            t(
                ". Elke kolom speelt dezelfde meldingen met hetzelfde toeval; ze verschillen alleen"
                    + " waar de profielen verschillen.",
                ". Every column plays the same signals with the same chance; they differ only where"
                    + " the profiles do."))
        .append("</p><div class=\"cols\">");
    for (SimulationReport r : reports) {
      column(h, r);
    }
    h.append("</div>");
    settings(h, first);
    h.append("</body></html>\n");
    return h.toString();
  }

  private void column(StringBuilder h, SimulationReport r) {
    int k = r.getSettings().getProfile().getSmallCellThreshold();
    h.append("<div class=\"col\"><h2>").append(esc(r.getSettings().getProfile().getName()));
    h.append("</h2><table>");
    row(h, t("meldingen", "signals"), count(r.getSignals(), k));
    row(h, t("buiten de doelgroep", "out of scope"), count(r.getOutOfScope(), k));
    row(h, t("afgesloten", "closed"), count(r.getClosures(), k));
    row(h, t("open op de laatste dag", "open on the last day"), count(r.getOpenAtEnd(), k));
    row(
        h,
        t(
            "gemiddelde caseload netwerkregisseur (maandeinden)",
            "average caseload of a network director (month ends)"),
        String.valueOf(r.getNetworkDirectorCaseload()));
    row(
        h,
        t("hoogste caseload netwerkregisseur", "highest caseload of a network director"),
        String.valueOf(r.getNetworkDirectorPeak()));
    row(
        h,
        t("hoogste caseload trajectregisseur", "highest caseload of a trajectory director"),
        String.valueOf(r.getTrajectoryDirectorPeak()));
    row(h, t("opschalingen", "escalations"), count(r.getEscalations(), k));
    for (Map.Entry<ResolutionKind, Integer> e : r.getEscalationOutcomes().entrySet()) {
      row(h, t("  opgelost: ", "  resolved: ") + resolution(e.getKey()), count(e.getValue(), k));
    }
    row(h, t("uitval bij nazorg", "dropped out at follow-up"), count(r.getDropOutsAtFollowUp(), k));
    row(
        h,
        t("heropend na nazorg", "reopened after follow-up"),
        count(r.getReopenedAfterFollowUp(), k));
    row(h, t("vastgelegde handelingen", "acts recorded"), String.valueOf(r.getActs()));
    row(
        h,
        t(
            "registratielast: handelingen per casus per maand",
            "registration load: acts per case per month"),
        String.valueOf(r.getActsPerCaseMonth()));
    row(h, t("gebeurtenissen in de opslag", "events stored"), String.valueOf(r.getEvents()));
    row(h, t("auditregels", "audit records"), String.valueOf(r.getAuditRecords()));
    row(h, t("geweigerde opdrachten", "refused commands"), String.valueOf(r.getRefusals().size()));
    h.append("</table>");

    h.append("<h3>").append(t("Caseload per trajectregisseur", "Caseload per trajectory director"));
    h.append("</h3>");
    List<String[]> bars = new ArrayList<>();
    int n = 1;
    for (Map.Entry<String, Double> e : r.getTrajectoryDirectorCaseload().entrySet()) {
      bars.add(
          new String[] {t("trajectregisseur ", "trajectory director ") + n++, fmt(e.getValue())});
    }
    chart(h, bars, t("gemiddeld aantal casussen op de maandeinden", "average cases at month ends"));

    h.append("<h3>")
        .append(t("Werkdagtermijnen gehaald", "Working-day deadlines met"))
        .append("</h3>");
    bars = new ArrayList<>();
    for (FigureDeadline d : FigureDeadline.values()) {
      OptionalDouble share =
          r.getFigures()
              .deadline(d)
              .map(DeadlineFigure::getShareMet)
              .orElse(OptionalDouble.empty());
      if (r.getFigures().deadline(d).isPresent()) {
        bars.add(
            new String[] {
              d.label(locale), share.isPresent() ? fmt(share.getAsDouble() * 100) : ""
            });
      }
    }
    if (bars.isEmpty()) {
      h.append("<p>")
          .append(
              t(
                  "Dit profiel kent geen werkdagtermijnen.",
                  "This profile has no working-day deadlines."))
          .append("</p>");
    } else {
      chart(h, bars, t("procent gehaald", "percent met"));
    }

    h.append("<h3>")
        .append(
            t(
                "Doorlooptijden (mediaan, dagen vanaf de melding)",
                "Throughput times (median, days from the signal)"))
        .append("</h3>");
    bars = new ArrayList<>();
    for (FigureMilestone m : FigureMilestone.values()) {
      DurationFigure f = r.getFigures().duration(m);
      OptionalInt median = f.getMedianDays();
      bars.add(
          new String[] {
            m.label(locale), median.isPresent() ? String.valueOf(median.getAsInt()) : ""
          });
    }
    chart(
        h,
        bars,
        t("dagen; leeg: onderdrukt of niet bereikt", "days; empty: suppressed or not reached"));
    if (!r.getRefusals().isEmpty()) {
      h.append("<h3>").append(t("Geweigerd", "Refused")).append("</h3><ul>");
      for (String refusal : r.getRefusals()) {
        h.append("<li>").append(esc(refusal)).append("</li>");
      }
      h.append("</ul>");
    }
    h.append("</div>");
  }

  private void settings(StringBuilder h, SimulationSettings s) {
    h.append("<h2>").append(t("Instellingen en hun herkomst", "Settings and where they come from"));
    h.append("</h2><table><tr><th>")
        .append(t("instelling", "setting"))
        .append("</th><th>")
        .append(t("waarde", "value"))
        .append("</th><th>")
        .append(t("herkomst", "provenance"))
        .append("</th></tr>");
    Map<String, Function<SimulationSettings, Object>> values =
        Map.ofEntries(
            Map.entry("inhabitantsPerNetwork", SimulationSettings::getInhabitantsPerNetwork),
            Map.entry(
                "signalsPerThousandPerYear", SimulationSettings::getSignalsPerThousandPerYear),
            Map.entry("signallerShares", SimulationSettings::getSignallerShares),
            Map.entry("targetGroupShares", SimulationSettings::getTargetGroupShares),
            Map.entry("outOfScopeShare", SimulationSettings::getOutOfScopeShare),
            Map.entry("partnerResponseDays", SimulationSettings::getPartnerResponseDays),
            Map.entry("organisationsPerCase", SimulationSettings::getOrganisationsPerCase),
            Map.entry("dropOutShare", SimulationSettings::getDropOutShare),
            Map.entry("escalationShare", SimulationSettings::getEscalationShare),
            Map.entry("careMonths", SimulationSettings::getCareMonths),
            Map.entry(
                "trajectoryDirectorsPerNetwork",
                SimulationSettings::getTrajectoryDirectorsPerNetwork));
    for (Map.Entry<String, String> p : SimulationSettings.provenance().entrySet()) {
      h.append("<tr><td>")
          .append(esc(p.getKey()))
          .append("</td><td>")
          .append(esc(String.valueOf(values.get(p.getKey()).apply(s))))
          .append("</td><td>")
          .append(esc(provenance(p.getValue())))
          .append("</td></tr>");
    }
    h.append("</table>");
  }

  private String provenance(String text) {
    if (!dutch()) {
      return text;
    }
    return text.replace("source: ", "bron: ")
        .replace("assumption", "aanname")
        .replace("a third of the target group", "een derde van de doelgroep")
        .replace("police and housing most often", "politie en woningcorporaties het vaakst");
  }

  private String resolution(ResolutionKind kind) {
    return switch (kind) {
      case STRUCTURAL -> t("structureel", "structural");
      case AD_HOC -> t("ad hoc", "ad hoc");
      case NONE -> t("geen oplossing", "no resolution");
    };
  }

  private static String count(long value, int threshold) {
    return value > 0 && value < threshold ? "&lt; " + threshold : String.valueOf(value);
  }

  private static void row(StringBuilder h, String label, String value) {
    h.append("<tr><td>").append(esc(label)).append("</td><td>").append(value).append("</td></tr>");
  }

  /** A horizontal bar chart; an empty value is drawn as no bar. */
  private static void chart(StringBuilder h, List<String[]> bars, String caption) {
    double max = 0;
    for (String[] b : bars) {
      if (!b[1].isEmpty()) {
        max = Math.max(max, Double.parseDouble(b[1]));
      }
    }
    int height = 22 * bars.size() + 24;
    h.append("<svg width=\"")
        .append(BAR_WIDTH + 260)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\"><title>")
        .append(esc(caption))
        .append("</title>");
    int y = 4;
    for (String[] b : bars) {
      double v = b[1].isEmpty() ? 0 : Double.parseDouble(b[1]);
      long w = max == 0 ? 0 : Math.round(v / max * BAR_WIDTH);
      h.append("<text x=\"0\" y=\"")
          .append(y + 14)
          .append("\" font-size=\"12\">")
          .append(esc(b[0]))
          .append("</text><rect x=\"200\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(w)
          .append("\" height=\"16\" fill=\"#2a6\"/><text x=\"")
          .append(206 + w)
          .append("\" y=\"")
          .append(y + 13)
          .append("\" font-size=\"12\">")
          .append(esc(b[1]))
          .append("</text>");
      y += 22;
    }
    h.append("<text x=\"200\" y=\"")
        .append(y + 14)
        .append("\" font-size=\"11\" fill=\"#555\">")
        .append(esc(caption))
        .append("</text></svg>");
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
