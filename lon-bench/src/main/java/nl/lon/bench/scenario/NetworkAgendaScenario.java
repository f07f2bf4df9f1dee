package nl.lon.bench.scenario;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.codec.EventCodec;
import nl.lon.rules.agenda.Agenda;
import nl.lon.service.CaseService;

/**
 * The network agenda through the public {@link CaseService} on stored cases, beside its floor: the
 * same events read with one raw JDBC query in position order (the index order, so the database does
 * not sort), grouped by stream and folded per stream ({@link CaseState#replay}).
 *
 * <p>The cases are those of {@link AgendaScenario} (case {@code i} has the first {@code 1 + i % 9}
 * commands of the lifecycle, decided {@code i % 15} days after {@link BenchFixtures#DAY}), appended
 * straight to the event store of a fresh H2 database, so that the agenda reads what a network of
 * that size holds. The service's agenda is decided by the access rules and audited, as in
 * production; the floor has neither and computes no obligations, it only reads and folds.
 *
 * @since 0.1
 */
public final class NetworkAgendaScenario implements AutoCloseable {

  private static final String FLOOR_QUERY =
      "SELECT stream_id, payload FROM lon_events WHERE network_id = ?"
          + " ORDER BY network_id, global_position";

  private final CaseStores stores;
  private final CaseService service;
  private final EventCodec codec = EventCodec.create();
  private final int cases;

  /**
   * Stores the open cases in a fresh database.
   *
   * @param kind the database
   * @param cases how many
   */
  public NetworkAgendaScenario(Database.Kind kind, int cases) {
    this.cases = cases;
    Database db = Database.create(kind, "agenda");
    try {
      this.stores = CaseStores.jdbc(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    try {
      for (int i = 0; i < cases; i++) {
        LifecycleScenario.Decider d =
            new LifecycleScenario.Decider(BenchFixtures.DAY.plusDays(i % 15));
        CaseId id = BenchFixtures.caseId("agenda", i);
        d.decide(BenchFixtures.signal(id, i), BenchFixtures.NETWORK_DIRECTOR);
        int steps = i % 9;
        for (int s = 0; s < steps; s++) {
          d.decide(LifecycleScenario.STEPS.get(s), LifecycleScenario.actorOf(s));
        }
        stores
            .events()
            .append(id, BenchFixtures.NETWORK_ID, 0, d.events(), Optional.of("agenda-" + i));
      }
      this.service = stores.service();
    } catch (RuntimeException e) {
      stores.close();
      throw e;
    }
  }

  /**
   * The number of cases stored.
   *
   * @return the count
   */
  public int cases() {
    return cases;
  }

  /**
   * A new case service on the same stores: one that has read nothing yet.
   *
   * @return the service
   */
  public CaseService newService() {
    return stores.service();
  }

  /**
   * The network agenda through the scenario's service, by the network director.
   *
   * @return the agenda
   */
  public Agenda agenda() {
    return agenda(service);
  }

  /**
   * The network agenda through a service, by the network director.
   *
   * @param through the service
   * @return the agenda
   */
  public static Agenda agenda(CaseService through) {
    return through.networkAgenda(
        BenchFixtures.NETWORK_DIRECTOR.getId(),
        BenchFixtures.DIRECT,
        BenchFixtures.NETWORK_ID,
        AgendaScenario.AGENDA_DATE);
  }

  /**
   * The floor: every event of the network read with one JDBC query, decoded, grouped by stream and
   * folded per stream.
   *
   * @return the folded states, one per case
   */
  public List<CaseState> floor() {
    List<CaseState> states = new ArrayList<>(cases);
    try (Connection c = stores.database().orElseThrow().dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(FLOOR_QUERY)) {
      ps.setString(1, BenchFixtures.NETWORK_ID.getValue());
      try (ResultSet rs = ps.executeQuery()) {
        Map<String, List<CaseEvent>> histories = new LinkedHashMap<>();
        while (rs.next()) {
          histories
              .computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
              .add(codec.decode(rs.getString(2)));
        }
        for (List<CaseEvent> history : histories.values()) {
          states.add(CaseState.replay(history));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the floor query failed", e);
    }
    return states;
  }

  /** Drops the database. */
  @Override
  public void close() {
    stores.close();
  }
}
