package nl.lon.core.process;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.SignalId;
import nl.lon.core.internal.Checks;
import nl.lon.core.network.PartnerKind;
import org.immutables.value.Value;

/**
 * A signal about a worrying situation, as reported to the network (signaal, melding).
 *
 * <p>Comes in on a reporting form (signalerings- or aanmeldingsformulier). Most signals come from
 * police and housing corporations. Whether the client was informed must be recorded, and when not,
 * why (the dilemma of signallers with a relationship of trust). Whether the client must be informed
 * before the report is the network's choice: "In Enschede moet de signaalinbrenger de betrokken
 * inwoner(s) op de hoogte brengen ... Ook in Leeuwarden informeert men de betrokken inwoner(s)"
 * (seeds/004_ca47ed76719141bc.txt l.1400-1402).
 *
 * <pre>{@code
 * Signal s = Signal.builder().id(SignalId.of("s-17")).sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
 *     .signallerOrganisation(OrganisationId.of("woonstad")).signallerKind(PartnerKind.HOUSING_CORPORATION)
 *     .channel(SignalChannel.VIA_NETWORK_MEMBER).receivedOn(LocalDate.of(2026, 3, 2))
 *     .addConcerns(Concern.DOMESTIC_SQUALOR, Concern.RENT_ARREARS)
 *     .description("Neighbours report smell; rent three months behind")
 *     .clientInformed(true).build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Signal {

  /** The maximum length of {@link #getDescription()}: 4,000 characters. */
  static final int MAX_DESCRIPTION = 4_000;

  Signal() {}

  /**
   * The signal's id.
   *
   * @return the id
   */
  public abstract SignalId getId();

  /**
   * Who the signal came from.
   *
   * @return the source kind
   */
  public abstract SignalSourceKind getSourceKind();

  /**
   * The signalling organisation, when an organisation signalled.
   *
   * @return the organisation, or empty
   */
  public abstract Optional<OrganisationId> getSignallerOrganisation();

  /**
   * The kind of the signalling organisation, for figures by signal source.
   *
   * @return the kind, or empty when a resident, relative or the client signalled
   */
  public abstract Optional<PartnerKind> getSignallerKind();

  /**
   * How the signal reached the network.
   *
   * @return the channel
   */
  public abstract SignalChannel getChannel();

  /**
   * The day the network received the signal; deadlines to judge it count from here.
   *
   * @return the date, within {@link PlausibleDates}
   */
  public abstract LocalDate getReceivedOn();

  /**
   * The concerns observed.
   *
   * @return at least one concern
   */
  public abstract ImmutableSet<Concern> getConcerns();

  /**
   * A short description of the situation, without personal data.
   *
   * @return the description: empty, or a text with visible content of at most 4,000 characters
   */
  @Value.Default
  public String getDescription() {
    return "";
  }

  /**
   * Whether the signaller reports an acute crisis. Where the network triages crises at intake
   * (Rotterdam, l.1414-1416), the agenda asks the network director to send the crisis service
   * first.
   *
   * @return true for an acute crisis
   */
  @Value.Default
  public boolean isAcuteCrisis() {
    return false;
  }

  /**
   * Whether the client is a minor (youth); several networks send youth to a separate circuit.
   *
   * @return true for a minor
   */
  @Value.Default
  public boolean isClientMinor() {
    return false;
  }

  /**
   * Whether the client was told the problems will be discussed in the network.
   *
   * @return true when informed
   */
  public abstract boolean isClientInformed();

  /**
   * Why the client was not informed (for example high risk for children); required when not
   * informed.
   *
   * @return the reason, a text with visible content of at most 2,000 characters, or empty
   */
  public abstract Optional<String> getNotInformedReason();

  @Value.Check
  void check() {
    Checks.notEmpty(getConcerns(), "Signal.concerns");
    Checks.date(getReceivedOn(), "Signal.receivedOn");
    Checks.textOrEmpty(getDescription(), MAX_DESCRIPTION, "Signal.description");
    boolean organisation =
        getSourceKind() == SignalSourceKind.PARTNER_ORGANISATION
            || getSourceKind() == SignalSourceKind.OTHER_ORGANISATION;
    Checks.require(
        organisation == getSignallerOrganisation().isPresent(),
        "Signal.signallerOrganisation",
        "organisation-for-organisation-source",
        organisation
            ? "name the signalling organisation when an organisation signals"
            : "a signalling organisation is only named when the source is an organisation");
    Checks.require(
        getSignallerKind().isEmpty() || organisation,
        "Signal.signallerKind",
        "organisation-for-organisation-source",
        "a signaller kind is only given when the source is an organisation");
    if (isClientInformed()) {
      Checks.require(
          getNotInformedReason().isEmpty(),
          "Signal.notInformedReason",
          "only-when-not-informed",
          "give a reason only when the client was not informed");
    } else {
      Checks.require(
          getNotInformedReason().filter(r -> !Checks.isBlank(r)).isPresent(),
          "Signal.notInformedReason",
          "reason-when-not-informed",
          "record why the client was not informed");
    }
    Checks.optionalText(getNotInformedReason(), Checks.MAX_REASON, "Signal.notInformedReason");
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
   * Builds a {@link Signal}: set the attributes, then {@code build()} validates them and returns
   * the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableSignal.Builder {
    /** Creates an empty builder, the same as {@link Signal#builder()}. */
    public Builder() {}
  }
}
