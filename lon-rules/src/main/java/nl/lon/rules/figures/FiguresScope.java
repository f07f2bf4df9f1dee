package nl.lon.rules.figures;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import nl.lon.core.id.NetworkId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The network or region a set of figures is about (werkgebied): a label and the networks whose
 * cases count.
 *
 * <p>A case counts when the network that received its signal ({@code SignalReceived.getNetwork()})
 * is one of {@link #getNetworks()}, or when that set is empty (a region that takes every network in
 * the stream). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FiguresScope {

  FiguresScope() {}

  /**
   * The name shown with the figures, for example the network id or a region name (naam).
   *
   * @return a non-blank text
   * @since 0.1
   */
  @Value.Parameter
  public abstract String getLabel();

  /**
   * The networks whose cases count; empty means every network (netwerken).
   *
   * @return the networks
   * @since 0.1
   */
  @Value.Parameter
  public abstract ImmutableSet<NetworkId> getNetworks();

  /**
   * Whether cases received by a network count (valt binnen het werkgebied).
   *
   * @param network the network that received the signal
   * @return true when the set of networks is empty or holds it
   * @since 0.1
   */
  public boolean includes(NetworkId network) {
    Args.notNull(network, "FiguresScope.network");
    return getNetworks().isEmpty() || getNetworks().contains(network);
  }

  @Value.Check
  void check() {
    Checks.notBlank(getLabel(), "FiguresScope.label");
  }

  /**
   * The scope of one network, labelled with its id (netwerk).
   *
   * @param network the network
   * @return the scope
   * @since 0.1
   */
  public static FiguresScope network(NetworkId network) {
    Args.notNull(network, "FiguresScope.network");
    return ImmutableFiguresScope.of(network.getValue(), ImmutableSet.of(network));
  }

  /**
   * A region that takes the cases of every network in the stream (regio).
   *
   * @param label the region's name
   * @return the scope
   * @since 0.1
   */
  public static FiguresScope region(String label) {
    return ImmutableFiguresScope.of(label, ImmutableSet.of());
  }

  /**
   * A region made of the given networks (regio).
   *
   * @param label the region's name
   * @param networks the networks; empty means every network
   * @return the scope
   * @since 0.1
   */
  public static FiguresScope region(String label, Set<NetworkId> networks) {
    return ImmutableFiguresScope.of(label, Checks.noNulls(networks, "FiguresScope.networks"));
  }
}
