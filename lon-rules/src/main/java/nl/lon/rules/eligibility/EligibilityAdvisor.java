package nl.lon.rules.eligibility;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.network.Circuit;
import nl.lon.core.process.Concern;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.rules.profile.EligibilityRule;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Advises on eligibility and target groups from a signal and, when present, a life-domain scan
 * (toelatingsadvies).
 *
 * <p>Pure: the same inputs always give the same advice. With a scan, problem domains come from the
 * scores at or below the profile's threshold, mapped to life domains; without one, from the
 * concerns on the signal.
 *
 * <p>Target groups are advised from explicit facts ({@link TargetGroupFacts}), each with its
 * reason, as the source defines them (seeds/004_ca47ed76719141bc.txt l.223-234): a care avoider
 * when the client does not ask for care themselves; a care misser when the current care offer fails
 * the client; a nuisance causer when nuisance to the surroundings is reported. Who signalled and
 * how many life domains have problems are given as context, never as the ground: a police report
 * does not make a care avoider, nor three problem domains a care misser. A fact not known becomes
 * an open question on the advice ({@link EligibilityAdvice#getOpenQuestions()}).
 *
 * @since 0.1
 */
public final class EligibilityAdvisor {

  private final MethodologyProfile profile;

  private EligibilityAdvisor(MethodologyProfile profile) {
    this.profile = profile;
  }

  /**
   * An advisor for a profile.
   *
   * @param profile the network's profile
   * @return the advisor
   */
  public static EligibilityAdvisor of(MethodologyProfile profile) {
    return new EligibilityAdvisor(profile);
  }

  /**
   * Advises on a signal, with only the facts the signal itself tells ({@link
   * TargetGroupFacts#from(Signal)}).
   *
   * @param signal the signal
   * @param household the household
   * @param scan the latest scan, if any
   * @return the advice
   */
  public EligibilityAdvice advise(
      Signal signal, Household household, Optional<LifeDomainScan> scan) {
    return advise(signal, household, scan, TargetGroupFacts.from(signal));
  }

  /**
   * Advises on a signal, with the facts known about the client.
   *
   * @param signal the signal
   * @param household the household
   * @param scan the latest scan, if any
   * @param known whether the client asks for help and whether the care offer fails them
   * @return the advice
   * @since 0.2
   */
  public EligibilityAdvice advise(
      Signal signal, Household household, Optional<LifeDomainScan> scan, TargetGroupFacts known) {
    EligibilityRule rule = profile.getEligibility();
    Set<LifeDomain> all;
    List<Fact> facts = new ArrayList<>();
    if (scan.isPresent()) {
      all =
          scan.get()
              .problemLifeDomains(
                  profile.getProblemDomainThreshold(), profile.getLifeDomainMapping());
    } else {
      EnumSet<LifeDomain> fromConcerns = EnumSet.noneOf(LifeDomain.class);
      signal.getConcerns().forEach(c -> fromConcerns.addAll(c.getLifeDomains()));
      all = fromConcerns;
    }
    ImmutableSet<LifeDomain> counted =
        Sets.immutableEnumSet(Sets.intersection(all, rule.getCountedDomains()));
    boolean enough = counted.size() >= rule.getMinProblemDomains();
    String source = scan.isPresent() ? "the life-domain scan" : "the signal's concerns";
    String sourceNl = scan.isPresent() ? "de scan leefgebieden" : "de zorgpunten in het signaal";
    facts.add(
        new Fact(
            counted.size()
                + " counted life domain(s) with problems according to "
                + source
                + ": "
                + names(counted)
                + "; the profile requires "
                + rule.getMinProblemDomains(),
            counted.size()
                + " meegetelde leefgebied(en) met problemen volgens "
                + sourceNl
                + ": "
                + names(counted)
                + "; het profiel vereist er "
                + rule.getMinProblemDomains()));
    boolean inScope = enough;
    Optional<Circuit> referTo = Optional.empty();
    if (signal.isClientMinor() && !rule.isYouthInScope()) {
      inScope = false;
      referTo = Optional.of(Circuit.YOUTH);
      facts.add(
          new Fact(
              "the client is a minor and youth has its own circuit in this network",
              "de cliënt is minderjarig en jeugd heeft in dit netwerk een eigen circuit"));
    }
    if (signal.getConcerns().contains(Concern.HOMELESSNESS) && !rule.isHomelessInScope()) {
      inScope = false;
      referTo = Optional.of(Circuit.CITY_WIDE_SPECIALISED);
      facts.add(
          new Fact(
              "the client is homeless and homeless people have a city-wide circuit",
              "de cliënt is dakloos en daklozen hebben een stedelijk circuit"));
    }
    if (signal.getConcerns().contains(Concern.EX_PRISONER) && !rule.isExPrisonersInScope()) {
      inScope = false;
      referTo = Optional.of(Circuit.JUSTICE);
      facts.add(
          new Fact(
              "the client is an ex-prisoner and ex-prisoners are not in this network's group",
              "de cliënt is ex-gedetineerde en ex-gedetineerden horen niet bij de doelgroep van dit netwerk"));
    }
    return EligibilityAdvice.builder()
        .inScope(inScope)
        .problemDomains(counted)
        .basedOnScan(scan.isPresent())
        .facts(facts)
        .targetGroups(targetGroups(signal, household, all, known))
        .openQuestions(openQuestions(known))
        .referTo(referTo)
        .build();
  }

  private static List<TargetGroupAdvice> targetGroups(
      Signal signal, Household household, Set<LifeDomain> domains, TargetGroupFacts known) {
    List<TargetGroupAdvice> result = new ArrayList<>();
    if (known.getClientAskedForHelp().equals(Optional.of(false))) {
      // l.223-224: others worry about them, but they do not ask for care themselves
      List<Fact> facts = new ArrayList<>();
      facts.add(
          new Fact(
              "the client does not ask for care themselves",
              "de cliënt vraagt niet uit zichzelf om zorg"));
      if (signal.getSourceKind() != SignalSourceKind.CLIENT) {
        facts.add(
            new Fact(
                "others worry: the signal came from "
                    + signal.getSourceKind().label(java.util.Locale.ENGLISH),
                "anderen maken zich zorgen: het signaal kwam van "
                    + signal.getSourceKind().label(java.util.Locale.forLanguageTag("nl"))));
      }
      result.add(new TargetGroupAdvice(TargetGroup.CARE_AVOIDER, facts));
    }
    if (known.getCareOfferFailing().equals(Optional.of(true))) {
      // l.228-230: the compartmentalised care offer cannot help them enough; often multi-problem
      // families
      List<Fact> facts = new ArrayList<>();
      facts.add(
          new Fact(
              "the current care offer cannot help the client enough: they fall between two stools",
              "het huidige hulpaanbod kan de cliënt niet afdoende helpen: de cliënt valt tussen wal"
                  + " en schip"));
      if (!domains.isEmpty()) {
        facts.add(
            new Fact(
                "problems on "
                    + domains.size()
                    + " life domain(s)"
                    + (household.hasChildren() ? ", in a family with children" : ""),
                "problemen op "
                    + domains.size()
                    + " leefgebied(en)"
                    + (household.hasChildren() ? ", in een gezin met kinderen" : "")));
      }
      result.add(new TargetGroupAdvice(TargetGroup.CARE_MISSER, facts));
    }
    if (signal.getConcerns().contains(Concern.NUISANCE)) {
      // l.232-234: their conduct takes too little account of the direct surroundings
      result.add(
          new TargetGroupAdvice(
              TargetGroup.NUISANCE_CAUSER,
              List.of(
                  new Fact(
                      "nuisance to the direct surroundings was reported",
                      "overlast voor de directe omgeving is gemeld"))));
    }
    return result;
  }

  private static List<Fact> openQuestions(TargetGroupFacts known) {
    List<Fact> open = new ArrayList<>(2);
    if (known.getClientAskedForHelp().isEmpty()) {
      open.add(
          new Fact(
              "not known whether the client asks for help themselves; a client who does not is a"
                  + " care avoider",
              "niet bekend of de cliënt zelf om hulp vraagt; wie dat niet doet is een zorgmijder"));
    }
    if (known.getCareOfferFailing().isEmpty()) {
      open.add(
          new Fact(
              "not known whether the current care offer fails the client; ask the partners"
                  + " involved: a client it fails is a care misser",
              "niet bekend of het huidige hulpaanbod tekortschiet voor de cliënt; vraag het de"
                  + " betrokken partners: wie tussen wal en schip valt is een zorgmisser"));
    }
    return open;
  }

  private static String names(Set<LifeDomain> domains) {
    return domains.isEmpty()
        ? "-"
        : domains.stream()
            .map(d -> d.name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(", "));
  }
}
