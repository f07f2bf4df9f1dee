package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Rule I5 for the JDBC adapter: its table holds the six parts of a registration and nothing else.
 */
final class InvolvementIndexColumns {

  static final Set<String> SIX_PARTS =
      Set.of(
          "pseudonym", "network_id", "organisation_id", "contact_id", "since_date", "last_active");

  private InvolvementIndexColumns() {}

  static void check(DataSource ds) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT column_name FROM information_schema.columns"
                    + " WHERE lower(table_name) = 'lon_involvements'")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    assertEquals(
        new TreeSet<>(SIX_PARTS),
        columns,
        "I5: the index's table holds the six parts of a registration and no column for content");
  }
}
