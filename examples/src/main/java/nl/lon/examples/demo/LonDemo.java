package nl.lon.examples.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.access.AccessPolicy;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.figures.Table;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;

/**
 * The runnable demo: a Rotterdam-style network on an embedded store plays four realistic cases over
 * ten months, each act entered with the day it happened, prints each case's timeline, the network
 * director's agenda at a few moments (one obligation overdue), refused commands with their reasons
 * in Dutch and English, escalations to the options of the network's choice, and the management
 * figures, and writes an HTML report in Dutch and one in English beside it.
 *
 * @since 0.1
 */
public final class LonDemo {

  private LonDemo() {}

  /**
   * Runs the demo.
   *
   * @param args optional: the path of the Dutch HTML report (default {@code
   *     target/lon-demo-report.html}); the English one is written beside it ({@code
   *     lon-demo-report.en.html})
   * @throws Exception when the store or the report cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path report = Path.of(args.length > 0 ? args[0] : "target/lon-demo-report.html");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (DemoStores stores = DemoStores.open()) {
      Path written = run(stores.stores(), out, report);
      out.println();
      out.println("Store: " + stores.description());
      AuditLogVerification chains = stores.audit().verify();
      out.println(
          "Audit log: "
              + chains.getRecordsChecked()
              + " records in "
              + chains.getChains().size()
              + " network chains, "
              + (chains.isOk()
                  ? "chain verified"
                  : "chain BROKEN: " + chains.getExplanation().get()));
      out.println("HTML report: " + written + " (English: " + englishBeside(written) + ")");
    }
  }

  static Path run(Stores stores, PrintStream out, Path report) throws Exception {
    DemoNetwork.register(stores.directory());
    // the smallest small-cell threshold a profile may set, so this four-case demo still shows
    // its larger counts; the default of 5 would hide nearly all of them
    MethodologyProfile profile =
        MethodologyProfile.builder()
            .from(MethodologyProfile.rotterdam())
            .access(
                AccessPolicy.builder()
                    .from(AccessPolicy.rotterdam())
                    .smallCellThreshold(AccessPolicy.MIN_SMALL_CELL_THRESHOLD)
                    .build())
            .build();
    CaseService service =
        CaseService.builder()
            .stores(stores)
            .profile(DemoNetwork.NETWORK, profile)
            // the moment of this run, set once, after the story's last day: the acts carry the days
            // they happened, this instant only says when they were recorded (fixed, so that every
            // run stores the same records)
            .clock(Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC))
            .build();
    out.println("LON SDK demo - " + profile.getName() + ", network " + DemoNetwork.NETWORK);
    out.println();
    DemoStory story = new DemoStory(service, out);
    story.play();

    Map<CaseId, List<CaseEvent>> timelines = new LinkedHashMap<>();
    for (CaseId id : DemoStory.CASES) {
      List<CaseEvent> timeline =
          service.timeline(DemoNetwork.DIRECTOR, Purpose.of("case overview"), id);
      timelines.put(id, timeline);
      out.println();
      out.println("Timeline " + id + ":");
      timeline.forEach(
          e ->
              out.printf(
                  "  %s #%-2d %s%n",
                  e.getBusinessDate(),
                  e.getSequence(),
                  TimelineText.describe(e, Locale.forLanguageTag("nl"), profile)));
    }
    ManagementFigures figures =
        service.figures(
            DemoNetwork.DIRECTOR,
            Purpose.of("report to the steering group"),
            DemoNetwork.NETWORK,
            ReportingPeriod.ofYear(2026));
    out.println();
    out.println(
        "Management figures 2026 (counts below "
            + figures.getSuppressionThreshold()
            + " shown as *: this small demo's profile uses the minimum threshold; the default is 5):");
    for (Table t : figures.getTables()) {
      out.println(
          "  "
              + t.getKey().label(Locale.ENGLISH)
              + ": "
              + t.getCells().stream()
                  .map(
                      c ->
                          c.label(Locale.forLanguageTag("nl"))
                              + "="
                              + (c.isSuppressed() ? "*" : c.getValue().orElse(0)))
                  .reduce((a, b) -> a + ", " + b)
                  .orElse("-"));
    }
    figures
        .getDurations()
        .forEach(
            d ->
                out.println(
                    "  signal to "
                        + d.getMilestone().label(Locale.ENGLISH)
                        + ": median "
                        + (d.getMedianDays().isPresent()
                            ? d.getMedianDays().getAsInt() + " days"
                            : "-")));

    Path written = null;
    for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
      boolean dutch = "nl".equals(locale.getLanguage());
      String city = profile.getName().split(" ")[0];
      HtmlReport html =
          new HtmlReport(
              (dutch ? "LON SDK-demo - " : "LON SDK demo - ")
                  + city
                  + " ("
                  + profile.getTerminology().network(locale)
                  + ")",
              locale,
              profile);
      html.process();
      html.timelines(timelines);
      html.refusals(story.refusals());
      html.agendas(story.agendas());
      html.figures(figures);
      Path file = html.write(dutch ? report : englishBeside(report));
      if (dutch) {
        written = file;
      }
    }
    return written;
  }

  /**
   * The path of the English report beside the Dutch one: {@code report.html} gives {@code
   * report.en.html}.
   *
   * @param dutch the path of the Dutch report
   * @return the path of the English report
   */
  static Path englishBeside(Path dutch) {
    String name = dutch.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String english = dot < 0 ? name + ".en" : name.substring(0, dot) + ".en" + name.substring(dot);
    return dutch.resolveSibling(english);
  }
}
