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
 * concerns on the signal. Target groups: a care avoider when others signal and the client does not
 * ask for help; a nuisance causer when nuisance is reported; a care misser when problems span three
 * or more life domains or a family with children has problems on two or more.
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
   * Advises on a signal.
   *
   * @param signal the signal
   * @param household the household
   * @param scan the latest scan, if any
   * @return the advice
   */
  public EligibilityAdvice advise(
      Signal signal, Household household, Optional<LifeDomainScan> scan) {
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
        .targetGroups(targetGroups(signal, household, all))
        .referTo(referTo)
        .build();
  }

  private static List<TargetGroupAdvice> targetGroups(
      Signal signal, Household household, Set<LifeDomain> domains) {
    List<TargetGroupAdvice> result = new ArrayList<>();
    if (signal.getSourceKind() != SignalSourceKind.CLIENT) {
      result.add(
          new TargetGroupAdvice(
              TargetGroup.CARE_AVOIDER,
              List.of(
                  new Fact(
                      "others signalled ("
                          + signal.getSourceKind().name().toLowerCase(java.util.Locale.ROOT)
                          + "); the client did not ask for help",
                      "anderen signaleerden; de cliënt vroeg zelf niet om hulp"))));
    }
    if (signal.getConcerns().contains(Concern.NUISANCE)) {
      result.add(
          new TargetGroupAdvice(
              TargetGroup.NUISANCE_CAUSER,
              List.of(
                  new Fact(
                      "nuisance to the surroundings was reported",
                      "overlast voor de omgeving is gemeld"))));
    }
    if (domains.size() >= 3 || (household.hasChildren() && domains.size() >= 2)) {
      result.add(
          new TargetGroupAdvice(
              TargetGroup.CARE_MISSER,
              List.of(
                  new Fact(
                      "problems on "
                          + domains.size()
                          + " life domains"
                          + (household.hasChildren() ? " in a family with children" : "")
                          + ": more than one provider can address alone",
                      "problemen op "
                          + domains.size()
                          + " leefgebieden"
                          + (household.hasChildren() ? " in een gezin met kinderen" : "")
                          + ": meer dan één aanbieder alleen kan oplossen"))));
    }
    return result;
  }

  private static String names(Set<LifeDomain> domains) {
    return domains.isEmpty()
        ? "-"
        : domains.stream()
            .map(d -> d.name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(", "));
  }
}
