package nl.lon.simulation;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import nl.lon.core.id.NetworkId;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.profile.MethodologyProfile;

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
  private final ImmutableMap<NetworkId, MethodologyProfile> otherNetworks;

  private SimulationHost(
      Stores stores,
      NetworkId network,
      ToldCases told,
      ImmutableMap<NetworkId, MethodologyProfile> otherNetworks) {
    this.stores = Objects.requireNonNull(stores, "SimulationHost.stores");
    this.network = Objects.requireNonNull(network, "SimulationHost.network");
    this.told = Objects.requireNonNull(told, "SimulationHost.told");
    this.otherNetworks = otherNetworks;
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
    return new SimulationHost(stores, network, ToldCases.NONE, ImmutableMap.of());
  }

  /**
   * This host with told cases played inside the simulated period.
   *
   * @param told the told cases
   * @return a new host
   * @throws NullPointerException when {@code told} is null
   */
  public SimulationHost withToldCases(ToldCases told) {
    return new SimulationHost(stores, network, told, otherNetworks);
  }

  /**
   * This host with one more network the told cases reach, for example the network a told client
   * moves to: the simulation's case service serves it under its profile. No simulated case belongs
   * to it.
   *
   * @param other the other network, in the stores' directory
   * @param profile its profile
   * @return a new host
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the network is the host's own or named twice
   */
  public SimulationHost withOtherNetwork(NetworkId other, MethodologyProfile profile) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(profile, "profile");
    if (other.equals(network) || otherNetworks.containsKey(other)) {
      throw new IllegalArgumentException(
          "simulation host: network " + other.getValue() + " is named already");
    }
    return new SimulationHost(
        stores,
        network,
        told,
        ImmutableMap.<NetworkId, MethodologyProfile>builder()
            .putAll(otherNetworks)
            .put(other, profile)
            .build());
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
   * The other networks the told cases reach, with their profiles.
   *
   * @return the networks, possibly none
   */
  public ImmutableMap<NetworkId, MethodologyProfile> getOtherNetworks() {
    return otherNetworks;
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
