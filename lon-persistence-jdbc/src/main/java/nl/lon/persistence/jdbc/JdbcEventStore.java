package nl.lon.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.codec.EventCodec;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.persistence.jdbc.internal.Sql;

/**
 * An {@link EventStore} on plain JDBC (gebeurtenissenopslag in een relationele database), for
 * embedded H2 2.3 and PostgreSQL 15 with the schema that {@link JdbcStores#migrate(DataSource)}
 * creates.
 *
 * <p>Fulfils every rule of the {@link EventStore} contract. Events are stored as JSON text
 * written by {@link EventCodec}, one row each in {@code lon_events}, of at most 1,000,000
 * characters (a longer event fails with {@link JdbcStoreException}, nothing written).
 *
 * <h2>How an append works</h2>
 *
 * <p>One transaction on one connection from the caller's {@link DataSource}:
 *
 * <ol>
 *   <li>rule A1 in memory ({@link EventStore#checkAppend}); nothing is read before it passes;
 *   <li>the stream row ({@code lon_streams}) is read, then a present idempotency key is looked
 *       up in {@code lon_idempotency_keys}; when the key is found the
 *       earlier result is rebuilt from the stored events and returned as duplicate (A2);
 *   <li>A3/A4 fast path ({@link EventStore#checkStream}): a stream of another network fails with
 *       {@link InvalidValueException} (rule {@code stream-network}), another version with {@link
 *       ConcurrencyConflictException}. This read is only a shortcut: the checks that count are
 *       the database's, in the next steps;
 *   <li>the single row of {@code lon_position_counter} is locked with {@code SELECT ... FOR
 *       UPDATE} and moved on by the batch size;
 *   <li>the events are inserted. The unique constraint on {@code (stream_id, seq_no)} makes the
 *       database refuse a second batch for the same expected version: two racing appends insert
 *       the same sequence numbers, and only one can commit;
 *   <li>the stream row is inserted (first append, primary key on the stream) or moved on with
 *       {@code UPDATE ... SET stream_version = ? WHERE stream_id = ? AND stream_version = ?} and
 *       a row-count check, a second database-enforced guard;
 *   <li>the idempotency key is inserted (primary key on stream and key);
 *   <li>commit.
 * </ol>
 *
 * <p>The stream row is read before the key because keys are never removed: a key absent at the
 * second read was absent at the first, so the answer is the one the store owed at the moment of
 * the first read. Reading the key first could report a conflict caused by the very append whose
 * key makes this call a duplicate.
 *
 * <p>A unique violation (SQLState {@code 23505} on H2 and PostgreSQL), a deadlock, a
 * serialization failure or a lock timeout rolls the transaction back; the store then reads what
 * is committed and answers as the reference implementation would at that moment: the earlier
 * result when the idempotency key is now taken, {@link InvalidValueException} when the stream now
 * belongs to another network, {@link ConcurrencyConflictException} with the version read after
 * the rollback, or else it tries again (at most {@value #MAX_ATTEMPTS} times). Any other SQL
 * failure throws {@link JdbcStoreException} after rolling back (rule A8).
 *
 * <h2>Global positions</h2>
 *
 * <p>Positions come from one counter row locked until commit, not from a sequence or identity
 * column. PostgreSQL sequence and identity values are handed out at insert time, not commit time,
 * so with them a reader could see position 12 before a slower transaction commits position 11,
 * and a projection resuming after 12 would miss 11 for ever (breaking rule R4). Holding the
 * counter lock until commit makes positions commit-ordered and gap-free, so {@link #readNetwork}
 * is a plain {@code WHERE global_position > ?} query and every snapshot holds a prefix of the
 * positions. It also gives exactly the positions of the in-memory reference (1, 2, 3, ... across
 * all networks). The price is that the last steps of appends (insert, commit) run one at a time
 * per database; the lock is taken as late as possible, and for the write rates of local networks
 * (a few appends a second) this is far from a limit. Idempotency checks, conflicts found by the
 * fast path and all reads never touch the lock.
 *
 * <h2>Database settings</h2>
 *
 * <p>Use the database's default isolation level READ COMMITTED (both H2 and PostgreSQL default to
 * it); stricter levels work too, their serialization failures are retried. See {@link JdbcStores}
 * for the H2 URL to use. The adapter keeps no pool: every call borrows one connection from the
 * data source and returns it, with auto-commit restored.
 *
 * <pre>{@code
 * EventStore store = JdbcStores.create(dataSource).eventStore();
 * }</pre>
 *
 * <p>Thread-safe, and safe to use from several processes on the same database.
 *
 * @since 0.1
 */
