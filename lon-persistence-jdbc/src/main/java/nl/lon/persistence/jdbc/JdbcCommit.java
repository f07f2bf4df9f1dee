package nl.lon.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.error.IdempotencyKeyConflictException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.codec.EventCodec;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.jdbc.internal.Sql;
import nl.lon.persistence.store.StreamAppend;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.store.VaultChange;

/**
 * One unit of work in one JDBC transaction: an append, an audit record and a vault change, each
 * optional, committed together (the work of {@link JdbcEventStore#append} and {@link
 * JdbcStores#commit}).
 *
 * <p>The transaction, four statements on PostgreSQL in the common case: one statement inserts the
 * stream row (a new stream) or moves it on by compare-and-set (which locks it) and, only when that
 * changed the row, moves the position counter row on (locked until commit) and returns the
 * positions (on PostgreSQL a data-modifying {@code WITH}; on H2 two statements, elsewhere three);
 * the events are inserted in one JDBC batch (the unique constraint on stream and sequence refuses a
 * second batch for the same version); the audit record is linked after its network's chain head and
 * inserted, and the head moved on by compare-and-set. A present idempotency key is inserted with
 * the batch's fingerprint (one statement more), a vault change is applied; then one commit. Only
 * when the compare-and-set misses, or on a retry, are the stream row and the key read (rules
 * A2-A4).
 *
 * <p>A unique violation, a deadlock, a serialization failure or a lock timeout rolls everything
 * back; the store then reads what is committed and answers as the reference implementation would at
 * that moment (the key now taken by the same batch: the next attempt writes the audit record of a
 * duplicate; by another batch: {@link IdempotencyKeyConflictException}; the stream moved on: {@link
 * ConcurrencyConflictException}), or else tries again, at most {@value #MAX_ATTEMPTS} times.
 */
final class JdbcCommit {

  /** How many times a unit is tried when it loses a race it cannot attribute. */
  static final int MAX_ATTEMPTS = 50;

  private static final EventCodec CODEC = EventCodec.create();

  private final DataSource dataSource;
  private final Optional<JdbcAuditLog> auditLog;

  /** A commit on a data source; units with an audit record need the audit log that seals it. */
  JdbcCommit(DataSource dataSource, Optional<JdbcAuditLog> auditLog) {
    this.dataSource = dataSource;
    this.auditLog = auditLog;
  }

  /** What one unit wrote. */
  record Outcome(
      Optional<AppendResult> append, Optional<AuditRecord> audit, boolean vaultEntryExisted) {}

