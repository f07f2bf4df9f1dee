package nl.lon.core.event;

import nl.lon.core.id.ProfessionalId;
import org.immutables.value.Value;

/**
 * The appointed trajectory director accepted the problem ownership (step 4).
 *
 * <p>Dutch: <em>aanvaarden van het probleemhouderschap</em>. In Enschede the network director
 * approaches ("aangezocht", seeds/004 l.861) a problem owner, who presents the plan "binnen tien
 * werkdagen na het aanvaarden van het probleemhouderschap" (l.1482-1484): the ten working days run
 * from this act. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.3
 */
@Value.Immutable
public abstract non-sealed class ProblemOwnershipAccepted implements CaseEvent {

  ProblemOwnershipAccepted() {}

  /**
   * The trajectory director who accepted.
   *
   * @return the appointed trajectory director
   */
  public abstract ProfessionalId getTrajectoryDirector();

  @Override
  public final EventType getType() {
    return EventType.PROBLEM_OWNERSHIP_ACCEPTED;
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
   * Builds a {@link ProblemOwnershipAccepted}: set the attributes, then {@code build()} validates
   * them and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.3
   */
  public static final class Builder extends ImmutableProblemOwnershipAccepted.Builder {
    /** Creates an empty builder, the same as {@link ProblemOwnershipAccepted#builder()}. */
    public Builder() {}
  }
}
