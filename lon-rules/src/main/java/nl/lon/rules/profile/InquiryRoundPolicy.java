package nl.lon.rules.profile;

import org.immutables.value.Value;

/**
 * How a network gathers information after judging a report (informatieronde; onderzoek- en
 * inventarisatieronde).
 *
 * <p>The source (seeds/004_ca47ed76719141bc.txt l.1419-1424): "stuurt de netwerkregisseur in
 * Leeuwarden de aanmeldingsformulieren door naar alle netwerkpartners om te checken of de inwoner
 * bekend is ... Enschede doet ook een informatieverzoek aan enkele andere netwerken. Rotterdam
 * start altijd een onderzoek- en inventarisatieronde. De LON-coördinator vraagt, afhankelijk van de
 * melding, informatie bij de partners." Where the profile describes a round ({@link
 * #describesARound()}), the agenda asks the network director for it ({@code INQUIRY_ROUND}), saying
 * whom to ask, until an information request is recorded; where a round is {@linkplain #isAlways()
 * always} held, the agenda lists the coordination decision only after the request. The rules do not
 * refuse a coordination decision without a round: the network director may have reasons, and the
 * source describes a practice, not a condition.
 *
 * <pre>{@code
 * InquiryRoundPolicy rotterdam = InquiryRoundPolicy.of(true, false, false);
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class InquiryRoundPolicy {

  InquiryRoundPolicy() {}

  /**
   * Whether every report gets an inquiry round before the coordination decision (Rotterdam).
   *
   * @return true when the agenda puts the coordination decision after an information request
   */
  @Value.Parameter
  public abstract boolean isAlways();

  /**
   * Whether the reporting form goes to all network partners (Leeuwarden), rather than to the
   * partners chosen for the report.
   *
   * @return true when all partners are asked
   */
  @Value.Parameter
  public abstract boolean isToAllPartners();

  /**
   * Whether some other networks are asked too (Enschede).
   *
   * @return true when other networks are asked
   */
  @Value.Parameter
  public abstract boolean isAlsoOtherNetworks();

  /**
   * Whether this policy describes an inquiry round at all, so that the agenda asks for one.
   *
   * @return true when any of the three settings is on
   */
  public boolean describesARound() {
    return isAlways() || isToAllPartners() || isAlsoOtherNetworks();
  }

  /**
   * A policy.
   *
   * @param always whether every report gets a round before the coordination decision
   * @param toAllPartners whether all network partners are asked
   * @param alsoOtherNetworks whether other networks are asked too
   * @return the policy
   */
  public static InquiryRoundPolicy of(
      boolean always, boolean toAllPartners, boolean alsoOtherNetworks) {
    return ImmutableInquiryRoundPolicy.of(always, toAllPartners, alsoOtherNetworks);
  }

  /**
   * No described round: information is gathered as the network director sees fit.
   *
   * @return the policy
   */
  public static InquiryRoundPolicy asNeeded() {
    return of(false, false, false);
  }
}
