package nl.lon.rules.profile;

import java.util.EnumSet;
import nl.lon.core.internal.Checks;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainMapping;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.rules.access.AccessPolicy;
import nl.lon.rules.calendar.WorkingDayCalendar;
import nl.lon.rules.intervention.BudgetMandate;
import nl.lon.rules.intervention.EscalationOptions;
import nl.lon.rules.intervention.InterventionPolicy;
import org.immutables.value.Value;

/**
 * How one network works: every setting in which the networks differ (methodiekprofiel).
 *
 * <p>"Couleur locale": all networks follow the same nine steps, but deadlines, eligibility, who
 * appoints the trajectory director, cadence, closing criterion, follow-up and privacy choices
 * differ. The presets {@link #rotterdam()}, {@link #enschede()} and {@link #leeuwarden()} reproduce
 * the three networks of the source (MOVISIE, "Prachtige Praktijken van Lokale OGGZ-Netwerken",
 * 2008); derive your own from one:
 *
 * <pre>{@code
 * MethodologyProfile mine = MethodologyProfile.builder().from(MethodologyProfile.enschede())
 *     .id("almelo").name("Almelo")
 *     .deadlines(ProcessDeadlines.builder().judgeReportWithin(3).build())
 *     .build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * <p>Where each value of a preset comes from (the source's line and words, its expert advice, or an
 * assumption the network must confirm) is given per setting by {@link PresetProvenance}; {@code
 * docs/presets.md} shows the three side by side. Each preset names its roles and meetings as the
 * city does ({@link #getTerminology()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class MethodologyProfile {

  MethodologyProfile() {}

  /**
   * A stable id of the profile, for example {@code "enschede"}.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * The display name.
   *
   * @return the name
   */
  public abstract String getName();

  /**
   * Who is in the target group (advice).
   *
   * @return the rule
   */
  public abstract EligibilityRule getEligibility();

  /**
   * The working-day deadlines.
   *
   * @return the deadlines
   */
  public abstract ProcessDeadlines getDeadlines();

  /**
   * Who appoints the trajectory director.
   *
   * @return the authority
   */
  public abstract AppointmentAuthority getAppointedBy();

  /**
   * Whether the network director may act as problem owner temporarily when no trajectory director
   * is available.
   *
   * @return true when the fallback is allowed
   */
  public abstract boolean isNetworkDirectorFallback();

  /**
   * Whether the problem owner must map the situation with a life-domain scan before the integral
   * picture is formed (Enschede: the problem owner uses the Scan Leefgebieden).
   *
   * @return true when a scan is required first
   */
  public abstract boolean isScanBeforeIntegralPicture();

  /**
   * The reporting and progress-talk cadence.
   *
   * @return the cadence
   */
  public abstract ReportingCadence getCadence();

  /**
   * Days between network meetings (14 for every two weeks, 28 for every four).
   *
   * @return 7 to 91
   */
  public abstract int getNetworkMeetingIntervalDays();

  /**
   * Whether every running case is evaluated at every network meeting (Leeuwarden).
   *
   * @return true when evaluated at each meeting
   */
  public abstract boolean isEvaluateAtEveryNetworkMeeting();

  /**
   * Months between evaluations of a running plan, at most, where cases are not evaluated at every
   * meeting.
   *
   * @return 1 or more
   */
  public abstract int getEvaluationEveryMonths();

  /**
   * Who evaluates running cases: the trajectory director (Enschede: the problem owner) or the
   * network director, who guards that it happens (Rotterdam, Leeuwarden).
   *
   * @return {@link ProfessionalRole#TRAJECTORY_DIRECTOR} or {@link
   *     ProfessionalRole#NETWORK_DIRECTOR}
   */
  public abstract ProfessionalRole getEvaluatedBy();

  /**
   * When a case may close.
   *
   * @return the criterion
   */
  public abstract ClosingCriterion getClosingCriterion();

  /**
   * How closed cases are followed.
   *
   * @return the policy
   */
  public abstract FollowUpPolicy getFollowUp();

  /**
   * Whether the network director checks at intake whether a report is an acute crisis and sends the
   * crisis service first (Rotterdam).
   *
   * @return true when crisis triage applies
   */
  public abstract boolean isCrisisTriageAtIntake();

  /**
   * Whether the client is invited to every case conference (Leeuwarden).
   *
   * @return true when always invited
   */
  public abstract boolean isClientAlwaysInvitedToCaseConference();

  /**
   * The highest scan level that still counts as a problem.
   *
   * @return the threshold
   */
  public abstract SelfRelianceLevel getProblemDomainThreshold();

  /**
   * The mapping from scan domains to the life domains the eligibility rule counts.
   *
   * @return the mapping
   */
  @Value.Default
  public LifeDomainMapping getLifeDomainMapping() {
    return LifeDomainMapping.standard();
  }

  /**
   * The escalation options, coercion catalogue and instrument guard rails.
   *
   * @return the policy
   */
  @Value.Default
  public InterventionPolicy getIntervention() {
    return InterventionPolicy.builder().build();
  }

  /**
   * Who may correct or withdraw an entry made in error, and for how long.
   *
   * @return the policy; {@link CorrectionPolicy#standard()} unless set
   */
  @Value.Default
  public CorrectionPolicy getCorrection() {
    return CorrectionPolicy.standard();
  }

  /**
   * What the network calls its team, roles and meetings, in Dutch and English (for example
   * Enschede's teamleider, probleemhouder and MDO).
   *
   * @return the terminology; {@link Terminology#generic()} unless set
   */
  @Value.Default
  public Terminology getTerminology() {
    return Terminology.generic();
  }

  /**
   * The default of {@link #getInvolvementInactiveMonths()}: 24 months (an assumption, see there).
   */
  public static final int DEFAULT_INVOLVEMENT_INACTIVE_MONTHS = 24;

  /**
   * How many months a registration in the involvement index (verwijsindex) stays without being
   * registered again before it expires.
   *
   * <p>The source names no index and no period. The default of {@value
   * #DEFAULT_INVOLVEMENT_INACTIVE_MONTHS} months is modelled on the Dutch Verwijsindex
   * risicojongeren, where a signal is closed after at most two years as that index is commonly
   * described; it is an assumption, not a cited rule: the network confirms it with its privacy
   * officer or sets its own, 1 to 120 months.
   *
   * @return the months, 1 to 120
   */
  @Value.Default
  public int getInvolvementInactiveMonths() {
    return DEFAULT_INVOLVEMENT_INACTIVE_MONTHS;
  }

  /**
   * The privacy choices: viewers, consent, legal bases, client numbers only, audit retention.
   *
   * @return the policy
   */
  public abstract AccessPolicy getAccess();

  /**
   * The working-day calendar: national holidays plus the network's own closure days.
   *
   * @return the calendar
   */
  @Value.Default
  public WorkingDayCalendar getCalendar() {
    return WorkingDayCalendar.dutch();
  }

  /**
   * The lowest small-cell threshold a profile may set ({@link
   * AccessPolicy#MIN_SMALL_CELL_THRESHOLD}).
   */
  public static final int MIN_SMALL_CELL_THRESHOLD = AccessPolicy.MIN_SMALL_CELL_THRESHOLD;

  /**
   * The small-cell threshold of the management figures (celbeveiliging), from the profile's access
   * policy ({@link AccessPolicy#getSmallCellThreshold()}).
   *
   * @return {@value #MIN_SMALL_CELL_THRESHOLD} or more
   */
  public int getSmallCellThreshold() {
    return getAccess().getSmallCellThreshold();
  }

  @Value.Check
  void check() {
    Checks.identifier(getId(), "MethodologyProfile.id");
    Checks.notBlank(getName(), "MethodologyProfile.name");
    Checks.range(
        getNetworkMeetingIntervalDays(), 7, 91, "MethodologyProfile.networkMeetingIntervalDays");
    Checks.range(getEvaluationEveryMonths(), 1, 24, "MethodologyProfile.evaluationEveryMonths");
    Checks.range(
        getInvolvementInactiveMonths(), 1, 120, "MethodologyProfile.involvementInactiveMonths");
    Checks.require(
        getEvaluatedBy() == ProfessionalRole.TRAJECTORY_DIRECTOR
            || getEvaluatedBy() == ProfessionalRole.NETWORK_DIRECTOR,
        "MethodologyProfile.evaluatedBy",
        "director-role",
        "evaluations are made by the trajectory director or the network director");
  }

  /**
   * Rotterdam's way of working (lokaal zorgnetwerk, coordinated by the GGD).
   *
   * <ul>
   *   <li>Eligibility: multi-problem on two or more life domains (the source gives no number for
   *       Rotterdam; two is the least that makes "multi"); homeless people have a separate
   *       city-wide circuit, youth a separate circuit ("R: homeless people have a separate
   *       city-wide circuit; youth has a separate circuit").
   *   <li>No working-day deadlines in the source: steps are due at the next network meeting.
   *   <li>The network meeting appoints the trajectory director (dossierhouder); if none is
   *       available the network director acts as problem owner temporarily (step 5, "In R and L the
   *       meeting appoints a trajectory director ... the network director acts as problem owner
   *       temporarily").
   *   <li>Cadence: contact within 1 month, report every 3 months or on deviation, monthly progress
   *       talk (step 6, "Everywhere").
   *   <li>Network meeting every 2 weeks (source: "every 2, 3 or 4 weeks"; the preset takes 2).
   *   <li>Closes when the client is in regular care (step 8, "R and L: when the client has been
   *       guided to and is in regular care").
   *   <li>Follow-up after 6 and 12 months for one year (step 9, "R follows a closed case for one
   *       year ... after e.g. 6 and 12 months"); a drop-out is discussed again.
   *   <li>Crisis triage at intake (step 2, "R: the coordinator also checks whether it is a
   *       crisis").
   *   <li>Escalation options as the source lists them, with the stuurgroep as the administrative
   *       body (l.836-841); pressure and coercion recorded as measures on the continuum
   *       (l.1692-1696).
   * </ul>
   *
   * @return the preset
   */
  public static MethodologyProfile rotterdam() {
    return builder()
        .id("rotterdam")
        .name("Rotterdam (lokaal zorgnetwerk)")
        .access(AccessPolicy.rotterdam())
        .terminology(Terminology.rotterdam())
        .eligibility(
            EligibilityRule.atLeast(2)
                .youthInScope(false)
                .homelessInScope(false)
                .exPrisonersInScope(true)
                .build())
        .deadlines(ProcessDeadlines.none())
        .appointedBy(AppointmentAuthority.NETWORK_MEETING)
        .networkDirectorFallback(true)
        .scanBeforeIntegralPicture(false)
        .cadence(ReportingCadence.standard())
        .networkMeetingIntervalDays(14)
        .evaluateAtEveryNetworkMeeting(false)
        .evaluationEveryMonths(3)
        .evaluatedBy(ProfessionalRole.NETWORK_DIRECTOR)
        .closingCriterion(ClosingCriterion.IN_REGULAR_CARE)
        .followUp(FollowUpPolicy.of(true, 6, 12))
        .crisisTriageAtIntake(true)
        .clientAlwaysInvitedToCaseConference(false)
        .intervention(
            InterventionPolicy.builder()
                .contentEscalation(EscalationOptions.content(STEERING_GROUP, STUURGROEP))
                .organisationalEscalation(
                    EscalationOptions.organisational(STEERING_GROUP, STUURGROEP))
                .build())
        .problemDomainThreshold(SelfRelianceLevel.NOT_SELF_RELIANT)
        .build();
  }

  /**
   * Enschede's way of working (wijkzorgteam, coordinated by the municipality).
   *
   * <ul>
   *   <li>Eligibility: problems on three or more of housing, care, education, safety, work,
   *       welfare; youth multi-problem cases go to the network (section 2, "E: the report must show
   *       problems on three or more of ...").
   *   <li>Deadlines: judge a report within 5 working days; appoint a problem owner within 5 working
   *       days of the coordination decision; present the plan within 10 working days of accepting
   *       ownership (steps 2, 4, 5).
   *   <li>The network director (procesmanager) appoints the problem owner directly (step 4), who
   *       maps the situation with the Scan Leefgebieden before the picture is formed.
   *   <li>Cadence as everywhere (step 6).
   *   <li>MDO / network meeting every 2 weeks (core team "once every 14 days or once a month").
   *   <li>Closes when the client is self-reliant again (step 8, "E: when the help has had enough
   *       effect and the client stands on their own feet again").
   *   <li>Follow-up after 6 months per the expert advice (step 9); a drop-out is discussed again.
   *   <li>The independent team leader holds a care-purchase budget and the mandate to spend it
   *       (l.1717-1720): a pot for all cases together; the source names no amount, so the preset's
   *       EUR 25,000 a year, without a cap per case, is an example a network replaces with its own.
   *   <li>Escalation options with the stuurgroep as the administrative body (l.836-841); for
   *       pressure and coercion the network escalates straight to the city intervention team
   *       (l.1698).
   * </ul>
   *
   * @return the preset
   */
  public static MethodologyProfile enschede() {
    return builder()
        .id("enschede")
        .name("Enschede (wijkzorgteam)")
        .access(AccessPolicy.enschede())
        .terminology(Terminology.enschede())
        .eligibility(
            EligibilityRule.builder()
                .minProblemDomains(3)
                .countedDomains(
                    EnumSet.of(
                        LifeDomain.HOUSING,
                        LifeDomain.CARE,
                        LifeDomain.EDUCATION,
                        LifeDomain.SAFETY,
                        LifeDomain.WORK,
                        LifeDomain.WELFARE))
                .youthInScope(true)
                .homelessInScope(true)
                .exPrisonersInScope(true)
                .build())
        .deadlines(
            ProcessDeadlines.builder()
                .judgeReportWithin(5)
                .appointProblemOwnerWithin(5)
                .presentPlanWithin(10)
                .build())
        .appointedBy(AppointmentAuthority.NETWORK_DIRECTOR)
        .networkDirectorFallback(false)
        .scanBeforeIntegralPicture(true)
        .cadence(ReportingCadence.standard())
        .networkMeetingIntervalDays(14)
        .evaluateAtEveryNetworkMeeting(false)
        .evaluationEveryMonths(3)
        .evaluatedBy(ProfessionalRole.TRAJECTORY_DIRECTOR)
        .closingCriterion(ClosingCriterion.SELF_RELIANT)
        .followUp(FollowUpPolicy.of(true, 6))
        .crisisTriageAtIntake(false)
        .clientAlwaysInvitedToCaseConference(false)
        .intervention(
            InterventionPolicy.builder()
                .contentEscalation(EscalationOptions.content(STEERING_GROUP, STUURGROEP))
                .organisationalEscalation(
                    EscalationOptions.organisational(STEERING_GROUP, STUURGROEP))
                .coercionEscalation(EscalationOptions.cityInterventionTeamForCoercion())
                .budgetMandate(
                    BudgetMandate.of(
                        ProfessionalRole.NETWORK_DIRECTOR, new java.math.BigDecimal("25000")))
                .build())
        .problemDomainThreshold(SelfRelianceLevel.NOT_SELF_RELIANT)
        .build();
  }

  /**
   * Leeuwarden's way of working (sociaal team, Friesland, coordinated by a welfare organisation).
   *
   * <ul>
   *   <li>Eligibility broad ("ons-kent-ons"): two or more life domains; homeless people and
   *       ex-prisoners belong to the group; youth has a separate circuit (section 2).
   *   <li>No working-day deadlines in the source: steps are due at the next network meeting.
   *   <li>The network meeting appoints the contact person; the team leader acts as problem owner
   *       temporarily when none is available (step 5).
   *   <li>Cadence as everywhere (step 6).
   *   <li>Network meeting every 4 weeks (source: "every 2, 3 or 4 weeks"; the preset takes 4),
   *       where all running cases are discussed (step 7, "L discusses all cases at every core-team
   *       meeting").
   *   <li>Closes when the client is in regular care (step 8).
   *   <li>Follow-up after 6 months per the expert advice (step 9); a drop-out is discussed again.
   *   <li>The client is always invited to the case conference (instrument 3).
   *   <li>No cooperation in an eviction involving children (l.1637-1638); Leeuwarden's own rule,
   *       off in the other presets.
   *   <li>Escalation options with the begeleidingscommissie as the administrative body (l.836-841);
   *       the measures of pressure and coercion are used directly (l.1702-1713).
   * </ul>
   *
   * @return the preset
   */
  public static MethodologyProfile leeuwarden() {
    return builder()
        .id("leeuwarden")
        .name("Leeuwarden (sociaal team)")
        .access(AccessPolicy.leeuwarden())
        .terminology(Terminology.leeuwarden())
        .eligibility(
            EligibilityRule.atLeast(2)
                .youthInScope(false)
                .homelessInScope(true)
                .exPrisonersInScope(true)
                .build())
        .deadlines(ProcessDeadlines.none())
        .appointedBy(AppointmentAuthority.NETWORK_MEETING)
        .networkDirectorFallback(true)
        .scanBeforeIntegralPicture(false)
        .cadence(ReportingCadence.standard())
        .networkMeetingIntervalDays(28)
        .evaluateAtEveryNetworkMeeting(true)
        .evaluationEveryMonths(3)
        .evaluatedBy(ProfessionalRole.NETWORK_DIRECTOR)
        .closingCriterion(ClosingCriterion.IN_REGULAR_CARE)
        .followUp(FollowUpPolicy.of(true, 6))
        .crisisTriageAtIntake(false)
        .clientAlwaysInvitedToCaseConference(true)
        .intervention(
            InterventionPolicy.builder()
                .contentEscalation(
                    EscalationOptions.content(SUPERVISORY_COMMITTEE, BEGELEIDINGSCOMMISSIE))
                .organisationalEscalation(
                    EscalationOptions.organisational(SUPERVISORY_COMMITTEE, BEGELEIDINGSCOMMISSIE))
                .noEvictionWithChildren(true)
                .build())
        .problemDomainThreshold(SelfRelianceLevel.NOT_SELF_RELIANT)
        .build();
  }

  // the administrative bodies of the source's schema: Stuurgroep (R, E), Begeleidingscommissie (L)
  private static final String STEERING_GROUP = "steering group";
  private static final String STUURGROEP = "stuurgroep";
  private static final String SUPERVISORY_COMMITTEE = "supervisory committee";
  private static final String BEGELEIDINGSCOMMISSIE = "begeleidingscommissie";

  /**
   * A new builder; start from a preset with {@code builder().from(MethodologyProfile.enschede())}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MethodologyProfile}: set the attributes, then {@code build()} validates them
   * and returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableMethodologyProfile.Builder {
    /** Creates an empty builder, the same as {@link MethodologyProfile#builder()}. */
    public Builder() {}
  }
}
