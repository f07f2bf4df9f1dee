package nl.lon.persistence.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import nl.lon.core.error.LonException;
import nl.lon.persistence.jdbc.internal.RedactedSqlException;

/**
 * The database failed under a JDBC adapter: no connection, a lost connection, a broken constraint
 * the adapter does not expect, or a lock it could not get after retrying (databasefout).
 *
 * <p>What was written follows rule A8 of {@link nl.lon.persistence.event.EventStore}: every write
 * runs in one transaction, so either all of it was committed or none. When the error came from the
 * commit itself the outcome is unknown; retry an append with the same idempotency key to find out
 * without writing twice.
 *
 * <p><b>No case content, no personal data.</b> A driver's message may quote the data that failed
 * (PostgreSQL's "Failing row contains (...)", H2's "Value too long for column ...: 'the value'").
 * Errors made with {@link #of(String, SQLException)} therefore never hold it: the message is the
 * caller's fixed text plus the SQLState, vendor error code and exception class names, and the cause
 * is a copy of the driver's error (and of everything chained to it) with only its SQLState, vendor
 * code, class name and stack trace, so that a logged stack trace holds no content either. {@link
 * #getSqlState()} works on that copy as on the original.
 *
 * <pre>{@code
 * try (Connection c = dataSource.getConnection()) {
 *   // insert the stream's rows
 * } catch (SQLException e) {
 *   throw JdbcStoreException.of("appending to stream " + caseId, e); // ids only, never values
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/JdbcSnippets.java}.
 *
 * @since 0.1
 */
public class JdbcStoreException extends LonException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error. Prefer {@link #of(String, SQLException)} for a driver's error: this
   * constructor keeps the cause as given, message and all.
   *
   * @param message what the adapter was doing and what to check, without case content or personal
   *     data
   * @param cause the error, may be null; it is kept as is, so it must not quote stored data
   */
  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The error for a failed database call, holding no text of the driver's (databasefout zonder
   * inhoud).
   *
   * <p>The message is {@code what + " failed (SQLState ..., vendor code ..., <class> caused by
   * <class>...)"}. The cause is a redacted copy of {@code e}: an {@link SQLException} with the same
   * SQLState and vendor code, the original's class name instead of its message, its stack trace,
   * and redacted copies of its cause, next exceptions and suppressed exceptions. The driver's
   * message is dropped everywhere.
   *
   * @param what what failed, as a fixed text with ids only, for example {@code "storing personal
   *     data"}; never values that were read or written
   * @param e the driver's error
   * @return the error, to throw
   * @since 0.1
   */
  public static JdbcStoreException of(String what, SQLException e) {
    if (e == null) {
      return new JdbcStoreException(what + " failed", null);
    }
    return new JdbcStoreException(
        what + " failed (" + RedactedSqlException.summary(e) + ")", RedactedSqlException.of(e));
  }

  /**
   * The SQLState of the driver's error, when there is one.
   *
   * @return the five-character SQLState, or empty
   */
  public Optional<String> getSqlState() {
    Throwable c = getCause();
    while (c != null) {
      if (c instanceof SQLException && ((SQLException) c).getSQLState() != null) {
        return Optional.of(((SQLException) c).getSQLState());
      }
      c = c.getCause();
    }
    return Optional.empty();
  }
}
