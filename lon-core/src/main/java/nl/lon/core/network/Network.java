package nl.lon.core.network;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.ZoneId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A local OGGZ network (lokaal OGGZ-netwerk): an area-based collaboration of signalling and
 * care-giving partners.
 *
 * <p>Also known as signalerings- en zorgnetwerk, lokaal zorgnetwerk (Rotterdam), sociaal team
 * (Leeuwarden), wijkzorgteam (Enschede). Areas range from 5,000 to 50,000 inhabitants. The
 * municipality is the principal (opdrachtgever); the contractor (opdrachtnemer) runs coordination.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Network {

  /** The time zone of a network that names none: Europe/Amsterdam. */
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  Network() {}

  /**
   * The network's id.
   *
   * @return the id
   */
  public abstract NetworkId getId();

  /**
   * The network's name.
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getName();

  /**
   * The area it covers, for example a district or neighbourhood.
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getArea();

  /**
   * Inhabitants of the area.
   *
   * @return more than 0
   */
  public abstract int getInhabitants();

  /**
   * The principal (opdrachtgever), usually the municipality.
   *
   * @return the organisation
   */
  public abstract OrganisationId getPrincipal();

  /**
   * The contractor that runs coordination (opdrachtnemer): GGD (Rotterdam), the municipality
   * (Enschede), a welfare organisation (Leeuwarden).
   *
   * @return the organisation
   */
  public abstract OrganisationId getContractor();

  /**
   * The core team's organisations (kernteam, first ring).
   *
   * @return at least one organisation
   */
  public abstract ImmutableSet<OrganisationId> getCoreTeam();

  /**
   * The shell partners (buitenschil, second ring), involved per case.
   *
   * @return the organisations, possibly none
   */
  public abstract ImmutableSet<OrganisationId> getShellPartners();

  /**
   * The network's time zone (tijdzone): the day an act happened, "today" for a command and the
   * deadlines are counted in it.
   *
   * @return the zone, {@link #AMSTERDAM} unless the network sets another
   */
  @Value.Default
  public ZoneId getTimeZone() {
    return AMSTERDAM;
  }

  /**
   * The region the network belongs to (regio), for example the municipality or the GGD region: a
   * warm handover within one region differs from one across regions.
   *
   * @return a text with visible content, at most 200 characters; the area unless the network sets
   *     another
   * @since 0.2
   */
  @Value.Default
  public String getRegion() {
    return getArea();
  }

  /**
   * Whether another network lies in the same region as this one.
   *
   * @param other the other network
   * @return true when both name the same region
   * @since 0.2
   */
  public boolean isSameRegion(Network other) {
    return getRegion().equals(other.getRegion());
  }

  /**
   * Whether an organisation is a partner of the network, core or shell.
   *
   * @param organisation the organisation
   * @return true when core or shell partner
   */
  public boolean isPartner(OrganisationId organisation) {
    return getCoreTeam().contains(organisation) || getShellPartners().contains(organisation);
  }

  @Value.Check
  void check() {
    Checks.text(getName(), Checks.MAX_LABEL, "Network.name");
    Checks.text(getArea(), Checks.MAX_LABEL, "Network.area");
    Checks.text(getRegion(), Checks.MAX_LABEL, "Network.region");
    Checks.range(getInhabitants(), 1, 20_000_000, "Network.inhabitants");
    Checks.notEmpty(getCoreTeam(), "Network.coreTeam");
    Checks.require(
        Sets.intersection(getCoreTeam(), getShellPartners()).isEmpty(),
        "Network.shellPartners",
        "core-or-shell",
        "an organisation is either core or shell partner, not both");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Network}: set the attributes, then {@code build()} validates them and returns
   * the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableNetwork.Builder {
    /** Creates an empty builder, the same as {@link Network#builder()}. */
    public Builder() {}
  }
}
