package nl.lon.testkit.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario file read into its scenarios: lines starting with {@code #} are comments, a line
 * {@code Scenario: name} starts a scenario, and the steps before the first one are the background
 * every scenario of the file starts with (a file without {@code Scenario:} lines is one scenario).
 */
final class ScenarioFile {

  /** One step: its line number in the file and its text. */
  record Step(int line, String text) {}

  /** One scenario: its name, the line it starts on, and its steps, background first. */
  record Scenario(String name, int line, List<Step> steps) {}

  private ScenarioFile() {}

  /** The scenarios of a file's lines; the file's name names a scenario without a header. */
  static List<Scenario> parse(String fileName, List<String> lines) {
    List<Step> background = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    String name = null;
    int start = 0;
    List<Step> steps = null;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (text.regionMatches(true, 0, "Scenario:", 0, 9)) {
        if (steps != null) {
          scenarios.add(new Scenario(name, start, List.copyOf(steps)));
        }
        name = text.substring(9).strip();
        start = i + 1;
        steps = new ArrayList<>(background);
        continue;
      }
      (steps == null ? background : steps).add(new Step(i + 1, text));
    }
    if (steps != null) {
      scenarios.add(new Scenario(name, start, List.copyOf(steps)));
    } else if (!background.isEmpty()) {
      scenarios.add(new Scenario(fileName, background.get(0).line(), List.copyOf(background)));
    }
    return scenarios;
  }

  /** Plays a scenario; throws an assertion error naming the file and line of the failing step. */
  static void play(String fileName, Scenario scenario) {
    ScenarioPlay play = new ScenarioPlay(fileName);
    for (Step step : scenario.steps()) {
      play.step(step.line(), step.text());
    }
    play.end();
  }
}
