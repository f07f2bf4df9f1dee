package nl.lon.persistence.jdbc.internal;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A copy of a driver's error that keeps what is safe to log and drops every message (not API).
 *
 * <p>A JDBC driver's message may quote the data that failed: PostgreSQL's "Failing row contains
 * (...)", H2's "Value too long for column ...: 'the value'", a parameter value in the error
 * context. This copy keeps, for the error and each error chained to it (cause, next exception,
 * suppressed), only the SQLState, the vendor error code, the class name of the original and its
 * stack trace, so that a logged stack trace holds no case content or personal data.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class RedactedSqlException extends SQLException {
  private static final long serialVersionUID = 1L;

  /** How deep a chain is copied; deeper links are dropped. */
  private static final int MAX_DEPTH = 16;

  private final String originalClass;

  private RedactedSqlException(String originalClass, String sqlState, int vendorCode) {
    super(describe(originalClass, sqlState, vendorCode), sqlState, vendorCode);
    this.originalClass = originalClass;
  }

  /**
   * The redacted copy of an error and everything chained to it.
   *
   * @param original the driver's (or a library's) error; not null
   * @return the copy, holding no message of the original
   */
  public static RedactedSqlException of(Throwable original) {
    return copy(original, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
  }

  /**
   * A one-line description without any message: the SQLState, vendor code and class of an error and
   * the classes of its causes, for example {@code "SQLState 23505, vendor code 0,
   * org.postgresql.util.PSQLException"}.
   *
   * @param original the error
   * @return the description
   */
  public static String summary(Throwable original) {
    StringBuilder s = new StringBuilder();
    SQLException sql = firstSqlException(original);
    if (sql != null && sql.getSQLState() != null) {
      s.append("SQLState ")
          .append(sql.getSQLState())
          .append(", vendor code ")
          .append(sql.getErrorCode())
          .append(", ");
    }
    s.append(original.getClass().getName());
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(original);
    Throwable c = original.getCause();
    for (int depth = 0; c != null && seen.add(c) && depth < MAX_DEPTH; depth++) {
      s.append(" caused by ").append(c.getClass().getName());
      c = c.getCause();
    }
    return s.toString();
  }

  /**
   * The first {@link SQLException} in an error's cause chain, the error itself included.
   *
   * @param t the error
   * @return the SQL error, or null when there is none
   */
  public static SQLException firstSqlException(Throwable t) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
      if (c instanceof SQLException) {
        return (SQLException) c;
      }
    }
    return null;
  }

  /**
   * The class name of the error this copy was made of.
   *
   * @return the fully qualified class name
   */
  public String getOriginalClass() {
    return originalClass;
  }

  private static RedactedSqlException copy(Throwable t, Set<Throwable> seen, int depth) {
    seen.add(t);
    String state = null;
    int code = 0;
    if (t instanceof SQLException) {
      state = ((SQLException) t).getSQLState();
      code = ((SQLException) t).getErrorCode();
    }
    RedactedSqlException r = new RedactedSqlException(t.getClass().getName(), state, code);
    r.setStackTrace(t.getStackTrace());
    if (depth >= MAX_DEPTH) {
      return r;
    }
    Throwable cause = t.getCause();
    if (cause != null && !seen.contains(cause)) {
      r.initCause(copy(cause, seen, depth + 1));
    }
    if (t instanceof SQLException) {
      SQLException next = ((SQLException) t).getNextException();
      if (next != null && !seen.contains(next)) {
        r.setNextException(copy(next, seen, depth + 1));
      }
    }
    for (Throwable s : t.getSuppressed()) {
      if (!seen.contains(s)) {
        r.addSuppressed(copy(s, seen, depth + 1));
      }
    }
    return r;
  }

  private static String describe(String originalClass, String sqlState, int vendorCode) {
    return (sqlState == null ? "" : "SQLState " + sqlState + ", vendor code " + vendorCode + ", ")
        + "was "
        + originalClass
        + "; message withheld, it may quote stored data";
  }
}
