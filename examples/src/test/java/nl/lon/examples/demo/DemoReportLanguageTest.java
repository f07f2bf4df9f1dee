package nl.lon.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo report in Dutch has only Dutch labels and the one in English only English ones, with the
 * network's own names for its roles; identifiers and texts recorded by professionals are left out
 * of the check.
 */
class DemoReportLanguageTest {

  /** Words of the report's own headings and of the escalation options, one language only. */
  private static final List<String> DUTCH_ONLY =
      List.of(
          "tijdlijnen",
          "gebeurtenis",
          "geweigerde",
          "opdrachten",
          "uiterlijk",
          "verplichting",
          "stuurinformatie",
          "onderdrukt",
          "doorlooptijden",
          "mediaan",
          "knelpunt",
          "oplossingen",
          "trede",
          "tijdelijk",
          "versie",
          "advies",
          "doelgroep",
          "casusbespreking",
          "casu\u00efstiekbespreking",
          "psychiater",
          "begeleidingscommissie",
          "hogere",
          "leidinggevenden",
          "periode");

  private static final List<String> ENGLISH_ONLY =
      List.of(
          "timelines",
          "event",
          "refused",
          "commands",
          "due",
          "obligation",
          "management",
          "suppressed",
          "lead",
          "median",
          "bottleneck",
          "resolutions",
          "rung",
          "temporary",
          "version",
          "advice",
          "target",
          "discussion",
          "psychiatrist",
          "fellow",
          "supervisory",
          "committee",
          "higher",
          "managers",
          "period",
          "case");

  private static String dutchReport;
  private static String englishReport;

  @BeforeAll
  static void renderBoth(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.html");
    PrintStream original = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    try {
      LonDemo.main(new String[] {report.toString()});
    } finally {
      System.setOut(original);
    }
    dutchReport = Files.readString(report, StandardCharsets.UTF_8);
    englishReport = Files.readString(LonDemo.englishBeside(report), StandardCharsets.UTF_8);
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = Pattern.compile("\\p{L}+").matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Set<String> bundleWords(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        DemoReportLanguageTest.class.getResourceAsStream(
            "/nl/lon/core/label/labels_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
    }
    Set<String> out = new HashSet<>();
    p.values().forEach(v -> out.addAll(words(v.toString())));
    return out;
  }

  /** Only one language's words: the words of its bundle and list not in the other's. */
  private static Set<String> onlyIn(String language) throws IOException {
    Set<String> own = bundleWords(language);
    Set<String> other = bundleWords("nl".equals(language) ? "en" : "nl");
    own.removeIf(w -> w.length() < 4);
    own.removeAll(other);
    own.addAll("nl".equals(language) ? DUTCH_ONLY : ENGLISH_ONLY);
    own.removeAll("nl".equals(language) ? ENGLISH_ONLY : DUTCH_ONLY);
    return own;
  }

  /** The report's visible text, without identifiers and recorded entries. */
  private static String visibleLabels(String html) {
    return html.replaceAll("(?s)<style>.*?</style>", " ")
        .replaceAll("(?s)<(t?span) class=\"(id|entry)\">.*?</\\1>", " ")
        .replaceAll("<[^>]+>", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  private static Set<String> foreign(String html, String otherLanguage) throws IOException {
    Set<String> found = new TreeSet<>(words(visibleLabels(html)));
    found.retainAll(onlyIn(otherLanguage));
    return found;
  }

  private static String context(String html, String otherLanguage) {
    try {
      String text = visibleLabels(html);
      StringBuilder out = new StringBuilder();
      for (String w : foreign(html, otherLanguage)) {
        Matcher m =
            Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(text);
        if (m.find()) {
          int from = Math.max(0, m.start() - 60);
          int to = Math.min(text.length(), m.end() + 60);
          out.append("\n  ").append(w).append(": ...").append(text, from, to).append("...");
        }
      }
      return out.toString();
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void dutchReport_labels_noEnglishWord() throws IOException {
    assertTrue(dutchReport.contains("<html lang=\"nl\""));
    assertEquals(
        Set.of(),
        foreign(dutchReport, "en"),
        () -> "English words in the Dutch report: " + context(dutchReport, "en"));
  }

  @Test
  void englishReport_labels_noDutchWord() throws IOException {
    assertTrue(englishReport.contains("<html lang=\"en\""));
    assertEquals(
        Set.of(),
        foreign(englishReport, "nl"),
        () -> "Dutch words in the English report: " + context(englishReport, "nl"));
  }

  @Test
  void dutchReport_escalationOption_inDutch() {
    // the content option of seeds/004 l.1649-1650, in the report's language
    assertTrue(
        dutchReport.contains(
            "casusinhoudelijke opschaling naar casu\u00efstiekbespreking met"
                + " collega-netwerkregisseurs en psychiater"),
        "the option's Dutch name");
    assertTrue(!dutchReport.contains("case discussion with fellow network directors"));
    assertTrue(
        englishReport.contains(
            "content escalation to case discussion with fellow network directors and a"
                + " psychiatrist"));
  }

  @Test
  void reports_roles_carryRotterdamsOwnNames() {
    // the schema, l.813: "Coördinator (R)"
    assertTrue(dutchReport.contains("Agenda van de coördinator"), "Rotterdam's network director");
    assertTrue(englishReport.contains("Agenda of the coordinator"));
    // l.791: "Lokaal Zorgnetwerk (R)"
    assertTrue(dutchReport.contains("(lokaal zorgnetwerk)"));
    assertTrue(englishReport.contains("(local care network)"));
  }

  @Test
  void reports_showTheNetworksProcess_drawnInTheirLanguage() {
    // the process of the demo's profile (Rotterdam's), inline, one drawing per report
    assertTrue(dutchReport.contains("data-process=\"lon-process-rotterdam\" data-lang=\"nl\""));
    assertTrue(englishReport.contains("data-process=\"lon-process-rotterdam\" data-lang=\"en\""));
    assertTrue(dutchReport.contains("De werkwijze in beeld"));
    assertTrue(englishReport.contains("The way of working at a glance"));
    assertTrue(dutchReport.contains(">9 volgen (nazorg)"), "the steps in Dutch");
    assertTrue(englishReport.contains(">9 follow up"), "the steps in English");
    // Rotterdam's administrative body as the escalation option's name (l.836-841)
    assertTrue(dutchReport.contains("casusinhoudelijke opschaling: stuurgroep"));
    assertTrue(englishReport.contains("content escalation: steering group"));
  }

  @Test
  void check_englishWordInDutchReport_isFound() throws IOException {
    String leaked = "<html lang=\"nl\"><body><p>trede 2: case discussion</p></body></html>";
    assertEquals(Set.of("case", "discussion"), foreign(leaked, "en"));
    assertEquals(Set.of(), foreign("<p><span class=\"entry\">waiting list</span></p>", "en"));
  }
}
