package nl.lon.core.scan;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Maps the domains of a life-domain scan to the broad life domains a network counts (koppeling
 * ZRM-domeinen en leefgebieden).
 *
 * <p>Enschede, for example, counts problems on six broad domains (housing, care, education, safety,
 * work, welfare). A profile carries a mapping; {@link #standard()} is the default, and a network
 * can build its own.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class LifeDomainMapping {

  LifeDomainMapping() {}

  /**
   * The mapping: each scan domain to one or more life domains.
   *
   * @return the multimap
   */
  public abstract ImmutableSetMultimap<ScanDomain, LifeDomain> getMapping();

  /**
   * The life domains that a set of scan domains map to.
   *
   * @param domains the scan domains
   * @return the union of their life domains
   */
  public ImmutableSet<LifeDomain> lifeDomainsOf(Collection<ScanDomain> domains) {
    EnumSet<LifeDomain> result = EnumSet.noneOf(LifeDomain.class);
    for (ScanDomain d : domains) {
      result.addAll(getMapping().get(d));
    }
    return Sets.immutableEnumSet(result);
  }

  @Value.Check
  void check() {
    Checks.require(
        getMapping().keySet().containsAll(EnumSet.allOf(ScanDomain.class)),
        "LifeDomainMapping.mapping",
        "every-scan-domain",
        "map every scan domain to at least one life domain; missing "
            + Sets.difference(EnumSet.allOf(ScanDomain.class), getMapping().keySet()));
  }

  /**
   * The standard mapping of this library: finances to income; work and education to work and
   * education; time use and daytime activities to work and welfare; housing to housing; domestic
   * relations to relations, upbringing and safety; mental and physical health, substance use and
   * addiction to health and care; the ADL domains to care; social network to relations and welfare;
   * community participation to welfare and dealing with the neighbourhood; justice to safety.
   *
   * @return the standard mapping
   */
  public static LifeDomainMapping standard() {
    return builder()
        .putMapping(ScanDomain.FINANCES, LifeDomain.INCOME)
        .putMapping(ScanDomain.WORK_AND_EDUCATION, LifeDomain.WORK)
        .putMapping(ScanDomain.WORK_AND_EDUCATION, LifeDomain.EDUCATION)
        .putMapping(ScanDomain.TIME_USE, LifeDomain.WORK)
        .putMapping(ScanDomain.TIME_USE, LifeDomain.WELFARE)
        .putMapping(ScanDomain.DAYTIME_ACTIVITIES, LifeDomain.WORK)
        .putMapping(ScanDomain.DAYTIME_ACTIVITIES, LifeDomain.WELFARE)
        .putMapping(ScanDomain.HOUSING, LifeDomain.HOUSING)
        .putMapping(ScanDomain.DOMESTIC_RELATIONS, LifeDomain.RELATIONS)
        .putMapping(ScanDomain.DOMESTIC_RELATIONS, LifeDomain.UPBRINGING)
        .putMapping(ScanDomain.DOMESTIC_RELATIONS, LifeDomain.SAFETY)
        .putMapping(ScanDomain.MENTAL_HEALTH, LifeDomain.HEALTH)
        .putMapping(ScanDomain.MENTAL_HEALTH, LifeDomain.CARE)
        .putMapping(ScanDomain.PHYSICAL_HEALTH, LifeDomain.HEALTH)
        .putMapping(ScanDomain.PHYSICAL_HEALTH, LifeDomain.CARE)
        .putMapping(ScanDomain.SUBSTANCE_USE, LifeDomain.HEALTH)
        .putMapping(ScanDomain.SUBSTANCE_USE, LifeDomain.CARE)
        .putMapping(ScanDomain.ADDICTION, LifeDomain.HEALTH)
        .putMapping(ScanDomain.ADDICTION, LifeDomain.CARE)
        .putMapping(ScanDomain.BASIC_ADL, LifeDomain.CARE)
        .putMapping(ScanDomain.INSTRUMENTAL_ADL, LifeDomain.CARE)
        .putMapping(ScanDomain.ADL, LifeDomain.CARE)
        .putMapping(ScanDomain.SOCIAL_NETWORK, LifeDomain.RELATIONS)
        .putMapping(ScanDomain.SOCIAL_NETWORK, LifeDomain.WELFARE)
        .putMapping(ScanDomain.COMMUNITY_PARTICIPATION, LifeDomain.WELFARE)
        .putMapping(ScanDomain.COMMUNITY_PARTICIPATION, LifeDomain.NEIGHBOURHOOD)
        .putMapping(ScanDomain.JUSTICE, LifeDomain.SAFETY)
        .build();
  }

  /**
   * A new builder, for a network's own mapping.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LifeDomainMapping}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableLifeDomainMapping.Builder {
    /** Creates an empty builder, the same as {@link LifeDomainMapping#builder()}. */
    public Builder() {}
  }
}
