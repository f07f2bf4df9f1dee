package nl.lon.testkit.arbitraries;

import java.util.List;
import java.util.Objects;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.testkit.model.ProcessCast;
import nl.lon.testkit.model.ProcessModel;

/**
 * Arbitrary case histories that the case service accepts under a methodology profile
 * (casusgeschiedenissen): a view of the {@link ProcessModel}.
 *
 * <p>A history is the stream of the one case of a model's action chain: a signal opens the case,
 * then the service's use cases act on it, given on advancing dates by a member of a small cast (a
 * {@link #NETWORK_DIRECTOR}, a {@link #TRAJECTORY_DIRECTOR} who may get appointed, a {@link
 * #CORE_MEMBER}) through the real {@link nl.lon.service.CaseService} on in-memory stores; what the
 * service accepts is in the stream, what it refuses or denies leaves no event. Every history starts
 * with a {@code SignalReceived} and folds without error; a failing property shrinks the chain, so
 * it reports a short history with simple values.
 *
 * <pre>{@code
 * @Property
 * void everyHistoryStartsWithASignal(@ForAll("histories") List<CaseEvent> history) {
 *   assertTrue(history.get(0) instanceof SignalReceived);
 *   assertEquals(history.size(), CaseState.replay(history).getVersion());
 * }
 *
 * @Provide
 * Arbitrary<List<CaseEvent>> histories() {
 *   return CaseHistories.histories(MethodologyProfile.enschede()).ofMaxCommands(60);
 * }
 * }</pre>
 *
 * <p>Compiled in {@code
 * examples/src/test/java/nl/lon/examples/snippets/KitSnippetsProperties.java}.
 *
 * <p>The cast works in the network {@link #NETWORK} ({@link ProcessCast}); their organisations are
 * a municipality, a GGD and a housing corporation, so coercion measures executed by those kinds can
 * be recorded. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CaseHistories {

  /** The network every generated case belongs to. */
  public static final NetworkId NETWORK_ID = ProcessCast.NETWORK_ID;

  /** The municipality the network director works for. */
  public static final PartnerOrganisation MUNICIPALITY = ProcessCast.MUNICIPALITY;

  /** The GGD the trajectory director works for. */
  public static final PartnerOrganisation GGD = ProcessCast.GGD;

  /** The housing corporation the core member works for. */
  public static final PartnerOrganisation HOUSING = ProcessCast.HOUSING;

  /** The network, with the three organisations as core team. */
  public static final Network NETWORK = ProcessCast.NETWORK;

  /** The network director (netwerkregisseur). */
  public static final Professional NETWORK_DIRECTOR = ProcessCast.NETWORK_DIRECTOR;

  /** The professional who becomes trajectory director when appointed (trajectregisseur). */
  public static final Professional TRAJECTORY_DIRECTOR = ProcessCast.TRAJECTORY_DIRECTOR;

  /** A core member (kernpartner). */
  public static final Professional CORE_MEMBER = ProcessCast.CORE_MEMBER;

  private CaseHistories() {}

  /**
   * Case histories accepted by the case service under a profile, of up to 40 candidate commands.
   *
   * @param profile the network's methodology profile, for example {@link
   *     MethodologyProfile#enschede()}
   * @return a configurable arbitrary of histories; each is an immutable list of events, starting
   *     with a {@code SignalReceived}, with sequences 1, 2, 3, ...
   * @since 0.1
   */
  public static CaseHistoryArbitrary histories(MethodologyProfile profile) {
    return new CaseHistoryArbitrary(Objects.requireNonNull(profile, "profile"));
  }

  /**
   * The cast that gives the commands: network director, trajectory director, core member.
   *
   * @return an immutable list of the three professionals
   * @since 0.1
   */
  public static List<Professional> cast() {
    return ProcessCast.professionals();
  }
}
