package nl.lon.core.process;

import java.util.Optional;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.internal.Checks;
import nl.lon.core.network.Circuit;
import org.immutables.value.Value;

/**
 * The network director's coordination decision after gathering information (coördinatiebesluit).
 *
 * <p>Coordinate in the network, refer out to another circuit or a named organisation, out of scope,
 * or hand to the crisis service. "Op alle drie de locaties neemt de netwerkregisseur een besluit
 * over het vervolg" (seeds/004_ca47ed76719141bc.txt l.1432-1433). The consultation with the
 * signaller about the follow-up (terugkoppeling) is Enschede's practice (l.1434-1435), so it is
 * recorded where it took place and required only where the network's profile says so.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CoordinationDecision {

  CoordinationDecision() {}

  /**
   * The outcome.
   *
   * @return the outcome
   */
  public abstract CoordinationOutcome getOutcome();

  /**
   * The circuit referred to; required for {@link CoordinationOutcome#REFER_TO_CIRCUIT}.
   *
   * @return the circuit, or empty
   */
  public abstract Optional<Circuit> getCircuit();

  /**
   * The organisation referred to; required for {@link CoordinationOutcome#REFER_TO_ORGANISATION}.
   *
   * @return the organisation, or empty
   */
  public abstract Optional<OrganisationId> getReferredTo();

  /**
   * The grounds of the decision.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getReason();

  /**
   * The consultation with the signaller about the follow-up (terugkoppeling), when it took place.
   *
   * @return the feedback, or empty when none was recorded with the decision
   */
  public abstract Optional<SignallerFeedback> getFeedback();

  /**
   * Whether the network coordinates the case.
   *
   * @return true for {@link CoordinationOutcome#COORDINATE}
   */
  public boolean isCoordinate() {
    return getOutcome() == CoordinationOutcome.COORDINATE;
  }

  @Value.Check
  void check() {
    Checks.text(getReason(), Checks.MAX_REASON, "CoordinationDecision.reason");
    Checks.require(
        (getOutcome() == CoordinationOutcome.REFER_TO_CIRCUIT) == getCircuit().isPresent(),
        "CoordinationDecision.circuit",
        "circuit-for-referral",
        "name a circuit exactly when referring to a circuit");
    Checks.require(
        (getOutcome() == CoordinationOutcome.REFER_TO_ORGANISATION) == getReferredTo().isPresent(),
        "CoordinationDecision.referredTo",
        "organisation-for-referral",
        "name an organisation exactly when referring to an organisation");
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
   * Builds a {@link CoordinationDecision}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableCoordinationDecision.Builder {
    /** Creates an empty builder, the same as {@link CoordinationDecision#builder()}. */
    public Builder() {}
  }
}
