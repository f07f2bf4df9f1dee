package nl.lon.rules.intervention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.StatutoryClock;
import nl.lon.core.internal.Checks;
import nl.lon.core.network.PartnerKind;
import org.immutables.value.Value;

/**
 * The pressure and coercion continuum as data: measures ordered from least to most interference
 * (drang-en-dwangcontinuüm).
 *
 * <p>Each measure names its legal basis, who executes it (only they may record it) and the
 * statutory clock that follows, with its source. {@link #standard()} holds the 2008 measures of the
 * source, their current names under the Wvggz (in force since 1 January 2020) and the
 * municipality's duty to start an exploratory inquiry after a report; the BOPZ measures are kept,
 * marked historical, so old histories still read.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CoercionCatalogue {

  CoercionCatalogue() {}

  /** Offering unsolicited help. */
  public static final String UNSOLICITED_HELP = "unsolicited-help";

  /**
   * Housing corporation enforces a home visit on pain of lease termination (seeds/004 l.1713-1714):
   * the corporation's own power, not an eviction, so the no-eviction-with-children guard does not
   * apply to it.
   */
  public static final String LEASE_ENFORCED_HOME_VISIT = "lease-enforced-home-visit";

  /** Social services enforce a home visit on suspicion of benefit fraud. */
  public static final String BENEFIT_HOME_VISIT = "benefit-fraud-home-visit";

  /** Police legal measures when the law is broken. */
  public static final String POLICE_MEASURE = "police-legal-measure";

  /** A report to the municipality under the Wvggz, starting the exploratory inquiry. */
  public static final String WVGGZ_REPORT = "wvggz-report";

  /** The exploratory inquiry concluded (application to the public prosecutor, or no action). */
  public static final String WVGGZ_INQUIRY_CONCLUDED = "wvggz-inquiry-concluded";

  /** Compulsory cleaning by the GGD under the building and housing by-law. */
  public static final String COMPULSORY_CLEANING = "compulsory-cleaning";

  /** Care authorisation (zorgmachtiging, Wvggz). */
  public static final String CARE_AUTHORISATION = "wvggz-care-authorisation";

  /** Crisis measure (crisismaatregel, Wvggz). */
  public static final String CRISIS_MEASURE = "wvggz-crisis-measure";

  /** Court authorisation to continue a crisis measure (machtiging tot voortzetting). */
  public static final String CRISIS_CONTINUATION = "wvggz-crisis-continuation";

  /** Court authorisation under the BOPZ (historical). */
  public static final String BOPZ_RM = "bopz-court-authorisation";

  /** Compulsory admission under the BOPZ (historical). */
  public static final String BOPZ_IBS = "bopz-emergency-admission";

  /**
   * The measures, ordered by level.
   *
   * @return at least one measure, codes unique
   */
  public abstract ImmutableList<CoercionMeasure> getMeasures();

  /**
   * The measure with a code.
   *
   * @param code the code
   * @return the measure, or empty
   */
  public Optional<CoercionMeasure> measure(String code) {
    return getMeasures().stream().filter(m -> m.getCode().equals(code)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.notEmpty(getMeasures(), "CoercionCatalogue.measures");
    Set<String> codes = new HashSet<>();
    int level = 0;
    for (CoercionMeasure m : getMeasures()) {
      Checks.require(
          codes.add(m.getCode()),
          "CoercionCatalogue.measures",
          "unique-code",
          "code " + m.getCode() + " is used twice");
      Checks.require(
          m.getLevel() >= level,
          "CoercionCatalogue.measures",
          "ordered-by-level",
          "list measures from least to most interference");
      level = m.getLevel();
    }
  }

  /**
   * The standard catalogue.
   *
   * @return the catalogue
   */
  public static CoercionCatalogue standard() {
    return builder()
        .addMeasures(
            m(
                UNSOLICITED_HELP,
                "actively offering unsolicited help (bemoeizorg)",
                "actief ongevraagde hulp aanbieden (bemoeizorg)",
                1,
                "Wmo 2015 art. 2.1.1 (municipal OGGZ task); no coercion",
                ImmutableSet.of(
                    PartnerKind.GGD,
                    PartnerKind.SOCIAL_WORK,
                    PartnerKind.MENTAL_HEALTH_CARE,
                    PartnerKind.ADDICTION_CARE,
                    PartnerKind.MUNICIPALITY),
                null,
                false,
                false),
            m(
                LEASE_ENFORCED_HOME_VISIT,
                "housing corporation enforces a home visit on pain of terminating the lease",
                "woningcorporatie dwingt huisbezoek af op straffe van huuropzegging",
                2,
                "Civil Code (BW) art. 7:213 (tenant's duty to behave as a good tenant) and 7:231 (dissolution of the lease)",
                ImmutableSet.of(PartnerKind.HOUSING_CORPORATION),
                null,
                // the corporation's own power, not an eviction the network cooperates in
                // (l.1713-1714)
                false,
                false),
            m(
                BENEFIT_HOME_VISIT,
                "social services enforce a home visit on suspicion of benefit fraud",
                "sociale dienst dwingt huisbezoek af bij vermoeden van uitkeringsfraude",
                2,
                "Participatiewet art. 53a (inquiry into the right to benefit)",
                ImmutableSet.of(PartnerKind.SOCIAL_SERVICES),
                null,
                false,
                false),
            m(
                POLICE_MEASURE,
                "police legal measures when the law is broken",
                "politiële maatregelen bij wetsovertreding",
                3,
                "Politiewet 2012 art. 3; Wetboek van Strafvordering",
                ImmutableSet.of(PartnerKind.POLICE, PartnerKind.PUBLIC_PROSECUTOR),
                null,
                false,
                false),
            m(
                WVGGZ_REPORT,
                "report to the municipality for an exploratory inquiry (Wvggz)",
                "melding bij de gemeente voor verkennend onderzoek (Wvggz)",
                4,
                "Wvggz art. 5:1 (anyone may report) and 5:2 (the municipality inquires)",
                ImmutableSet.of(PartnerKind.MUNICIPALITY),
                StatutoryClock.builder()
                    .obligation("finish the exploratory inquiry")
                    .obligationNl("verkennend onderzoek afronden")
                    .days(14)
                    .legalSource("Wvggz art. 5:2 (within fourteen days of receiving the report)")
                    .addMetBy(WVGGZ_INQUIRY_CONCLUDED, CARE_AUTHORISATION, CRISIS_MEASURE)
                    .build(),
                false,
                false),
            m(
                WVGGZ_INQUIRY_CONCLUDED,
                "exploratory inquiry concluded (application to the public prosecutor, or no action)",
                "verkennend onderzoek afgerond (aanvraag bij de officier van justitie, of geen actie)",
                4,
                "Wvggz art. 5:3 and 5:4",
                ImmutableSet.of(PartnerKind.MUNICIPALITY),
                null,
                false,
                false),
            m(
                COMPULSORY_CLEANING,
                "compulsory cleaning by the GGD (danger to public health)",
                "gedwongen reiniging door de GGD (gevaar voor de volksgezondheid)",
                5,
                "municipal building and housing by-law (bouwverordening) under the Woningwet",
                ImmutableSet.of(PartnerKind.GGD, PartnerKind.MUNICIPALITY),
                null,
                false,
                false),
            m(
                BOPZ_RM,
                "court authorisation for compulsory care (rechterlijke machtiging, BOPZ)",
                "rechterlijke machtiging (BOPZ)",
                6,
                "Wet BOPZ art. 2 (repealed 1 January 2020; see care authorisation)",
                ImmutableSet.of(PartnerKind.PUBLIC_PROSECUTOR, PartnerKind.MENTAL_HEALTH_CARE),
                null,
                false,
                true),
            m(
                CARE_AUTHORISATION,
                "care authorisation (zorgmachtiging, Wvggz)",
                "zorgmachtiging (Wvggz)",
                6,
                "Wvggz chapter 6; court decision on request of the public prosecutor",
                ImmutableSet.of(PartnerKind.PUBLIC_PROSECUTOR, PartnerKind.MENTAL_HEALTH_CARE),
                StatutoryClock.builder()
                    .obligation("renew the care authorisation before it expires")
                    .obligationNl("zorgmachtiging verlengen voordat zij afloopt")
                    .days(183)
                    .legalSource(
                        "Wvggz art. 6:5 (a first care authorisation is valid at most six months)")
                    .addMetBy(CARE_AUTHORISATION)
                    .build(),
                false,
                false),
            m(
                BOPZ_IBS,
                "compulsory admission on acute danger (IBS, BOPZ)",
                "inbewaringstelling (IBS, BOPZ)",
                7,
                "Wet BOPZ art. 20 (repealed 1 January 2020; see crisis measure)",
                ImmutableSet.of(PartnerKind.MUNICIPALITY),
                null,
                false,
                true),
            m(
                CRISIS_MEASURE,
                "crisis measure by the mayor (crisismaatregel, Wvggz)",
                "crisismaatregel door de burgemeester (Wvggz)",
                7,
                "Wvggz art. 7:1",
                ImmutableSet.of(PartnerKind.MUNICIPALITY),
                StatutoryClock.builder()
                    .obligation("crisis measure lapses unless the court authorises continuation")
                    .obligationNl("crisismaatregel vervalt tenzij de rechter voortzetting machtigt")
                    .days(3)
                    .legalSource(
                        "Wvggz art. 7:7 (the crisis measure lapses after three days without a continuation authorisation)")
                    .addMetBy(CRISIS_CONTINUATION, CARE_AUTHORISATION)
                    .build(),
                false,
                false),
            m(
                CRISIS_CONTINUATION,
                "court authorisation to continue the crisis measure",
                "machtiging tot voortzetting van de crisismaatregel",
                7,
                "Wvggz art. 7:10",
                ImmutableSet.of(PartnerKind.PUBLIC_PROSECUTOR),
                null,
                false,
                false))
        .build();
  }

  private static CoercionMeasure m(
      String code,
      String name,
      String nameNl,
      int level,
      String basis,
      ImmutableSet<PartnerKind> by,
      StatutoryClock clock,
      boolean eviction,
      boolean historical) {
    return CoercionMeasure.builder()
        .code(code)
        .name(name)
        .nameNl(nameNl)
        .level(level)
        .legalBasis(basis)
        .executedBy(by)
        .clock(Optional.ofNullable(clock))
        .involvesEviction(eviction)
        .historical(historical)
        .build();
  }

  /**
   * A new builder, for a network's own catalogue.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CoercionCatalogue}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableCoercionCatalogue.Builder {
    /** Creates an empty builder, the same as {@link CoercionCatalogue#builder()}. */
    public Builder() {}
  }
}
