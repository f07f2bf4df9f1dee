package nl.lon.core.network;

import com.google.common.collect.ImmutableSet;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A professional who acts in a network, working for a partner organisation (professional).
 *
 * <p>Roles are per network: the same person may be network director in one and core member in
 * another. The trajectory director of a case is appointed per case; the role here says the person
 * may be appointed.
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
   * Whether the professional holds a role.
   *
   * @param role the role
   * @return true when held
   */
  public boolean hasRole(ProfessionalRole role) {
    return getRoles().contains(role);
  }

  @Value.Check
  void check() {
    Checks.text(getDisplayName(), Checks.MAX_LABEL, "Professional.displayName");
    Checks.notEmpty(getRoles(), "Professional.roles");
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
