package nl.lon.testkit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Failing scenarios report the file and the line of the step that failed. */
class ScenarioRunnerTest {

  @TempDir Path dir;

  @Test
  void wrongExpectedDate_failsWithFileAndLine() throws IOException {
    Path file =
        write(
            "enschede-deadlines.scenario",
            "# the deadline is Friday 30 April 2027: Koningsdag is not a working day",
            "Given the Enschede profile",
            "When a report is received on Thursday 22 April 2027",
            "Then \"judge the report\" is due on Monday 3 May 2027");
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> ScenarioRunner.run(file));
    assertEquals(
        "enschede-deadlines.scenario:4: expected \"judge the report\" due on 2027-05-03 but was"
            + " 2027-04-30",
        e.getMessage());
  }

  @Test
  void wrongExpectedDate_inDutch_failsWithFileAndLine() throws IOException {
    Path file =
        write(
            "termijnen.scenario",
            "Gegeven het profiel Enschede",
            "",
            "Als op donderdag 22 april 2027 een melding binnenkomt",
            "Dan staat \"melding beoordelen\" op de agenda voor uiterlijk woensdag 28 april 2027");
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> ScenarioRunner.run(file));
    assertEquals(
        "termijnen.scenario:4: expected \"melding beoordelen\" due on 2027-04-28 but was 2027-04-30",
        e.getMessage());
  }

  @Test
  void unknownStep_failsWithFileAndLine() throws IOException {
    Path file =
        write(
            "unknown.scenario",
            "Given the Rotterdam profile",
            "When a report is received on Monday 1 February 2027",
            "And the coordinator sends flowers on Tuesday 2 February 2027");
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> ScenarioRunner.run(file));
    assertTrue(
        e.getMessage()
            .startsWith(
                "unknown.scenario:3: unknown step \"And the coordinator sends flowers on Tuesday 2"
                    + " February 2027\""),
        e.getMessage());
  }

  @Test
  void unknownAgendaItem_namesTheItemsThereAre() throws IOException {
    Path file =
        write(
            "items.scenario",
            "Given the Enschede profile",
            "When a report is received on Thursday 22 April 2027",
            "Then \"judge report\" is due on Friday 30 April 2027");
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> ScenarioRunner.run(file));
    assertTrue(
        e.getMessage().startsWith("items.scenario:3: no agenda item is called \"judge report\""),
        e.getMessage());
    assertTrue(e.getMessage().contains("\"judge the report\""), e.getMessage());
  }

  @Test
  void refusedActWithoutItsExpectation_failsAtTheAct() throws IOException {
    Path file =
        write(
            "refused.scenario",
            "Given the Enschede profile",
            "When a report is received on Monday 1 February 2027 without the client being informed",
            "Then the case is \"open\"");
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> ScenarioRunner.run(file));
    assertTrue(
        e.getMessage()
            .startsWith(
                "refused.scenario:2: the act was refused with rule signal.client-not-informed"),
        e.getMessage());
  }

  @Test
  void weekdayThatIsNotTheDatesWeekday_failsWithFileAndLine() throws IOException {
    Path file =
        write(
            "weekday.scenario",
            "Given the Enschede profile",
            "When a report is received on Friday 22 April 2027");
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> ScenarioRunner.run(file));
    assertEquals(
        "weekday.scenario:2: Friday 22 April 2027: 22 April 2027 is a Thursday", e.getMessage());
  }

  @Test
  void directory_givesATestPerScenario_thatFailsLikeRun() throws IOException {
    write(
        "two.scenario",
        "Given the Enschede profile",
        "Scenario: right",
        "When a report is received on Thursday 22 April 2027",
        "Then \"judge the report\" is due on Friday 30 April 2027",
        "Scenario: wrong",
        "When a report is received on Thursday 22 April 2027",
        "Then \"judge the report\" is due on Thursday 29 April 2027");
    List<DynamicNode> files = ScenarioRunner.directory(dir).toList();
    assertEquals(1, files.size());
    List<DynamicTest> tests =
        ((DynamicContainer) files.get(0)).getChildren().map(DynamicTest.class::cast).toList();
    assertEquals(
        List.of("right", "wrong"), tests.stream().map(DynamicTest::getDisplayName).toList());
    try {
      tests.get(0).getExecutable().execute();
    } catch (Throwable t) {
      throw new AssertionError("the right scenario failed", t);
    }
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> tests.get(1).getExecutable().execute());
    assertEquals(
        "two.scenario:7: expected \"judge the report\" due on 2027-04-29 but was 2027-04-30",
        e.getMessage());
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
  }
}
