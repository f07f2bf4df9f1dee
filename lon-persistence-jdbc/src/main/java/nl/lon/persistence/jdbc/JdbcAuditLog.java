package nl.lon.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.audit.AuditVerification.Problem;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.jdbc.internal.Sql;

/**
 * An {@link AuditLog} on plain JDBC (logging in een relationele database), for embedded H2 2.3
 * and PostgreSQL 15 with the schema that {@link JdbcStores#migrate(DataSource)} creates.
 *
 * <p>Fulfils rules L1-L6 of the {@link AuditLog} contract. Each record is one row of {@code
 * lon_audit_records} with one column per fact, stored unchanged, so that the hashes computed by
 * {@link AuditChain} can be recomputed from what is stored. Besides the record's sequence ({@code
 * seq_no}) a row has its place in storage ({@code chain_position}); the log writes both with the
 * same value, and reads and {@link #verify()} return records in storage order. Like the in-memory
 * reference, {@link #read(long, int)} therefore counts from a storage position, which is the
 * sequence as long as nobody moved records in storage; a record moved there is reported by
 * {@link #verify()} as {@link Problem#REORDERED}, exactly as {@link AuditChain#verify(Iterable)}
 * reports it on the records as read.
 *
 * <h2>Concurrent writers</h2>
 *
 * <p>An append is one transaction: it locks the single row of {@code lon_audit_head} with {@code
 * SELECT ... FOR UPDATE}, links the entry after the head's sequence and hash with {@link
 * AuditChain#link}, inserts the record, moves the head and commits. The database lock serialises
 * appends from any number of threads, connections and processes, so the chain never forks and
 * sequences have no gaps; a failed append rolls back record and head together. Deadlocks,
 * serialization failures and lock timeouts are retried (at most {@value #MAX_ATTEMPTS} times).
 *
 * <h2>Verification</h2>
 *
 * <p>{@link #verify()} reads the head, then walks the records up to the head's position in storage
 * order, {@value #PAGE_SIZE} at a time, checking each page with {@link AuditChain#verify(Iterable,
 * long, String)} from the sequence and hash where the previous page ended, so memory stays bounded
 * however long the log; the result is the one {@link AuditChain#verify(Iterable)} gives on all
 * records read in that order (a sequence missing from a page is also looked for in later pages).
 * Beyond what {@link AuditChain} can see in the records alone, it also reports records removed at
 * the end ({@link Problem#MISSING}: the head names a later sequence) and a last record rewritten
 * with a matching hash ({@link Problem#BROKEN_LINK}: its hash differs from the head's),
 * unless whoever changed the rows also changed the head. A row that cannot even be read back
 * (for example a malformed hash) is reported as {@link Problem#ALTERED}.
 *
 * <pre>{@code
 * AuditLog log = JdbcStores.create(dataSource).auditLog();
 * }</pre>
 *
 * <p>Thread-safe, and safe to use from several processes on the same database.
 *
 * @since 0.1
 */
public final class JdbcAuditLog implements AuditLog {

  /** How many times an append is tried when it loses a race for the chain head. */
  public static final int MAX_ATTEMPTS = 50;

  /** How many records {@link #verify()} reads per query. */
  public static final int PAGE_SIZE = 500;

  private static final String COLUMNS =
      "chain_position, seq_no, event_id, occurred_at, actor_id, actor_organisation_id, on_behalf_of,"
          + " client_number, case_id, network_id, audit_action, operation, data_categories,"
          + " purpose, emergency_reason, authorised, relationship_to_case,"
          + " consent_or_legal_basis, emergency_override, legal_basis, outcome, rule_ids, details,"
          + " previous_hash, record_hash";

  private final DataSource dataSource;
  private final int pageSize;

  /**
   * Creates the log on a data source whose schema is migrated (see {@link
   * JdbcStores#migrate(DataSource)}).
   *
   * @param dataSource the data source; the caller owns it and its pool
   * @throws InvalidValueException when the data source is null
   */
  public JdbcAuditLog(DataSource dataSource) {
    this(dataSource, PAGE_SIZE);
  }

