package nl.lon.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.index.ClientPseudonym;
import nl.lon.persistence.index.Involvement;
import nl.lon.persistence.index.InvolvementIndex;
import nl.lon.persistence.index.Match;
import nl.lon.persistence.jdbc.internal.Sql;

/**
 * An {@link InvolvementIndex} on plain JDBC (verwijsindex in een relationele database), for
 * embedded H2 2.3 and PostgreSQL 15 with the schema that {@link JdbcStores#migrate(DataSource)}
 * creates (migration {@code V2__lon_involvement_index.sql}).
 *
 * <p>Fulfils rules I1-I5. One row of {@code lon_involvements} per pseudonym, network and
 * organisation (its primary key), with exactly the six parts of an {@link Involvement} as columns.
 * A registration reads the row and writes it back with a compare-and-set {@code UPDATE} on the
 * last-active day it read, or {@code INSERT}s it; a lost race (no row updated, or a unique
 * violation of a concurrent insert) is retried, so concurrent registrations of one key merge as
 * rule I1 says. Matches are sorted by {@link nl.lon.core.id.Identifier#compareTo} in Java,
 * independent of the database's collation.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class JdbcInvolvementIndex implements InvolvementIndex {

  private static final int MAX_ATTEMPTS = 20;

  private static final String COLUMNS =
      "pseudonym, network_id, organisation_id, contact_id, since_date, last_active";

  private static final String KEY = "pseudonym = ? AND network_id = ? AND organisation_id = ?";

  private static final Comparator<Involvement> ORDER =
      Comparator.comparing(Involvement::network).thenComparing(Involvement::organisation);

  private final DataSource dataSource;

  /**
   * Creates the index on a data source whose schema is migrated (see {@link
   * JdbcStores#migrate(DataSource)}).
   *
   * @param dataSource the data source; the caller owns it and its pool
   * @throws InvalidValueException when the data source is null
   */
  public JdbcInvolvementIndex(DataSource dataSource) {
    if (dataSource == null) {
      throw new InvalidValueException("JdbcInvolvementIndex.dataSource");
    }
    this.dataSource = dataSource;
  }

  @Override
  public Involvement register(Involvement involvement) {
    required(involvement, "InvolvementIndex.involvement");
    SQLException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try (Connection c = Sql.connect(dataSource)) {
        Optional<Involvement> stored =
            read(c, involvement.pseudonym(), involvement.network(), involvement.organisation());
        if (stored.isPresent()) {
          Involvement merged = stored.get().registeredAgain(involvement);
          if (update(c, merged, stored.get().lastActive())) {
            return merged;
          }
        } else {
          try {
            insert(c, involvement);
            return involvement;
          } catch (SQLException e) {
            if (!Sql.isUniqueViolation(e) && !Sql.isTransient(e)) {
              throw e;
            }
            last = e; // inserted concurrently: merge with it
          }
        }
      } catch (SQLException e) {
        if (!Sql.isTransient(e)) {
          throw JdbcStoreException.of("registering an involvement", e);
        }
        last = e;
      }
      Sql.backOff(attempt);
    }
    if (last != null) {
      throw JdbcStoreException.of("registering an involvement", last);
    }
    throw new JdbcStoreException(
        "registering an involvement failed: concurrent registrations of the same involvement kept"
            + " winning for "
            + MAX_ATTEMPTS
            + " attempts",
        null);
  }

  private static boolean update(Connection c, Involvement merged, LocalDate readLastActive)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE lon_involvements SET contact_id = ?, since_date = ?, last_active = ? WHERE "
                + KEY
                + " AND last_active = ?")) {
      ps.setString(1, merged.contact().getValue());
      ps.setObject(2, merged.since());
      ps.setObject(3, merged.lastActive());
      ps.setString(4, merged.pseudonym().value());
      ps.setString(5, merged.network().getValue());
      ps.setString(6, merged.organisation().getValue());
      ps.setObject(7, readLastActive);
      return ps.executeUpdate() == 1;
    }
  }

  private static void insert(Connection c, Involvement i) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO lon_involvements (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, i.pseudonym().value());
      ps.setString(2, i.network().getValue());
      ps.setString(3, i.organisation().getValue());
      ps.setString(4, i.contact().getValue());
      ps.setObject(5, i.since());
      ps.setObject(6, i.lastActive());
      ps.executeUpdate();
    }
  }

  private static Optional<Involvement> read(
      Connection c, ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM lon_involvements WHERE " + KEY)) {
      bindKey(ps, pseudonym, network, organisation);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  private static Involvement row(ResultSet rs) throws SQLException {
    return new Involvement(
        ClientPseudonym.of(rs.getString(1)),
        NetworkId.of(rs.getString(2)),
        OrganisationId.of(rs.getString(3)),
        ProfessionalId.of(rs.getString(4)),
        rs.getObject(5, LocalDate.class),
        rs.getObject(6, LocalDate.class));
  }

  private static void bindKey(
      PreparedStatement ps,
      ClientPseudonym pseudonym,
      NetworkId network,
      OrganisationId organisation)
      throws SQLException {
    ps.setString(1, pseudonym.value());
    ps.setString(2, network.getValue());
    ps.setString(3, organisation.getValue());
  }

  @Override
  public Optional<Involvement> registration(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    checkKey(pseudonym, network, organisation);
    try (Connection c = Sql.connect(dataSource)) {
      return read(c, pseudonym, network, organisation);
    } catch (SQLException e) {
      throw JdbcStoreException.of("reading an involvement", e);
    }
  }

  @Override
  public List<Match> matches(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    checkKey(pseudonym, network, organisation);
    List<Involvement> all;
    try {
      all =
          Sql.list(
              dataSource,
              "SELECT " + COLUMNS + " FROM lon_involvements WHERE pseudonym = ?",
              ps -> ps.setString(1, pseudonym.value()),
              JdbcInvolvementIndex::row);
    } catch (SQLException e) {
      throw JdbcStoreException.of("looking up involvements", e);
    }
    boolean registered =
        all.stream()
            .anyMatch(i -> i.network().equals(network) && i.organisation().equals(organisation));
    if (!registered) {
      return ImmutableList.of();
    }
    return all.stream()
        .filter(i -> !(i.network().equals(network) && i.organisation().equals(organisation)))
        .sorted(ORDER)
        .map(Match::of)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean withdraw(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    checkKey(pseudonym, network, organisation);
    try (Connection c = Sql.connect(dataSource);
        PreparedStatement ps = c.prepareStatement("DELETE FROM lon_involvements WHERE " + KEY)) {
      bindKey(ps, pseudonym, network, organisation);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw JdbcStoreException.of("withdrawing an involvement", e);
    }
  }

  @Override
  public int expire(NetworkId network, LocalDate lastActiveBefore) {
    required(network, "InvolvementIndex.network");
    required(lastActiveBefore, "InvolvementIndex.lastActiveBefore");
    try (Connection c = Sql.connect(dataSource);
        PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM lon_involvements WHERE network_id = ? AND last_active < ?")) {
      ps.setString(1, network.getValue());
      ps.setObject(2, lastActiveBefore);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw JdbcStoreException.of("expiring involvements", e);
    }
  }

  private static void checkKey(
      ClientPseudonym pseudonym, NetworkId network, OrganisationId organisation) {
    required(pseudonym, "InvolvementIndex.pseudonym");
    required(network, "InvolvementIndex.network");
    required(organisation, "InvolvementIndex.organisation");
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    return value;
  }

  @Override
  public String toString() {
    return "JdbcInvolvementIndex";
  }
}
