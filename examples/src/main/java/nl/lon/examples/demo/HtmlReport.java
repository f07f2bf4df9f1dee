package nl.lon.examples.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.interop.bpmn.ProcessDiagram;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.figures.BlockerFigure;
import nl.lon.rules.figures.Cell;
import nl.lon.rules.figures.DurationFigure;
import nl.lon.rules.figures.FigureDeadline;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.Table;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.profile.Terminology;

/**
 * Writes the demo's HTML report in Dutch or English: the network's process as drawn from its
 * profile ({@link ProcessDiagram}), a timeline per case and SVG charts of the management figures,
 * in one self-contained file that needs no network access to view. Every label is in the report's
 * language and roles and meetings carry the network's own names ({@link Terminology}); identifiers
 * are marked {@code class="id"} and texts recorded by the professionals, which keep the language
 * they were written in, {@code class="entry"}.
 *
 * @since 0.1
 */
final class HtmlReport {
  private final Locale locale;
  private final MethodologyProfile profile;
  private final Terminology terms;
  private final StringBuilder html = new StringBuilder();

  HtmlReport(String title, Locale locale, MethodologyProfile profile) {
    this.locale = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    this.profile = profile;
    this.terms = profile.getTerminology();
    html.append("<!DOCTYPE html><html lang=\"")
        .append(this.locale.getLanguage())
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append(
            "</title><style>body{font-family:sans-serif;margin:2em;max-width:70em}h2{border-bottom:1px solid #ccc}"
                + "table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left;border-bottom:1px solid #eee}"
                + ".overdue{color:#b00;font-weight:bold}.muted{color:#888}"
                + ".process svg{max-width:100%;height:auto}</style></head><body><h1>")
        .append(esc(title))
        .append("</h1>");
  }

  private boolean dutch() {
    return "nl".equals(locale.getLanguage());
  }

  private String t(String nl, String en) {
    return dutch() ? nl : en;
  }

  private static String id(String value) {
    return "<span class=\"id\">" + esc(value) + "</span>";
  }

  private static String entry(String value) {
    return "<span class=\"entry\">" + esc(value) + "</span>";
  }

  /** The network's way of working, drawn from its profile in the report's language (inline SVG). */
  void process() {
    html.append("<h2>")
        .append(t("De werkwijze in beeld", "The way of working at a glance"))
        .append("</h2><p>")
        .append(
            t(
                "Getekend uit het profiel van het netwerk: de negen stappen en de overgangen die de"
                    + " regels toestaan, termijnen en controles als klokjes, en de"
                    + " opschalingsmogelijkheden.",
                "Drawn from the network's profile: the nine steps and the transitions the rules"
                    + " allow, deadlines and checks as clocks, and the escalation options."))
        .append("</p><div class=\"process\">")
        .append(inline(ProcessDiagram.of(profile, locale).toSvg()))
        .append("</div>");
  }

  /**
   * An SVG document as an element of this HTML page: the HTML parser puts an inline {@code <svg>}
   * in the SVG namespace itself, so the namespace declaration (a URI, never fetched) is left out.
   */
  static String inline(String svg) {
    return svg.replaceFirst(" xmlns=\"http://www\\.w3\\.org/2000/svg\"", "");
  }

  void timelines(Map<CaseId, List<CaseEvent>> timelines) {
    html.append("<h2>").append(t("Tijdlijnen per casus", "Timelines per case")).append("</h2>");
    LocalDate first =
        timelines.values().stream()
            .flatMap(List::stream)
            .map(CaseEvent::getBusinessDate)
            .min(LocalDate::compareTo)
            .orElse(LocalDate.now());
    LocalDate last =
        timelines.values().stream()
            .flatMap(List::stream)
            .map(CaseEvent::getBusinessDate)
            .max(LocalDate::compareTo)
            .orElse(first)
            .plusDays(1);
    long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
    int width = 900;
    for (Map.Entry<CaseId, List<CaseEvent>> tl : timelines.entrySet()) {
      html.append("<h3>").append(id(tl.getKey().getValue())).append("</h3>");
      html.append("<svg width=\"")
          .append(width + 40)
          .append("\" height=\"40\" role=\"img\"><line x1=\"20\" y1=\"20\" x2=\"")
          .append(width + 20)
          .append("\" y2=\"20\" stroke=\"#999\"/>");
      for (CaseEvent e : tl.getValue()) {
        long x = 20 + ChronoUnit.DAYS.between(first, e.getBusinessDate()) * width / span;
        html.append("<circle cx=\"")
            .append(x)
            .append("\" cy=\"20\" r=\"5\" fill=\"#2a6\"><title>")
            .append(esc(e.getBusinessDate() + " " + TimelineText.describe(e, locale, profile)))
            .append("</title></circle>");
      }
      html.append("</svg><table><tr><th>")
          .append(t("datum", "date"))
          .append("</th><th>#</th><th>")
          .append(t("gebeurtenis", "event"))
          .append("</th><th>")
          .append(t("door", "by"))
          .append("</th></tr>");
      for (CaseEvent e : tl.getValue()) {
        html.append("<tr><td>")
            .append(e.getBusinessDate())
            .append("</td><td>")
            .append(e.getSequence())
            .append("</td><td>")
            .append(TimelineText.describeHtml(e, locale, profile))
            .append("</td><td class=\"muted\">")
            .append(id(e.getActor().getValue()))
            .append("</td></tr>");
      }
      html.append("</table>");
    }
  }