  /** For tests: a log that verifies in pages of another size. */
  JdbcAuditLog(DataSource dataSource, int pageSize) {
    if (dataSource == null) {
      throw new InvalidValueException("JdbcAuditLog.dataSource");
    }
    this.dataSource = dataSource;
    this.pageSize = pageSize;
  }

  // ===================================================================================
  // append

  @Override
  public AuditRecord append(AuditEntry entry) {
    if (entry == null) {
      throw new InvalidValueException("AuditLog.entry");
    }
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
        throw new JdbcStoreException(
            "appending to the audit log failed; the record was written whole or not at all: "
                + e.getMessage(),
            e);
      }
      Sql.backOff(attempt);
    }
    throw new JdbcStoreException(
        "appending to the audit log lost "
            + MAX_ATTEMPTS
            + " races for the chain head in a row; nothing was written",
        last);
  }

  /**
   * Links and inserts one record and moves the chain head inside the caller's transaction, without
   * committing; the unit of work of {@link JdbcStores} calls it between the events and the vault.
   */
  static AuditRecord appendInTransaction(Connection c, AuditEntry entry)
      throws SQLException {
    Head head = readHead(c, true);
    AuditRecord record = AuditChain.link(head.sequence() + 1, head.hash(), entry);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO lon_audit_records ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      AccessChecks checks = record.getChecks();
      int i = 0;
      ps.setLong(++i, record.getSequence()); // chain_position
      ps.setLong(++i, record.getSequence());
      ps.setString(++i, record.getEventId());
      ps.setObject(++i, OffsetDateTime.ofInstant(record.getOccurredAt(), ZoneOffset.UTC));
      ps.setString(++i, record.getActor().getValue());
      setOptional(ps, ++i, record.getActorOrganisation().map(OrganisationId::getValue));
      ps.setString(++i, record.getOnBehalfOf());
      setOptional(ps, ++i, record.getClient().map(ClientNumber::getValue));
      setOptional(ps, ++i, record.getCaseId().map(CaseId::getValue));
      ps.setString(++i, record.getNetwork().getValue());
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
      setOptional(ps, ++i, ruleIdsText(record));
      setOptional(ps, ++i, detailsText(record));
      ps.setString(++i, record.getPreviousHash());
      ps.setString(++i, record.getHash());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE lon_audit_head SET last_seq_no = ?, last_hash = ? WHERE head_id = 1")) {
      ps.setLong(1, record.getSequence());
      ps.setString(2, record.getHash());
      ps.executeUpdate();
    }
    return record;
  }

  /** The single row of {@code lon_audit_head}: the last record's sequence and hash. */
  private record Head(long sequence, String hash) {}

  /** Reads the chain head, locking it until commit when {@code forUpdate}. */
  private static Head readHead(Connection c, boolean forUpdate) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT last_seq_no, last_hash FROM lon_audit_head WHERE head_id = 1"
                    + (forUpdate ? " FOR UPDATE" : ""));
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException(
            "lon_audit_head has no row 1: the schema was not migrated or was changed by hand",
            "55000");
      }
      return new Head(rs.getLong(1), rs.getString(2));
    }
  }

  /**
   * The rule ids as one column: joined by commas (a rule id holds no comma), or null for none.
   */
  private static Optional<String> ruleIdsText(AuditRecord record) {
    return record.getRuleIds().isEmpty()
        ? Optional.empty()
        : Optional.of(String.join(",", record.getRuleIds()));
  }

  /**
   * The details as one column: {@code key=value} lines in key order (a key holds no {@code =}, a
   * value no line break), or null for none.
   */
  private static Optional<String> detailsText(AuditRecord record) {
    return record.getDetails().isEmpty()
        ? Optional.empty()
        : Optional.of(
            record.getDetails().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")));
  }

  private static List<String> ruleIds(String text) {
    return text == null ? List.of() : List.of(text.split(",", -1));
  }

  private static Map<String, String> details(String text) {
    Map<String, String> details = new LinkedHashMap<>();
    if (text != null) {
      for (String line : text.split("\n", -1)) {
        int eq = line.indexOf('=');
        details.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return details;
  }

  private static void setOptional(PreparedStatement ps, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setString(index, value.get());
    } else {
      ps.setNull(index, Types.VARCHAR);
    }
  }

  // ===================================================================================
  // reads

  @Override
  public List<AuditRecord> read(long fromSequenceInclusive, int maxCount) {
    AuditLog.checkRead(fromSequenceInclusive, maxCount);
    return query(
        "SELECT "
            + COLUMNS
            + " FROM lon_audit_records WHERE chain_position >= ?"
            + " ORDER BY chain_position FETCH FIRST ? ROWS ONLY",
        ps -> {
          ps.setLong(1, fromSequenceInclusive);
          ps.setInt(2, maxCount);
        },
        "reading the audit log");
  }

  @Override
  public List<AuditRecord> readForCase(CaseId caseId) {
    if (caseId == null) {
      throw new InvalidValueException("AuditLog.caseId");
    }
    return query(
        "SELECT "
            + COLUMNS
            + " FROM lon_audit_records WHERE case_id = ? ORDER BY chain_position",
        ps -> ps.setString(1, caseId.getValue()),
        "reading the audit records of case " + caseId);
  }

  @Override
  public List<AuditRecord> readForClient(NetworkId network, ClientNumber client) {
    if (network == null || client == null) {
      throw new InvalidValueException(network == null ? "AuditLog.network" : "AuditLog.client");
    }
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
      throw new JdbcStoreException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** Rebuilds a record from the current row; a row that breaks a value rule is reported. */
  private static AuditRecord readBack(ResultSet rs) throws SQLException {
    long sequence = rs.getLong("seq_no");
    try {
      return toRecord(rs);
    } catch (InvalidValueException | IllegalArgumentException e) {
      throw new JdbcStoreException(
          "audit record "
              + sequence
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
        .ruleIds(ruleIds(rs.getString("rule_ids")))
        .details(details(rs.getString("details")))
        .previousHash(rs.getString("previous_hash"))
        .hash(rs.getString("record_hash"))
        .build();
  }

  // ===================================================================================
  // verify, size

  @Override
  public AuditVerification verify() {
    try (Connection c = Sql.connect(dataSource)) {
      Head head = readHead(c, false);
      long headSequence = head.sequence();
      String headHash = head.hash();
      long checked = 0;
      long expected = 1;
      String previousHash = AuditChain.GENESIS_HASH;
      long afterPosition = 0;
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT "
                  + COLUMNS
                  + " FROM lon_audit_records WHERE chain_position > ? AND chain_position <= ?"
                  + " ORDER BY chain_position FETCH FIRST "
                  + pageSize
                  + " ROWS ONLY")) {
        while (true) {
          ps.setLong(1, afterPosition);
          ps.setLong(2, headSequence);
          List<AuditRecord> page = new ArrayList<>(pageSize);
          AuditVerification unreadable = null;
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              afterPosition = rs.getLong("chain_position");
              long rowSequence = rs.getLong("seq_no");
              try {
                page.add(toRecord(rs));
              } catch (InvalidValueException | IllegalArgumentException e) {
                unreadable = unreadable(checked, expected, previousHash, page, rowSequence, e);
                break;
              }
            }
          }
          if (unreadable != null) {
            return unreadable;
          }
          if (page.isEmpty()) {
            break;
          }
          AuditVerification v = AuditChain.verify(page, expected, previousHash);
          if (!v.isOk() && v.getProblem().get() == Problem.MISSING) {
            // AuditChain looks for a missing sequence in the rest of the list: beyond this page
            Optional<AuditRecord> later =
                storedLater(c, v.getBrokenSequence().getAsLong(), afterPosition, headSequence);
            if (later.isPresent()) {
              List<AuditRecord> extended = new ArrayList<>(page);
              extended.add(later.get());
              v = AuditChain.verify(extended, expected, previousHash);
            }
          }
          if (!v.isOk()) {
            return brokenAfter(checked, v);
          }
          AuditRecord lastRecord = page.get(page.size() - 1);
          checked += page.size();
          expected = lastRecord.getSequence() + 1;
          previousHash = lastRecord.getHash();
        }
      }
      if (expected <= headSequence) {
        return AuditVerification.broken(
            checked,
            expected,
            Problem.MISSING,
            missing(expected, headSequence)
                + ": the chain head says the log has "
                + headSequence
                + " records");
      }
      if (headSequence > 0 && !previousHash.equals(headHash)) {
        return AuditVerification.broken(
            checked - 1,
            headSequence,
            Problem.BROKEN_LINK,
            "record "
                + headSequence
                + " has hash "
                + previousHash
                + ", but the chain head recorded "
                + headHash
                + " when it was appended: the last record was replaced");
      }
      return AuditVerification.ok(checked);
    } catch (SQLException e) {
      throw new JdbcStoreException("verifying the audit log failed: " + e.getMessage(), e);
    }
  }

  /** A readable record with a sequence, stored after a storage position, if any. */
  private static Optional<AuditRecord> storedLater(
      Connection c, long sequence, long afterPosition, long lastPosition) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM lon_audit_records WHERE seq_no = ? AND chain_position > ?"
                + " AND chain_position <= ? ORDER BY chain_position FETCH FIRST 1 ROWS ONLY")) {
      ps.setLong(1, sequence);
      ps.setLong(2, afterPosition);
      ps.setLong(3, lastPosition);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        try {
          return Optional.of(toRecord(rs));
        } catch (InvalidValueException | IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
  }

  /** The verdict when row {@code rowSequence} cannot be rebuilt as a record. */
  private static AuditVerification unreadable(
      long checked,
      long expected,
      String previousHash,
      List<AuditRecord> readablePrefix,
      long rowSequence,
      RuntimeException e) {
    AuditVerification v = AuditChain.verify(readablePrefix, expected, previousHash);
    if (!v.isOk()) {
      return brokenAfter(checked, v);
    }
    long next =
        readablePrefix.isEmpty()
            ? expected
            : readablePrefix.get(readablePrefix.size() - 1).getSequence() + 1;
    long intact = checked + readablePrefix.size();
    if (rowSequence > next) {
      return AuditVerification.broken(
          intact,
          next,
          Problem.MISSING,
          "found sequence " + rowSequence + " where " + next + " was expected: "
              + missing(next, rowSequence - 1));
    }
    return AuditVerification.broken(
        intact,
        rowSequence,
        Problem.ALTERED,
        "record " + rowSequence + " was changed and no longer holds valid facts: "
            + e.getMessage());
  }

  /** A broken verdict on a page, counting the {@code checked} intact records before the page. */
  private static AuditVerification brokenAfter(long checked, AuditVerification v) {
    return AuditVerification.broken(
        checked + v.getRecordsChecked(),
        v.getBrokenSequence().getAsLong(),
        v.getProblem().get(),
        v.getExplanation().get());
  }

  /** "record 5 is missing", or "records 5 to 7 are missing". */
  private static String missing(long first, long last) {
    return first == last
        ? "record " + first + " is missing"
        : "records " + first + " to " + last + " are missing";
  }

  @Override
  public long size() {
    try (Connection c = Sql.connect(dataSource)) {
      return readHead(c, false).sequence();
    } catch (SQLException e) {
      throw new JdbcStoreException("reading the audit log's size failed: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "JdbcAuditLog";
  }
}
