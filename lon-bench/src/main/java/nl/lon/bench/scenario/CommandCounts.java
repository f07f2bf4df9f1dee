package nl.lon.bench.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.flowable.common.engine.impl.history.HistoryLevel;

/**
 * Statements and commits per command of every lifecycle contender that uses JDBC, measured once
 * with a {@link JdbcCounter}: each contender runs one lifecycle to warm its caches, then one
 * counted lifecycle of {@value LifecycleScenario#COMMANDS} commands (steps) on a fresh case.
 *
 * <p>The counts are exact, not sampled: they do not depend on the machine's load.
 *
 * @since 0.1
 */
public final class CommandCounts {

  private CommandCounts() {}

  /**
   * One contender's counts for one lifecycle.
   *
   * @param contender the contender's name, as in the ratio table
   * @param kind the database
   * @param counts what one lifecycle asked of the database
   */
  public record Row(String contender, Database.Kind kind, JdbcCounter.Counts counts) {

    /**
     * Statements per command.
     *
     * @return the average over the lifecycle
     */
    public double statementsPerCommand() {
      return counts.statementsPer(LifecycleScenario.COMMANDS);
    }

    /**
     * Commits per command.
     *
     * @return the average over the lifecycle
     */
    public double commitsPerCommand() {
      return counts.commitsPer(LifecycleScenario.COMMANDS);
    }

    /**
     * Auto-commit statements (each its own transaction) per command.
     *
     * @return the average over the lifecycle
     */
    public double autoCommitStatementsPerCommand() {
      return counts.autoCommitStatementsPer(LifecycleScenario.COMMANDS);
    }
  }

  /**
   * The case service's counts on a database kind.
   *
   * @param kind H2 or PostgreSQL
   * @return the counts of one warm lifecycle
   */
  public static Row caseService(Database.Kind kind) {
    JdbcCounter counter = new JdbcCounter();
    try (CaseStores stores = CaseStores.jdbc(Database.counted(kind, "counted", counter))) {
      var service = stores.service();
      LifecycleScenario.run(service, BenchFixtures.caseId("warm", 1), 1);
      counter.reset();
      LifecycleScenario.run(service, BenchFixtures.caseId("counted", 2), 2);
      return new Row("case service", kind, counter.reset());
    }
  }

  /**
   * Every JDBC contender's counts on a database kind: the case service, raw JDBC (one transaction
   * per step and all in one) and Flowable (audit history and history off).
   *
   * @param kind H2 or PostgreSQL
   * @return one row per contender
   */
  public static List<Row> all(Database.Kind kind) {
    List<Row> rows = new ArrayList<>();
    rows.add(caseService(kind));
    rows.add(raw(kind, "raw JDBC, one transaction per step", RawJdbcScenario::onePerStep));
    rows.add(raw(kind, "raw JDBC, all in one transaction", RawJdbcScenario::allInOne));
    rows.add(flowable(kind, HistoryLevel.AUDIT, "Flowable, audit history"));
    rows.add(flowable(kind, HistoryLevel.NONE, "Flowable, history off"));
    return rows;
  }

  private static Row raw(
      Database.Kind kind, String name, BiConsumer<RawJdbcScenario, String> lifecycle) {
    JdbcCounter counter = new JdbcCounter();
    try (Database db = Database.counted(kind, "counted_raw", counter)) {
      RawJdbcScenario raw = new RawJdbcScenario(db);
      lifecycle.accept(raw, "warm");
      counter.reset();
      lifecycle.accept(raw, "counted");
      return new Row(name, kind, counter.reset());
    }
  }

  private static Row flowable(Database.Kind kind, HistoryLevel history, String name) {
    JdbcCounter counter = new JdbcCounter();
    try (Database db = Database.counted(kind, "counted_flowable", counter);
        FlowableScenario flowable = new FlowableScenario(db, history)) {
      flowable.run("warm", 1);
      counter.reset();
      flowable.run("counted", 2);
      return new Row(name, kind, counter.reset());
    }
  }
}
