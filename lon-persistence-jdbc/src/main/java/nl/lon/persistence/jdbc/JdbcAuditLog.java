package nl.lon.persistence.jdbc;

import com.google.common.collect.ImmutableSortedSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.audit.AuditVerification.Problem;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.jdbc.internal.Sql;

/**
 * An {@link AuditLog} on plain JDBC (logging in een relationele database), for embedded H2 2.3 and
 * PostgreSQL 15 with the schema that {@link JdbcStores#migrate(DataSource)} creates.
 *
 * <p>Fulfils rules L1-L9 of the {@link AuditLog} contract. Each network has a chain of its own: its
 * records are rows of {@code lon_audit_records} keyed by network and place in storage ({@code
 * network_id, chain_position}), with one column per fact, stored unchanged, so that the hashes
 * computed by {@link AuditChain} can be recomputed from what is stored; its head is a row of {@code
 * lon_audit_heads} keyed by network. Besides the record's sequence ({@code seq_no}) a row has its
 * place in storage ({@code chain_position}); the log writes both with the same value, and reads and
 * {@link #verify(NetworkId)} return records in storage order. Like the in-memory reference, {@link
 * #read(NetworkId, long, int)} therefore counts from a storage position, which is the sequence as
 * long as nobody moved records in storage; a record moved there is reported by {@link
 * #verify(NetworkId)} as {@link Problem#REORDERED}, exactly as {@link AuditChain#verify(Iterable)}
 * reports it on the records as read.
 *
 * <h2>Concurrent writers</h2>
 *
 * <p>An append is one transaction. When the log knows the head it last committed for the network,
 * it links the entry after that head and moves the head row on by compare-and-set ({@code UPDATE
 * ... WHERE last_seq_no = ? AND last_hash = ?}), which locks the row; when that finds the row
 * elsewhere (another writer appended, or the row was changed), or the head is not known, it locks
 * its network's row of {@code lon_audit_heads} with {@code SELECT ... FOR UPDATE} and links after
 * what it reads (the first append to a network inserts that row; when two first appends race, the
 * loser's insert fails on the primary key, is rolled back to a savepoint and locks the winner's row
 * instead), links the entry after the head's sequence and hash with {@link AuditChain#link(long,
 * String, AuditEntry, AuditSeal)}, inserts the record, moves the head and commits. The database
 * lock serialises appends to one network from any number of threads, connections and processes, so
 * a chain never forks and sequences have no gaps; appends to two networks lock two rows and never
 * wait on each other. A failed append rolls back record and head together. Deadlocks, serialization
 * failures and lock timeouts are retried (at most {@value #MAX_ATTEMPTS} times).
 *
 * <h2>Verification</h2>
 *
 * <p>{@link #verify(NetworkId)} reads the head, then walks every stored row of the network in
 * storage order, {@value #PAGE_SIZE} at a time, through an {@link AuditChain.Verifier}, so memory
 * stays bounded however long the chain; the result is the one {@link AuditChain#verify(Iterable,
 * AuditCheckpoint, AuditSeal)} gives on all rows read in that order with the head. Rows beyond the
 * head ({@link Problem#BEYOND_HEAD}), records removed at the end ({@link Problem#MISSING}: the head
 * names a later sequence) and a last record rewritten with a matching hash ({@link
 * Problem#BROKEN_LINK}: its hash differs from the head's) are reported too; when the walk meets a
 * row beyond the head it reads the head again first, so records appended meanwhile are verified
 * rather than reported. A row that cannot even be read back (for example a malformed hash) is
 * reported as {@link Problem#ALTERED}. {@link #verify(AuditCheckpoint)} walks the same way and also
 * compares the chain with the checkpoint.
 *
 * <pre>{@code
 * AuditLog log = JdbcStores.create(dataSource).auditLog();
 * AuditLog keyed = new JdbcAuditLog(dataSource, AuditSeal.hmacSha256(key));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/JdbcSnippets.java}.
 *
 * <p>Thread-safe, and safe to use from several processes on the same database.
 *
 * @since 0.1
 */
