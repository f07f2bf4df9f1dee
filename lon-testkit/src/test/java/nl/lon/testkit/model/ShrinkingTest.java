package nl.lon.testkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A false claim about the process fails, and jqwik shrinks the failing action chain to a history of
 * a handful of acts. With the claim's seed, the first failing chain has 10 acts (6 events); it
 * shrinks to 4 acts, each accepted and on the day of the signal: signal, judgement, a coordination
 * decision that refers the case to another circuit, reopening.
 */
class ShrinkingTest {

  private static final Pattern SHRUNK =
      Pattern.compile("in a history of (\\d+) acts and (\\d+) events");

  @Test
  void noCaseIsEverReopened_fails_andShrinksToAHandfulOfActs() {
    List<String> report = new ArrayList<>();
    Throwable failure = runFailing(NoReopeningClaim.class, report);
    String message = failure.getMessage();
    assertTrue(message.contains("Invariant 'no case is ever reopened' failed"), message);
    int[] shrunk = actsAndEvents(message);
    // jqwik reports the history it found first and the one it shrank to; the shrunk one is never
    // longer (how long the first one is depends on the seed and on the model's use cases)
    String original = String.join("\n", report);
    int index = original.indexOf("Original Error");
    assertTrue(index >= 0, original);
    int[] found = actsAndEvents(original.substring(index));
    assertTrue(found[0] >= shrunk[0], original);
    // and shrank it to a handful: the signal, its judgement, a decision that ends the case (out of
    // scope, referred, handed to the crisis service) and the reopening; every act accepted
    assertTrue(shrunk[0] <= 4, message);
    assertEquals(shrunk[0], shrunk[1], message);
    assertTrue(
        java.util.regex.Pattern.compile("reopen the case( \\([a-z ]+\\))? the same day")
            .matcher(message)
            .find(),
        message);
  }

  private static int[] actsAndEvents(String message) {
    Matcher m = SHRUNK.matcher(message);
    assertTrue(m.find(), message);
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  /** Runs a class's properties on the jqwik engine; returns the one failure, adds the reports. */
  private static Throwable runFailing(Class<?> claims, List<String> report) {
    List<Throwable> failures = new ArrayList<>();
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(claims))
            .filters(EngineFilter.includeEngines("jqwik"))
            // the report of the falsified and shrunk samples comes to the listener, not stdout
            .configurationParameter("jqwik.reporting.usejunitplatform", "true")
            .build();
    LauncherFactory.create()
        .execute(
            request,
            new TestExecutionListener() {
              @Override
              public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                report.addAll(entry.getKeyValuePairs().values());
              }

              @Override
              public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest() && result.getStatus() == TestExecutionResult.Status.FAILED) {
                  failures.add(result.getThrowable().orElseThrow());
                }
              }
            });
    assertEquals(1, failures.size(), "one property fails: " + failures);
    return failures.get(0);
  }
}
