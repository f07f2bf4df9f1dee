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
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.figures.BlockerFigure;
import nl.lon.rules.figures.Cell;
import nl.lon.rules.figures.DurationFigure;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.Table;

/**
 * Writes the demo's HTML report: a timeline per case and SVG charts of the management figures, in
 * one self-contained file that needs no network access to view.
 *
 * @since 0.1
 */
final class HtmlReport {
  private static final Locale NL = Locale.forLanguageTag("nl");
  private final StringBuilder html = new StringBuilder();

  HtmlReport(String title) {
    html.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append(
            "</title><style>body{font-family:sans-serif;margin:2em;max-width:70em}h2{border-bottom:1px solid #ccc}"
                + "table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left;border-bottom:1px solid #eee}"
                + ".overdue{color:#b00;font-weight:bold}.muted{color:#888}</style></head><body><h1>")
        .append(esc(title))
        .append("</h1>");
  }

  void timelines(Map<CaseId, List<CaseEvent>> timelines) {
    html.append("<h2>Tijdlijnen per casus</h2>");
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
    for (Map.Entry<CaseId, List<CaseEvent>> t : timelines.entrySet()) {
      html.append("<h3>").append(esc(t.getKey().getValue())).append("</h3>");
      html.append("<svg width=\"")
          .append(width + 40)
          .append("\" height=\"40\" role=\"img\"><line x1=\"20\" y1=\"20\" x2=\"")
          .append(width + 20)
          .append("\" y2=\"20\" stroke=\"#999\"/>");
      for (CaseEvent e : t.getValue()) {
        long x = 20 + ChronoUnit.DAYS.between(first, e.getBusinessDate()) * width / span;
        html.append("<circle cx=\"")
            .append(x)
            .append("\" cy=\"20\" r=\"5\" fill=\"#2a6\"><title>")
            .append(esc(e.getBusinessDate() + " " + TimelineText.describe(e)))
            .append("</title></circle>");
      }
      html.append(
          "</svg><table><tr><th>datum</th><th>#</th><th>gebeurtenis</th><th>door</th></tr>");
      for (CaseEvent e : t.getValue()) {
        html.append("<tr><td>")
            .append(e.getBusinessDate())
            .append("</td><td>")
            .append(e.getSequence())
            .append("</td><td>")
            .append(esc(TimelineText.describe(e)))
            .append("</td><td class=\"muted\">")
            .append(esc(e.getActor().getValue()))
            .append("</td></tr>");
      }
      html.append("</table>");
    }
  }

  void refusals(List<String> refusals) {
    html.append("<h2>Geweigerde opdrachten</h2><ul>");
    refusals.forEach(r -> html.append("<li>").append(esc(r)).append("</li>"));
    html.append("</ul>");
  }

  void agendas(List<Agenda> agendas) {
    html.append("<h2>Agenda van de netwerkregisseur</h2>");
    for (Agenda a : agendas) {
      html.append("<h3>")
          .append(a.getDate())
          .append(
              "</h3><table><tr><th>uiterlijk</th><th>casus</th><th>verplichting</th><th>wie</th></tr>");
      a.getObligations()
          .forEach(
              o ->
                  html.append("<tr")
                      .append(o.isOverdue() ? " class=\"overdue\"" : "")
                      .append("><td>")
                      .append(o.getDueOn())
                      .append(o.isOverdue() ? " (te laat)" : "")
                      .append("</td><td>")
                      .append(esc(o.getCaseId().getValue()))
                      .append("</td><td>")
                      .append(esc(o.getKind().label(NL)))
                      .append("</td><td>")
                      .append(
                          esc(
                              o.getProfessional()
                                  .map(Object::toString)
                                  .orElse(o.getBody().orElse(o.getRole().label(NL)))))
                      .append("</td></tr>"));
      html.append("</table>");
    }
  }

  void figures(ManagementFigures f) {
    html.append("<h2>Stuurinformatie</h2><p>Periode ")
        .append(f.getPeriod().getStart())
        .append(" t/m ")
        .append(f.getPeriod().getEnd())
        .append(", ")
        .append(esc(f.getScope().getLabel()))
        .append(". Aantallen onder ")
        .append(f.getSuppressionThreshold())
        .append(" zijn onderdrukt (&lt;")
        .append(f.getSuppressionThreshold())
        .append("), ook waar ze uit een totaal terug te rekenen zijn.</p>");
    for (Table t : f.getTables()) {
      bars(
          t.getKey().label(NL) + (t.getQualifier().isEmpty() ? "" : " (" + t.getQualifier() + ")"),
          t.getCells());
    }
    html.append(
        "<h3>Doorlooptijden vanaf het signaal (dagen)</h3><table><tr><th>stap</th><th>n</th><th>mediaan</th><th>90e percentiel</th></tr>");
    for (DurationFigure d : f.getDurations()) {
      html.append("<tr><td>")
          .append(esc(d.getMilestone().label(NL)))
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
    html.append(
        "</table><h3>Beleidssignalen: wat blokkeert het vaakst</h3><table><tr><th>knelpunt</th><th>oplossingen</th></tr>");
    for (BlockerFigure b : f.getPolicySignals()) {
      html.append("<tr><td>").append(esc(b.getBlocker())).append("</td><td>");
      b.getCells()
          .forEach(c -> html.append(esc(c.label(NL))).append(": ").append(value(c)).append("; "));
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
          .append(esc(c.label(NL)))
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

  private static String value(Cell c) {
    return c.isSuppressed() ? "onderdrukt" : String.valueOf(c.getValue().orElse(0));
  }

  Path write(Path file) throws IOException {
    html.append("</body></html>");
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    return file.toAbsolutePath();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
