package nl.lon.rules.intervention;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationRung;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An escalation ladder: an ordered list of rungs, lowest first (opschalingsladder).
 *
 * <p>Data in a network's profile. A case climbs one rung at a time; a jump over rungs needs an
 * emergency reason and a ladder that allows it; an emergency-only rung (the mayor) always needs
 * one.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EscalationLadder {

  EscalationLadder() {}

  /**
   * The kind of escalation this ladder serves.
   *
   * @return content or organisational
   */
  public abstract EscalationKind getKind();

  /**
   * The rungs, lowest first; rung numbers start at 1.
   *
   * @return at least one rung
   */
  public abstract ImmutableList<EscalationRung> getRungs();

  /**
   * Whether a serious emergency may jump over rungs (with a recorded reason).
   *
   * @return true when emergency jumps are allowed
   */
  public abstract boolean isEmergencyJumpAllowed();

  /**
   * The rung with a number.
   *
   * @param number 1 for the lowest
   * @return the rung, or empty when there is no such rung
   */
  public Optional<EscalationRung> rung(int number) {
    return number >= 1 && number <= getRungs().size()
        ? Optional.of(getRungs().get(number - 1))
        : Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.notEmpty(getRungs(), "EscalationLadder.rungs");
    Checks.require(
        getKind() != EscalationKind.PRESSURE_AND_COERCION,
        "EscalationLadder.kind",
        "content-or-organisational",
        "pressure and coercion is a catalogue of measures, not a ladder");
  }

  /**
   * The content ladder of the source (casusinhoudelijke opschaling): case conference, case
   * discussion with fellow network directors and a psychiatrist, intervision, supervisory
   * committee, city intervention team (pressure and coercion).
   *
   * @return the ladder
   */
  public static EscalationLadder standardContent() {
    return builder()
        .kind(EscalationKind.CONTENT)
        .emergencyJumpAllowed(true)
        .addRungs(
            rung(
                "case conference",
                "casusoverleg",
                "network director",
                "compose a team for this client and agree a joint approach"),
            rung(
                "case discussion with fellow network directors and a psychiatrist",
                "casusbespreking met collega-netwerkregisseurs en psychiater",
                "network director",
                "specialised advice on complex psychiatric problems"),
            rung("intervision", "intervisie", "network director", "peer review of the approach"),
            rung(
                "supervisory committee",
                "begeleidingscommissie",
                "municipality",
                "decide on a more specialised approach; oversee the covenant"),
            rung(
                "city intervention team",
                "stedelijk interventieteam",
                "municipality",
                "pressure and coercion measures"))
        .build();
  }

  /**
   * The organisational ladder of the source (organisatorische opschaling): higher managers of the
   * partners or the municipality; the steering group or supervisory committee; a city chain
   * director or city marine with a large mandate; the mayor, in a serious emergency only.
   *
   * @return the ladder
   */
  public static EscalationLadder standardOrganisational() {
    return builder()
        .kind(EscalationKind.ORGANISATIONAL)
        .emergencyJumpAllowed(true)
        .addRungs(
            rung(
                "higher managers of the partners or the municipality",
                "hogere leidinggevenden van de partners of de gemeente",
                "municipality",
                "solve friction within or between the partners"),
            rung(
                "steering group / supervisory committee",
                "stuurgroep / begeleidingscommissie",
                "municipality",
                "solve bottlenecks; structural (rule changed) or ad hoc (one-off exception)"),
            rung(
                "city chain director or city marine",
                "stedelijk ketenregisseur of stadsmarinier",
                "municipality",
                "large mandate to push through (doorzettingsmacht)"),
            EscalationRung.builder()
                .body("the mayor")
                .bodyNl("de burgemeester")
                .chair("mayor")
                .powers("public-order powers in a serious emergency")
                .emergencyOnly(true)
                .build())
        .build();
  }

  private static EscalationRung rung(String body, String bodyNl, String chair, String powers) {
    return EscalationRung.builder().body(body).bodyNl(bodyNl).chair(chair).powers(powers).build();
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
   * Builds a {@link EscalationLadder}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEscalationLadder.Builder {
    /** Creates an empty builder, the same as {@link EscalationLadder#builder()}. */
    public Builder() {}
  }
}
