package nl.lon.core.network;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A professional who acts in a network, working for a partner organisation (professional).
 *
 * <p>Roles are per network: the same person may be network director in one and core member in
 * another. One identity holds them all: {@link #getNetwork()} and {@link #getRoles()} are the home
 * network and its roles, {@link #getFurtherMemberships()} the roles in further networks (a
 * professional who works in two networks), and {@link #rolesIn(NetworkId)} the roles held in one
 * network, which is what every access decision asks. The trajectory director of a case is appointed
 * per case; the role here says the person may be appointed.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Professional {

  Professional() {}

  /**
   * The professional's id.
   *
   * @return the id
   */
  public abstract ProfessionalId getId();

  /**
   * The display name, for the professional's own colleagues.
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getDisplayName();

  /**
   * The organisation the professional works for.
   *
   * @return the organisation
   */
  public abstract OrganisationId getOrganisation();

  /**
   * The network the roles apply to.
   *
   * @return the network
   */
  public abstract NetworkId getNetwork();

  /**
   * The professional's roles in the network.
   *
   * @return at least one role
   */
  public abstract ImmutableSet<ProfessionalRole> getRoles();

  /**
   * The roles in further networks than the home network (lidmaatschappen elders): a professional
   * who works in several networks has one identity and roles per network.
   *
   * @return each further network with at least one role; never the home network; possibly none
   * @since 0.2
   */
  public abstract ImmutableMap<NetworkId, ImmutableSet<ProfessionalRole>> getFurtherMemberships();

  /**
   * Whether the professional holds a role in the home network.
   *
   * @param role the role
   * @return true when held
   */
  public boolean hasRole(ProfessionalRole role) {
    return getRoles().contains(role);
  }

  /**
   * The roles held in a network: the home roles in the home network, the membership's roles in a
   * further network, none elsewhere.
   *
   * @param network the network
   * @return the roles, empty when the professional is no member of it
   * @since 0.2
   */
  public ImmutableSet<ProfessionalRole> rolesIn(NetworkId network) {
    if (getNetwork().equals(network)) {
      return getRoles();
    }
    ImmutableSet<ProfessionalRole> further = getFurtherMemberships().get(network);
    return further == null ? ImmutableSet.of() : further;
  }

  /**
   * Whether the professional holds a role in a network.
   *
   * @param network the network
   * @param role the role
   * @return true when held there
   * @since 0.2
   */
  public boolean hasRoleIn(NetworkId network, ProfessionalRole role) {
    return rolesIn(network).contains(role);
  }

  /**
   * Whether the professional is a member of a network: the home network or a further one.
   *
   * @param network the network
   * @return true when a member
   * @since 0.2
   */
  public boolean isMemberOf(NetworkId network) {
    return getNetwork().equals(network) || getFurtherMemberships().containsKey(network);
  }

  /**
   * Every network the professional is a member of with its roles, the home network first.
   *
   * @return the memberships, at least the home network
   * @since 0.2
   */
  public ImmutableMap<NetworkId, ImmutableSet<ProfessionalRole>> memberships() {
    return ImmutableMap.<NetworkId, ImmutableSet<ProfessionalRole>>builder()
        .put(getNetwork(), getRoles())
        .putAll(getFurtherMemberships())
        .build();
  }

  @Value.Check
  void check() {
    Checks.text(getDisplayName(), Checks.MAX_LABEL, "Professional.displayName");
    Checks.notEmpty(getRoles(), "Professional.roles");
    Checks.require(
        !getFurtherMemberships().containsKey(getNetwork()),
        "Professional.furtherMemberships",
        "not-home-network",
        "the home network's roles are the roles; a further membership names another network");
    for (Map.Entry<NetworkId, ImmutableSet<ProfessionalRole>> m :
        getFurtherMemberships().entrySet()) {
      Checks.notEmpty(m.getValue(), "Professional.furtherMemberships");
    }
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
   * Builds a {@link Professional}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableProfessional.Builder {
    /** Creates an empty builder, the same as {@link Professional#builder()}. */
    public Builder() {}
  }
}
