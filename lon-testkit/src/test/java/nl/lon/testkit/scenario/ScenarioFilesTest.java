package nl.lon.testkit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shipped scenario files, one dynamic test per scenario. */
class ScenarioFilesTest {

  private static final Path SHIPPED = Path.of("src/test/resources/scenarios");

  @TestFactory
  Stream<DynamicNode> shippedScenarios() {
    return ScenarioRunner.directory(SHIPPED);
  }

  @Test
  void run_enschedeDeadlines_playsEveryScenario() {
    assertEquals(4, ScenarioRunner.run(SHIPPED.resolve("enschede-deadlines.scenario")));
  }
}
