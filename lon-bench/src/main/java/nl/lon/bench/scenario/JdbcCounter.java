package nl.lon.bench.scenario;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts what a contender asks of its database (statements and commits), through a proxy around a
 * data source: every connection it hands out, and every statement of those connections, is a {@link
 * Proxy} that counts and passes the call on.
 *
 * <p>A statement is one call of {@code execute}, {@code executeQuery}, {@code executeUpdate},
 * {@code executeLargeUpdate} or {@code executeBatch}: a batch of many rows counts as one statement
 * (one round trip), and its rows are counted apart. A commit is one call of {@link
 * Connection#commit()}; a statement run while the connection is in auto-commit mode is its own
 * transaction, counted as an auto-commit statement.
 *
 * <p>Use: {@link #wrap} the pool, run a contender on the wrapped data source, then {@link #reset}
 * returns what it asked (see {@link Database#counted}).
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class JdbcCounter {

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong autoCommitStatements = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong batchedRows = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong rollbacks = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();

  /** A counter at zero. */
  public JdbcCounter() {}

  /**
   * What was counted.
   *
   * @param statements statements executed (a batch counts once)
   * @param autoCommitStatements of those, the ones run in auto-commit mode, each its own
   *     transaction
   * @param batches statements that were batches
   * @param batchedRows rows added to those batches
   * @param commits calls of {@code commit}
   * @param rollbacks calls of {@code rollback} (to a savepoint or whole)
   * @param connections connections borrowed
   */
  public record Counts(
      long statements,
      long autoCommitStatements,
      long batches,
      long batchedRows,
      long commits,
      long rollbacks,
      long connections) {

    /**
     * Statements per operation.
     *
     * @param operations how many operations (commands) were counted
     * @return the average
     */
    public double statementsPer(int operations) {
      return (double) statements / operations;
    }

    /**
     * Commits per operation.
     *
     * @param operations how many operations were counted
     * @return the average
     */
    public double commitsPer(int operations) {
      return (double) commits / operations;
    }

    /**
     * Auto-commit statements per operation.
     *
     * @param operations how many operations were counted
     * @return the average
     */
    public double autoCommitStatementsPer(int operations) {
      return (double) autoCommitStatements / operations;
    }
  }

  /**
   * The counts so far.
   *
   * @return the counts
   */
  public Counts counts() {
    return new Counts(
        statements.get(),
        autoCommitStatements.get(),
        batches.get(),
        batchedRows.get(),
        commits.get(),
        rollbacks.get(),
        connections.get());
  }

  /**
   * The counts so far, and zero from now on.
   *
   * @return the counts before the reset
   */
  public Counts reset() {
    return new Counts(
        statements.getAndSet(0),
        autoCommitStatements.getAndSet(0),
        batches.getAndSet(0),
        batchedRows.getAndSet(0),
        commits.getAndSet(0),
        rollbacks.getAndSet(0),
        connections.getAndSet(0));
  }

  /**
   * A data source that counts on this counter and passes everything on to another.
   *
   * @param target the data source counted
   * @return the counting data source
   */
  public DataSource wrap(DataSource target) {
    return (DataSource)
        Proxy.newProxyInstance(
            JdbcCounter.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = call(target, method, args);
              if (result instanceof Connection c && method.getName().equals("getConnection")) {
                connections.incrementAndGet();
                return connection(c);
              }
              return result;
            });
  }

  private Connection connection(Connection target) {
    return (Connection)
        Proxy.newProxyInstance(
            JdbcCounter.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "commit" -> commits.incrementAndGet();
                case "rollback" -> rollbacks.incrementAndGet();
                default -> {}
              }
              Object result = call(target, method, args);
              if (result instanceof Statement s) {
                Class<?> type =
                    s instanceof CallableStatement
                        ? CallableStatement.class
                        : s instanceof PreparedStatement
                            ? PreparedStatement.class
                            : Statement.class;
                return statement(target, s, type);
              }
              return result;
            });
  }

  private Statement statement(Connection connection, Statement target, Class<?> type) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.startsWith("execute")) {
            statements.incrementAndGet();
            if (connection.getAutoCommit()) {
              autoCommitStatements.incrementAndGet();
            }
            if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
              batches.incrementAndGet();
            }
          } else if (name.equals("addBatch")) {
            batchedRows.incrementAndGet();
          }
          return call(target, method, args);
        };
    return (Statement)
        Proxy.newProxyInstance(JdbcCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
