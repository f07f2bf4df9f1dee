package nl.lon.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.jdbc.internal.DirectoryJson;
import nl.lon.persistence.jdbc.internal.RedactedSqlException;
import nl.lon.persistence.jdbc.internal.Sql;
import nl.lon.persistence.jdbc.internal.ValueCache;

/**
 * A {@link Directory} on plain JDBC (register in een relationele database), for embedded H2 2.3 and
 * PostgreSQL 15 with the schema that {@link JdbcStores#migrate(DataSource)} creates.
 *
 * <p>Fulfils rules D1-D4 of the {@link Directory} contract. Each value is one row holding its id
 * and its JSON text, mapped field by field by hand (tables {@code lon_directory_networks}, {@code
 * lon_directory_organisations} and {@code lon_directory_professionals}, the last with the
 * professional's network for {@link #professionals(NetworkId)}). A {@code put} is one {@code
 * UPDATE}, or one {@code INSERT} when the id is new, so it is atomic per value. Lists are sorted by
 * {@link nl.lon.core.id.Identifier#compareTo} in Java, independent of the database's collation.
 *
 * <h2>Cache</h2>
 *
 * <p>The look-ups by id ({@link #network}, {@link #organisation}, {@link #professional}), which the
 * case service makes on every command, are answered from a cache of the values as read (mapped from
 * JSON once), absence included. A {@code put} through this directory forgets its id once it is
 * stored, so the next look-up, by any thread, reads the new value; a look-up that started before
 * the put never keeps the older value. A change made around this instance (another process on the
 * same database, or SQL by hand) is seen once the cached value is older than the directory's
 * maximum age, {@value #DEFAULT_MAX_AGE_SECONDS} s by default ({@link #JdbcDirectory(DataSource,
 * Duration)} sets it; {@link Duration#ZERO} turns the cache off, for several processes that must
 * see each other's changes at once, for example a professional removed from a network). The lists
 * ({@link #networks()}, {@link #professionals(NetworkId)}) always read the database.
 *
 * <pre>{@code
 * Directory directory = JdbcStores.create(dataSource).directory();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/JdbcSnippets.java}.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class JdbcDirectory implements Directory {

  private static final int MAX_ATTEMPTS = 20;

  /** How long, in seconds, a value read by id is used before it is read again by default. */
  public static final long DEFAULT_MAX_AGE_SECONDS = 5;

  private final DataSource dataSource;
  private final ValueCache<NetworkId, Network> networks;
  private final ValueCache<OrganisationId, PartnerOrganisation> organisations;
  private final ValueCache<ProfessionalId, Professional> professionals;

  /**
   * Creates the directory on a data source whose schema is migrated (see {@link
   * JdbcStores#migrate(DataSource)}).
   *
   * @param dataSource the data source; the caller owns it and its pool
   * @throws InvalidValueException when the data source is null
   */
  public JdbcDirectory(DataSource dataSource) {
    this(dataSource, Duration.ofSeconds(DEFAULT_MAX_AGE_SECONDS));
  }

  /**
   * Creates the directory with a maximum age for the values it keeps (see the class comment).
   *
   * @param dataSource the data source; the caller owns it and its pool
   * @param maxAge how long a value read by id is used before it is read again; {@link
   *     Duration#ZERO} reads the database on every look-up
   * @throws InvalidValueException when an argument is null or the age is negative
   */
  public JdbcDirectory(DataSource dataSource, Duration maxAge) {
    if (dataSource == null) {
      throw new InvalidValueException("JdbcDirectory.dataSource");
    }
    if (maxAge == null) {
      throw new InvalidValueException("JdbcDirectory.maxAge");
    }
    if (maxAge.isNegative()) {
      throw new InvalidValueException(
          "JdbcDirectory.maxAge", "range-0-", "must be zero or more, was " + maxAge);
    }
    this.dataSource = dataSource;
    this.networks = new ValueCache<>(maxAge);
    this.organisations = new ValueCache<>(maxAge);
    this.professionals = new ValueCache<>(maxAge);
  }

  @Override
  public void put(Network network) {
    required(network, "Directory.network");
    upsert(
        "lon_directory_networks",
        "network_id",
        network.getId().getValue(),
        null,
        DirectoryJson.write(network));
    networks.invalidate(network.getId());
  }

  @Override
  public void put(PartnerOrganisation organisation) {
    required(organisation, "Directory.organisation");
    upsert(
        "lon_directory_organisations",
        "organisation_id",
        organisation.getId().getValue(),
        null,
        DirectoryJson.write(organisation));
    organisations.invalidate(organisation.getId());
  }

  @Override
  public void put(Professional professional) {
    required(professional, "Directory.professional");
    upsert(
        "lon_directory_professionals",
        "professional_id",
        professional.getId().getValue(),
        professional.getNetwork().getValue(),
        DirectoryJson.write(professional));
    professionals.invalidate(professional.getId());
  }

  /** UPDATE, else INSERT; a concurrent INSERT of the same id turns into another UPDATE. */
  private void upsert(String table, String idColumn, String id, String network, String document) {
    String update =
        "UPDATE "
            + table
            + " SET document = ?"
            + (network == null ? "" : ", network_id = ?")
            + " WHERE "
            + idColumn
            + " = ?";
    String insert =
        "INSERT INTO "
            + table
            + " (document, "
            + (network == null ? "" : "network_id, ")
            + idColumn
            + ") VALUES (?, "
            + (network == null ? "" : "?, ")
            + "?)";
    try {
      Sql.upsert(dataSource, update, insert, ps -> bind(ps, document, network, id), MAX_ATTEMPTS);
    } catch (SQLException e) {
      throw failed("storing " + id + " in the directory", e);
    }
  }

  private static void bind(PreparedStatement ps, String document, String network, String id)
      throws SQLException {
    int i = 0;
    ps.setString(++i, document);
    if (network != null) {
      ps.setString(++i, network);
    }
    ps.setString(++i, id);
  }

  @Override
  public Optional<Network> network(NetworkId id) {
    required(id, "Directory.id");
    return networks.get(
        id,
        () ->
            one(
                "SELECT document FROM lon_directory_networks WHERE network_id = ?",
                id.getValue(),
                DirectoryJson::network));
  }

  @Override
  public List<Network> networks() {
    return ImmutableList.sortedCopyOf(
        Comparator.comparing(Network::getId),
        many("SELECT document FROM lon_directory_networks", null, DirectoryJson::network));
  }

  @Override
  public Optional<PartnerOrganisation> organisation(OrganisationId id) {
    required(id, "Directory.id");
    return organisations.get(
        id,
        () ->
            one(
                "SELECT document FROM lon_directory_organisations WHERE organisation_id = ?",
                id.getValue(),
                DirectoryJson::organisation));
  }

  @Override
  public Optional<Professional> professional(ProfessionalId id) {
    required(id, "Directory.id");
    return professionals.get(
        id,
        () ->
            one(
                "SELECT document FROM lon_directory_professionals WHERE professional_id = ?",
                id.getValue(),
                DirectoryJson::professional));
  }

  @Override
  public List<Professional> professionals(NetworkId network) {
    required(network, "Directory.network");
    return ImmutableList.sortedCopyOf(
        Comparator.comparing(Professional::getId),
        many(
            "SELECT document FROM lon_directory_professionals WHERE network_id = ?",
            network.getValue(),
            DirectoryJson::professional));
  }

  private <T> Optional<T> one(String sql, String key, Function<String, T> read) {
    List<T> found = many(sql, key, read);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private <T> List<T> many(String sql, String key, Function<String, T> read) {
    try {
      return Sql.list(
          dataSource,
          sql,
          ps -> {
            if (key != null) {
              ps.setString(1, key);
            }
          },
          rs -> readEntry(read, rs.getString(1)));
    } catch (SQLException e) {
      throw failed("reading the directory", e);
    }
  }

  /**
   * Maps one stored document; a document that cannot be mapped fails without the mapper's message,
   * which may quote the document.
   */
  private static <T> T readEntry(Function<String, T> read, String document) {
    try {
      return read.apply(document);
    } catch (RuntimeException e) {
      throw new JdbcStoreException(
          "reading the directory failed: a stored entry cannot be read ("
              + RedactedSqlException.summary(e)
              + ")",
          RedactedSqlException.of(e));
    }
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    return value;
  }

  /** Keeps no text of the driver's, whose messages may quote a stored document. */
  private static JdbcStoreException failed(String what, SQLException e) {
    return JdbcStoreException.of(what, e);
  }

  @Override
  public String toString() {
    return "JdbcDirectory";
  }
}
