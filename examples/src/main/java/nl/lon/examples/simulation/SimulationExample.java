package nl.lon.examples.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.lon.rules.figures.DeadlineFigure;
import nl.lon.rules.figures.FigureDeadline;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.simulation.NetworkYearSimulation;
import nl.lon.simulation.ProgressListener;
import nl.lon.simulation.SimulationHtml;
import nl.lon.simulation.SimulationReport;
import nl.lon.simulation.SimulationSettings;

/**
 * A year of a Rotterdam-style network of 30,000 inhabitants, and the same year (the same signals,
 * the same people, the same delays) had Rotterdam adopted Enschede's working-day deadlines; prints
 * the comparison and writes it as HTML in Dutch and English ({@code target/lon-simulation-nl.html},
 * {@code target/lon-simulation-en.html}).
 *
 * <p>Arguments, all optional: the seed (default 1) and the number of days (default 365).
 */
public final class SimulationExample {
  private SimulationExample() {}

  /**
   * Runs the example.
   *
   * @param args the seed and the number of days, both optional
   * @throws IOException when the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 1L;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
    MethodologyProfile rotterdam = MethodologyProfile.rotterdam();
    MethodologyProfile whatIf =
        MethodologyProfile.builder()
            .from(rotterdam)
            .id("rotterdam-werkdagtermijnen")
            .name("Rotterdam met de werkdagtermijnen van Enschede")
            .deadlines(MethodologyProfile.enschede().getDeadlines())
            .build();
    SimulationSettings base =
        SimulationSettings.builder().profile(rotterdam).seed(seed).days(days).build();
    PrintStream out = System.out;
    long started = System.nanoTime();
    SimulationReport asIs = NetworkYearSimulation.run(base, bar("Rotterdam"));
    SimulationReport other =
        NetworkYearSimulation.run(
            SimulationSettings.builder().from(base).profile(whatIf).build(), bar("what-if  "));
    System.err.println();
    out.printf("%n%-52s %12s %12s%n", "", "Rotterdam", "what-if");
    line(out, "signals", asIs.getSignals(), other.getSignals());
    line(out, "closed", asIs.getClosures(), other.getClosures());
    line(out, "open on the last day", asIs.getOpenAtEnd(), other.getOpenAtEnd());
    line(
        out,
        "network director caseload (avg)",
        asIs.getNetworkDirectorCaseload(),
        other.getNetworkDirectorCaseload());
    line(
        out,
        "trajectory director caseload (peak)",
        asIs.getTrajectoryDirectorPeak(),
        other.getTrajectoryDirectorPeak());
    line(out, "escalations", asIs.getEscalations(), other.getEscalations());
    line(
        out,
        "reopened after follow-up",
        asIs.getReopenedAfterFollowUp(),
        other.getReopenedAfterFollowUp());
    line(out, "acts per case per month", asIs.getActsPerCaseMonth(), other.getActsPerCaseMonth());
    for (FigureDeadline d : FigureDeadline.values()) {
      line(out, "deadline met: " + d.label(Locale.ENGLISH), share(asIs, d), share(other, d));
    }
    line(out, "refused commands", asIs.getRefusals().size(), other.getRefusals().size());
    Path dir = Path.of("target");
    Files.createDirectories(dir);
    for (String lang : List.of("nl", "en")) {
      Path file = dir.resolve("lon-simulation-" + lang + ".html");
      Files.writeString(
          file,
          SimulationHtml.render(
              Locale.forLanguageTag(lang),
              lang.equals("nl") ? "Een netwerkjaar, wat als" : "A network year, what if",
              List.of(asIs, other)),
          StandardCharsets.UTF_8);
      out.println("report: " + file.toAbsolutePath());
    }
    out.printf("took %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  private static String share(SimulationReport r, FigureDeadline d) {
    return r.getFigures()
        .deadline(d)
        .map(DeadlineFigure::getShareMet)
        .filter(s -> s.isPresent())
        .map(s -> String.format(Locale.ROOT, "%.0f%%", s.getAsDouble() * 100))
        .orElse("-");
  }

  private static void line(PrintStream out, String label, Object a, Object b) {
    out.printf("%-52s %12s %12s%n", label, a, b);
  }

  /** A progress bar on the console's error stream, redrawn as the days pass. */
  static ProgressListener bar(String label) {
    return (done, total) -> {
      int width = 40;
      int filled = total == 0 ? width : done * width / total;
      System.err.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + " ".repeat(width - filled)
              + "] "
              + done
              + "/"
              + total
              + " days");
      if (done == total) {
        System.err.println();
      }
    };
  }
}
