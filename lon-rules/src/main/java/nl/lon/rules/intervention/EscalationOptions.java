package nl.lon.rules.intervention;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationOption;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The options of one kind of escalation: the bodies a stuck case can be put to
 * (opschalingsmogelijkheden).
 *
 * <p>Data in a network's profile. The source lists possibilities, not a ladder: "Op
 * casusinhoudelijk niveau zijn de mogelijkheden: ..." and, for organisational bottlenecks, "Er zijn
 * vaak meerdere stappen mogelijk" (seeds/004 l.1645-1656, l.1674-1690). The network director
 * chooses the option that fits, in any order and more than one at a time; only an option marked
 * emergency-only (the mayor, "in ernstige noodsituaties", l.1686-1688) needs a serious emergency
 * with a reason. An option is chosen by its number in {@link #getOptions()}, 1 for the first.
 *
 * <pre>{@code
 * EscalationOptions content = EscalationOptions.content("steering group", "stuurgroep");
 * EscalationOption psychiatrist = content.option(2).orElseThrow();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EscalationOptions {

  EscalationOptions() {}

  /**
   * The kind of escalation these options serve.
   *
   * @return content, organisational, or pressure and coercion (a network with a body for pressure
   *     and coercion, such as Enschede's city intervention team)
   */
  public abstract EscalationKind getKind();

  /**
   * The options, in the order the source lists them; the order is no sequence to climb.
   *
   * @return at least one option
   */
  public abstract ImmutableList<EscalationOption> getOptions();

  /**
   * The option with a number.
   *
   * @param number 1 for the first option listed
   * @return the option, or empty when there is no such option
   */
  public Optional<EscalationOption> option(int number) {
    return number >= 1 && number <= getOptions().size()
        ? Optional.of(getOptions().get(number - 1))
        : Optional.empty();
  }

  /**
   * The option with an English body name.
   *
   * @param body the body, as {@link EscalationOption#getBody()}
   * @return the option, or empty
   */
  public Optional<EscalationOption> optionFor(String body) {
    return getOptions().stream().filter(o -> o.getBody().equals(body)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.notEmpty(getOptions(), "EscalationOptions.options");
  }

  /** The administrative body's name the source uses in its list of options (l.1653). */
  private static final String SUPERVISORY_COMMITTEE = "supervisory committee";

  /**
   * The content options of the source (casusinhoudelijke opschaling, l.1645-1656), with the
   * source's own name of the administrative body: case conference; case discussion with fellow
   * network directors (with the psychiatrist); intervision; supervisory committee; city
   * intervention team.
   *
   * @return the options
   */
  public static EscalationOptions standardContent() {
    return content(SUPERVISORY_COMMITTEE, "begeleidingscommissie");
  }

  /**
   * The content options of the source with a network's own name for its administrative body: the
   * stuurgroep in Rotterdam and Enschede, the begeleidingscommissie in Leeuwarden (l.836-841).
   *
   * @param bodyEn the administrative body in English, for example {@code "steering group"}
   * @param bodyNl the administrative body in Dutch, for example {@code "stuurgroep"}
   * @return the options
   */
  public static EscalationOptions content(String bodyEn, String bodyNl) {
    String municipality =
        "not named in the source (most escalation meetings are chaired by the municipality)";
    return builder()
        .kind(EscalationKind.CONTENT)
        .addOptions(
            option(
                "case conference",
                "casusoverleg",
                "network director",
                "align information and adopt the plan of approach with a division of tasks"),
            option(
                "case discussion with fellow network directors and a psychiatrist",
                "casu\u00efstiekbespreking met collega-netwerkregisseurs en psychiater",
                "not named in the source",
                "a more specialised approach for problems too complex for the network"),
            option(
                "intervision",
                "intervisie",
                "not named in the source",
                "peer review of the approach"),
            option(
                bodyEn,
                bodyNl,
                municipality,
                "decide on solving bottlenecks; more means and powers than the network"),
            option(
                "city intervention team",
                "stedelijk interventieteam",
                municipality,
                "a specialised approach, with pressure and coercion where needed"))
        .build();
  }

  /**
   * The organisational steps of the source (organisatorische opschaling, l.1674-1690), with the
   * source's own words for the administrative body: raise it with the higher managers of the
   * partners or the municipality; put the case and the bottleneck to the steering group,
   * supervisory committee or another relevant committee; call in a city chain director or city
   * marines / youth consuls with a large mandate; put it to the mayor, in a serious emergency only.
   *
   * @return the options
   */
  public static EscalationOptions standardOrganisational() {
    return organisational(
        "steering group, supervisory committee or another relevant committee",
        "stuurgroep, begeleidingscommissie of een andere relevante commissie");
  }

  /**
   * The organisational steps of the source with a network's own name for its administrative body.
   *
   * @param bodyEn the administrative body in English, for example {@code "steering group"}
   * @param bodyNl the administrative body in Dutch, for example {@code "stuurgroep"}
   * @return the options
   */
  public static EscalationOptions organisational(String bodyEn, String bodyNl) {
    String municipality =
        "not named in the source (most escalation meetings are chaired by the municipality)";
    return builder()
        .kind(EscalationKind.ORGANISATIONAL)
        .addOptions(
            option(
                "higher managers of the partners or the municipality",
                "hogere leidinggevenden van de betrokken netwerkpartners of de gemeente",
                "not named in the source",
                "solve friction, disagreement or rules within or between the partners"),
            option(
                bodyEn,
                bodyNl,
                municipality,
                "decide on solving bottlenecks; structural (rule changed) or ad hoc (one-off"
                    + " exception)"),
            option(
                "city chain director or city marines / youth consuls",
                "stedelijk ketenregisseur of stadsmariniers / jeugdconsuls",
                municipality,
                "a large mandate"),
            EscalationOption.builder()
                .body("the mayor")
                .bodyNl("de burgemeester")
                .chair("the mayor")
                .powers("public-order powers, in a serious emergency")
                .emergencyOnly(true)
                .build())
        .build();
  }

  /**
   * Enschede's escalation for pressure and coercion: straight to the city intervention team ("In
   * Enschede wordt er voor drang- en dwangmaatregelen opgeschaald naar het Stedelijk
   * Interventieteam", l.1698).
   *
   * @return the options, of kind {@link EscalationKind#PRESSURE_AND_COERCION}
   */
  public static EscalationOptions cityInterventionTeamForCoercion() {
    return builder()
        .kind(EscalationKind.PRESSURE_AND_COERCION)
        .addOptions(
            option(
                "city intervention team",
                "stedelijk interventieteam",
                "not named in the source (most escalation meetings are chaired by the"
                    + " municipality)",
                "pressure and coercion measures"))
        .build();
  }

  private static EscalationOption option(String body, String bodyNl, String chair, String powers) {
    return EscalationOption.builder().body(body).bodyNl(bodyNl).chair(chair).powers(powers).build();
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
   * Builds a {@link EscalationOptions}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEscalationOptions.Builder {
    /** Creates an empty builder, the same as {@link EscalationOptions#builder()}. */
    public Builder() {}
  }
}
