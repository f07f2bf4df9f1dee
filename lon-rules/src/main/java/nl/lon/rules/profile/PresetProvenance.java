package nl.lon.rules.profile;

import static nl.lon.rules.profile.Provenance.assumption;
import static nl.lon.rules.profile.Provenance.expertAdvice;
import static nl.lon.rules.profile.Provenance.source;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.lon.core.error.NotFoundException;

/**
 * Where every value of the three presets comes from (herkomst van de presetwaarden).
 *
 * <p>Each setting of a preset is named by its setting path: the accessor names from {@link
 * MethodologyProfile} down, without {@code get}/{@code is}, joined by dots, for example {@code
 * "deadlines.judgeReportWithin"} or {@code "intervention.budgetMandate"}. {@link
 * #settings(MethodologyProfile)} lists the paths of a profile with their values; {@link
 * #of(String)} gives the provenance of each path of a preset. A value is marked {@link
 * ProvenanceKind#SOURCE} only where the source describes it as that network's practice; where the
 * source is silent the value is an {@link ProvenanceKind#ASSUMPTION} the network must confirm.
 *
 * @since 0.1
 */
public final class PresetProvenance {

  /** The ids of the presets, in the order the source discusses them. */
  public static final ImmutableList<String> PRESET_IDS =
      ImmutableList.of("rotterdam", "enschede", "leeuwarden");

  private static final String PROFILE_PACKAGE = "nl.lon.rules.";

  private PresetProvenance() {}

  /**
   * The preset with an id.
   *
   * @param presetId one of {@link #PRESET_IDS}
   * @return the preset
   * @throws NotFoundException when the id is not one of the presets
   */
  public static MethodologyProfile preset(String presetId) {
    switch (presetId) {
      case "rotterdam":
        return MethodologyProfile.rotterdam();
      case "enschede":
        return MethodologyProfile.enschede();
      case "leeuwarden":
        return MethodologyProfile.leeuwarden();
      default:
        throw new NotFoundException("preset", presetId);
    }
  }