  Outcome run(
      Optional<StreamAppend> append, Optional<AuditEntry> audit, Optional<VaultChange> vault) {
    List<String> payloads = new ArrayList<>();
    String fingerprint = null;
    if (append.isPresent()) {
      for (CaseEvent e : append.get().events()) {
        payloads.add(CODEC.encode(e));
      }
      if (append.get().idempotencyKey().isPresent()) {
        // from the payloads just encoded: the batch is encoded once
        fingerprint = append.get().fingerprint(payloads);
      }
    }
    SQLException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        Optional<Outcome> outcome =
            tryOnce(append, payloads, fingerprint, audit, vault, attempt > 1);
        if (outcome.isPresent()) {
          return outcome.get();
        }
      } catch (SQLException e) {
        throw JdbcStoreException.of(
            what(append)
                + " (nothing or all of it was written; retry with the same idempotency key"
                + " to find out)",
            e);
      } catch (RetryableSqlException e) {
        last = e.sqlCause;
      }
      Sql.backOff(attempt);
    }
    throw JdbcStoreException.of(
        what(append)
            + " after "
            + MAX_ATTEMPTS
            + " lost races for the database's locks (nothing was written)",
        last);
  }

  private static String what(Optional<StreamAppend> append) {
    return append.map(a -> "writing to case " + a.stream()).orElse("writing the audit record");
  }

  /** Signals a rolled-back attempt that should be tried again. */
  private static final class RetryableSqlException extends Exception {
    private static final long serialVersionUID = 1L;
    final transient SQLException sqlCause;

    RetryableSqlException(SQLException sqlCause) {
      super(null, sqlCause, false, false);
      this.sqlCause = sqlCause;
    }
  }

  /** One attempt; empty means "try again". */
  private Optional<Outcome> tryOnce(
      Optional<StreamAppend> append,
      List<String> payloads,
      String fingerprint,
      Optional<AuditEntry> audit,
      Optional<VaultChange> vault,
      boolean careful)
      throws SQLException, RetryableSqlException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      if (autoCommit) {
        c.setAutoCommit(false);
      }
      try {
        Outcome outcome = inTransaction(c, append, payloads, fingerprint, audit, vault, careful);
        c.commit();
        outcome.audit().ifPresent(r -> auditLog.orElseThrow().committed(r));
        return Optional.of(outcome);
      } catch (SQLException e) {
        Sql.rollbackQuietly(c, e);
        if (!Sql.isUniqueViolation(e) && !Sql.isTransient(e)) {
          throw e;
        }
        if (append.isPresent()) {
          // lost a race: a refusal owed at this moment is thrown now, anything else is retried
          try {
            StreamAppend a = append.get();
            Optional<AppendResult> decided = decide(c, a, fingerprint);
            if (decided.isEmpty() && Sql.isUniqueViolation(e)) {
              // the stream row still says expectedVersion, yet a sequence was taken: the events
              // table is the truth (rows written around this adapter)
              long stored = lastStoredSequence(c, a.stream());
              if (stored > a.expectedVersion()) {
                throw new ConcurrencyConflictException(
                    a.stream().getValue(), a.expectedVersion(), stored);
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
          } catch (RuntimeException refused) {
            Sql.rollbackQuietly(c, refused);
            throw refused;
          }
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

  private Outcome inTransaction(
      Connection c,
      Optional<StreamAppend> append,
      List<String> payloads,
      String fingerprint,
      Optional<AuditEntry> audit,
      Optional<VaultChange> vault,
      boolean careful)
      throws SQLException {
    Optional<AppendResult> appended = Optional.empty();
    if (append.isPresent()) {
      // the first attempt moves the stream row on by compare-and-set and reads only when that
      // fails; a retry, which follows a lost race, reads first
      Optional<AppendResult> duplicate =
          careful ? decide(c, append.get(), fingerprint) : Optional.empty();
      appended =
          Optional.of(
              duplicate.isPresent()
                  ? duplicate.get()
                  : writeEvents(c, append.get(), payloads, fingerprint, !careful));
    }
    boolean duplicate = appended.map(AppendResult::isDuplicate).orElse(false);
    Optional<AuditRecord> record = Optional.empty();
    if (audit.isPresent()) {
      AuditEntry entry =
          duplicate
              ? AuditEntry.builder()
                  .from(audit.get())
                  .putDetails(UnitOfWork.REPLAY_DETAIL, "true")
                  .build()
              : audit.get();
      record = Optional.of(auditLog.orElseThrow().appendInTransaction(c, entry));
    }
    boolean existed = false;
    if (vault.isPresent() && !duplicate) {
      existed = JdbcPersonalDataVault.applyInTransaction(c, vault.get());
    }
    return new Outcome(appended, record, existed);
  }

  /**
   * Writes a batch: the stream row first (inserted for a new stream, else moved on by
   * compare-and-set, which locks it), then the positions (the counter row, locked until commit),
   * the events in one JDBC batch and the idempotency key. When the compare-and-set finds the stream
   * elsewhere and {@code decideOnMiss}, rules A2-A4 decide in the same transaction (nothing is
   * written yet): a duplicate is answered, a refusal thrown.
   */
  private AppendResult writeEvents(
      Connection c, StreamAppend a, List<String> payloads, String fingerprint, boolean decideOnMiss)
      throws SQLException {
    CaseId stream = a.stream();
    NetworkId network = a.network();
    long expectedVersion = a.expectedVersion();
    List<CaseEvent> batch = a.events();
    int n = batch.size();
    long lastSequence = expectedVersion + n;

    // the stream row (primary key for a new stream, compare-and-set for an existing one) and the
    // positions (the counter row, locked until commit) in one statement where the database can
    long lastPosition = moveStreamAndTakePositions(c, a, lastSequence);
    if (lastPosition < 0) {
      if (decideOnMiss) {
        Optional<AppendResult> decided = decide(c, a, fingerprint);
        if (decided.isPresent()) {
          return decided.get();
        }
      }
      if (!counterRowExists(c)) {
        throw noCounterRow();
      }
      throw new SQLException("stream " + stream + " moved on concurrently", "40001");
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

    // the idempotency key with the batch's fingerprint, in the same transaction; a key taken
    // already fails on the primary key, and the retry reads it first
    if (fingerprint != null) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO lon_idempotency_keys (stream_id, idempotency_key, first_seq_no,"
                  + " last_seq_no, batch_fingerprint) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, stream.getValue());
        ps.setString(2, a.idempotencyKey().get());
        ps.setLong(3, expectedVersion + 1);
        ps.setLong(4, lastSequence);
        ps.setString(5, fingerprint);
        ps.executeUpdate();
      }
    }
    return AppendResult.of(stream, network, expectedVersion + 1, positions);
  }

  /** How the database moves the stream row and the position counter on. */
  private enum Counter {
    /**
     * One statement: a data-modifying {@code WITH} changes the stream row, and only when it did is
     * the counter row moved on ({@code UPDATE ... RETURNING}), the stream's lock taken first as by
     * every writer. PostgreSQL runs the {@code WITH} once, also after waiting for a lock.
     */
    POSTGRESQL,
    /**
     * Two statements: the stream row, then the counter by a data change delta table. Not nested in
     * one: H2 evaluates a statement's condition again after waiting for a row lock, so a stream
     * change nested in the counter's condition would run twice.
     */
    H2,
    /** Three statements: the stream row, then the counter row locked by a read and moved on. */
    PORTABLE;

    private static final String INSERT_STREAM =
        "INSERT INTO lon_streams (stream_id, network_id, stream_version) VALUES (?, ?, ?)";
    private static final String MOVE_STREAM =
        "UPDATE lon_streams SET stream_version = ? WHERE stream_id = ? AND stream_version = ?"
            + " AND network_id = ?";
    private static final String PG_INSERT_STREAM = postgresql(INSERT_STREAM);
    private static final String PG_MOVE_STREAM = postgresql(MOVE_STREAM);
    private static final String H2_TAKE =
        "SELECT last_position - ? FROM FINAL TABLE (UPDATE lon_position_counter"
            + " SET last_position = last_position + ? WHERE counter_id = 1)";

    private static String postgresql(String streamChange) {
      return "WITH s AS ("
          + streamChange
          + " RETURNING 1) UPDATE lon_position_counter SET last_position = last_position + ?"
          + " WHERE counter_id = 1 AND EXISTS (SELECT 1 FROM s) RETURNING last_position - ?";
    }

    /** The statement that changes the stream row, for a new stream or an existing one. */
    String streamStatement(boolean newStream) {
      if (this == POSTGRESQL) {
        return newStream ? PG_INSERT_STREAM : PG_MOVE_STREAM;
      }
      return newStream ? INSERT_STREAM : MOVE_STREAM;
    }
  }

  private volatile Counter counter;

  private Counter counter(Connection c) throws SQLException {
    Counter kind = counter;
    if (kind == null) {
      String product = c.getMetaData().getDatabaseProductName();
      kind =
          "PostgreSQL".equals(product)
              ? Counter.POSTGRESQL
              : "H2".equals(product) ? Counter.H2 : Counter.PORTABLE;
      counter = kind;
    }
    return kind;
  }

  /**
   * Inserts or moves the stream row on to {@code lastSequence} and reserves the batch's positions.
   *
   * @return the last position before the batch's, or -1 when the stream row was not where the
   *     append expects it (nothing changed then)
   */
  private long moveStreamAndTakePositions(Connection c, StreamAppend a, long lastSequence)
      throws SQLException {
    Counter kind = counter(c);
    int n = a.events().size();
    boolean newStream = a.expectedVersion() == 0;
    try (PreparedStatement ps = c.prepareStatement(kind.streamStatement(newStream))) {
      int i = 0;
      if (newStream) {
        ps.setString(++i, a.stream().getValue());
        ps.setString(++i, a.network().getValue());
        ps.setLong(++i, lastSequence);
      } else {
        ps.setLong(++i, lastSequence);
        ps.setString(++i, a.stream().getValue());
        ps.setLong(++i, a.expectedVersion());
        ps.setString(++i, a.network().getValue());
      }
      if (kind == Counter.POSTGRESQL) {
        ps.setLong(++i, n);
        ps.setLong(++i, n);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getLong(1) : -1;
        }
      }
      if (ps.executeUpdate() != 1) {
        return -1;
      }
    }
    if (kind == Counter.H2) {
      try (PreparedStatement ps = c.prepareStatement(Counter.H2_TAKE)) {
        ps.setLong(1, n);
        ps.setLong(2, n);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw noCounterRow();
          }
          return rs.getLong(1);
        }
      }
    }
    long lastPosition;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT last_position FROM lon_position_counter WHERE counter_id = 1 FOR UPDATE")) {
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw noCounterRow();
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
    return lastPosition;
  }

  private static boolean counterRowExists(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT 1 FROM lon_position_counter WHERE counter_id = 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  private static SQLException noCounterRow() {
    return new SQLException(
        "lon_position_counter has no row 1: the schema was not migrated or was changed by hand",
        "55000");
  }

  /**
   * Rules A2-A4 against what is committed: the earlier result (flagged duplicate) when the key is
   * taken by the same batch; {@link IdempotencyKeyConflictException} when it is taken by another;
   * {@link nl.lon.core.error.InvalidValueException} or {@link ConcurrencyConflictException} when
   * the stream forbids the append; empty when the append may go ahead.
   *
   * <p>The stream row is read before the key: keys are never removed, so a key absent at the second
   * read was absent at the first, and the answer is the one the store owed at the moment of the
   * first read (linearizable). Reading the key first could report a conflict caused by the very
   * append whose key would have made this call a duplicate.
   */
  private static Optional<AppendResult> decide(Connection c, StreamAppend a, String fingerprint)
      throws SQLException {
    StreamRow row = readStream(c, a.stream());
    if (a.idempotencyKey().isPresent()) {
      Optional<KeyRow> earlier = findKey(c, a.stream(), a.idempotencyKey().get());
      if (earlier.isPresent()) {
        if (!earlier.get().fingerprint.equals(fingerprint)) {
          throw new IdempotencyKeyConflictException(
              a.stream().getValue(), a.expectedVersion(), row == null ? 0 : row.version);
        }
        return Optional.of(earlier.get().result.asDuplicate());
      }
    }
    EventStore.checkStream(
        a.stream(),
        a.network(),
        a.expectedVersion(),
        row == null ? Optional.empty() : Optional.of(row.network),
        row == null ? 0 : row.version);
    return Optional.empty();
  }

  static long readVersion(Connection c, CaseId stream) throws SQLException {
    StreamRow row = readStream(c, stream);
    return row == null ? 0 : row.version;
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

  private record StreamRow(NetworkId network, long version) {}

  private record KeyRow(AppendResult result, String fingerprint) {}

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

  private static Optional<KeyRow> findKey(Connection c, CaseId stream, String key)
      throws SQLException {
    long first;
    long last;
    String fingerprint;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT first_seq_no, last_seq_no, batch_fingerprint FROM lon_idempotency_keys"
                + " WHERE stream_id = ? AND idempotency_key = ?")) {
      ps.setString(1, stream.getValue());
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        first = rs.getLong(1);
        last = rs.getLong(2);
        fingerprint = rs.getString(3);
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
    return Optional.of(new KeyRow(AppendResult.of(stream, network, first, positions), fingerprint));
  }
}
