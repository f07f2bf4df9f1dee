package nl.lon.persistence.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * JDBC plumbing shared by the adapters: SQLState classification, rollback without masking the
 * first error, and a short randomised back-off between retries (not API).
 *
 * <p>Recognised SQLStates are the same on H2 2.3 and PostgreSQL 15: {@code 23505} unique
 * violation; {@code 40001} serialization failure (H2: deadlock); {@code 40P01} PostgreSQL
 * deadlock; {@code HYT00} H2 lock timeout; {@code 90131} H2 concurrent update of a row.
 *
 * <p>Thread-safe: only static methods.
 */
public final class Sql {

  /** SQLState of a unique or primary-key violation, on H2 and PostgreSQL. */
  public static final String UNIQUE_VIOLATION = "23505";

  private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "HYT00", "90131");

  private Sql() {}

  /**
   * Whether an error, or one chained to it, is a unique-constraint violation.
   *
   * @param e the error
   * @return true for SQLState 23505 anywhere in the chain
   */
  public static boolean isUniqueViolation(SQLException e) {
    return hasState(e, Set.of(UNIQUE_VIOLATION));
  }

  /**
   * Whether an error, or one chained to it, says the transaction lost a race for a lock or a
   * snapshot (deadlock, serialization failure, lock timeout, concurrent update) and may simply
   * be tried again.
   *
   * @param e the error
   * @return true when a retry may succeed
   */
  public static boolean isTransient(SQLException e) {
    return hasState(e, TRANSIENT);
  }

  private static boolean hasState(Throwable t, Set<String> states) {
    Set<Throwable> seen = new HashSet<>();
    return hasState(t, states, seen);
  }

  private static boolean hasState(Throwable t, Set<String> states, Set<Throwable> seen) {
    while (t != null && seen.add(t)) {
      if (t instanceof SQLException) {
        SQLException s = (SQLException) t;
        if (s.getSQLState() != null && states.contains(s.getSQLState())) {
          return true;
        }
        if (s.getNextException() != null && hasState(s.getNextException(), states, seen)) {
          return true;
        }
      }
      t = t.getCause();
    }
    return false;
  }

  /**
   * Borrows a connection for single statements, switched to auto-commit when the data source
   * hands it out without (each statement then commits on its own).
   *
   * @param dataSource the caller's data source
   * @return a connection in auto-commit mode; the caller closes it
   * @throws SQLException when no connection can be had
   */
  public static Connection connect(DataSource dataSource) throws SQLException {
    Connection c = dataSource.getConnection();
    try {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException | RuntimeException again) {
        e.addSuppressed(again);
      }
      throw e;
    }
  }

  /**
   * Rolls a connection back, adding a failure to the error being handled instead of throwing it.
   *
   * @param connection the connection, in a transaction
   * @param pending the error that made the rollback necessary, or null
   */
  public static void rollbackQuietly(Connection connection, Throwable pending) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      if (pending != null && pending != e) {
        pending.addSuppressed(e);
      }
    }
  }

  /**
   * Sleeps a short random time that grows with the attempt, so that retrying writers spread out.
   *
   * @param attempt the attempt that just failed, 1 or more
   */
  public static void backOff(int attempt) {
    long maxMicros = Math.min(50_000L, 200L << Math.min(attempt, 8));
    LockSupport.parkNanos(
        TimeUnit.MICROSECONDS.toNanos(ThreadLocalRandom.current().nextLong(maxMicros / 2, maxMicros)));
  }
}
