package nl.lon.core.process;

import java.util.Optional;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The closure of a case (afsluiting): why, and who guards the further trajectory.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Closure {

  Closure() {}

  /**
   * Why the case closes.
   *
   * @return the reason
   */
  public abstract ClosureReason getReason();

  /**
   * The regular-care organisation that guards the further trajectory, when known.
   *
   * @return the organisation, or empty
   */
  public abstract Optional<OrganisationId> getRegularCare();

  /**
   * The receiving network on a move; required for {@link ClosureReason#MOVED_WITH_HANDOVER}.
   *
   * @return the network, or empty
   */
  public abstract Optional<NetworkId> getHandoverTo();

  /**
   * Remarks; required for {@link ClosureReason#OTHER}.
   *
   * @return the remarks: empty, or a text with visible content of at most 2,000 characters
   */
  @Value.Default
  public String getRemarks() {
    return "";
  }

  @Value.Check
  void check() {
    Checks.require(
        (getReason() == ClosureReason.MOVED_WITH_HANDOVER) == getHandoverTo().isPresent(),
        "Closure.handoverTo",
        "handover-for-move",
        "name the receiving network exactly when the client moved with a warm handover");
    Checks.require(
        getReason() != ClosureReason.OTHER || !Checks.isBlank(getRemarks()),
        "Closure.remarks",
        "remarks-for-other",
        "describe the reason when closing for another reason");
    Checks.textOrEmpty(getRemarks(), Checks.MAX_REASON, "Closure.remarks");
  }

  /**
   * A closure for a reason.
   *
   * @param reason the reason (not a move, not other)
   * @return the closure
   */
  public static Closure of(ClosureReason reason) {
    return builder().reason(reason).build();
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
   * Builds a {@link Closure}: set the attributes, then {@code build()} validates them and returns
   * the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableClosure.Builder {
    /** Creates an empty builder, the same as {@link Closure#builder()}. */
    public Builder() {}
  }
}
