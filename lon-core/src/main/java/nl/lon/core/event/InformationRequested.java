package nl.lon.core.event;

import com.google.common.collect.ImmutableSet;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Partners, and possibly other networks, were asked whether they know the client and what they can
 * add (step 3, the inquiry round: onderzoek- en inventarisatieronde).
 *
 * <p>Leeuwarden sends the reporting form to all network partners; "Enschede doet ook een
 * informatieverzoek aan enkele andere netwerken"; Rotterdam always starts a round with the partners
 * chosen per report (seeds/004_ca47ed76719141bc.txt l.1420-1424).
 *
 * <p>Dutch: <em>informatie opgevraagd</em>. Immutable and thread-safe; build with {@link
 * #builder()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class InformationRequested implements CaseEvent {

  InformationRequested() {}

  /**
   * The partners asked.
   *
   * @return the organisations; at least one organisation or network is asked
   */
  public abstract ImmutableSet<OrganisationId> getOrganisations();

  /**
   * The other networks asked (Enschede asks some other networks too).
   *
   * @return the networks, possibly empty
   * @since 0.2
   */
  public abstract ImmutableSet<NetworkId> getNetworks();

  /**
   * What was asked.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  public abstract String getQuestion();

  @Override
  public final EventType getType() {
    return EventType.INFORMATION_REQUESTED;
  }

  @Value.Check
  void check() {
    Checks.require(
        !getOrganisations().isEmpty() || !getNetworks().isEmpty(),
        "InformationRequested.organisations",
        "not-empty",
        "ask at least one partner organisation or other network");
    Checks.text(getQuestion(), Checks.MAX_REASON, "InformationRequested.question");
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
   * Builds a {@link InformationRequested}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableInformationRequested.Builder {
    /** Creates an empty builder, the same as {@link InformationRequested#builder()}. */
    public Builder() {}
  }
}
