package nl.lon.examples.demo;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.network.Network;
import nl.lon.examples.simulation.SimulationExample;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.figures.Table;
import nl.lon.rules.process.HandoverRules;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.InvolvementService;
import nl.lon.service.Purpose;
import nl.lon.simulation.NetworkYearSimulation;
import nl.lon.simulation.ProgressListener;
import nl.lon.simulation.SimulationHost;
import nl.lon.simulation.SimulationHtml;
import nl.lon.simulation.SimulationReport;
import nl.lon.simulation.SimulationSettings;

/**
 * The runnable demo, the main job: a year (2026) of a Rotterdam-style network of 25,000 inhabitants
 * on an embedded store, its simulated cases played through the real case service, with four told
 * cases inside it, each act entered on the day it happened. It prints the told cases' timelines,
 * the network director's agenda at a few moments (the told cases' obligations, one overdue, and a
 * count of the rest), refused commands with their reasons in Dutch and English, escalations to the
 * options of the network's choice and the year's management figures at the default small-cell
 * threshold; then it plays the same year (the same signals, the same people) had the network
 * adopted Enschede's working-day deadlines and prints both side by side. It writes an HTML report
 * in Dutch and one in English, and the what-if comparison as HTML in both languages, beside it.
 *
 * @since 0.1
 */
public final class LonDemo {

  /** The year the demo plays. */
  static final int YEAR = 2026;

  /** The moment the reports are read: after the year's last day. */
  private static final Instant READ_AT = Instant.parse("2027-01-04T08:00:00Z");

  private LonDemo() {}

  /**
   * Runs the demo.
   *
   * @param args optional: the path of the Dutch HTML report (default {@code
   *     target/lon-demo-report.html}); the English one is written beside it ({@code
   *     lon-demo-report.en.html}), and the what-if comparison too ({@code
   *     lon-demo-report.what-if.html}, {@code lon-demo-report.what-if.en.html})
   * @throws Exception when the store or the report cannot be written
   */
  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path report = Path.of(args.length > 0 ? args[0] : "target/lon-demo-report.html");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    MethodologyProfile profile = MethodologyProfile.rotterdam();
    MethodologyProfile whatIf = SimulationExample.withEnschedeDeadlines(profile);
    SimulationReport asIs;
    try (DemoStores stores = DemoStores.open()) {
      out.println(
          "LON SDK demo - "
              + profile.getName()
              + ", network "
              + DemoNetwork.NETWORK
              + ": the year "
              + YEAR
              + " with four told cases inside it");
      out.println();
      DemoStory story = story(stores, profile, out);
      asIs =
          playYear(stores.stores(), profile, story, SimulationExample.bar("year " + YEAR + "   "));
      Path written = report(stores.stores(), profile, story, out, report);
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
    SimulationReport other;
    try (DemoStores stores = DemoStores.open()) {
      DemoStory quiet = story(stores, whatIf, new PrintStream(OutputStream.nullOutputStream()));
      other = playYear(stores.stores(), whatIf, quiet, SimulationExample.bar("what-if     "));
    }
    out.println();
    out.println(
        "What if the network had adopted Enschede's working-day deadlines (the same signals, the"
            + " same people, the same told cases):");
    SimulationExample.printComparison(out, asIs, other);
    Path comparison = beside(report, ".what-if");
    for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
      boolean dutch = "nl".equals(locale.getLanguage());
      Path file = dutch ? comparison : englishBeside(comparison);
      Files.writeString(
          file,
          SimulationHtml.render(
              locale,
              dutch
                  ? "Het jaar " + YEAR + " van Delfshaven, en wat als"
                  : "The year " + YEAR + " of Delfshaven, and what if",
              List.of(asIs, other)),
          StandardCharsets.UTF_8);
    }
    out.println("What-if report: " + comparison + " (English: " + englishBeside(comparison) + ")");
    out.printf(Locale.ROOT, "took %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  /**
   * Plays the network's year with the told cases inside it.
   *
   * @param stores empty stores
   * @param profile the network's profile
   * @param story the told cases
   * @param progress the progress bar
   * @return the simulation's report
   */
  static SimulationReport playYear(
      Stores stores, MethodologyProfile profile, DemoStory story, ProgressListener progress) {
    Network network = DemoNetwork.register(stores.directory());
    SimulationSettings settings =
        SimulationSettings.builder()
            .profile(profile)
            .seed(1)
            .start(LocalDate.of(YEAR, 1, 1))
            .days(LocalDate.of(YEAR, 1, 1).lengthOfYear())
            .inhabitantsPerNetwork(network.getInhabitants())
            .build();
    return NetworkYearSimulation.run(
        settings,
        progress,
        SimulationHost.of(stores, DemoNetwork.NETWORK)
            .withOtherNetwork(DemoNetwork.ENSCHEDE, MethodologyProfile.enschede())
            .withToldCases(story));
  }

  /** The told cases, with the involvement index both networks share on the demo's database. */
  private static DemoStory story(DemoStores stores, MethodologyProfile profile, PrintStream out) {
    InvolvementService involvement =
        InvolvementService.builder()
            .stores(stores.stores())
            .index(stores.involvementIndex())
            .profile(DemoNetwork.NETWORK, profile)
            .profile(DemoNetwork.ENSCHEDE, MethodologyProfile.enschede())
            // registrations carry the day they were made; the records are read after the year
            .clock(Clock.fixed(READ_AT, ZoneOffset.UTC))
            .build();
    return new DemoStory(out, involvement);
  }

  private static Path report(
      Stores stores, MethodologyProfile profile, DemoStory story, PrintStream out, Path report)
      throws Exception {
    CaseService service =
        CaseService.builder()
            .stores(stores)
            .profile(DemoNetwork.NETWORK, profile)
            .profile(DemoNetwork.ENSCHEDE, MethodologyProfile.enschede())
            // read after the year: fixed, so that every run stores the same read records
            .clock(Clock.fixed(READ_AT, ZoneOffset.UTC))
            .build();
    Map<CaseId, List<CaseEvent>> timelines = new LinkedHashMap<>();
    CaseId received = HandoverRules.receivingCase(DemoStory.FAMILY, DemoNetwork.ENSCHEDE);
    List<CaseEvent> receivedTimeline =
        service.timeline(DemoNetwork.ENSCHEDE_DIRECTOR, Purpose.of("case overview"), received);
    out.println();
    out.println("Timeline " + received + " (Enschede, read by its team leader):");
    receivedTimeline.forEach(
        e ->
            out.printf(
                "  %s #%-2d %s%n",
                e.getBusinessDate(),
                e.getSequence(),
                TimelineText.describe(
                    e, Locale.forLanguageTag("nl"), MethodologyProfile.enschede())));
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
            ReportingPeriod.ofYear(YEAR));
    out.println();
    out.println(
        "Management figures "
            + YEAR
            + " of the whole network (counts below "
            + figures.getSuppressionThreshold()
            + " shown as *):");
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
      html.agendas(story.agendas(), DemoStory.CASES);
      html.receivingAgendas(MethodologyProfile.enschede(), story.receivingAgendas());
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
    return beside(dutch, ".en");
  }

  /**
   * A path beside another with an infix before the extension: {@code report.html} and {@code
   * .what-if} give {@code report.what-if.html}.
   *
   * @param path the path
   * @param infix what to put before the extension
   * @return the path beside it
   */
  static Path beside(Path path, String infix) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String other = dot < 0 ? name + infix : name.substring(0, dot) + infix + name.substring(dot);
    return path.resolveSibling(other);
  }
}