  void refusals(List<Refusal> refusals) {
    html.append("<h2>").append(t("Geweigerde opdrachten", "Refused commands")).append("</h2><ul>");
    refusals.forEach(
        r ->
            html.append("<li>")
                .append(r.day())
                .append(' ')
                .append(id(r.caseId().getValue()))
                .append(" - ")
                .append(esc(r.what(locale)))
                .append(": [")
                .append(id(r.violation().rule()))
                .append("] ")
                .append(esc(r.violation().reason(locale)))
                .append("</li>"));
    html.append("</ul>");
  }

  /**
   * The receiving network's view: its director's agendas around a warm handover, in its own
   * terminology; every obligation shown.
   */
  void receivingAgendas(MethodologyProfile receiving, List<Agenda> agendas) {
    Terminology theirs = receiving.getTerminology();
    agendaSection(
        t("Agenda van de ", "Agenda of the ")
            + theirs.role(ProfessionalRole.NETWORK_DIRECTOR, locale)
            + t(" van het ontvangende netwerk (", " of the receiving network (")
            + theirs.network(locale)
            + ")",
        receiving,
        agendas,
        java.util.Optional.empty());
  }

  /** The network director's agendas: the told cases' obligations and a count of the others. */
  void agendas(List<Agenda> agendas, java.util.Collection<nl.lon.core.id.CaseId> told) {
    agendaSection(
        t("Agenda van de ", "Agenda of the ")
            + terms.role(ProfessionalRole.NETWORK_DIRECTOR, locale),
        profile,
        agendas,
        java.util.Optional.of(told));
  }

  private void agendaSection(
      String heading,
      MethodologyProfile of,
      List<Agenda> agendas,
      java.util.Optional<java.util.Collection<nl.lon.core.id.CaseId>> told) {
    Terminology names = of.getTerminology();
    html.append("<h2>").append(esc(heading)).append("</h2>");
    for (Agenda a : agendas) {
      html.append("<h3>")
          .append(a.getDate())
          .append("</h3><table><tr><th>")
          .append(t("uiterlijk", "due"))
          .append("</th><th>")
          .append(t("casus", "case"))
          .append("</th><th>")
          .append(t("verplichting", "obligation"))
          .append("</th><th>")
          .append(t("wie", "who"))
          .append("</th></tr>");
      a.getObligations().stream()
          .filter(o -> told.map(c -> c.contains(o.getCaseId())).orElse(true))
          .forEach(
              o ->
                  html.append("<tr")
                      .append(o.isOverdue() ? " class=\"overdue\"" : "")
                      .append("><td>")
                      .append(o.getDueOn())
                      .append(o.isDueDateAssumed() ? t(" (aangenomen)", " (assumed)") : "")
                      .append(o.isOverdue() ? t(" (te laat)", " (overdue)") : "")
                      .append("</td><td>")
                      .append(id(o.getCaseId().getValue()))
                      .append("</td><td>")
                      .append(esc(o.getKind().label(locale)))
                      .append("</td><td>")
                      .append(
                          o.getProfessional().isPresent()
                              ? id(o.getProfessional().get().toString())
                              : esc(
                                  o.getBody()
                                      .map(b -> TimelineText.body(of, b, locale))
                                      .orElse(names.role(o.getRole(), locale))))
                      .append("</td></tr>"));
      if (told.isEmpty()) {
        html.append("</table>");
        continue;
      }
      OtherCases others = OtherCases.of(a, told.get());
      html.append("<tr><td colspan=\"4\">")
          .append(
              t(
                  "en "
                      + others.obligations()
                      + " verplichtingen ("
                      + others.overdue()
                      + " te laat) van "
                      + others.cases()
                      + " andere casussen van het netwerkjaar",
                  "and "
                      + others.obligations()
                      + " obligations ("
                      + others.overdue()
                      + " overdue) of "
                      + others.cases()
                      + " other cases of the network's year"))
          .append("</td></tr>");
      html.append("</table>");
    }
  }

  private String qualifier(String q) {
    if (q.isEmpty()) {
      return "";
    }
    try {
      return " (" + FigureDeadline.valueOf(q).label(locale) + ")";
    } catch (IllegalArgumentException notADeadline) {
      return " (" + q + ")";
    }
  }

