/**
 * Scenario files: plain-text scenarios a network's staff can read and write, in English or Dutch,
 * run as JUnit 5 dynamic tests by {@link nl.lon.testkit.scenario.ScenarioRunner} against a real
 * case service. The step vocabulary is in docs/scenarios.md.
 *
 * <p>No method accepts or returns null; the runner is stateless and thread-safe.
 */
package nl.lon.testkit.scenario;