public final class JdbcEventStore implements EventStore {

  /** How many times an append is tried when it loses a race it cannot attribute. */
  public static final int MAX_ATTEMPTS = 50;

  private static final EventCodec CODEC = EventCodec.create();

  private final DataSource dataSource;

  /**
   * Creates the store on a data source whose schema is migrated (see {@link
   * JdbcStores#migrate(DataSource)}).
   *
   * @param dataSource the data source; the caller owns it and its pool
   * @throws InvalidValueException when the data source is null
   */
  public JdbcEventStore(DataSource dataSource) {
    if (dataSource == null) {
      throw new InvalidValueException("JdbcEventStore.dataSource");
    }
    this.dataSource = dataSource;
  }

  // ===================================================================================
  // append

  @Override
  public AppendResult append(
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      List<CaseEvent> events,
      Optional<String> idempotencyKey) {
    EventStore.checkAppend(stream, network, expectedVersion, events, idempotencyKey);
    List<CaseEvent> batch = ImmutableList.copyOf(events);
    List<String> payloads = new ArrayList<>(batch.size());
    for (CaseEvent e : batch) {
      payloads.add(CODEC.encode(e));
    }
    SQLException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        Optional<AppendResult> result =
            tryAppend(stream, network, expectedVersion, batch, payloads, idempotencyKey);
        if (result.isPresent()) {
          return result.get();
        }
      } catch (SQLException e) {
        throw new JdbcStoreException(
            "appending to case " + stream + " failed; nothing or all of the batch was written,"
                + " retry with the same idempotency key to find out: " + e.getMessage(),
            e);
      } catch (RetryableSqlException e) {
        last = e.sqlCause;
      }
      Sql.backOff(attempt);
    }
    throw new JdbcStoreException(
        "appending to case "
            + stream
            + " lost "
            + MAX_ATTEMPTS
            + " races for the database's locks in a row; nothing was written",
        last);
  }

  /** Signals a rolled-back attempt that should be tried again. */
  private static final class RetryableSqlException extends Exception {
    private static final long serialVersionUID = 1L;
    final SQLException sqlCause;

    RetryableSqlException(SQLException sqlCause) {
      super(null, sqlCause, false, false);
      this.sqlCause = sqlCause;
    }
  }

  /** One attempt; empty means "try again". */
  private Optional<AppendResult> tryAppend(
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      List<CaseEvent> batch,
      List<String> payloads,
      Optional<String> idempotencyKey)
      throws SQLException, RetryableSqlException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      if (autoCommit) {
        c.setAutoCommit(false);
      }
      try {
        return Optional.of(
            appendInTransaction(c, stream, network, expectedVersion, batch, payloads, idempotencyKey));
      } catch (SQLException e) {
        Sql.rollbackQuietly(c, e);
        if (!Sql.isUniqueViolation(e) && !Sql.isTransient(e)) {
          throw e;
        }
        // Lost a race: decide from what is committed now.
        Optional<AppendResult> decided;
        try {
          decided = decide(c, stream, network, expectedVersion, idempotencyKey);
          if (decided.isEmpty() && Sql.isUniqueViolation(e)) {
            // the stream row still says expectedVersion, yet a sequence was taken: the events
            // table is the truth (rows written around this adapter)
            long stored = lastStoredSequence(c, stream);
            if (stored > expectedVersion) {
              throw new ConcurrencyConflictException(stream.getValue(), expectedVersion, stored);
            }
          }
          c.commit();
        } catch (SQLException again) {
          Sql.rollbackQuietly(c, again);
          if (Sql.isTransient(again)) {
            throw new RetryableSqlException(again);
          }
          again.addSuppressed(e);
          throw again;
        } catch (RuntimeException decidedError) {
          Sql.rollbackQuietly(c, decidedError);
          throw decidedError;
        }
        if (decided.isPresent()) {
          return decided;
        }
        throw new RetryableSqlException(e);
      } catch (RuntimeException e) {
        Sql.rollbackQuietly(c, e);
        throw e;
      } finally {
        if (autoCommit) {
          c.setAutoCommit(true);
        }
      }
    }
  }

  private AppendResult appendInTransaction(
      Connection c,
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      List<CaseEvent> batch,
      List<String> payloads,
      Optional<String> idempotencyKey)
      throws SQLException {
    Optional<AppendResult> decided = decide(c, stream, network, expectedVersion, idempotencyKey);
    if (decided.isPresent()) {
      c.commit();
      return decided.get();
    }
    int n = batch.size();
    long lastSequence = expectedVersion + n;

    // positions: lock the counter row until commit
    long lastPosition;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT last_position FROM lon_position_counter WHERE counter_id = 1 FOR UPDATE")) {
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException(
              "lon_position_counter has no row 1: the schema was not migrated or was changed"
                  + " by hand",
              "55000");
        }
        lastPosition = rs.getLong(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE lon_position_counter SET last_position = ? WHERE counter_id = 1")) {
      ps.setLong(1, lastPosition + n);
      ps.executeUpdate();
    }

    // the events: UNIQUE (stream_id, seq_no) refuses a second batch for the same version
    List<Long> positions = new ArrayList<>(n);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO lon_events"
                + " (global_position, stream_id, seq_no, network_id, event_type, payload)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < n; i++) {
        long position = lastPosition + 1 + i;
        positions.add(position);
        ps.setLong(1, position);
        ps.setString(2, stream.getValue());
        ps.setLong(3, expectedVersion + 1 + i);
        ps.setString(4, network.getValue());
        ps.setString(5, batch.get(i).getType().name());
        ps.setString(6, payloads.get(i));
        ps.addBatch();
      }
      ps.executeBatch();
    }

    // the stream row: primary key for a new stream, compare-and-set for an existing one
    if (expectedVersion == 0) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO lon_streams (stream_id, network_id, stream_version) VALUES (?, ?, ?)")) {
        ps.setString(1, stream.getValue());
        ps.setString(2, network.getValue());
        ps.setLong(3, lastSequence);
        ps.executeUpdate();
      }
    } else {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE lon_streams SET stream_version = ?"
                  + " WHERE stream_id = ? AND stream_version = ? AND network_id = ?")) {
        ps.setLong(1, lastSequence);
        ps.setString(2, stream.getValue());
        ps.setLong(3, expectedVersion);
        ps.setString(4, network.getValue());
        if (ps.executeUpdate() != 1) {
          throw new SQLException(
              "stream " + stream + " moved on concurrently", "40001");
        }
      }
    }

    // the idempotency key, in the same transaction
    if (idempotencyKey.isPresent()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO lon_idempotency_keys"
                  + " (stream_id, idempotency_key, first_seq_no, last_seq_no) VALUES (?, ?, ?, ?)")) {
        ps.setString(1, stream.getValue());
        ps.setString(2, idempotencyKey.get());
        ps.setLong(3, expectedVersion + 1);
        ps.setLong(4, lastSequence);
        ps.executeUpdate();
      }
    }
    c.commit();
    return AppendResult.of(stream, network, expectedVersion + 1, positions);
  }

  /**
   * Rules A2-A4 against what is committed: the earlier result (flagged duplicate) when the key is
   * taken; {@link InvalidValueException} or {@link ConcurrencyConflictException} when the stream
   * forbids the append; empty when the append may go ahead.
   *
   * <p>The stream row is read before the key: keys are never removed, so a key absent at the
   * second read was absent at the first, and the answer is the one the store owed at the moment
   * of the first read (linearizable). Reading the key first could report a conflict caused by the
   * very append whose key would have made this call a duplicate.
   */
  private static Optional<AppendResult> decide(
      Connection c,
      CaseId stream,
      NetworkId network,
      long expectedVersion,
      Optional<String> idempotencyKey)
      throws SQLException {
    StreamRow row = readStream(c, stream);
    if (idempotencyKey.isPresent()) {
      Optional<AppendResult> earlier = findKey(c, stream, idempotencyKey.get());
      if (earlier.isPresent()) {
        return Optional.of(earlier.get().asDuplicate());
      }
    }
    EventStore.checkStream(
        stream,
        network,
        expectedVersion,
        row == null ? Optional.empty() : Optional.of(row.network),
        row == null ? 0 : row.version);
    return Optional.empty();
  }

  private static long lastStoredSequence(Connection c, CaseId stream) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT MAX(seq_no) FROM lon_events WHERE stream_id = ?")) {
      ps.setString(1, stream.getValue());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private static final class StreamRow {
    final NetworkId network;
    final long version;

    StreamRow(NetworkId network, long version) {
      this.network = network;
      this.version = version;
    }
  }

  private static StreamRow readStream(Connection c, CaseId stream) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT network_id, stream_version FROM lon_streams WHERE stream_id = ?")) {
      ps.setString(1, stream.getValue());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new StreamRow(NetworkId.of(rs.getString(1)), rs.getLong(2)) : null;
      }
    }
  }

  private static Optional<AppendResult> findKey(Connection c, CaseId stream, String key)
      throws SQLException {
    long first;
    long last;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT first_seq_no, last_seq_no FROM lon_idempotency_keys"
                + " WHERE stream_id = ? AND idempotency_key = ?")) {
      ps.setString(1, stream.getValue());
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        first = rs.getLong(1);
        last = rs.getLong(2);
      }
    }
    List<Long> positions = new ArrayList<>();
    NetworkId network = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT global_position, network_id FROM lon_events"
                + " WHERE stream_id = ? AND seq_no >= ? AND seq_no <= ? ORDER BY seq_no")) {
      ps.setString(1, stream.getValue());
      ps.setLong(2, first);
      ps.setLong(3, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          positions.add(rs.getLong(1));
          network = NetworkId.of(rs.getString(2));
        }
      }
    }
    if (network == null || positions.size() != last - first + 1) {
      throw new SQLException(
          "idempotency key of case "
              + stream
              + " names sequences "
              + first
              + "-"
              + last
              + " that are not all stored: the tables were changed by hand",
          "XX001");
    }
    return Optional.of(AppendResult.of(stream, network, first, positions));
  }

  // ===================================================================================
  // reads

  @Override
  public List<CaseEvent> read(CaseId stream) {
    return read(stream, 1);
  }

  @Override
  public List<CaseEvent> read(CaseId stream, long fromSequenceInclusive) {
    EventStore.checkRead(fromSequenceInclusive);
    if (stream == null) {
      return ImmutableList.of();
    }
    try {
      return Sql.list(
          dataSource,
          "SELECT payload FROM lon_events WHERE stream_id = ? AND seq_no >= ? ORDER BY seq_no",
          ps -> {
            ps.setString(1, stream.getValue());
            ps.setLong(2, fromSequenceInclusive);
          },
          rs -> CODEC.decode(rs.getString(1)));
    } catch (SQLException e) {
      throw failed("reading case " + stream, e);
    }
  }

  @Override
  public long version(CaseId stream) {
    if (stream == null) {
      return 0;
    }
    try (Connection c = Sql.connect(dataSource)) {
      StreamRow row = readStream(c, stream);
      return row == null ? 0 : row.version;
    } catch (SQLException e) {
      throw failed("reading the version of case " + stream, e);
    }
  }

  @Override
  public List<StoredEvent> readNetwork(
      NetworkId network, long fromPositionExclusive, int maxCount) {
    EventStore.checkReadNetwork(fromPositionExclusive, maxCount);
    if (network == null) {
      return ImmutableList.of();
    }
    try {
      return Sql.list(
          dataSource,
          "SELECT global_position, payload FROM lon_events"
              + " WHERE network_id = ? AND global_position > ?"
              + " ORDER BY global_position FETCH FIRST ? ROWS ONLY",
          ps -> {
            ps.setString(1, network.getValue());
            ps.setLong(2, fromPositionExclusive);
            ps.setInt(3, maxCount);
          },
          rs -> StoredEvent.of(rs.getLong(1), network, CODEC.decode(rs.getString(2))));
    } catch (SQLException e) {
      throw failed("reading network " + network, e);
    }
  }

  @Override
  public Set<CaseId> streams(NetworkId network) {
    if (network == null) {
      return ImmutableSet.of();
    }
    try {
      return ImmutableSet.copyOf(
          Sql.list(
              dataSource,
              "SELECT stream_id FROM lon_streams WHERE network_id = ? ORDER BY stream_id",
              ps -> ps.setString(1, network.getValue()),
              rs -> CaseId.of(rs.getString(1))));
    } catch (SQLException e) {
      throw failed("listing the cases of network " + network, e);
    }
  }

  private static JdbcStoreException failed(String what, SQLException e) {
    return new JdbcStoreException(what + " failed: " + e.getMessage(), e);
  }

  @Override
  public String toString() {
    return "JdbcEventStore";
  }
}
