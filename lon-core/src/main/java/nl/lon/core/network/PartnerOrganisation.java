package nl.lon.core.network;

import nl.lon.core.id.OrganisationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A partner organisation of a network (partnerorganisatie), in the core team or the shell.
 *
 * <p>Whether the organisation gave its network member a mandate matters: "without mandate
 * everything stays non-committal".
 *
 * <pre>{@code
 * PartnerOrganisation woonstad = PartnerOrganisation.builder()
 *     .id(OrganisationId.of("woonstad")).name("Woonstad")
 *     .kind(PartnerKind.HOUSING_CORPORATION).ring(Ring.CORE).hasMandate(true).build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PartnerOrganisation {

  PartnerOrganisation() {}

  /**
   * The organisation's id.
   *
   * @return the id
   */
  public abstract OrganisationId getId();

  /**
   * The organisation's name.
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getName();

  /**
   * The kind of organisation.
   *
   * @return the kind
   */
  public abstract PartnerKind getKind();

  /**
   * The ring it sits in for this network; defaults to the kind's usual ring.
   *
   * @return core or shell
   */
  @Value.Default
  public Ring getRing() {
    return getKind().getDefaultRing();
  }

  /**
   * Whether its network member holds a mandate to take binding decisions for it.
   *
   * @return true when mandated
   */
  @Value.Default
  public boolean hasMandate() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.text(getName(), Checks.MAX_LABEL, "PartnerOrganisation.name");
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
   * Builds a {@link PartnerOrganisation}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutablePartnerOrganisation.Builder {
    /** Creates an empty builder, the same as {@link PartnerOrganisation#builder()}. */
    public Builder() {}
  }
}
