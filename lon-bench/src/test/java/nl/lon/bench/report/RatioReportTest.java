package nl.lon.bench.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.lon.bench.scenario.CommandCounts;
import nl.lon.bench.scenario.Database;
import nl.lon.bench.scenario.JdbcCounter;
import org.junit.jupiter.api.Test;

/** The ratio table's section of statements and commits per command. */
class RatioReportTest {

  @Test
  void printsStatementsAndCommitsPerCommandBesideTheMeasuredThroughput() {
    RatioReport.Result lifecycle =
        new RatioReport.Result(
            "CaseLifecycleBenchmark.lifecycle",
            "nl.lon.bench.lifecycle",
            "thrpt",
            1,
            Map.of("backend", "H2"),
            1234,
            12,
            "ops/s",
            Map.of());
    CommandCounts.Row row =
        new CommandCounts.Row(
            "case service", Database.Kind.H2, new JdbcCounter.Counts(54, 1, 10, 10, 10, 0, 11));

    String report = RatioReport.render(List.of(lifecycle), List.of(row));

    assertTrue(report.contains("### Statements and commits per command"), report);
    assertTrue(
        report.contains("| case service | H2 | 5.40 | 1.00 | 0.100 | 10 (10) | 1,234 |"), report);
  }

  @Test
  void leavesTheSectionOutWithoutCounts() {
    assertFalse(RatioReport.render(List.of()).contains("Statements and commits per command"));
  }
}
