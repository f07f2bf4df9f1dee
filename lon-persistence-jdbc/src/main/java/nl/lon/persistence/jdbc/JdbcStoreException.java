package nl.lon.persistence.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import nl.lon.core.error.LonException;

/**
 * The database failed under a JDBC adapter: no connection, a lost connection, a broken
 * constraint the adapter does not expect, or a lock it could not get after retrying
 * (databasefout).
 *
 * <p>What was written follows rule A8 of {@link nl.lon.persistence.event.EventStore}: every write
 * runs in one transaction, so either all of it was committed or none. When the error came from the
 * commit itself the outcome is unknown; retry an append with the same idempotency key to find
 * out without writing twice. The cause is the driver's {@link SQLException}.
 *
 * @since 0.1
 */
public class JdbcStoreException extends LonException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what the adapter was doing and what to check
   * @param cause the driver's error, may be null
   */
  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
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
