package nl.lon.testkit.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs scenario files (scenariobestanden): plain-text descriptions of what a network's staff
 * expects of its process, in English or Dutch, as JUnit 5 dynamic tests.
 *
 * <pre class="scenario">
 * Given the Enschede profile
 * When a report is received on Thursday 22 April 2027
 * Then "judge the report" is due on Friday 30 April 2027
 * </pre>
 *
 * <pre class="scenario">
 * Gegeven het profiel Enschede
 * Als op donderdag 22 april 2027 een melding binnenkomt
 * Dan staat "melding beoordelen" op de agenda voor uiterlijk vrijdag 30 april 2027
 * </pre>
 *
 * <p>Each scenario plays one case through a real {@link nl.lon.service.CaseService} of the {@link
 * nl.lon.testkit.model.ProcessCast}'s network on in-memory stores; the agenda items are the labels
 * of {@link nl.lon.rules.agenda.ObligationKind}, the roles and meetings also go by the profile's
 * own names ({@link nl.lon.rules.profile.Terminology}). The steps are listed in docs/scenarios.md.
 * An unknown step or a failed expectation fails the scenario with the file and line, for example
 * {@code enschede-deadlines.scenario:3: expected "judge the report" due on 2027-05-03 but was
 * 2027-04-30}.
 *
 * <p>A vendor points it at a directory of its own:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *   return ScenarioRunner.directory(Path.of("src/test/scenarios"));
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Stateless and thread-safe; each scenario gets a service of its own.
 *
 * @since 0.3
 */
public final class ScenarioRunner {

  /** The ending of scenario files. */
  public static final String EXTENSION = ".scenario";

  private ScenarioRunner() {}

  /**
   * One container of dynamic tests for each scenario file in a directory (not its subdirectories),
   * in the order of the file names; one test for each scenario of a file.
   *
   * @param directory the directory
   * @return the containers
   * @throws UncheckedIOException when the directory cannot be listed or a file read
   * @throws IllegalArgumentException when the directory holds no scenario file
   */
  public static Stream<DynamicNode> directory(Path directory) {
    Objects.requireNonNull(directory, "directory");
    List<Path> files;
    try (Stream<Path> listed = Files.list(directory)) {
      files = listed.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no " + EXTENSION + " file in " + directory);
    }
    return files.stream().map(ScenarioRunner::file);
  }

  /**
   * The scenarios of one file as a container of dynamic tests, each named after its scenario.
   *
   * @param file a scenario file, UTF-8
   * @return the container
   * @throws UncheckedIOException when the file cannot be read
   */
  public static DynamicContainer file(Path file) {
    String name = file.getFileName().toString();
    List<ScenarioFile.Scenario> scenarios = ScenarioFile.parse(name, read(file));
    return DynamicContainer.dynamicContainer(
        name,
        scenarios.stream()
            .map(s -> DynamicTest.dynamicTest(s.name(), () -> ScenarioFile.play(name, s))));
  }

  /**
   * Runs every scenario of a file, outside JUnit's dynamic tests.
   *
   * @param file a scenario file, UTF-8
   * @return the number of scenarios run
   * @throws org.opentest4j.AssertionFailedError at the first failing step, its message starting
   *     with the file's name and the step's line ({@code name.scenario:3: ...})
   * @throws UncheckedIOException when the file cannot be read
   */
  public static int run(Path file) {
    String name = file.getFileName().toString();
    List<ScenarioFile.Scenario> scenarios = ScenarioFile.parse(name, read(file));
    scenarios.forEach(s -> ScenarioFile.play(name, s));
    return scenarios.size();
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
