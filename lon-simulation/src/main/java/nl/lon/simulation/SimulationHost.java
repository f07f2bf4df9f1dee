package nl.lon.simulation;

import java.util.Objects;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.store.Stores;

/**
 * Where a simulation plays when it does not make a store of its own: an embedder's stores and one
 * of its networks, already in the stores' directory, with optionally the embedder's own {@link
 * ToldCases} inside the simulated period.
 *
 * <p>The network takes the place of the simulation's first network: its own core partners (one of
 * each kind a simulated case needs: GGD, municipality, police, housing corporation, social work,
 * mental-health and addiction care), the debt bank among its shell partners and its network
 * director handle the simulated cases; simulated core members and trajectory directors are added to
 * the directory as professionals of those partners, with ids beginning with the network's id and
 * {@code -sim}. A host holds one network, so the settings must ask for one network. The stores are
 * the caller's: the simulation neither closes nor empties them. Immutable.
 *
 * @since 0.3
 */
public final class SimulationHost {
  private final Stores stores;
  private final NetworkId network;
  private final ToldCases told;

  private SimulationHost(Stores stores, NetworkId network, ToldCases told) {
    this.stores = Objects.requireNonNull(stores, "SimulationHost.stores");
    this.network = Objects.requireNonNull(network, "SimulationHost.network");
    this.told = Objects.requireNonNull(told, "SimulationHost.told");
  }

  /**
   * A host without told cases.
   *
   * @param stores the stores the simulation writes to
   * @param network the network, in the stores' directory, the simulated cases belong to
   * @return the host
   * @throws NullPointerException when an argument is null
   */
  public static SimulationHost of(Stores stores, NetworkId network) {
    return new SimulationHost(stores, network, ToldCases.NONE);
  }

  /**
   * This host with told cases played inside the simulated period.
   *
   * @param told the told cases
   * @return a new host
   * @throws NullPointerException when {@code told} is null
   */
  public SimulationHost withToldCases(ToldCases told) {
    return new SimulationHost(stores, network, told);
  }

  /**
   * The stores the simulation writes to.
   *
   * @return the stores
   */
  public Stores getStores() {
    return stores;
  }

  /**
   * The network the simulated cases belong to.
   *
   * @return the network's id
   */
  public NetworkId getNetwork() {
    return network;
  }

  /**
   * The told cases, {@link ToldCases#NONE} when there are none.
   *
   * @return the told cases
   */
  public ToldCases getToldCases() {
    return told;
  }
}