public final class JdbcAuditLog implements AuditLog {

  /** How many times an append is tried when it loses a race for a chain head. */
  public static final int MAX_ATTEMPTS = 50;

  /** How many records {@link #verify(NetworkId)} reads per query. */
  public static final int PAGE_SIZE = 500;

  private static final String COLUMNS =
      "network_id, chain_position, seq_no, event_id, occurred_at, actor_id, actor_organisation_id,"
          + " on_behalf_of, client_number, case_id, audit_action, operation, data_categories,"
          + " purpose, emergency_reason, authorised, relationship_to_case,"
          + " consent_or_legal_basis, emergency_override, legal_basis, outcome, rule_ids, details,"
          + " previous_hash, record_hash";

  private static final String INSERT =
      "INSERT INTO lon_audit_records ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;
  private final AuditSeal seal;
  private final int pageSize;

  /** Each network's head as this log last committed it: a hint the database checks. */
  private final ConcurrentHashMap<NetworkId, Head> heads = new ConcurrentHashMap<>();

  /**
   * Creates the log, sealed with {@link AuditSeal#sha256()}, on a data source whose schema is
   * migrated (see {@link JdbcStores#migrate(DataSource)}).
   *
   * @param dataSource the data source; the caller owns it and its pool
   * @throws InvalidValueException when the data source is null
   */
  public JdbcAuditLog(DataSource dataSource) {
    this(dataSource, AuditSeal.sha256(), PAGE_SIZE);
  }

  /**
   * Creates the log with a seal on a data source whose schema is migrated. Every log on the same
   * database must use the same seal.
   *
   * @param dataSource the data source; the caller owns it and its pool
   * @param seal how records are sealed, for example {@link AuditSeal#hmacSha256(byte[])}
   * @throws InvalidValueException when an argument is null
   */
  public JdbcAuditLog(DataSource dataSource, AuditSeal seal) {
    this(dataSource, seal, PAGE_SIZE);
  }

  /** For tests: a log that verifies in pages of another size. */
  JdbcAuditLog(DataSource dataSource, int pageSize) {
    this(dataSource, AuditSeal.sha256(), pageSize);
  }

  /** For tests: a log with a seal that verifies in pages of another size. */
  JdbcAuditLog(DataSource dataSource, AuditSeal seal, int pageSize) {
    if (dataSource == null) {
      throw new InvalidValueException("JdbcAuditLog.dataSource");
    }
    if (seal == null) {
      throw new InvalidValueException("JdbcAuditLog.seal");
    }
    this.dataSource = dataSource;
    this.seal = seal;
    this.pageSize = pageSize;
  }

  // ===================================================================================
  // append

