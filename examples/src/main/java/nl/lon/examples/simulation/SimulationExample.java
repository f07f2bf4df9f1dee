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
    MethodologyProfile whatIf = withEnschedeDeadlines(rotterdam);
    SimulationSettings base =
        SimulationSettings.builder().profile(rotterdam).seed(seed).days(days).build();
    PrintStream out = System.out;
    long started = System.nanoTime();
    SimulationReport asIs = NetworkYearSimulation.run(base, bar("Rotterdam"));
    SimulationReport other =
        NetworkYearSimulation.run(
            SimulationSettings.builder().from(base).profile(whatIf).build(), bar("what-if  "));
    printComparison(out, asIs, other);
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

  /**
   * The profile with Enschede's working-day deadlines in place of its own: the what-if.
   *
   * @param profile the profile
   * @return the what-if profile, its id and name marked as such
   */
  public static MethodologyProfile withEnschedeDeadlines(MethodologyProfile profile) {
    return MethodologyProfile.builder()
        .from(profile)
        .id(profile.getId() + "-werkdagtermijnen")
        .name(profile.getName().split(" ")[0] + " met de werkdagtermijnen van Enschede")
        .deadlines(MethodologyProfile.enschede().getDeadlines())
        .build();
  }

  /**
   * Prints two reports side by side: the profile as it is, and the what-if.
   *
   * @param out where to print
   * @param asIs the report of the profile as it is
   * @param other the report of the what-if
   */
  public static void printComparison(
      PrintStream out, SimulationReport asIs, SimulationReport other) {
    out.printf("%n%-52s %12s %12s%n", "", "as is", "what-if");
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

  /**
   * A progress bar on the console's error stream, redrawn as the days pass.
   *
   * @param label what the bar is for, printed before it
   * @return the listener that draws it
   */
  public static ProgressListener bar(String label) {
    int width = 40;
    int[] drawn = {-1};
    return (done, total) -> {
      int filled = total == 0 ? width : done * width / total;
      if (filled == drawn[0]) {
        return;
      }
      drawn[0] = filled;
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
      if (filled == width) {
        System.err.println();
      }
    };
  }
}
