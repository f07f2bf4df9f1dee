package nl.lon.core.process;

import java.util.Optional;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Who is responsible for an activity or agreement: a partner organisation, a professional, or both
 * (verantwoordelijke).
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Responsible {

  Responsible() {}

  /**
   * The responsible organisation.
   *
   * @return the organisation, or empty
   */
  public abstract Optional<OrganisationId> getOrganisation();

  /**
   * The responsible professional.
   *
   * @return the professional, or empty
   */
  public abstract Optional<ProfessionalId> getProfessional();

  @Value.Check
  void check() {
    Checks.require(
        getOrganisation().isPresent() || getProfessional().isPresent(),
        "Responsible",
        "organisation-or-professional",
        "name a responsible organisation or professional");
  }

  /**
   * An organisation is responsible.
   *
   * @param organisation the organisation
   * @return the responsible party
   */
  public static Responsible of(OrganisationId organisation) {
    return builder().organisation(organisation).build();
  }

  /**
   * A professional is responsible.
   *
   * @param professional the professional
   * @return the responsible party
   */
  public static Responsible of(ProfessionalId professional) {
    return builder().professional(professional).build();
  }

  /**
   * A professional of an organisation is responsible.
   *
   * @param organisation the organisation
   * @param professional the professional
   * @return the responsible party
   */
  public static Responsible of(OrganisationId organisation, ProfessionalId professional) {
    return builder().organisation(organisation).professional(professional).build();
  }

  /** A new builder, for the factories of this type. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Responsible} for the factories of this type; not part of the public API. */
  static final class Builder extends ImmutableResponsible.Builder {
    Builder() {}
  }
}