  @Override
  public AuditRecord append(AuditEntry entry) {
    AuditLog.required(entry, "entry");
    SQLException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        boolean autoCommit = c.getAutoCommit();
        if (autoCommit) {
          c.setAutoCommit(false);
        }
        try {
          AuditRecord record = appendInTransaction(c, entry);
          c.commit();
          committed(record);
          return record;
        } catch (SQLException e) {
          Sql.rollbackQuietly(c, e);
          if (!Sql.isTransient(e)) {
            throw e;
          }
          last = e;
        } catch (RuntimeException e) {
          Sql.rollbackQuietly(c, e);
          throw e;
        } finally {
          if (autoCommit) {
            c.setAutoCommit(true);
          }
        }
      } catch (SQLException e) {
        throw JdbcStoreException.of(
            "appending to the audit log of network "
                + entry.getNetwork()
                + " (the record was written whole or not at all)",
            e);
      }
      Sql.backOff(attempt);
    }
    throw JdbcStoreException.of(
        "appending to the audit log of network "
            + entry.getNetwork()
            + " after "
            + MAX_ATTEMPTS
            + " lost races for the chain head (nothing was written)",
        last);
  }

  /**
   * Links and inserts one record and moves its network's chain head inside the caller's
   * transaction, without committing; the unit of work of {@link JdbcStores} calls it between the
   * events and the vault. The connection must not be in auto-commit mode; on an {@link
   * SQLException} the caller rolls back (and may retry when {@link Sql#isTransient} says so).
   */
  AuditRecord appendInTransaction(Connection c, AuditEntry entry) throws SQLException {
    NetworkId network = entry.getNetwork();
    Head known = heads.get(network);
    if (known != null) {
      // the head this process last committed: moving it on by compare-and-set locks it, and
      // fails when another writer moved it meanwhile
      AuditRecord record = AuditChain.link(known.sequence() + 1, known.hash(), entry, seal);
      if (moveHead(c, network, record, known)) {
        insertRow(c, record, record.getSequence());
        return record;
      }
    }
    Head head = lockHead(c, network);
    AuditRecord record = AuditChain.link(head.sequence() + 1, head.hash(), entry, seal);
    moveHead(c, network, record, null);
    insertRow(c, record, record.getSequence());
    return record;
  }

  /**
   * Moves a network's head to a record; with {@code expected}, only when the head is still there.
   *
   * @return whether the head row was moved
   */
  private static boolean moveHead(
      Connection c, NetworkId network, AuditRecord record, Head expected) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE lon_audit_heads SET last_seq_no = ?, last_hash = ? WHERE network_id = ?"
                + (expected == null ? "" : " AND last_seq_no = ? AND last_hash = ?"))) {
      ps.setLong(1, record.getSequence());
      ps.setString(2, record.getHash());
      ps.setString(3, network.getValue());
      if (expected != null) {
        ps.setLong(4, expected.sequence());
        ps.setString(5, expected.hash());
      }
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Notes a record whose transaction committed as its network's head, unless a later one is known:
   * the next append in this process links after it without reading the head first.
   */
  void committed(AuditRecord record) {
    heads.merge(
        record.getNetwork(),
        new Head(record.getSequence(), record.getHash()),
        (old, now) -> now.sequence() > old.sequence() ? now : old);
  }

  /**
   * Inserts a record as a row at a place in its network's storage, as given; the log calls it with
   * the record's sequence as the place, tests call it to play an intruder.
   */
  static void insertRow(Connection c, AuditRecord record, long chainPosition) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      AccessChecks checks = record.getChecks();
      int i = 0;
      ps.setString(++i, record.getNetwork().getValue());
      ps.setLong(++i, chainPosition);
      ps.setLong(++i, record.getSequence());
      ps.setString(++i, record.getEventId());
      ps.setObject(++i, OffsetDateTime.ofInstant(record.getOccurredAt(), ZoneOffset.UTC));
      ps.setString(++i, record.getActor().getValue());
      setOptional(ps, ++i, record.getActorOrganisation().map(OrganisationId::getValue));
      ps.setString(++i, record.getOnBehalfOf());
      setOptional(ps, ++i, record.getClient().map(ClientNumber::getValue));
      setOptional(ps, ++i, record.getCaseId().map(CaseId::getValue));
      ps.setString(++i, record.getAction().name());
      ps.setString(++i, record.getOperation());
      ps.setString(
          ++i,
          record.getDataCategories().stream()
              .map(Enum::name)
              .sorted()
              .collect(Collectors.joining(",")));
      ps.setString(++i, record.getPurpose());
      setOptional(ps, ++i, record.getEmergencyReason());
      ps.setBoolean(++i, checks.isAuthorised());
      ps.setBoolean(++i, checks.isRelationshipToCase());
      ps.setBoolean(++i, checks.isConsentOrLegalBasis());
      ps.setBoolean(++i, checks.isEmergencyOverride());
      setOptional(ps, ++i, checks.getLegalBasis());
      ps.setString(++i, checks.getOutcome().name());
      ps.setString(++i, String.join(",", record.getRuleIds()));
      ps.setString(++i, encodeDetails(record.getDetails()));
      ps.setString(++i, record.getPreviousHash());
      ps.setString(++i, record.getHash());
      ps.executeUpdate();
    }
  }

  /** A network's chain head: the last record's sequence and hash. */
  private record Head(long sequence, String hash) {}

  /**
   * Locks a network's head row until commit, inserting it (empty) for the network's first append. A
   * unique violation on that insert means a concurrent first append won: it is rolled back to a
   * savepoint, so the caller's transaction survives, and the winner's row is locked instead.
   */
  private static Head lockHead(Connection c, NetworkId network) throws SQLException {
    SQLException lost = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Optional<Head> head = readHead(c, network, true);
      if (head.isPresent()) {
        return head.get();
      }
      Savepoint before = c.setSavepoint();
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO lon_audit_heads (network_id, last_seq_no, last_hash) VALUES (?, 0, ?)")) {
        ps.setString(1, network.getValue());
        ps.setString(2, AuditChain.GENESIS_HASH);
        ps.executeUpdate();
        c.releaseSavepoint(before);
        return new Head(0, AuditChain.GENESIS_HASH);
      } catch (SQLException e) {
        if (!Sql.isUniqueViolation(e)) {
          throw e;
        }
        c.rollback(before);
        lost = e;
      }
    }
    throw new SQLException(
        "the chain head of network "
            + network
            + " could neither be locked nor inserted in "
            + MAX_ATTEMPTS
            + " attempts",
        "40001",
        lost);
  }

  /** Reads a network's chain head, locking it until commit when {@code forUpdate}. */
  private static Optional<Head> readHead(Connection c, NetworkId network, boolean forUpdate)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT last_seq_no, last_hash FROM lon_audit_heads WHERE network_id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
      ps.setString(1, network.getValue());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Head(rs.getLong(1), rs.getString(2)));
      }
    }
  }

  private static void setOptional(PreparedStatement ps, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setString(index, value.get());
    } else {
      ps.setNull(index, Types.VARCHAR);
    }
  }

  /** The details as the canonical text writes them: {@code k=v;k=v}, {@code \ ; =} escaped. */
  static String encodeDetails(Map<String, String> details) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : details.entrySet()) {
      if (b.length() > 0) {
        b.append(';');
      }
      escapeDetail(b, e.getKey());
      b.append('=');
      escapeDetail(b, e.getValue());
    }
    return b.toString();
  }

  private static void escapeDetail(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\':
        case ';':
        case '=':
          b.append('\\').append(ch);
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        default:
          b.append(ch);
      }
    }
  }

  /** The inverse of {@link #encodeDetails}. */
  static Map<String, String> decodeDetails(String text) {
    Map<String, String> details = new TreeMap<>();
    if (text.isEmpty()) {
      return details;
    }
    StringBuilder key = new StringBuilder();
    StringBuilder value = new StringBuilder();
    StringBuilder current = key;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\') {
        if (++i == text.length()) {
          throw new IllegalArgumentException("details end in a lone backslash");
        }
        char next = text.charAt(i);
        current.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else if (ch == '=' && current == key) {
        current = value;
      } else if (ch == ';') {
        put(details, key, value, current);
        key.setLength(0);
        value.setLength(0);
        current = key;
      } else {
        current.append(ch);
      }
    }
    put(details, key, value, current);
    return details;
  }

  private static void put(
      Map<String, String> details, StringBuilder key, StringBuilder value, StringBuilder current) {
    if (current == key) {
      throw new IllegalArgumentException("a details entry has no '='");
    }
    if (details.put(key.toString(), value.toString()) != null) {
      throw new IllegalArgumentException("details hold a key twice");
    }
  }

  // ===================================================================================
  // reads

  @Override
  public List<AuditRecord> read(NetworkId network, long fromSequenceInclusive, int maxCount) {
    AuditLog.checkRead(network, fromSequenceInclusive, maxCount);
    return query(
        "SELECT "
            + COLUMNS
            + " FROM lon_audit_records WHERE network_id = ? AND chain_position >= ?"
            + " ORDER BY chain_position FETCH FIRST ? ROWS ONLY",
        ps -> {
          ps.setString(1, network.getValue());
          ps.setLong(2, fromSequenceInclusive);
          ps.setInt(3, maxCount);
        },
        "reading the audit log of network " + network);
  }

  @Override
  public List<AuditRecord> readForCase(NetworkId network, CaseId caseId) {
    AuditLog.required(network, "network");
    AuditLog.required(caseId, "caseId");
    return query(
        "SELECT "
            + COLUMNS
            + " FROM lon_audit_records WHERE network_id = ? AND case_id = ?"
            + " ORDER BY chain_position",
        ps -> {
          ps.setString(1, network.getValue());
          ps.setString(2, caseId.getValue());
        },
        "reading the audit records of case " + caseId);
  }

  @Override
  public List<AuditRecord> readForClient(NetworkId network, ClientNumber client) {
    AuditLog.required(network, "network");
    AuditLog.required(client, "client");
    return query(
        "SELECT "
            + COLUMNS
            + " FROM lon_audit_records WHERE network_id = ? AND client_number = ?"
            + " ORDER BY chain_position",
        ps -> {
          ps.setString(1, network.getValue());
          ps.setString(2, client.getValue());
        },
        "reading the audit records of a client");
  }

  private List<AuditRecord> query(String sql, Sql.Binder binder, String what) {
    try {
      return Sql.list(dataSource, sql, binder, JdbcAuditLog::readBack);
    } catch (SQLException e) {
      throw JdbcStoreException.of(what, e);
    }
  }

  /** Rebuilds a record from the current row; a row that breaks a value rule is reported. */
  private static AuditRecord readBack(ResultSet rs) throws SQLException {
    long sequence = rs.getLong("seq_no");
    try {
      return toRecord(rs);
    } catch (InvalidValueException | IllegalArgumentException | ArithmeticException e) {
      throw new JdbcStoreException(
          "audit record "
              + sequence
              + " of network "
              + rs.getString("network_id")
              + " cannot be read back, it was changed outside this log: "
              + e.getMessage(),
          e);
    }
  }

  private static AuditRecord toRecord(ResultSet rs) throws SQLException {
    EnumSet<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
    String joined = rs.getString("data_categories");
    if (!joined.isEmpty()) {
      for (String name : joined.split(",", -1)) {
        categories.add(DataCategory.valueOf(name));
      }
    }
    String ruleIds = rs.getString("rule_ids");
    OffsetDateTime occurredAt = rs.getObject("occurred_at", OffsetDateTime.class);
    return AuditRecord.builder()
        .sequence(rs.getLong("seq_no"))
        .eventId(rs.getString("event_id"))
        .occurredAt(occurredAt.toInstant())
        .actor(ProfessionalId.of(rs.getString("actor_id")))
        .actorOrganisation(
            Optional.ofNullable(rs.getString("actor_organisation_id")).map(OrganisationId::of))
        .onBehalfOf(rs.getString("on_behalf_of"))
        .client(Optional.ofNullable(rs.getString("client_number")).map(ClientNumber::of))
        .caseId(Optional.ofNullable(rs.getString("case_id")).map(CaseId::of))
        .network(NetworkId.of(rs.getString("network_id")))
        .action(AuditAction.valueOf(rs.getString("audit_action")))
        .operation(rs.getString("operation"))
        .dataCategories(categories)
        .purpose(rs.getString("purpose"))
        .emergencyReason(Optional.ofNullable(rs.getString("emergency_reason")))
        .checks(
            AccessChecks.builder()
                .authorised(rs.getBoolean("authorised"))
                .relationshipToCase(rs.getBoolean("relationship_to_case"))
                .consentOrLegalBasis(rs.getBoolean("consent_or_legal_basis"))
                .emergencyOverride(rs.getBoolean("emergency_override"))
                .legalBasis(Optional.ofNullable(rs.getString("legal_basis")))
                .outcome(AuditOutcome.valueOf(rs.getString("outcome")))
                .build())
        .ruleIds(ruleIds.isEmpty() ? List.of() : List.of(ruleIds.split(",", -1)))
        .details(decodeDetails(rs.getString("details")))
        .previousHash(rs.getString("previous_hash"))
        .hash(rs.getString("record_hash"))
        .build();
  }

  // ===================================================================================
  // verify, size, networks, checkpoints

  @Override
  public AuditVerification verify(NetworkId network) {
    AuditLog.required(network, "network");
    return walk(network, null);
  }

  @Override
  public AuditVerification verify(AuditCheckpoint checkpoint) {
    AuditLog.required(checkpoint, "checkpoint");
    return walk(checkpoint.getNetwork(), checkpoint);
  }

  /** One stored row as the walk met it: a record, or why it could not be rebuilt. */
  private record Row(long sequence, AuditRecord record, String unreadable) {}

  /** Walks every stored row of a network's chain in storage order through a verifier. */
  private AuditVerification walk(NetworkId network, AuditCheckpoint checkpoint) {
    try (Connection c = Sql.connect(dataSource)) {
      Head head = readHead(c, network, false).orElse(new Head(0, AuditChain.GENESIS_HASH));
      AuditChain.Verifier v = AuditChain.verifier(seal).head(network, head.sequence(), head.hash());
      if (checkpoint != null) {
        v.checkpoint(checkpoint);
      }
      long afterPosition = Long.MIN_VALUE;
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT "
                  + COLUMNS
                  + " FROM lon_audit_records WHERE network_id = ? AND chain_position > ?"
                  + " ORDER BY chain_position FETCH FIRST "
                  + pageSize
                  + " ROWS ONLY")) {
        while (true) {
          ps.setString(1, network.getValue());
          ps.setLong(2, afterPosition);
          List<Row> page = new ArrayList<>(pageSize);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              afterPosition = rs.getLong("chain_position");
              long sequence = rs.getLong("seq_no");
              try {
                page.add(new Row(sequence, toRecord(rs), null));
              } catch (InvalidValueException | IllegalArgumentException | ArithmeticException e) {
                page.add(new Row(sequence, null, e.getMessage()));
              }
            }
          }
          for (Row row : page) {
            if (v.isBeyondHead()) {
              // records may have been appended since the head was read: read it again
              Head now = readHead(c, network, false).orElse(head);
              if (now.sequence() > head.sequence()) {
                head = now;
                v.head(network, head.sequence(), head.hash());
              }
            }
            boolean more =
                row.record() != null
                    ? v.accept(row.record())
                    : v.acceptUnreadable(row.sequence(), row.unreadable());
            if (!more) {
              return v.result();
            }
          }
          if (page.size() < pageSize) {
            return v.result();
          }
        }
      }
    } catch (SQLException e) {
      throw JdbcStoreException.of("verifying the audit log of network " + network, e);
    }
  }

  @Override
  public long size(NetworkId network) {
    AuditLog.required(network, "network");
    try (Connection c = Sql.connect(dataSource)) {
      return readHead(c, network, false).map(Head::sequence).orElse(0L);
    } catch (SQLException e) {
      throw JdbcStoreException.of("reading the size of the audit log of network " + network, e);
    }
  }

  @Override
  public AuditCheckpoint checkpoint(NetworkId network) {
    AuditLog.required(network, "network");
    Head head;
    try (Connection c = Sql.connect(dataSource)) {
      head = readHead(c, network, false).orElse(new Head(0, AuditChain.GENESIS_HASH));
    } catch (SQLException e) {
      throw JdbcStoreException.of("reading the chain head of network " + network, e);
    }
    try {
      return AuditCheckpoint.of(network, head.sequence(), head.hash());
    } catch (InvalidValueException e) {
      throw new JdbcStoreException(
          "the chain head of network "
              + network
              + " was changed outside this log and is no valid checkpoint: "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public Set<NetworkId> networks() {
    try {
      return ImmutableSortedSet.copyOf(
          Sql.list(
              dataSource,
              "SELECT network_id FROM lon_audit_heads"
                  + " UNION SELECT network_id FROM lon_audit_records",
              ps -> {},
              rs -> NetworkId.of(rs.getString(1))));
    } catch (SQLException e) {
      throw JdbcStoreException.of("reading the networks of the audit log", e);
    }
  }

  @Override
  public String toString() {
    return "JdbcAuditLog[" + seal + "]";
  }
}
