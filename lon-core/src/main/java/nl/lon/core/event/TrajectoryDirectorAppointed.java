package nl.lon.core.event;

import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.process.AppointmentAuthority;
import org.immutables.value.Value;

/**
 * A trajectory director (problem owner) was appointed, or the network director took the role
 * temporarily (step 4-5).
 *
 * <p>Dutch: <em>trajectregisseur aangewezen</em>. Immutable and thread-safe; build with {@link
 * #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class TrajectoryDirectorAppointed implements CaseEvent {

  TrajectoryDirectorAppointed() {}

  /**
   * The trajectory director.
   *
   * @return the value
   */
  public abstract ProfessionalId getDirector();

  /**
   * The director's organisation.
   *
   * @return the value
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Who appointed.
   *
   * @return the value
   */
  public abstract AppointmentAuthority getAppointedBy();

  /**
   * Whether the network director acts as problem owner temporarily because nobody else was
   * available.
   *
   * @return true or false
   */
  public abstract boolean isTemporary();

  @Override
  public final EventType getType() {
    return EventType.TRAJECTORY_DIRECTOR_APPOINTED;
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
   * Builds a {@link TrajectoryDirectorAppointed}: set the attributes, then {@code build()}
   * validates them and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableTrajectoryDirectorAppointed.Builder {
    /** Creates an empty builder, the same as {@link TrajectoryDirectorAppointed#builder()}. */
    public Builder() {}
  }
}