  void figures(ManagementFigures f) {
    html.append("<h2>")
        .append(t("Stuurinformatie", "Management figures"))
        .append("</h2><p>")
        .append(t("Periode ", "Period "))
        .append(f.getPeriod().getStart())
        .append(t(" t/m ", " to "))
        .append(f.getPeriod().getEnd())
        .append(", ")
        .append(id(f.getScope().getLabel()))
        .append(t(". Aantallen onder ", ". Counts below "))
        .append(f.getSuppressionThreshold())
        .append(t(" zijn onderdrukt (&lt;", " are suppressed (&lt;"))
        .append(f.getSuppressionThreshold())
        .append(
            t(
                "), ook waar ze uit een totaal terug te rekenen zijn.</p>",
                "), also where a total would give them away.</p>"));
    for (Table tb : f.getTables()) {
      bars(tb.getKey().label(locale) + qualifier(tb.getQualifier()), tb.getCells());
    }
    html.append("<h3>")
        .append(t("Doorlooptijden vanaf het signaal (dagen)", "Lead times from the signal (days)"))
        .append("</h3><table><tr><th>")
        .append(t("stap", "step"))
        .append("</th><th>n</th><th>")
        .append(t("mediaan", "median"))
        .append("</th><th>")
        .append(t("90e percentiel", "90th percentile"))
        .append("</th></tr>");
    for (DurationFigure d : f.getDurations()) {
      html.append("<tr><td>")
          .append(esc(d.getMilestone().label(locale)))
          .append("</td><td>")
          .append(
              d.getObservations().isPresent()
                  ? String.valueOf(d.getObservations().getAsLong())
                  : "&lt;" + f.getSuppressionThreshold())
          .append("</td><td>")
          .append(
              d.getMedianDays().isPresent() ? String.valueOf(d.getMedianDays().getAsInt()) : "-")
          .append("</td><td>")
          .append(d.getP90Days().isPresent() ? String.valueOf(d.getP90Days().getAsInt()) : "-")
          .append("</td></tr>");
    }
    html.append("</table><h3>")
        .append(
            t(
                "Beleidssignalen: wat blokkeert het vaakst",
                "Policy signals: what blocks most often"))
        .append("</h3><table><tr><th>")
        .append(t("knelpunt", "bottleneck"))
        .append("</th><th>")
        .append(t("oplossingen", "resolutions"))
        .append("</th></tr>");
    for (BlockerFigure b : f.getPolicySignals()) {
      html.append("<tr><td>").append(entry(b.getBlocker())).append("</td><td>");
      b.getCells()
          .forEach(
              c -> html.append(cellLabel(c, "span")).append(": ").append(value(c)).append("; "));
      html.append("</td></tr>");
    }
    html.append("</table>");
  }

  private void bars(String title, List<Cell> cells) {
    html.append("<h3>").append(esc(title)).append("</h3>");
    long max = cells.stream().mapToLong(c -> c.getValue().orElse(0)).max().orElse(1);
    int rowHeight = 22;
    html.append("<svg width=\"760\" height=\"")
        .append(cells.size() * rowHeight + 10)
        .append("\" role=\"img\">");
    int y = 5;
    for (Cell c : cells) {
      long v = c.getValue().orElse(0);
      long w = max == 0 ? 0 : v * 400 / Math.max(1, max);
      html.append("<text x=\"0\" y=\"")
          .append(y + 15)
          .append("\" font-size=\"13\">")
          .append(cellLabel(c, "tspan"))
          .append("</text>");
      html.append("<rect x=\"300\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(c.isSuppressed() ? 0 : w)
          .append("\" height=\"15\" fill=\"#36c\"/>");
      html.append("<text x=\"")
          .append(305 + (c.isSuppressed() ? 0 : w))
          .append("\" y=\"")
          .append(y + 15)
          .append("\" font-size=\"12\">")
          .append(value(c))
          .append("</text>");
      y += rowHeight;
    }
    html.append("</svg>");
  }

  /** A cell's label: its recorded text marked as an entry, then its category labels. */
  private String cellLabel(Cell c, String element) {
    StringBuilder out = new StringBuilder();
    if (!c.getText().isEmpty()) {
      out.append('<')
          .append(element)
          .append(" class=\"entry\">")
          .append(esc(c.getText()))
          .append("</")
          .append(element)
          .append('>');
    }
    c.getCategories()
        .forEach(
            k -> {
              if (out.length() > 0) {
                out.append(" / ");
              }
              out.append(esc(k.label(locale)));
            });
    return out.toString();
  }

  private String value(Cell c) {
    return c.isSuppressed()
        ? t("onderdrukt", "suppressed")
        : String.valueOf(c.getValue().orElse(0));
  }

  String text() {
    return html + "</body></html>";
  }

  Path write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text(), StandardCharsets.UTF_8);
    return file.toAbsolutePath();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
