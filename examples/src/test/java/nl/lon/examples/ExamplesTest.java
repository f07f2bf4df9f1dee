package nl.lon.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.lon.examples.demo.LonDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every runnable example once, so the examples cannot rot. */
class ExamplesTest {

  private static String capture(ThrowingRunnable run) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      run.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickstart_runs_printsStepAndAgenda() throws Exception {
    String out = capture(() -> Quickstart.main(new String[0]));
    assertTrue(out.contains("is in step 3 gather information"), out);
    assertTrue(out.contains("coordination decision"), out);
  }

  @Test
  void timelineDemo_runs_printsTimelineRefusalAndOverdueAgenda() throws Exception {
    String out = capture(() -> TimelineDemo.main(new String[0]));
    assertTrue(out.contains("signaal ontvangen"), out);
    assertTrue(out.contains("op de hoogte"), out);
    assertTrue(out.contains("OVERDUE"), out);
  }

  @Test
  void lonDemo_runs_printsStoryAndWritesHtmlReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.html");
    String out = capture(() -> LonDemo.main(new String[] {report.toString()}));
    assertTrue(out.contains("OVERDUE"), "an overdue obligation on an agenda");
    // the mayor only in a serious emergency (seeds/004 l.1686-1688)
    assertTrue(
        out.contains("nl: de burgemeester wordt alleen ingeschakeld in een ernstige noodsituatie"),
        "a refusal in Dutch");
    assertTrue(
        out.contains("en: the mayor is only called in a serious emergency"),
        "the same refusal in English");
    assertTrue(
        out.contains("organisatorische opschaling naar stuurgroep"),
        "Rotterdam's own administrative body (l.836-841)");
    assertTrue(out.contains("casus heropend"), "the drop-out reopened at follow-up");
    assertTrue(out.contains("Management figures"), out);
    assertTrue(out.contains("chain verified"), out);
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(html.contains("<svg"), "charts as SVG");
    assertTrue(html.contains("2026-004-uitval"), "a timeline per case");
    // the told cases sit inside a simulated year of the network, its figures at the default
    // small-cell threshold, and the year is compared with a what-if on the same arrivals
    assertTrue(out.contains("other cases of the network's year"), out);
    assertTrue(out.contains("counts below 5 shown as *"), out);
    assertTrue(
        out.contains("deadline met: appoint a problem owner"),
        "the what-if's deadlines side by side");
    Path whatIf = dir.resolve("report.what-if.html");
    assertTrue(
        Files.readString(whatIf, StandardCharsets.UTF_8).contains("<svg"),
        "the comparison as HTML with charts");
    assertTrue(Files.exists(dir.resolve("report.what-if.en.html")), "and in English");
    // the family moves to Enschede: the index shows the match, Enschede's team leader decides on
    // the handover proposal on their agenda, accepts, and Enschede's own deadlines run
    assertTrue(
        out.contains("the family is known in network rotterdam-delfshaven at amw-delfshaven"), out);
    assertTrue(out.contains("besluiten over overdracht"), "the handover on Enschede's agenda");
    assertTrue(
        out.contains("the family continues in Enschede as case 2026-003-gezin:enschede-oost"), out);
    assertTrue(
        out.contains(
            "2026-11-25          2026-003-gezin:enschede-oost       probleemhouder aanwijzen"),
        "five working days to appoint a problem owner in Enschede (seeds/004 l.1440-1441)");
    assertTrue(html.contains("ontvangende netwerk"), "the receiving network's view in the report");
    assertTrue(!html.contains("http://") && !html.contains("https://"), "no network access needed");
  }

  @Test
  void vendorAdapterExample_runs_migratesAndVerifies(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("vendor").toAbsolutePath() + ";WRITE_DELAY=0";
    String out =
        capture(() -> nl.lon.examples.vendor.VendorAdapterExample.main(new String[] {url}));
    assertTrue(out.contains("LON schema ready") && out.contains("chain ok"), out);
  }

  /** A block that may throw. */
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
