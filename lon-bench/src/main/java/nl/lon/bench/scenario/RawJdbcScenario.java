package nl.lon.bench.scenario;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import nl.lon.core.event.CaseEvent;
import nl.lon.persistence.codec.EventCodec;

/**
 * The persistence floor: the lifecycle's ten events as JSON text ({@link EventCodec}), inserted by
 * hand into one table, with no rules, no version check, no audit and no read-back.
 *
 * <p>The JSON is encoded once, from the events the rules decide for a template case; each run
 * inserts those texts under a new stream id, so only the database writes are measured. The table
 * has the adapter's event columns and a primary key on (stream, sequence):
 *
 * <pre>
 * raw_events(stream_id VARCHAR(128), seq_no BIGINT, network_id VARCHAR(128),
 *            event_type VARCHAR(64), payload VARCHAR(1000000), PRIMARY KEY (stream_id, seq_no))
 * </pre>
 *
 * @since 0.1
 */
public final class RawJdbcScenario {

  private static final String INSERT =
      "INSERT INTO raw_events (stream_id, seq_no, network_id, event_type, payload) VALUES (?, ?, ?, ?, ?)";

  private final DataSource dataSource;
  private final String[] types;
  private final String[] payloads;

  /**
   * Creates the table and encodes the template events.
   *
   * @param database the database
   */
  public RawJdbcScenario(Database database) {
    this.dataSource = database.dataSource();
    List<CaseEvent> events =
        LifecycleScenario.events(
            BenchFixtures.caseId("raw-template", 0), 0, LifecycleScenario.COMMANDS);
    EventCodec codec = EventCodec.create();
    this.types = new String[events.size()];
    this.payloads = new String[events.size()];
    for (int i = 0; i < events.size(); i++) {
      types[i] = events.get(i).getType().name();
      payloads[i] = codec.encode(events.get(i));
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE raw_events (stream_id VARCHAR(128) NOT NULL, seq_no BIGINT NOT NULL,"
              + " network_id VARCHAR(128) NOT NULL, event_type VARCHAR(64) NOT NULL,"
              + " payload VARCHAR(1000000) NOT NULL, CONSTRAINT raw_events_pk PRIMARY KEY (stream_id, seq_no))");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create raw_events", e);
    }
  }

  /**
   * The number of events per lifecycle.
   *
   * @return 10
   */
  public int eventsPerCase() {
    return payloads.length;
  }

  /**
   * Inserts the lifecycle's events one transaction per step, each on a connection from the pool, as
   * ten separate requests would.
   *
   * @param streamId the case id
   * @return the rows inserted
   */
  public int onePerStep(String streamId) {
    int rows = 0;
    for (int i = 0; i < payloads.length; i++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
          bind(ps, streamId, i);
          rows += ps.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        throw new IllegalStateException("insert " + streamId + "#" + (i + 1), e);
      }
    }
    return rows;
  }

  /**
   * Inserts all the lifecycle's events in one transaction, as one batch.
   *
   * @param streamId the case id
   * @return the rows inserted
   */
  public int allInOne(String streamId) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      int rows = 0;
      try (PreparedStatement ps = c.prepareStatement(INSERT)) {
        for (int i = 0; i < payloads.length; i++) {
          bind(ps, streamId, i);
          ps.addBatch();
        }
        for (int r : ps.executeBatch()) {
          rows += r == Statement.SUCCESS_NO_INFO ? 1 : r;
        }
      }
      c.commit();
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("insert " + streamId, e);
    }
  }

  private void bind(PreparedStatement ps, String streamId, int i) throws SQLException {
    ps.setString(1, streamId);
    ps.setLong(2, i + 1L);
    ps.setString(3, BenchFixtures.NETWORK_ID.getValue());
    ps.setString(4, types[i]);
    ps.setString(5, payloads[i]);
  }

  /**
   * The rows in the table, for checks.
   *
   * @return the row count
   */
  public long rows() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM raw_events")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("count raw_events", e);
    }
  }
}
