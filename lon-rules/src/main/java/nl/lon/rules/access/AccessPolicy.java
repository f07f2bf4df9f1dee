package nl.lon.rules.access;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import nl.lon.core.internal.Checks;
import nl.lon.core.network.ProfessionalRole;
import org.immutables.value.Value;

/**
 * A network's privacy choices (privacyprotocol): who may view case data, whether consent is
 * required before partners share, which legal bases allow sharing without consent, whether names
 * may be stored at all, the emergency override, who sees the management figures and from which
 * count, and how long the audit log is kept. {@link AccessRules} decides every resource from it.
 *
 * <p>Access is denied unless this policy allows it. Part of the methodology profile; presets:
 * {@link #rotterdam()}, {@link #enschede()}, {@link #leeuwarden()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AccessPolicy {

  AccessPolicy() {}

  /**
   * The lowest small-cell threshold a policy may set: counts below 3 are always suppressed, since a
   * count of one or two clients in a neighbourhood of 25,000-40,000 inhabitants can point to a
   * person (an assumption of this library; the source names no threshold).
   */
  public static final int MIN_SMALL_CELL_THRESHOLD = 3;

  /**
   * Who besides the network director and the trajectory director may view case data.
   *
   * @return the scope
   */
  public abstract ViewerScope getViewers();

  /**
   * The roles of the sending network that still see a case after it was handed over to another
   * network (warm handover, {@link AccessRuleId#HANDOVER_SENDER_RETAINS}), for the retention period
   * ({@link #getAuditRetentionYears()}) after the handover and no longer; the case's trajectory
   * director and every other partner of the sending network no longer see it. An assumption the
   * network confirms in its privacy protocol, not taken from the source.
   *
   * @return the roles, by default the network director only
   * @since 0.2
   */
  @Value.Default
  public ImmutableSet<ProfessionalRole> getHandoverKeepers() {
    return ImmutableSet.of(ProfessionalRole.NETWORK_DIRECTOR);
  }

  /**
   * Whether the client's consent is required before partners share information about them
   * (Leeuwarden's consent form); without it, a legal basis from {@link #getLegalBases()} must be
   * given.
   *
   * @return true when consent is required
   */
  public abstract boolean isConsentRequired();

  /**
   * Whether the network works with client numbers only: no name or address is stored anywhere
   * (Leeuwarden).
   *
   * @return true when names are not stored
   */
  public abstract boolean isClientNumbersOnly();

  /**
   * Whether an emergency override (with a reason, flagged in the audit log) is available.
   *
   * @return true when available
   */
  @Value.Default
  public boolean isEmergencyOverrideAllowed() {
    return true;
  }

  /**
   * Years the audit log is kept, at least five.
   *
   * @return 5 or more
   */
  @Value.Default
  public int getAuditRetentionYears() {
    return 5;
  }

  /**
   * The legal bases that allow sharing without consent.
   *
   * @return the catalogue
   */
  @Value.Default
  public ImmutableList<LegalBasis> getLegalBases() {
    return standardLegalBases();
  }

  /**
   * The legal basis with a code.
   *
   * @param code the code
   * @return the basis, or empty
   */
  public Optional<LegalBasis> legalBasis(String code) {
    return getLegalBases().stream().filter(b -> b.getCode().equals(code)).findFirst();
  }

  /**
   * The roles that may see the network's management figures; default the network director and the
   * steering group.
   *
   * @return the roles
   */
  @Value.Default
  public ImmutableSet<ProfessionalRole> getFiguresViewers() {
    return ImmutableSet.of(
        ProfessionalRole.NETWORK_DIRECTOR, ProfessionalRole.STEERING_GROUP_MEMBER);
  }

  /**
   * The roles that may read the network's signal list (signaallijst): the reports received, when,
   * from which kind of signaller, and whether and when they are judged. "In Enschede maakt de
   * teamondersteuner een signaallijst. De netwerkregisseur beoordeelt vervolgens of het een te
   * behandelen melding is" (seeds/004 l.1411-1412).
   *
   * @return the roles; the network director unless set
   * @since 0.3
   */
  @Value.Default
  public ImmutableSet<ProfessionalRole> getSignalListViewers() {
    return ImmutableSet.of(ProfessionalRole.NETWORK_DIRECTOR);
  }

  /**
   * The small-cell threshold of the management figures (celbeveiliging): counts below it are
   * suppressed, together with a complementary cell where a total would give them away. The case
   * service applies it to every figures read; a caller may ask for a higher threshold, never a
   * lower one ({@link AccessRules#suppressionThreshold(int)}). Default 5, the usual threshold of
   * Dutch statistical disclosure control (an assumption the network must confirm; the source names
   * none).
   *
   * @return {@value #MIN_SMALL_CELL_THRESHOLD} or more
   */
  @Value.Default
  public int getSmallCellThreshold() {
    return 5;
  }

  @Value.Check
  void check() {
    Checks.range(getAuditRetentionYears(), 5, 100, "AccessPolicy.auditRetentionYears");
    Checks.range(
        getSmallCellThreshold(),
        MIN_SMALL_CELL_THRESHOLD,
        1_000,
        "AccessPolicy.smallCellThreshold");
  }

  /**
   * The standard legal bases for sharing without consent: the bemoeizorg guidance, a report under
   * the Wvggz, a conflict of duties, and the statutory debt-signal duty.
   *
   * @return the catalogue
   */
  public static ImmutableList<LegalBasis> standardLegalBases() {
    return ImmutableList.of(
        LegalBasis.of(
            "bemoeizorg",
            "bemoeizorg guidance: sharing needed to prevent serious harm to a care avoider",
            "handreiking bemoeizorg: delen nodig om ernstige schade bij een zorgmijder te voorkomen",
            "GGD GHOR Nederland e.a., Handreiking gegevensuitwisseling in de bemoeizorg; AVG art. 6(1)(d)/(e)"),
        LegalBasis.of(
            "wvggz-report",
            "report under the Wvggz",
            "melding op grond van de Wvggz",
            "Wvggz art. 5:1 and 5:2"),
        LegalBasis.of(
            "conflict-of-duties",
            "conflict of duties (professional secrecy gives way)",
            "conflict van plichten (beroepsgeheim wijkt)",
            "case law on the conflict of duties; professional codes"),
        LegalBasis.of(
            "debt-signal",
            "statutory debt-signal duty (early signalling of payment arrears)",
            "wettelijke plicht tot vroegsignalering van schulden",
            "Wet gemeentelijke schuldhulpverlening art. 3a"));
  }

  /**
   * Rotterdam: only the coordinating organisation (the GGD) views case data; no consent form.
   *
   * @return the policy
   */
  public static AccessPolicy rotterdam() {
    return builder()
        .viewers(ViewerScope.COORDINATING_ORGANISATION)
        .consentRequired(false)
        .clientNumbersOnly(false)
        .build();
  }

  /**
   * Enschede: several partners view case data, each from their own organisation.
   *
   * @return the policy
   */
  public static AccessPolicy enschede() {
    return builder()
        .viewers(ViewerScope.CASE_PARTNERS)
        .signalListViewers(
            ImmutableSet.of(ProfessionalRole.NETWORK_DIRECTOR, ProfessionalRole.TEAM_SUPPORT))
        .consentRequired(false)
        .clientNumbersOnly(false)
        .build();
  }

  /**
   * Leeuwarden: client numbers instead of names, and a signed consent form before partners exchange
   * information.
   *
   * @return the policy
   */
  public static AccessPolicy leeuwarden() {
    return builder()
        .viewers(ViewerScope.CASE_PARTNERS)
        .consentRequired(true)
        .clientNumbersOnly(true)
        .build();
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
   * Builds a {@link AccessPolicy}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableAccessPolicy.Builder {
    /** Creates an empty builder, the same as {@link AccessPolicy#builder()}. */
    public Builder() {}
  }
}
