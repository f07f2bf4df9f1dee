package nl.lon.rules.access;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalogue of access-rule ids (toegangsregels): every id an {@link AccessDecision} or the case
 * service's audit records can carry for an access or privacy decision, each with its resources and
 * a general reason in English and Dutch. The ids are stable: a vendor may match on them, and they
 * are stored in audit records. The process rules' ids are catalogued apart, in {@link
 * nl.lon.rules.process.RuleId}.
 *
 * <pre>{@code
 * AccessDecision d = rules.decide(request);
 * boolean askForConsent = !d.allowed() && d.ruleId() == AccessRuleId.CONSENT_REQUIRED;
 * String shown = d.reason(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * @since 0.2
 */
public enum AccessRuleId {

  /**
   * {@code access.other-network}: the professional does not work in the network of the resource.
   */
  OTHER_NETWORK(
      "access.other-network",
      "the professional does not work in this network",
      "de professional werkt niet in dit netwerk"),

  /**
   * {@code access.case-director}: the network director and the case's trajectory director see and
   * change the case.
   */
  CASE_DIRECTOR(
      "access.case-director",
      "the network director and the case's trajectory director may see and change the case",
      "de netwerkregisseur en de trajectregisseur van de casus mogen de casus inzien en wijzigen"),

  /**
   * {@code access.report-signal}: every professional of the network but a steering-group member may
   * report a signal.
   */
  REPORT_SIGNAL(
      "access.report-signal",
      "every professional of the network except a steering-group member may report a signal",
      "iedere professional van het netwerk behalve een stuurgroeplid mag een signaal melden"),

  /**
   * {@code access.steering-group-no-cases}: steering-group members see figures, never cases.
   *
   * <p>In every preset, Enschede's too: the steering group decides on bottlenecks and on the
   * quality of the collaboration, not on clients (seeds/004_ca47ed76719141bc.txt l.1036-1044), and
   * a case reaches it through the network director, who holds the case and puts "de casus en het
   * knelpunt" to it (l.1681-1682); that escalation records the body and the bottleneck in the case.
   * Enschede's "complexe casussen als voorbeeld" (l.1041) is served that way, presented by the
   * network director, without steering-group members reading the case file.
   */
  STEERING_GROUP_NO_CASES(
      "access.steering-group-no-cases",
      "steering-group members see management figures, never cases",
      "stuurgroepleden zien managementinformatie, nooit casussen"),

  /**
   * {@code access.viewer-scope}: others see or change a case as far as the policy's viewer scope
   * allows.
   */
  VIEWER_SCOPE(
      "access.viewer-scope",
      "the network's policy does not let this professional see or change this case",
      "het privacyprotocol van het netwerk laat deze professional deze casus niet inzien of wijzigen"),

  /**
   * {@code access.consent-required}: sharing with partners needs the client's consent or a legal
   * basis.
   */
  CONSENT_REQUIRED(
      "access.consent-required",
      "the client has not consented to sharing with partners; record consent or invoke a legal basis",
      "de cliënt heeft geen toestemming gegeven voor delen met partners; leg toestemming vast of beroep je op een grondslag"),

  /**
   * {@code access.emergency-override}: access allowed by the emergency override, flagged in the
   * audit log.
   */
  EMERGENCY_OVERRIDE(
      "access.emergency-override",
      "allowed by emergency override, flagged in the audit log",
      "toegestaan via de noodprocedure, gemarkeerd in de auditlog"),

  /**
   * {@code access.emergency-self-involvement}: an override may not make anyone involved in the case
   * (its actor, any professional by name, any organisation or a trajectory director), nor record a
   * consent: each would let someone read the case after the command without an override.
   */
  EMERGENCY_SELF_INVOLVEMENT(
      "access.emergency-self-involvement",
      "under an emergency override a professional may not make anyone involved in the case nor"
          + " record a consent; ask the network director to involve them",
      "met de noodprocedure mag een professional niemand bij de casus betrekken en geen"
          + " toestemming vastleggen; vraag de netwerkregisseur hen te betrekken"),

  /**
   * {@code access.network-director-only}: the network agenda, the audit trail, erasure and the
   * network's activities are for a network director.
   */
  NETWORK_DIRECTOR_ONLY(
      "access.network-director-only",
      "this is for a network director of the network",
      "dit is voorbehouden aan een netwerkregisseur van het netwerk"),

  /**
   * {@code access.signal-list}: the signal list is for the roles the policy names (the network
   * director; in Enschede also the team supporter who keeps it).
   */
  SIGNAL_LIST(
      "access.signal-list",
      "the signal list is for the network director and, where the network says so, the team"
          + " support that keeps it",
      "de signaallijst is voor de netwerkregisseur en, waar het netwerk dat bepaalt, de"
          + " teamondersteuning die haar bijhoudt"),

  /** {@code access.figures}: management figures are for the roles the policy names. */
  FIGURES(
      "access.figures",
      "management figures are for the network director and the steering group of the network",
      "managementinformatie is voor de netwerkregisseur en de stuurgroep van het netwerk"),

  /**
   * {@code access.own-agenda}: every professional of the network sees their own agenda, in the
   * cases they may read.
   */
  OWN_AGENDA(
      "access.own-agenda",
      "every professional of the network sees their own agenda, in the cases they may read",
      "iedere professional van het netwerk ziet de eigen agenda, in de casussen die hij mag inzien"),

  /**
   * {@code access.write-only}: the command was carried out, but the professional may not read the
   * case.
   */
  WRITE_ONLY(
      "access.write-only",
      "the command was carried out, but this professional may not read the case",
      "de opdracht is uitgevoerd, maar deze professional mag de casus niet inzien"),

  /**
   * {@code privacy.client-numbers-only}: a network working with client numbers stores no name or
   * address.
   */
  CLIENT_NUMBERS_ONLY(
      "privacy.client-numbers-only",
      "the network works with client numbers only: no name or address is stored",
      "het netwerk werkt alleen met cliëntnummers: er worden geen naam of adres opgeslagen"),

  /**
   * {@code figures.threshold-below-profile}: the small-cell threshold may be raised, never lowered.
   */
  THRESHOLD_BELOW_POLICY(
      "figures.threshold-below-profile",
      "the small-cell threshold may be raised, never lowered below the policy's",
      "de drempel voor kleine aantallen mag omhoog, nooit onder die van het privacyprotocol"),

  /**
   * {@code access.involvement-index}: the professionals of the network's partner organisations use
   * its involvement index; steering-group members do not.
   */
  INVOLVEMENT_INDEX(
      "access.involvement-index",
      "the involvement index is for the professionals of the network's partner organisations, not"
          + " for steering-group members",
      "de verwijsindex is voor de professionals van de partnerorganisaties van het netwerk, niet"
          + " voor stuurgroepleden"),

  /**
   * {@code access.index-registration-required}: only an organisation that registered its own
   * involvement with the client may look up who else is involved.
   */
  INVOLVEMENT_REGISTRATION_REQUIRED(
      "access.index-registration-required",
      "register your organisation's own involvement with the client before looking up who else is"
          + " involved",
      "meld eerst de betrokkenheid van je eigen organisatie bij de cliënt voordat je opzoekt wie er"
          + " nog meer betrokken is"),

  /**
   * {@code access.handover-receiver}: a case proposed or handed over to another network (warm
   * handover) is read there by that network's director or the named receiving professional.
   *
   * @since 0.2
   */
  HANDOVER_RECEIVER(
      "access.handover-receiver",
      "a case handed over is read in the receiving network by its network director or the named"
          + " receiving professional",
      "een overgedragen casus wordt in het ontvangende netwerk ingezien door de netwerkregisseur"
          + " of de genoemde ontvangende professional"),

  /**
   * {@code access.handover-sender-retains}: after a handover the sending network keeps the case
   * only for the roles its policy names (by default the network director).
   *
   * @since 0.2
   */
  HANDOVER_SENDER_RETAINS(
      "access.handover-sender-retains",
      "after a handover the sending network keeps the case only for the roles its policy names",
      "na een overdracht houdt het overdragende netwerk de casus alleen voor de rollen die het"
          + " privacyprotocol noemt");

  private static final ImmutableMap<String, AccessRuleId> BY_ID =
      Arrays.stream(values())
          .collect(ImmutableMap.toImmutableMap(AccessRuleId::getId, Function.identity()));

  private final String id;
  private final String reasonEn;
  private final String reasonNl;

  AccessRuleId(String id, String reasonEn, String reasonNl) {
    this.id = id;
    this.reasonEn = reasonEn;
    this.reasonNl = reasonNl;
  }

  /**
   * The constant with an id.
   *
   * @param id the id, for example {@code "access.consent-required"}
   * @return the constant, or empty for an id outside the catalogue
   */
  public static Optional<AccessRuleId> of(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * The stable id, as in audit records and {@link
   * nl.lon.core.error.AccessDeniedException#getRule()}.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * The general reason in English.
   *
   * @return the reason
   */
  public String getReasonEn() {
    return reasonEn;
  }

  /**
   * The general reason in Dutch.
   *
   * @return the reason
   */
  public String getReasonNl() {
    return reasonNl;
  }

  /**
   * The general reason in a language: Dutch for {@code nl}, else English.
   *
   * @param locale the locale
   * @return the reason
   */
  public String reason(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? reasonNl : reasonEn;
  }
}