  /**
   * The settings of a profile: every setting path with its value, in alphabetical order of the
   * paths. A setting is an attribute of the profile or of one of its parts from this library's
   * profile, access and intervention packages; collections, optional values, enums and values from
   * elsewhere are single settings.
   *
   * @param profile the profile
   * @return the values by setting path
   */
  public static ImmutableMap<String, Object> settings(MethodologyProfile profile) {
    Map<String, Object> out = new LinkedHashMap<>();
    walk("", profile, out);
    return out.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static boolean isPart(Object value) {
    Class<?> type = value.getClass();
    return type.getName().startsWith(PROFILE_PACKAGE)
        && type.getSimpleName().startsWith("Immutable")
        && type.getSuperclass() != null
        && Modifier.isAbstract(type.getSuperclass().getModifiers());
  }

  private static void walk(String prefix, Object value, Map<String, Object> out) {
    List<Method> accessors = new ArrayList<>();
    Class<?> type = value.getClass();
    for (Method m : type.getDeclaredMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      String name = m.getName();
      if (!(name.startsWith("get") || name.startsWith("is"))) {
        continue;
      }
      try {
        Method declared = type.getSuperclass().getMethod(name);
        if (Modifier.isPublic(declared.getModifiers())) {
          accessors.add(declared);
        }
      } catch (NoSuchMethodException notAnAttribute) {
        // a method of the generated class only
      }
    }
    accessors.sort(Comparator.comparing(Method::getName));
    for (Method m : accessors) {
      String name = m.getName();
      String bare = name.substring(name.startsWith("get") ? 3 : 2);
      String path = prefix + Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
      Object v;
      try {
        v = m.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read setting " + path, e);
      }
      if (isPart(v)) {
        walk(path + ".", v, out);
      } else {
        out.put(path, v);
      }
    }
  }

  /**
   * The provenance of every setting of a preset, in the order of the preset document (identity,
   * eligibility, process, cadence, closing and follow-up, intervention, access, calendar,
   * terminology).
   *
   * @param presetId one of {@link #PRESET_IDS}
   * @return the provenance by setting path
   * @throws NotFoundException when the id is not one of the presets
   */
  public static ImmutableMap<String, Provenance> of(String presetId) {
    switch (presetId) {
      case "rotterdam":
        return ImmutableMap.copyOf(rotterdam());
      case "enschede":
        return ImmutableMap.copyOf(enschede());
      case "leeuwarden":
        return ImmutableMap.copyOf(leeuwarden());
      default:
        throw new NotFoundException("preset", presetId);
    }
  }

  // ------------------------------------------------------------------ shared by all three

  private static Map<String, Provenance> common() {
    Map<String, Provenance> p = new LinkedHashMap<>();
    p.put("id", assumption("A stable identifier of this library, not a term of the source."));
    p.put(
        "deadlines.decideHandoverWithin",
        assumption(
            "l.1803-1810",
            "warme overdracht",
            "The source names the warm handover to another network but gives the receiving network"
                + " no deadline to decide; without one, the decision is due at its next network"
                + " meeting."));
    p.put(
        "access.handoverKeepers",
        assumption(
            "After a handover the sending network keeps the case for its network director only;"
                + " the source says nothing on it, the network and its privacy officer confirm."));
    p.put(
        "involvementInactiveMonths",
        assumption(
            "The source says nothing on how long a registration in a who-else-is-involved index"
                + " lasts; 24 months follows how the Verwijsindex risicojongeren is commonly"
                + " described, for the network and its privacy officer to confirm."));
    p.put(
        "name",
        source(
            "l.791-795",
            "Lokaal Zorgnetwerk (R) / Sociaal team (L) / Wijkzorgteam (E)",
            "The city and the name of its network in the source's schema."));
    p.put(
        "eligibility.minProblemDomains",
        assumption(
            "l.208-212",
            "Zij hebben veelal gelijktijdig problemen op meerdere leefgebieden",
            "The source gives this network no number of life domains, and doubts hard criteria"
                + " (l.322-324); two, the least that is 'several', is an assumption."));
    p.put(
        "eligibility.countedDomains",
        assumption(
            "l.208-212",
            "problemen op meerdere leefgebieden zoals wonen, inkomen, omgang met de buurt,"
                + " gezondheid (fysiek en psychisch), relaties, opvoeding en werk",
            "The source lists life domains in general, not per network; all domains count."));
    p.put(
        "eligibility.youthInScope",
        source(
            "l.308-310",
            "Als het gaat om multiproblematiek bij jeugdigen komen die in Enschede bij het LON"
                + " terecht, in Rotterdam en Leeuwarden is een apart jeugdcircuit",
            "Youth multi-problem cases go to the network in Enschede only."));
    p.put(
        "deadlines.judgeReportWithin",
        source(
            "l.1413-1414",
            "In Enschede dient deze beoordeling binnen vijf werkdagen plaats te vinden.",
            "A deadline for judging the report is named for Enschede only."));
    p.put(
        "deadlines.appointProblemOwnerWithin",
        source(
            "l.1440-1441",
            "In Enschede stelt de netwerkregisseur (teamleider) binnen vijf werkdagen na het"
                + " co\u00f6rdinatiebesluit daarvoor een probleemhouder aan",
            "A deadline for the appointment is named for Enschede only."));
    p.put(
        "deadlines.presentPlanWithin",
        source(
            "l.1482-1484",
            "legt dit binnen tien werkdagen na het aanvaarden van het probleemhouderschap voor aan"
                + " het zogeheten Multidisciplinair overleg (MDO)",
            "A deadline for presenting the plan is named for Enschede only."));
    p.put(
        "appointedBy",
        source(
            "l.1470-1471",
            "In Rotterdam en Leeuwarden wordt tijdens het netwerkoverleg indien mogelijk een"
                + " trajectregisseur (of probleemhouder of dossierhouder) benoemd",
            "In Rotterdam and Leeuwarden the network meeting appoints the trajectory director."));
    p.put(
        "networkDirectorFallback",
        source(
            "l.1473",
            "Als die niet direct beschikbaar is, fungeert de netwerkregisseur tijdelijk als"
                + " probleemhouder.",
            "Said of Rotterdam and Leeuwarden."));
    p.put(
        "scanBeforeIntegralPicture",
        source(
            "l.1438",
            "In Rotterdam en Leeuwarden maken de netwerkregisseurs zelf een voorlopig beeld.",
            "The network director forms the first picture; no scan is required first."));
    Provenance cadence =
        source(
            "l.1507-1511",
            "Op alle locaties neemt de trajectregisseur / probleemhouder binnen 1 maand contact op"
                + " met de netwerkregisseur / teamleider ... en rapporteert ook ten minste 1x per"
                + " 3 maanden of als er afwijkingen zijn ... minimaal 1x per maand een"
                + " voortgangsgesprek",
            "The reporting cadence all three networks share.");
    p.put("cadence.firstContactWithinMonths", cadence);
    p.put("cadence.reportEveryMonths", cadence);
    p.put("cadence.reportOnDeviation", cadence);
    p.put("cadence.progressTalkEveryMonths", cadence);
    p.put(
        "networkMeetingIntervalDays",
        assumption(
            "l.1453",
            "In Rotterdam en Leeuwarden bespreekt het netwerkoverleg, dat 1 keer per 2, 3 of 4"
                + " weken bijeenkomt",
            "The source gives a range, not this network's interval; the preset picks one value."));
    p.put(
        "evaluateAtEveryNetworkMeeting",
        source(
            "l.1522-1523",
            "In Leeuwarden worden tijdens elk kernteamoverleg alle casussen besproken.",
            "Every case at every meeting is said of Leeuwarden only."));
    p.put(
        "evaluationEveryMonths",
        source(
            "l.1518",
            "Van tijd tot tijd evalueert men de uitvoering van het plan van aanpak.",
            "The source says 'from time to time', so no interval is set; the agenda prompts the"
                + " evaluation with the next progress report, as an assumed due date."));
    p.put(
        "evaluatedBy",
        source(
            "l.1521-1522",
            "In Rotterdam en Leeuwarden bewaakt de netwerkregisseur dat dit gebeurt.",
            "The network director guards that running cases are evaluated."));
    p.put(
        "closingCriterion",
        source(
            "l.1528-1529",
            "In Leeuwarden en Rotterdam zijn de doelen bereikt als de cli\u00ebnt toegeleid is en in"
                + " de reguliere zorg zit.",
            "Rotterdam and Leeuwarden close when the client is in regular care."));
    p.put(
        "followUp.checkAfterMonths",
        expertAdvice(
            "l.546-548",
            "Het LON zou standaard na een half jaar moeten checken hoe het nu gaat met de"
                + " cli\u00ebnt.",
            "The expert meeting's advice; the source describes no follow-up practice for this"
                + " network."));
    p.put(
        "followUp.dropOutReopens",
        expertAdvice(
            "l.549-550",
            "Als blijkt dat de cli\u00ebnt weer uit het hulpverleningstraject is gevallen, zou het"
                + " LON de cli\u00ebnt opnieuw moeten bespreken.",
            "The advice is to discuss the client again: a drop-out puts the client on the next"
                + " network meeting, which decides whether to reopen; the case does not reopen at"
                + " once."));
    p.put(
        "closedBy",
        assumption(
            "l.1523-1524",
            "Zit een cli\u00ebnt eenmaal in een hulpverleningstraject, dan wordt de casus in het LON"
                + " afgesloten.",
            "The source does not say who closes in this network; the network director is this"
                + " library's default."));
    p.put(
        "signallerConsultedOnFollowUp",
        assumption(
            "l.1434-1436",
            "In Enschede is nog overleg met de signaalinbrenger over het vervolg (terugkoppeling).",
            "The consultation is described for Enschede only; the source does not describe this"
                + " network's feedback to the signaller. Feedback is recorded when given."));
    p.put(
        "clientInformedBeforeReport",
        assumption(
            "l.1400-1402",
            "In Enschede moet de signaalinbrenger de betrokken inwoner(s) op de hoogte brengen ..."
                + " Ook in Leeuwarden informeert men de betrokken inwoner(s)",
            "The source describes informing the client for Enschede and Leeuwarden only; here it"
                + " is only recorded whether the client was informed, and why not."));
    p.put(
        "inquiryRound.alsoOtherNetworks",
        assumption(
            "l.1422",
            "Enschede doet ook een informatieverzoek aan enkele andere netwerken.",
            "Asking other networks is described for Enschede only."));
    p.put(
        "crisisTriageAtIntake",
        assumption(
            "l.1414-1416",
            "In Rotterdam gaat de LON-co\u00f6rdinator ook na in hoeverre het een crisissituatie"
                + " is.",
            "Explicit crisis triage is described for Rotterdam only; the source does not say the"
                + " other networks lack it: here the agenda holds no triage prompt, and a report may"
                + " still be judged an acute crisis or handed to the crisis service."));
    p.put(
        "clientAlwaysInvitedToCaseConference",
        source(
            "l.1614-1616",
            "Soms nodigt men cli\u00ebnten uit ... In Leeuwarden nodigt men de cli\u00ebnten altijd"
                + " uit voor het casusoverleg, daar zorgoverleg geheten.",
            "Clients are sometimes invited; always only in Leeuwarden."));
    p.put(
        "problemDomainThreshold",
        assumption(
            "Outside the source: the self-reliance matrix (ZRM) dates from after the study; a"
                + " domain at level 2 (not self-reliant) or lower counts as a problem."));
    p.put(
        "lifeDomainMapping",
        assumption(
            "Outside the source: the library's standard mapping from scan domains to life"
                + " domains (community participation also counts as dealing with the"
                + " neighbourhood)."));
    p.put(
        "intervention.contentEscalation.kind",
        source(
            "l.1645-1646",
            "Op casusinhoudelijk niveau zijn de mogelijkheden:",
            "Escalation on the content of a case."));
    p.put(
        "intervention.contentEscalation.options",
        source(
            "l.1645-1656",
            "casusoverleg; casu\u00efstiekbesprekingen met collega-netwerkregisseurs/"
                + "co\u00f6rdinatoren (en met de psychiater erbij); intervisie;"
                + " begeleidingscommissie; stedelijk interventieteam",
            "The source's options, a choice rather than a ladder: any option, in any order. The"
                + " chair of the case conference is the network director (l.1608-1609); where the"
                + " source names no chair the option says so (most escalation meetings are"
                + " chaired by the municipality, l.1690)."));
    p.put(
        "intervention.organisationalEscalation.kind",
        source(
            "l.1674-1676",
            "Er zijn vaak meerdere stappen mogelijk als het plan van aanpak vastloopt door"
                + " organisatorische problemen:",
            "Escalation of organisational bottlenecks."));
    p.put(
        "intervention.organisationalEscalation.options",
        source(
            "l.1678-1690",
            "hogere managers van de betrokken netwerkpartners of rechtstreeks bij de gemeente;"
                + " de stuurgroep, begeleidingscommissie of een andere relevante commissie; een"
                + " stedelijk ketenregisseur of stadsmariniers / jeugdconsuls met een groot"
                + " mandaat; de burgemeester (in ernstige noodsituaties, vanuit het openbare"
                + " ordebeleid)",
            "The source's steps, several of which are often possible: any of them, in any order;"
                + " the mayor only in a serious emergency, with its reason."));
    p.put(
        "intervention.coercionEscalation",
        assumption(
            "l.1692-1698",
            "In Rotterdam spreken de LON\u2019s van een continu\u00fcm ... In Enschede wordt er"
                + " voor drang- en dwangmaatregelen opgeschaald naar het Stedelijk"
                + " Interventieteam.",
            "The source names a body to escalate pressure and coercion to for Enschede only;"
                + " elsewhere the measures are recorded from the catalogue."));
    p.put(
        "intervention.coercionCatalogue.measures",
        assumption(
            "l.1692-1716",
            "Actief ongevraagd hulp aanbieden is het ene uiterste van het continu\u00fcm,"
                + " dwangopname het andere uiterste. ... In Leeuwarden kan men de volgende"
                + " mogelijkheden benutten in het kader van dwang en drang",
            "The ends of the continuum and Leeuwarden's measures are the source's; the current"
                + " laws and the levels between the ends are this library's."));
    p.put(
        "intervention.guidedExplosionMinUnreachable",
        assumption(
            "l.1631-1632",
            "als herhaaldelijk blijkt dat een cli\u00ebnt niet te bereiken is, afspraken niet"
                + " nakomt of zich onttrekt aan de hulpverlening",
            "The source says 'repeatedly'; the number is an assumption."));
    p.put(
        "intervention.noEvictionWithChildren",
        assumption(
            "l.1636-1638",
            "Overigens werken de Sociale Teams in Leeuwarden niet mee aan een huisuitzetting"
                + " waarbij kinderen betrokken zijn.",
            "The source states the rule for Leeuwarden's social teams only; for this network it"
                + " is off unless the network turns it on."));
    p.put(
        "intervention.budgetMandate",
        assumption(
            "l.1717-1720",
            "De onafhankelijke teamleider in Enschede beschikt over een budget en is gemandateerd"
                + " om het geld in te zetten.",
            "A care-purchase budget is described for Enschede only; this network has none unless"
                + " it sets one."));
    p.put(
        "intervention.escalationResponseDays",
        assumption("The source names no response time for escalation bodies."));
    Provenance correction =
        assumption("Outside the source: correcting entries made in error is this library's.");
    p.put("correction.authorDays", correction);
    p.put("correction.networkDirectorAlways", correction);
    p.put(
        "access.viewers",
        assumption("The source names the viewers for Rotterdam and Enschede only (l.1256)."));
    p.put(
        "access.consentRequired",
        source(
            "l.1260-1262",
            "In de onderzochte steden is een privacyprotocol aanwezig. Leeuwarden werkt bovendien"
                + " met een toestemmingsformulier.",
            "A consent form is described for Leeuwarden only."));
    p.put(
        "access.clientNumbersOnly",
        source(
            "l.1232-1233",
            "in Leeuwarden werkt men niet met naam van cli\u00ebnten, maar met cli\u00ebntnummers",
            "Client numbers instead of names are described for Leeuwarden only."));
    Provenance privacy =
        assumption(
            "Outside the source: a privacy choice of this library (current law and practice)"
                + " that the network's privacy protocol must confirm.");
    p.put("access.emergencyOverrideAllowed", privacy);
    p.put("access.auditRetentionYears", privacy);
    p.put("access.legalBases", privacy);
    p.put("access.figuresViewers", privacy);
    p.put(
        "access.signalListViewers",
        assumption(
            "l.1409-1412",
            "In Enschede maakt de teamondersteuner een signaallijst.",
            "The source names a signal list for Enschede only; here the network director reads"
                + " the list of reports."));
    p.put("access.smallCellThreshold", privacy);
    p.put(
        "calendar",
        assumption(
            "Outside the source: working days are counted under the Algemene termijnenwet; a"
                + " network adds its own closure days."));
    // the rules of one city, as assumptions for the others; that city's preset says its source
    p.put(
        "decidingVote",
        assumption(
            "l.926, l.948",
            "In Enschede heeft de netwerkregisseur / teamleider een beslissende stem als er geen"
                + " overeenstemming is tussen de partners.",
            "The deciding vote is described for Enschede only; this network decides by agreement"
                + " unless it gives its network director the vote."));
    p.put(
        "ownershipAcceptedBeforePlan",
        assumption(
            "l.1482-1484",
            "binnen tien werkdagen na het aanvaarden van het probleemhouderschap",
            "The acceptance is described for Enschede only; here the appointment makes the"
                + " trajectory director owner."));
    p.put(
        "firstCaseConferenceChairedByNetworkDirector",
        assumption(
            "l.1484-1486",
            "Bij het eerste MDO is de teamleider van het LON aanwezig ten behoeve van de"
                + " kwaliteitsbewaking. En het technisch voorzitterschap",
            "Described for Enschede's MDO only; here any participant may chair the first case"
                + " conference."));
    p.put(
        "conceptPlanByNetworkDirector",
        assumption(
            "l.1452-1456",
            "In Rotterdam stelt de netwerkregisseur alvast een concept plan van aanpak op als dat"
                + " mogelijk is.",
            "The concept plan is described for Rotterdam only; here no concept is drafted before"
                + " the plan."));
    p.put(
        "problemOwnerMandateRequired",
        assumption(
            "l.1196-1198, l.1827-1830",
            "Trajectregisseurs (probleemhouders) krijgen (via een ondertekend convenant) een"
                + " mandaat om een plan van aanpak op te zetten",
            "The problem owner's mandate through a signed covenant is described for Enschede; the"
                + " source names the mandate as one of the differences between the three networks,"
                + " so here the directory's mandate flag is not required of a problem owner."));
    p.put(
        "stalledProgressBackToTeam",
        assumption(
            "l.1606",
            "brengt de casus opnieuw in het sociaal team als de voortgang stagneert.",
            "Described for Leeuwarden's problem owner only; a stalled case here is reported and"
                + " discussed when the network director puts it on the agenda."));
    return p;
  }

  /** The escalation options with the network's own administrative body (l.836-841). */
  private static void bodies(Map<String, Provenance> p, String lines, String quoteNl, String body) {
    p.put(
        "intervention.contentEscalation.options",
        source(
            "l.1645-1656, " + lines.substring(2),
            "casusoverleg; casu\u00efstiekbesprekingen met collega-netwerkregisseurs/"
                + "co\u00f6rdinatoren (en met de psychiater erbij); intervisie;"
                + " begeleidingscommissie; stedelijk interventieteam ... "
                + quoteNl,
            "The source's options, a choice rather than a ladder: any option, in any order; the"
                + " administrative body goes by this network's name, the "
                + body
                + ". The case conference is chaired by the network director (l.1608-1609); where"
                + " the source names no chair the option says so."));
    p.put(
        "intervention.organisationalEscalation.options",
        source(
            "l.1678-1690, " + lines.substring(2),
            "hogere managers van de betrokken netwerkpartners of rechtstreeks bij de gemeente;"
                + " de stuurgroep, begeleidingscommissie of een andere relevante commissie; een"
                + " stedelijk ketenregisseur of stadsmariniers / jeugdconsuls met een groot"
                + " mandaat; de burgemeester (in ernstige noodsituaties, vanuit het openbare"
                + " ordebeleid) ... "
                + quoteNl,
            "The source's steps, several of which are often possible: any of them, in any order,"
                + " the mayor only in a serious emergency; the administrative body goes by this"
                + " network's name, the "
                + body
                + "."));
  }

  private static void terminology(
      Map<String, Provenance> p, String lines, String quoteNl, String team, String names) {
    Provenance nl = source(lines, quoteNl, "The source's own names: " + names + ".");
    Provenance en =
        source(lines, quoteNl, "An English rendering of the source's names: " + names + ".");
    p.put("terminology.networkNl", source("l.791-795", team, "The team's name in the schema."));
    p.put(
        "terminology.networkEn",
        source("l.791-795", team, "An English rendering of the team's name in the schema."));
    p.put("terminology.rolesNl", nl);
    p.put("terminology.rolesEn", en);
    p.put("terminology.meetingsNl", nl);
    p.put("terminology.meetingsEn", en);
  }

  // ------------------------------------------------------------------ Rotterdam

  private static Map<String, Provenance> rotterdam() {
    Map<String, Provenance> p = common();
    p.put(
        "eligibility.homelessInScope",
        source(
            "l.305-306",
            "Rotterdam heeft in het kader van het Plan van Aanpak Maatschappelijke Opvang juist een"
                + " apart stedelijk circuit voor toeleiding van daklozen.",
            "Homeless people have their own city-wide circuit."));
    p.put(
        "eligibility.exPrisonersInScope",
        assumption("The source says nothing on ex-prisoners in Rotterdam."));
    p.put(
        "crisisTriageAtIntake",
        source(
            "l.1414-1416",
            "In Rotterdam gaat de LON-co\u00f6rdinator ook na in hoeverre het een crisissituatie"
                + " is. Is er sprake van een acute crisissituatie ... dan zal de LON-co\u00f6rdinator"
                + " de bevoegde partijen (crisisdienst) op pad sturen.",
            "Rotterdam's coordinator checks for an acute crisis at intake."));
    p.put(
        "planPresentedBy",
        source(
            "l.1452-1455",
            "In Rotterdam stelt de netwerkregisseur alvast een concept plan van aanpak op als dat"
                + " mogelijk is. ... het plan van aanpak, dat in Rotterdam voorbereid is door de"
                + " netwerkregisseur.",
            "The network director drafts a concept plan for the network meeting."));
    p.put(
        "conceptPlanByNetworkDirector",
        source(
            "l.1452, l.1455-1456",
            "In Rotterdam stelt de netwerkregisseur alvast een concept plan van aanpak op als dat"
                + " mogelijk is. ... het plan van aanpak, dat in Rotterdam voorbereid is door de"
                + " netwerkregisseur.",
            "The network director drafts a concept plan for the network meeting."));
    Provenance round =
        source(
            "l.1423-1424",
            "Rotterdam start altijd een onderzoek- en inventarisatieronde. De LON-co\u00f6rdinator"
                + " vraagt, afhankelijk van de melding, informatie bij de partners.",
            "Every report gets an inquiry round, with the partners chosen per report.");
    p.put("inquiryRound.always", round);
    p.put("inquiryRound.toAllPartners", round);
    p.put(
        "followUp.checkAfterMonths",
        source(
            "l.1538-1540",
            "In Rotterdam volgt men een casus nog gedurende een jaar na afsluiting. ... na"
                + " bijvoorbeeld 6 en 12 maanden.",
            "Rotterdam follows a closed case for a year; 6 and 12 months are the source's"
                + " example."));
    p.put(
        "access.viewers",
        source(
            "l.1256",
            "inzagemogelijkheid voor alleen de GGD (Rotterdam)",
            "Only the coordinating organisation, the GGD, views case data."));
    bodies(p, "l.836-841", "Stuurgroep (R, E)", "stuurgroep");
    terminology(
        p,
        "l.805-841",
        "Dossierhouder (R) ... Co\u00f6rdinator (R) ... Casusberaad (R) ... Bespreking LZN (R) ..."
            + " Stuurgroep (R, E)",
        "Lokaal Zorgnetwerk (R)",
        "dossierhouder (the instruments chapter, l.1574-1575, says casushouder), co\u00f6rdinator,"
            + " casusberaad, bespreking LZN, stuurgroep");
    return p;
  }

  // ------------------------------------------------------------------ Enschede

  private static Map<String, Provenance> enschede() {
    Map<String, Provenance> p = common();
    Provenance domains =
        source(
            "l.290-297",
            "Zo geeft men in Enschede aan dat uit de aanmelding duidelijk moet zijn dat de cli\u00ebnt"
                + " problemen ondervindt op drie of meer van de volgende leefgebieden: wonen, zorg,"
                + " onderwijs, veiligheid, werken, welzijn.",
            "Enschede's criterion: three or more of six life domains (the two-column layout"
                + " splits the sentence over these lines).");
    p.put("eligibility.minProblemDomains", domains);
    p.put("eligibility.countedDomains", domains);
    p.put(
        "eligibility.homelessInScope",
        assumption("The source says nothing on homeless people in Enschede."));
    p.put(
        "eligibility.exPrisonersInScope",
        assumption("The source says nothing on ex-prisoners in Enschede."));
    p.put(
        "deadlines.judgeReportWithin",
        source(
            "l.1413-1414",
            "In Enschede dient deze beoordeling binnen vijf werkdagen plaats te vinden.",
            "Judge the report within 5 working days."));
    p.put(
        "deadlines.appointProblemOwnerWithin",
        source(
            "l.1440-1441",
            "In Enschede stelt de netwerkregisseur (teamleider) binnen vijf werkdagen na het"
                + " co\u00f6rdinatiebesluit daarvoor een probleemhouder aan",
            "Appoint the problem owner within 5 working days of the coordination decision."));
    p.put(
        "deadlines.presentPlanWithin",
        source(
            "l.1482-1484",
            "legt dit binnen tien werkdagen na het aanvaarden van het probleemhouderschap voor aan"
                + " het zogeheten Multidisciplinair overleg (MDO)",
            "Present the plan to the MDO within 10 working days of accepting problem"
                + " ownership."));
    p.put(
        "appointedBy",
        source(
            "l.861-862",
            "In Enschede wordt de trajectregisseur (in Enschede genoemd probleemhouder)"
                + " rechtstreeks door de netwerkregisseur (in Enschede genoemd teamleider)"
                + " aangezocht",
            "The network director approaches the problem owner directly."));
    p.put(
        "networkDirectorFallback",
        assumption(
            "l.1470-1473",
            "Als die niet direct beschikbaar is, fungeert de netwerkregisseur tijdelijk als"
                + " probleemhouder.",
            "The fallback is described for Rotterdam and Leeuwarden; the source does not say"
                + " whether Enschede, which appoints directly, has one."));
    p.put(
        "scanBeforeIntegralPicture",
        source(
            "l.1443-1444",
            "De probleemhouder maakt met behulp van de Scan Leefgebieden een overzicht van de"
                + " multiprobleemsituatie.",
            "The problem owner maps the situation with the Scan Leefgebieden."));
    p.put(
        "networkMeetingIntervalDays",
        assumption(
            "l.869-870",
            "Vertegenwoordigers van de kernpartners, het kernteam, komen doorgaans 1x per 14"
                + " dagen of 1x per maand bij elkaar",
            "The source gives no frequency for Enschede's WZT meeting; the preset takes the"
                + " core team's usual fortnight."));
    p.put(
        "evaluatedBy",
        source(
            "l.1521-1522",
            "Alle in procedure zijnde casussen worden ge\u00ebvalueerd. In Enschede is dat een taak"
                + " van de probleemhouder.",
            "The problem owner evaluates."));
    p.put(
        "closedBy",
        source(
            "l.1503",
            "hij zorgt voor afsluiting en evaluatie",
            "The problem owner closes (also l.1586: 'afsluiten en evalueren')."));
    p.put(
        "planPresentedBy",
        source(
            "l.1482-1484",
            "Hij maakt de probleemanalyse, het plan van aanpak en legt dit binnen tien werkdagen na"
                + " het aanvaarden van het probleemhouderschap voor aan het zogeheten"
                + " Multidisciplinair overleg (MDO).",
            "The problem owner presents the plan to the MDO."));
    p.put(
        "decidingVote",
        source(
            "l.926, l.948",
            "In Enschede heeft de netwerkregisseur / teamleider een beslissende stem als er geen"
                + " overeenstemming is tussen de partners.",
            "The team leader (the network director) decides when the partners do not agree."));
    p.put(
        "ownershipAcceptedBeforePlan",
        source(
            "l.1482-1484",
            "Hij maakt de probleemanalyse, het plan van aanpak en legt dit binnen tien werkdagen na"
                + " het aanvaarden van het probleemhouderschap voor aan het zogeheten"
                + " Multidisciplinair overleg (MDO).",
            "The problem owner accepts the ownership; the ten working days run from it."));
    p.put(
        "firstCaseConferenceChairedByNetworkDirector",
        source(
            "l.1484-1486",
            "Bij het eerste MDO is de teamleider van het LON aanwezig ten behoeve van de"
                + " kwaliteitsbewaking. En het technisch voorzitterschap zodat de probleemhouder"
                + " zich op inhoud kan concentreren.",
            "The team leader attends the first MDO as technical chair."));
    p.put(
        "problemOwnerMandateRequired",
        source(
            "l.1196-1198",
            "Trajectregisseurs (probleemhouders) krijgen (via een ondertekend convenant) een"
                + " mandaat om een plan van aanpak op te zetten, af te dwingen bij uitvoerende"
                + " professionals en te evalueren (Enschede).",
            "A problem owner accepts, adopts and evaluates the plan only with the mandate of their"
                + " own organisation."));
    p.put(
        "access.signalListViewers",
        source(
            "l.1409-1412",
            "In Enschede maakt de teamondersteuner een signaallijst. De netwerkregisseur"
                + " beoordeelt vervolgens of het een te behandelen melding is.",
            "The team supporter keeps the signal list; the network director judges the reports."));
    p.put(
        "signallerConsultedOnFollowUp",
        source(
            "l.1434-1435",
            "In Enschede is nog overleg met de signaalinbrenger over het vervolg (terugkoppeling).",
            "The coordination decision comes with the consultation of the signaller."));
    p.put(
        "clientInformedBeforeReport",
        source(
            "l.1400-1401",
            "In Enschede moet de signaalinbrenger de betrokken inwoner(s) op de hoogte brengen dat"
                + " de gesignaleerde problemen worden besproken in het wijkzorgteam.",
            "The signaller must inform the client before the report."));
    Provenance enschedeRound =
        assumption(
            "l.1419-1424",
            "Enschede doet ook een informatieverzoek aan enkele andere netwerken.",
            "The source does not say whether every report gets a round in Enschede, nor which"
                + " partners are asked.");
    p.put("inquiryRound.always", enschedeRound);
    p.put("inquiryRound.toAllPartners", enschedeRound);
    p.put(
        "inquiryRound.alsoOtherNetworks",
        source(
            "l.1422",
            "Enschede doet ook een informatieverzoek aan enkele andere netwerken.",
            "Some other networks are asked too."));
    p.put(
        "closingCriterion",
        source(
            "l.1530-1531",
            "In Enschede zijn de doelen bereikt als de hulpverlening voldoende effect heeft gehad"
                + " en de cli\u00ebnt weer op eigen benen kan staan.",
            "Enschede closes when the client stands on their own feet again."));
    p.put(
        "intervention.budgetMandate",
        assumption(
            "l.1717-1720",
            "De onafhankelijke teamleider in Enschede beschikt over een budget en is gemandateerd"
                + " om het geld in te zetten. Dit wordt gebruikt als \u2018crisispotje\u2019",
            "The pot held by the team leader (the network director) with the mandate to spend it"
                + " on any case is the source's; the amount of EUR 25,000, the calendar year as"
                + " its period and the absence of a cap per case are assumptions the network"
                + " replaces with its own."));
    p.put(
        "intervention.coercionEscalation",
        source(
            "l.1698",
            "In Enschede wordt er voor drang- en dwangmaatregelen opgeschaald naar het Stedelijk"
                + " Interventieteam.",
            "For pressure and coercion Enschede escalates straight to the city intervention"
                + " team."));
    bodies(p, "l.836-841", "Stuurgroep (R, E)", "stuurgroep");
    p.put(
        "access.viewers",
        source(
            "l.1256",
            "of ook voor meerdere partners (Enschede)",
            "Several partners view case data."));
    terminology(
        p,
        "l.808-841",
        "Probleemhouder (E) ... Procesmanager (E) ... MDO=Multidisciplinair overleg (E) ..."
            + " WZT-vergadering (E) ... Stuurgroep (R, E)",
        "Wijkzorgteam (E)",
        "probleemhouder; teamleider, as the running text calls the network director (l.861-862,"
            + " l.916-917, l.1440) where the schema says procesmanager; MDO, WZT-vergadering,"
            + " stuurgroep");
    return p;
  }

  // ------------------------------------------------------------------ Leeuwarden

  private static Map<String, Provenance> leeuwarden() {
    Map<String, Provenance> p = common();
    p.put(
        "eligibility.minProblemDomains",
        assumption(
            "l.295-301",
            "In Friesland wordt aangegeven dat de sociale teams die werkzaam zijn in"
                + " plattelandsgemeenten doorgaans ruimer omgaan met de afbakening van de doelgroep"
                + " dan teams die werkzaam zijn in steden.",
            "The broader scope is said of rural teams, not of the city of Leeuwarden; the source"
                + " gives no number of life domains."));
    Provenance friesland =
        source(
            "l.303",
            "In Friesland behoren ook daklozen en ex-gedetineerden tot de doelgroep van de sociale"
                + " teams.",
            "Homeless people and ex-prisoners belong to the target group.");
    p.put("eligibility.homelessInScope", friesland);
    p.put("eligibility.exPrisonersInScope", friesland);
    p.put(
        "followUp.checkAfterMonths",
        expertAdvice(
            "l.546-548",
            "Het LON zou standaard na een half jaar moeten checken hoe het nu gaat met de"
                + " cli\u00ebnt.",
            "The expert meeting's advice; the source describes follow-up practice for Rotterdam"
                + " only."));
    p.put(
        "closedBy",
        source(
            "l.1603-1604",
            "meldt de teamleider als hij de casus heeft afgesloten en / of als de cli\u00ebnt wordt"
                + " overgedragen aan een andere contactpersoon / instelling",
            "The problem owner closes the case and tells the team leader."));
    p.put(
        "planPresentedBy",
        assumption(
            "l.1453-1455, l.1470-1471",
            "In Rotterdam en Leeuwarden bespreekt het netwerkoverleg ... de casussen van de"
                + " bespreeklijst. Het overleg geeft feedback op de beeldvorming maar gaat vooral in"
                + " op het plan van aanpak ... wordt tijdens het netwerkoverleg indien mogelijk een"
                + " trajectregisseur ... benoemd",
            "The network meeting discusses the plan and appoints the contact person during it;"
                + " who prepares the plan is not described, so the network director brings it."));
    p.put(
        "stalledProgressBackToTeam",
        source(
            "l.1606",
            "brengt de casus opnieuw in het sociaal team als de voortgang stagneert.",
            "The problem owner brings a stalled case back to the social team."));
    p.put(
        "signallerConsultedOnFollowUp",
        source(
            "l.1435-1436",
            "In Leeuwarden geven een aantal ge\u00efnterviewden aan dat zij in de praktijk vaker een"
                + " dergelijke terugkoppeling willen zien.",
            "Feedback to the signaller is wished for more often, not a fixed practice: recorded"
                + " when given, not required."));
    p.put(
        "clientInformedBeforeReport",
        source(
            "l.1401-1402",
            "Ook in Leeuwarden informeert men de betrokken inwoner(s) en worden zij gemotiveerd om"
                + " mee te werken.",
            "The client is informed and motivated to cooperate: advised on the agenda where the"
                + " signal says the client was not informed."));
    p.put(
        "inquiryRound.always",
        assumption(
            "l.1419-1421",
            "Om de informatie te completeren stuurt de netwerkregisseur in Leeuwarden de"
                + " aanmeldingsformulieren door naar alle netwerkpartners",
            "The source describes whom Leeuwarden asks, not that the coordination decision waits"
                + " for the round; the agenda asks for the round."));
    p.put(
        "inquiryRound.toAllPartners",
        source(
            "l.1420-1422",
            "stuurt de netwerkregisseur in Leeuwarden de aanmeldingsformulieren door naar alle"
                + " netwerkpartners om te checken of de inwoner bekend is bij de moederorganisatie",
            "The reporting form goes to all network partners."));
    p.put(
        "intervention.noEvictionWithChildren",
        source(
            "l.1636-1638",
            "Overigens werken de Sociale Teams in Leeuwarden niet mee aan een huisuitzetting"
                + " waarbij kinderen betrokken zijn.",
            "Leeuwarden's social teams do not cooperate in an eviction involving children."));
    p.put(
        "intervention.coercionEscalation",
        assumption(
            "l.1702-1716",
            "In Leeuwarden kan men de volgende mogelijkheden benutten in het kader van dwang en"
                + " drang",
            "Leeuwarden uses its measures of pressure and coercion directly; the source names no"
                + " body to escalate them to."));
    bodies(p, "l.836-841", "Begeleidings-commissie (L)", "begeleidingscommissie");
    p.put(
        "access.viewers",
        assumption(
            "The source names the viewers for Rotterdam and Enschede only (l.1256); the partners"
                + " involved in the case are an assumption."));
    terminology(
        p,
        "l.805-841",
        "Contactpersoon (L) ... Teamleider (L) ... Zorgoverleg (L) ... Bespreking ST (L) ..."
            + " Begeleidings-commissie (L)",
        "Sociaal team (L)",
        "contactpersoon (the task list, l.1590, says probleemhouder), teamleider, zorgoverleg,"
            + " bespreking ST, begeleidingscommissie");
    return p;
  }
}
