package nl.lon.persistence.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.lon.core.error.InvalidValueException;
import nl.lon.persistence.jdbc.JdbcStoreException;

/**
 * Refuses an H2 file database that acknowledges commits before writing them (not API).
 *
 * <p>H2 2.3 writes a committed transaction to its file up to {@code WRITE_DELAY} milliseconds
 * (default 500) later, from a background thread. A process killed in that window loses commits its
 * callers were told had succeeded, for example events and audit records, and the database is then
 * inconsistent with what the application already acted on. With {@code WRITE_DELAY=0} each commit
 * reaches the file before it returns.
 *
 * <p>The check asks the database itself, so it holds for embedded file databases ({@code
 * jdbc:h2:file:}, {@code jdbc:h2:~/...}, {@code jdbc:h2:./...}, {@code AUTO_SERVER=TRUE}) and for
 * file databases behind an H2 server ({@code jdbc:h2:tcp://} or {@code ssl://}) alike: a database
 * counts as a file database when {@code DATABASE_PATH()} is not null and it is not read-only; its
 * write delay is every {@code WRITE_DELAY} row of {@code INFORMATION_SCHEMA.SETTINGS} (H2 lists the
 * delay stored in the file and the delay in effect; both must be 0). In-memory databases, read-only
 * databases and other products are left alone.
 *
 * <p>Why refuse rather than run {@code SET WRITE_DELAY 0}: the statement needs admin rights,
 * changes the setting for every connection of the database, and does not last. H2 2.3 records it in
 * the file but does not apply the recorded value when the database is opened again: after the last
 * connection closes (the H2 default without {@code DB_CLOSE_DELAY}) or the process restarts, the
 * delay in effect is 500 ms again. Only a setting in the URL is applied at every open.
 *
 * <p>Thread-safe: only static methods.
 */
public final class H2Safety {

  /** What to add to an H2 URL. */
  public static final String URL_SETTING = ";WRITE_DELAY=0";

  private H2Safety() {}

  /**
   * Refuses an unsafe H2 file database; see the class comment.
   *
   * @param dataSource the caller's data source
   * @throws InvalidValueException when the data source is null
   * @throws JdbcStoreException when the database is an H2 file database whose write delay is not 0,
   *     with a message that says what to add to the URL and why, or when it cannot be asked
   */
  public static void requireSafe(DataSource dataSource) {
    if (dataSource == null) {
      throw new InvalidValueException("JdbcStores.dataSource");
    }
    Optional<String> refused;
    try {
      refused = check(dataSource);
    } catch (SQLException e) {
      throw JdbcStoreException.of("checking the database's settings", e);
    }
    if (refused.isPresent()) {
      throw new JdbcStoreException(refused.get(), null);
    }
  }

  /**
   * Checks a data source on one of its connections.
   *
   * @param dataSource the caller's data source
   * @return empty when the database is safe or no H2 file database; otherwise the reason to refuse
   *     it, naming the setting to add, without the URL (which may hold a password)
   * @throws SQLException when the database cannot be asked
   */
  public static Optional<String> check(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return check(c);
    }
  }

  /**
   * Checks the database of one connection; see {@link #check(DataSource)}.
   *
   * @param connection an open connection; left open
   * @return empty when safe, else the reason to refuse
   * @throws SQLException when the database cannot be asked
   */
  public static Optional<String> check(Connection connection) throws SQLException {
    if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
      return Optional.empty();
    }
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT DATABASE_PATH(), READONLY()")) {
        if (!rs.next() || rs.getString(1) == null || rs.getBoolean(2)) {
          return Optional.empty(); // in memory, or nothing can be written
        }
      }
      List<String> delays = new ArrayList<>(2);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
        while (rs.next()) {
          delays.add(rs.getString(1));
        }
      }
      if (!delays.isEmpty() && delays.stream().allMatch("0"::equals)) {
        return Optional.empty();
      }
      String inEffect = delays.isEmpty() ? "unknown" : delays.get(delays.size() - 1) + " ms";
      return Optional.of(
          "H2 file database with a write delay of "
              + inEffect
              + " refused: add "
              + URL_SETTING
              + " to the JDBC URL, for example jdbc:h2:file:/var/lib/lon/lon"
              + URL_SETTING
              + "."
              + " With a write delay H2 acknowledges a commit before writing it to the file, so a"
              + " killed process loses acknowledged commits (events, audit records) and can leave"
              + " the database inconsistent with what the application already acted on."
              + " SET WRITE_DELAY 0 is not enough: H2 does not apply it when the database is opened"
              + " again; only the URL setting lasts.");
    }
  }
}
