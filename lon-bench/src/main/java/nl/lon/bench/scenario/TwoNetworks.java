package nl.lon.bench.scenario;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.Professional;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.memory.InMemoryAuditLog;
import nl.lon.persistence.memory.InMemoryDirectory;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.rules.process.CaseCommand;
import nl.lon.service.CaseService;

/**
 * Two networks on one in-memory storage, each with its own network director, trajectory director
 * and audit chain: the lifecycle of {@link LifecycleScenario} on either network, for measuring how
 * commands on distinct networks scale over threads.
 *
 * <p>The first network is {@link BenchFixtures#NETWORK}; the second, {@code bench-zuid}, has the
 * same organisations and profile and actors of its own. As {@link LifecycleRunner} does, the
 * storage is replaced by a fresh one every {@value LifecycleRunner#CASES_PER_STORE} cases, inside
 * the measured time. Thread-safe.
 *
 * @since 0.2
 */
public final class TwoNetworks {

  /** The second network. */
  public static final NetworkId SECOND_NETWORK_ID = NetworkId.of("bench-zuid");

  private static final Network SECOND_NETWORK =
      Network.builder()
          .from(BenchFixtures.NETWORK)
          .id(SECOND_NETWORK_ID)
          .name("Bench Zuid")
          .build();

  private static final Professional SECOND_NETWORK_DIRECTOR =
      Professional.builder()
          .from(BenchFixtures.NETWORK_DIRECTOR)
          .id(ProfessionalId.of("nd-2"))
          .network(SECOND_NETWORK_ID)
          .build();

  private static final Professional SECOND_TRAJECTORY_DIRECTOR =
      Professional.builder()
          .from(BenchFixtures.TRAJECTORY_DIRECTOR)
          .id(ProfessionalId.of("td-2"))
          .network(SECOND_NETWORK_ID)
          .build();

  private static final CaseCommand.AppointTrajectoryDirector SECOND_APPOINT =
      new CaseCommand.AppointTrajectoryDirector(
          SECOND_TRAJECTORY_DIRECTOR.getId(),
          BenchFixtures.AMW,
          AppointmentAuthority.NETWORK_DIRECTOR,
          false);

  /** The networks, in the order {@link #run(int)} takes them. */
  public static final List<NetworkId> NETWORKS =
      List.of(BenchFixtures.NETWORK_ID, SECOND_NETWORK_ID);

  private final AtomicLong cases = new AtomicLong();
  private volatile InMemoryStores stores;
  private volatile CaseService service;

  /** Fresh storage with both networks. */
  public TwoNetworks() {
    fresh();
  }

  private void fresh() {
    InMemoryDirectory directory = BenchFixtures.directory();
    directory.put(SECOND_NETWORK);
    directory.put(SECOND_NETWORK_DIRECTOR);
    directory.put(SECOND_TRAJECTORY_DIRECTOR);
    InMemoryStores s = new InMemoryStores(new InMemoryAuditLog(), directory);
    service =
        CaseService.builder()
            .stores(s)
            .profile(BenchFixtures.NETWORK_ID, BenchFixtures.PROFILE)
            .profile(SECOND_NETWORK_ID, BenchFixtures.PROFILE)
            .clock(BenchFixtures.CLOCK)
            .build();
    stores = s;
  }

  /**
   * Runs one lifecycle on a new case of a network.
   *
   * @param network 0 for the first network, 1 for the second
   * @return the closed case's state
   */
  public CaseState run(int network) {
    long n = cases.incrementAndGet();
    if (n % LifecycleRunner.CASES_PER_STORE == 0) {
      fresh();
    }
    CaseService s = service;
    CaseId caseId = BenchFixtures.caseId(network == 0 ? "noord" : "zuid", n);
    boolean first = network == 0;
    ProfessionalId nd = (first ? BenchFixtures.NETWORK_DIRECTOR : SECOND_NETWORK_DIRECTOR).getId();
    ProfessionalId td =
        (first ? BenchFixtures.TRAJECTORY_DIRECTOR : SECOND_TRAJECTORY_DIRECTOR).getId();
    CaseCommand.ReportSignal signal = BenchFixtures.signal(caseId, n);
    if (!first) {
      signal =
          new CaseCommand.ReportSignal(
              caseId,
              SECOND_NETWORK_ID,
              signal.clientNumber(),
              signal.signal(),
              signal.household());
    }
    s.reportSignal(nd, BenchFixtures.REGISTER, signal, Optional.of(BenchFixtures.PERSONAL_DATA));
    s.judgeReport(nd, BenchFixtures.DIRECT, caseId, BenchFixtures.JUDGE);
    s.decideCoordination(nd, BenchFixtures.DIRECT, caseId, BenchFixtures.COORDINATE);
    s.appointTrajectoryDirector(
        nd, BenchFixtures.DIRECT, caseId, first ? BenchFixtures.APPOINT : SECOND_APPOINT);
    s.recordScan(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.SCAN);
    s.formIntegralPicture(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.PICTURE);
    s.adoptPlan(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.PLAN);
    s.reportProgress(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.PROGRESS);
    s.evaluate(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.EVALUATE);
    return s.close(td, BenchFixtures.TRAJECTORY, caseId, BenchFixtures.CLOSE).state();
  }

  /**
   * The current storage's audit chain of a network, verified.
   *
   * @param network 0 or 1
   * @return the verdict
   */
  public AuditVerification verify(int network) {
    return stores.auditLog().verify(NETWORKS.get(network));
  }

  /**
   * The current storage's audit records of a network.
   *
   * @param network 0 or 1
   * @return the chain's size
   */
  public long auditSize(int network) {
    return stores.auditLog().size(NETWORKS.get(network));
  }
}
