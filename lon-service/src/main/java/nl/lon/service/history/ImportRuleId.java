package nl.lon.service.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of the history import's rule ids (importregels): every id an {@link ImportReport}
 * names for a bad line or a refused case besides the process rules' ids ({@code
 * nl.lon.rules.process.RuleId}) and the input checks ({@code input.*}), each with its reason in
 * English and Dutch. The ids are stable and stored in audit records.
 *
 * @since 0.1
 */
public enum ImportRuleId {

  /** {@code import.malformed-json}: the line is not one JSON object. */
  MALFORMED_JSON(
      "import.malformed-json",
      "the line is not one well-formed JSON object",
      "de regel is niet één geldig JSON-object"),

  /** {@code import.schema-version}: the line names a schema version this importer does not read. */
  SCHEMA_VERSION(
      "import.schema-version",
      "the line's schema version is not supported; this importer reads version 1",
      "de schemaversie van de regel wordt niet ondersteund; deze import leest versie 1"),

  /** {@code import.unknown-act}: the line names an act that is not in the format. */
  UNKNOWN_ACT(
      "import.unknown-act",
      "the line names an act that the import format does not know",
      "de regel noemt een handeling die het importformaat niet kent"),

  /** {@code import.missing-field}: a required field of the line is missing or null. */
  MISSING_FIELD(
      "import.missing-field",
      "a required field is missing or null",
      "een verplicht veld ontbreekt of is leeg"),

  /** {@code import.invalid-field}: a field has the wrong JSON type or breaks a domain rule. */
  INVALID_FIELD(
      "import.invalid-field",
      "a field has the wrong type or an invalid value",
      "een veld heeft het verkeerde type of een ongeldige waarde"),

  /** {@code import.unknown-actor}: the line's actor is not in the directory. */
  UNKNOWN_ACTOR(
      "import.unknown-actor",
      "the actor is not a professional known to the directory",
      "de actor is geen professional die het register kent"),

  /** {@code import.case-not-contiguous}: the case's lines are not all next to each other. */
  CASE_NOT_CONTIGUOUS(
      "import.case-not-contiguous",
      "the case's lines must be next to each other in the file; this case appeared earlier",
      "de regels van een casus moeten aaneengesloten in het bestand staan; deze casus kwam al"
          + " eerder voor"),

  /** {@code import.first-act-signal}: a case's first line must report the signal. */
  FIRST_ACT_SIGNAL(
      "import.first-act-signal",
      "a case's first act must be ReportSignal, and only its first",
      "de eerste handeling van een casus moet ReportSignal zijn, en alleen de eerste"),

  /** {@code import.date-order}: a case's lines must be in business-date order. */
  DATE_ORDER(
      "import.date-order",
      "a case's lines must be in business-date order",
      "de regels van een casus moeten op datum van de handeling staan"),

  /** {@code import.network-mismatch}: all lines of a case must name the same network. */
  NETWORK_MISMATCH(
      "import.network-mismatch",
      "all lines of a case must name the same network",
      "alle regels van een casus moeten hetzelfde netwerk noemen"),

  /** {@code import.unknown-network}: the network is unknown or has no profile configured. */
  UNKNOWN_NETWORK(
      "import.unknown-network",
      "the network is not in the directory or has no methodology profile configured",
      "het netwerk staat niet in het register of heeft geen methodiekprofiel"),

  /**
   * {@code import.network-director}: only a network director of the case's network may import its
   * history.
   */
  NETWORK_DIRECTOR(
      "import.network-director",
      "only a network director of the case's network may import its history",
      "alleen een netwerkregisseur van het netwerk van de casus mag de geschiedenis inlezen"),

  /** {@code import.actor-other-network}: an act's actor must work in the case's network. */
  ACTOR_OTHER_NETWORK(
      "import.actor-other-network",
      "the actor of an act must be a professional of the case's network",
      "de actor van een handeling moet een professional van het netwerk van de casus zijn"),

  /**
   * {@code import.changed}: the case was imported before from lines that differ; the change is not
   * applied.
   */
  CHANGED(
      "import.changed",
      "the case was imported before with other acts; the changed lines are not applied",
      "de casus is eerder ingelezen met andere handelingen; de gewijzigde regels worden niet"
          + " toegepast"),

  /** {@code import.case-id-in-use}: a case with this id exists and was not imported. */
  CASE_ID_IN_USE(
      "import.case-id-in-use",
      "a case with this id already exists and was not made by an import",
      "er bestaat al een casus met dit id die niet door een import is gemaakt"),

  /**
   * {@code import.reserved-case-id}: the case id has the form of the case a warm handover opens in
   * a network ({@code <case>:<network>}), which a case taken first would block.
   */
  RESERVED_CASE_ID(
      "import.reserved-case-id",
      "the case id ends in ':' and a network's id, the id of the case a warm handover opens in that"
          + " network; give the case another id",
      "het casus-id eindigt op ':' en het id van een netwerk, het id van de casus die een warme"
          + " overdracht in dat netwerk opent; geef de casus een ander id"),

  /**
   * {@code import.transfer-live-only}: a warm handover is not imported, since the receiving
   * network's audit chain would not learn of it.
   */
  TRANSFER_LIVE_ONLY(
      "import.transfer-live-only",
      "a warm handover is not imported; enter it with CaseService.transfer after the import, so that"
          + " both networks' audit chains record it",
      "een warme overdracht wordt niet ingelezen; leg haar na de import vast met"
          + " CaseService.transfer, zodat de auditlogs van beide netwerken haar vastleggen"),

  /**
   * {@code import.line-too-long}: the line is longer than {@link
   * HistoryFormat#MAX_LINE_CHARACTERS}; the importer reads only its beginning.
   */
  LINE_TOO_LONG(
      "import.line-too-long",
      "the line is longer than the format allows (1,000,000 characters)",
      "de regel is langer dan het formaat toestaat (1.000.000 tekens)"),

  /**
   * {@code import.case-too-long}: the case's lines together are longer than {@link
   * HistoryFormat#MAX_CASE_CHARACTERS}.
   */
  CASE_TOO_LONG(
      "import.case-too-long",
      "the case's lines together are longer than the format allows (16,000,000 characters)",
      "de regels van de casus zijn samen langer dan het formaat toestaat (16.000.000 tekens)");

  private final String id;
  private final String reasonEn;
  private final String reasonNl;

  ImportRuleId(String id, String reasonEn, String reasonNl) {
    this.id = id;
    this.reasonEn = reasonEn;
    this.reasonNl = reasonNl;
  }

  /**
   * The stable id, such as {@code import.unknown-act}.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * The reason in the language of the locale: Dutch for {@code nl}, English otherwise.
   *
   * @param locale the reader's locale
   * @return the reason
   */
  public String reason(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? reasonNl : reasonEn;
  }

  /**
   * The rule with an id.
   *
   * @param id the id
   * @return the rule, or empty when no import rule has the id
   */
  public static Optional<ImportRuleId> of(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
