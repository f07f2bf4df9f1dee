package nl.lon.persistence.jdbc.internal;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * JDBC plumbing shared by the adapters: SQLState classification, rollback without masking the first
 * error, a short randomised back-off between retries, and the query and upsert loops the adapters
 * have in common (not API).
 *
 * <p>Recognised SQLStates are the same on H2 2.3 and PostgreSQL 15: {@code 23505} unique violation;
 * {@code 40001} serialization failure (H2: deadlock); {@code 40P01} PostgreSQL deadlock; {@code
 * HYT00} H2 lock timeout; {@code 90131} H2 concurrent update of a row.
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
   * snapshot (deadlock, serialization failure, lock timeout, concurrent update) and may simply be
   * tried again.
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
   * Borrows a connection for single statements, switched to auto-commit when the data source hands
   * it out without (each statement then commits on its own).
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

  /** Sets the parameters of a prepared statement. */
  @FunctionalInterface
  public interface Binder {
    /**
     * Sets the parameters.
     *
     * @param ps the statement
     * @throws SQLException when a parameter cannot be set
     */
    void bind(PreparedStatement ps) throws SQLException;
  }

  /**
   * Turns the current row of a result set into a value.
   *
   * @param <T> the value's type
   */
  @FunctionalInterface
  public interface RowReader<T> {
    /**
     * Reads the current row.
     *
     * @param rs the result set, on a row
     * @return the value
     * @throws SQLException when a column cannot be read
     */
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs a query on a connection of its own ({@link #connect}) and reads every row.
   *
   * @param <T> the type of a row's value
   * @param dataSource the caller's data source
   * @param sql the query
   * @param binder sets the query's parameters
   * @param reader reads one row
   * @return the rows' values in the order the query returned them
   * @throws SQLException when the query fails
   */
  public static <T> ImmutableList<T> list(
      DataSource dataSource, String sql, Binder binder, RowReader<T> reader) throws SQLException {
    try (Connection c = connect(dataSource);
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      ImmutableList.Builder<T> values = ImmutableList.builder();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(reader.read(rs));
        }
      }
      return values.build();
    }
  }

  /**
   * Stores one row by key: runs {@code update}, and {@code insert} when it changed no row. An
   * insert that loses a race to a concurrent insert of the same key (unique violation) and any
   * transient failure are retried, so a concurrent insert turns into an update; each statement
   * commits on its own.
   *
   * @param dataSource the caller's data source
   * @param update the update by key, changing at most one row
   * @param insert the insert of the same row
   * @param binder sets the parameters of both statements, which take them in the same order
   * @param maxAttempts how many times to try, 1 or more
   * @throws SQLException the first failure that is neither transient nor a lost race, or the last
   *     one when every attempt lost
   */
  public static void upsert(
      DataSource dataSource, String update, String insert, Binder binder, int maxAttempts)
      throws SQLException {
    SQLException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try (Connection c = connect(dataSource)) {
        try (PreparedStatement ps = c.prepareStatement(update)) {
          binder.bind(ps);
          if (ps.executeUpdate() == 1) {
            return;
          }
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
          binder.bind(ps);
          ps.executeUpdate();
          return;
        } catch (SQLException e) {
          if (!isUniqueViolation(e) && !isTransient(e)) {
            throw e;
          }
          last = e; // inserted concurrently: update it
        }
      } catch (SQLException e) {
        if (!isTransient(e)) {
          throw e;
        }
        last = e;
      }
      backOff(attempt);
    }
    throw last;
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
        TimeUnit.MICROSECONDS.toNanos(
            ThreadLocalRandom.current().nextLong(maxMicros / 2, maxMicros)));
  }
}
