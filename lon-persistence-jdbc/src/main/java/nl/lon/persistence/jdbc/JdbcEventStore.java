package nl.lon.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.SQLException;
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
import nl.lon.persistence.store.StreamAppend;

/**
 * An {@link EventStore} on plain JDBC (gebeurtenissenopslag in een relationele database), for
 * embedded H2 2.3 and PostgreSQL 15 with the schema that {@link JdbcStores#migrate(DataSource)}
 * creates.
 *
 * <p>Fulfils every rule of the {@link EventStore} contract. Events are stored as JSON text written
 * by {@link EventCodec}, one row each in {@code lon_events}, of at most 1,000,000 characters (a
 * longer event fails with {@link JdbcStoreException}, nothing written).
 *
 * <h2>How an append works</h2>
 *
 * <p>One transaction on one connection from the caller's {@link DataSource}:
 *
 * <ol>
 *   <li>rule A1 in memory ({@link EventStore#checkAppend}); nothing is read before it passes;
 *   <li>the stream row ({@code lon_streams}) is read, then a present idempotency key is looked up
 *       in {@code lon_idempotency_keys} with the fingerprint of its batch; when the key is found
 *       with the same fingerprint the earlier result is rebuilt from the stored events and returned
 *       as duplicate, with another fingerprint the append is refused with {@link
 *       nl.lon.core.error.IdempotencyKeyConflictException} (A2);
 *   <li>A3/A4 fast path ({@link EventStore#checkStream}): a stream of another network fails with
 *       {@link InvalidValueException} (rule {@code stream-network}), another version with {@link
 *       ConcurrencyConflictException}. This read is only a shortcut: the checks that count are the
 *       database's, in the next steps;
 *   <li>the single row of {@code lon_position_counter} is locked with {@code SELECT ... FOR UPDATE}
 *       and moved on by the batch size;
 *   <li>the events are inserted. The unique constraint on {@code (stream_id, seq_no)} makes the
 *       database refuse a second batch for the same expected version: two racing appends insert the
 *       same sequence numbers, and only one can commit;
 *   <li>the stream row is inserted (first append, primary key on the stream) or moved on with
 *       {@code UPDATE ... SET stream_version = ? WHERE stream_id = ? AND stream_version = ?} and a
 *       row-count check, a second database-enforced guard;
 *   <li>the idempotency key is inserted with the batch's fingerprint (primary key on stream and
 *       key);
 *   <li>commit.
 * </ol>
 *
 * <p>{@link JdbcStores#commit} runs the same transaction with the command's audit record and vault
 * change added before the commit, so a command is written whole or not at all.
 *
 * <p>The stream row is read before the key because keys are never removed: a key absent at the
 * second read was absent at the first, so the answer is the one the store owed at the moment of the
 * first read. Reading the key first could report a conflict caused by the very append whose key
 * makes this call a duplicate.
 *
 * <p>A unique violation (SQLState {@code 23505} on H2 and PostgreSQL), a deadlock, a serialization
 * failure or a lock timeout rolls the transaction back; the store then reads what is committed and
 * answers as the reference implementation would at that moment: the earlier result when the
 * idempotency key is now taken, {@link InvalidValueException} when the stream now belongs to
 * another network, {@link ConcurrencyConflictException} with the version read after the rollback,
 * or else it tries again (at most {@value #MAX_ATTEMPTS} times). Any other SQL failure throws
 * {@link JdbcStoreException} after rolling back (rule A8).
 *
 * <h2>Global positions</h2>
 *
 * <p>Positions come from one counter row locked until commit, not from a sequence or identity
 * column. PostgreSQL sequence and identity values are handed out at insert time, not commit time,
 * so with them a reader could see position 12 before a slower transaction commits position 11, and
 * a projection resuming after 12 would miss 11 for ever (breaking rule R4). Holding the counter
 * lock until commit makes positions commit-ordered and gap-free, so {@link #readNetwork} is a plain
 * {@code WHERE global_position > ?} query and every snapshot holds a prefix of the positions. It
 * also gives exactly the positions of the in-memory reference (1, 2, 3, ... across all networks).
 * The price is that the last steps of appends (insert, commit) run one at a time per database; the
 * lock is taken as late as possible, and for the write rates of local networks (a few appends a
 * second) this is far from a limit. Idempotency checks, conflicts found by the fast path and all
 * reads never touch the lock.
 *
 * <h2>Database settings</h2>
 *
 * <p>Use the database's default isolation level READ COMMITTED (both H2 and PostgreSQL default to
 * it); stricter levels work too, their serialization failures are retried. See {@link JdbcStores}
 * for the H2 URL to use. The adapter keeps no pool: every call borrows one connection from the data
 * source and returns it, with auto-commit restored.
 *
 * <pre>{@code
 * EventStore store = JdbcStores.create(dataSource).eventStore();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/JdbcSnippets.java}.
 *
 * <p>Thread-safe, and safe to use from several processes on the same database.
 *
 * @since 0.1
 */
public final class JdbcEventStore implements EventStore {

  /** How many times an append is tried when it loses a race it cannot attribute. */
  public static final int MAX_ATTEMPTS = JdbcCommit.MAX_ATTEMPTS;

  private static final EventCodec CODEC = EventCodec.create();

  private final DataSource dataSource;
  private final JdbcCommit commit;

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
    this.commit = new JdbcCommit(dataSource, Optional.empty());
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
    StreamAppend append =
        new StreamAppend(stream, network, expectedVersion, events, idempotencyKey);
    return commit.run(Optional.of(append), Optional.empty(), Optional.empty()).append().get();
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
      return JdbcCommit.readVersion(c, stream);
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
              // the network in the ORDER BY lets H2 read the index in order instead of sorting
              // every later event of the network for each page
              + " ORDER BY network_id, global_position FETCH FIRST ? ROWS ONLY",
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
    return JdbcStoreException.of(what, e);
  }

  @Override
  public String toString() {
    return "JdbcEventStore";
  }
}
