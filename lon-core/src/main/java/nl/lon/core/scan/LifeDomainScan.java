package nl.lon.core.scan;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A life-domain scan of a client (Scan Leefgebieden), modelled on the Self-Reliance Matrix (ZRM).
 *
 * <p>Every domain of the instrument's version is either scored on the five-point scale or marked
 * "not discussed" (niet besproken); a scan with a domain missing, a domain of another version, or a
 * domain both scored and marked is rejected. Which domains are problem domains follows from a
 * threshold the network's profile sets.
 *
 * <pre>{@code
 * LifeDomainScan scan = LifeDomainScan.builder()
 *     .instrument(ScanInstrument.ZRM_2017).scoredOn(LocalDate.of(2026, 3, 9))
 *     .putScores(ScanDomain.HOUSING, SelfRelianceLevel.ACUTE_PROBLEMS)
 *     // ... every other domain of ZRM 2017, scored or in notDiscussed
 *     .build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class LifeDomainScan {

  LifeDomainScan() {}

  /**
   * The instrument and version used.
   *
   * @return the instrument
   */
  public abstract ScanInstrument getInstrument();

  /**
   * The day the scan was made.
   *
   * @return the date, within {@link nl.lon.core.process.PlausibleDates}
   */
  public abstract LocalDate getScoredOn();

  /**
   * The scores of the discussed domains.
   *
   * @return domain to level
   */
  public abstract ImmutableMap<ScanDomain, SelfRelianceLevel> getScores();

  /**
   * The domains marked "not discussed".
   *
   * @return the domains without a score
   */
  public abstract ImmutableSet<ScanDomain> getNotDiscussed();

  /**
   * The score of one domain.
   *
   * @param domain the domain
   * @return the level, or empty when not discussed or not part of this instrument
   */
  public Optional<SelfRelianceLevel> scoreOf(ScanDomain domain) {
    return Optional.ofNullable(getScores().get(domain));
  }

  /**
   * The domains scored at or below a threshold: the problem domains.
   *
   * @param threshold the highest level that still counts as a problem (for example {@link
   *     SelfRelianceLevel#LIMITED})
   * @return the problem domains
   */
  public ImmutableSet<ScanDomain> problemDomains(SelfRelianceLevel threshold) {
    EnumSet<ScanDomain> result = EnumSet.noneOf(ScanDomain.class);
    for (Map.Entry<ScanDomain, SelfRelianceLevel> e : getScores().entrySet()) {
      if (e.getValue().compareTo(threshold) <= 0) {
        result.add(e.getKey());
      }
    }
    return Sets.immutableEnumSet(result);
  }

  /**
   * The broad life domains with problems, through a mapping.
   *
   * @param threshold the highest level that still counts as a problem
   * @param mapping the mapping from scan domains to life domains
   * @return the life domains with at least one problem domain mapped to them
   */
  public ImmutableSet<LifeDomain> problemLifeDomains(
      SelfRelianceLevel threshold, LifeDomainMapping mapping) {
    return mapping.lifeDomainsOf(problemDomains(threshold));
  }

  @Value.Check
  void check() {
    Checks.date(getScoredOn(), "LifeDomainScan.scoredOn");
    Set<ScanDomain> expected = getInstrument().getDomains();
    Set<ScanDomain> both = Sets.intersection(getScores().keySet(), getNotDiscussed());
    Checks.require(
        both.isEmpty(),
        "LifeDomainScan.notDiscussed",
        "scored-or-not-discussed",
        "a domain is either scored or not discussed, not both: " + both);
    Set<ScanDomain> given = Sets.union(getScores().keySet(), getNotDiscussed());
    Set<ScanDomain> foreign = Sets.difference(given, expected);
    Checks.require(
        foreign.isEmpty(),
        "LifeDomainScan.scores",
        "domain-of-instrument",
        foreign + " are not domains of " + getInstrument());
    Set<ScanDomain> missing = Sets.difference(expected, given);
    Checks.require(
        missing.isEmpty(),
        "LifeDomainScan.scores",
        "every-domain",
        "score or mark as not discussed every domain of "
            + getInstrument()
            + "; missing "
            + missing);
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
   * Builds a {@link LifeDomainScan}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableLifeDomainScan.Builder {
    /** Creates an empty builder, the same as {@link LifeDomainScan#builder()}. */
    public Builder() {}
  }
}
