package nl.lon.rules.profile;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
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
   * <p>The source says only "Van tijd tot tijd evalueert men de uitvoering van het plan van aanpak"
   * (seeds/004_ca47ed76719141bc.txt l.1518), so the presets set no interval. Without one, the
   * agenda still lists the evaluation, due with the next progress report and marked as an assumed
   * due date ({@link nl.lon.rules.agenda.Obligation#isDueDateAssumed()}).
   *
   * @return 1 to 24, or empty when the network sets no interval
   */
  public abstract OptionalInt getEvaluationEveryMonths();

  /**
   * Who closes a case once the evaluation decided to close: the trajectory director (Enschede: the
   * problem owner "zorgt voor afsluiting en evaluatie", l.1503; Leeuwarden: the problem owner
   * "meldt de teamleider als hij de casus heeft afgesloten", l.1603) or the network director.
   *
   * <p>Where it is the trajectory director, only the case's trajectory director closes a case after
   * such an evaluation, and the agenda's close obligation is theirs.
   *
   * @return {@link ProfessionalRole#TRAJECTORY_DIRECTOR} or {@link
   *     ProfessionalRole#NETWORK_DIRECTOR}; the network director unless set
   * @since 0.2
   */
  @Value.Default
  public ProfessionalRole getClosedBy() {
    return ProfessionalRole.NETWORK_DIRECTOR;
  }

  /**
   * Who presents the plan of approach: the trajectory director after accepting ownership (Enschede,
   * l.1482-1484), or the network director, who drafts a concept plan for the network meeting
   * (Rotterdam: "stelt de netwerkregisseur alvast een concept plan van aanpak op", l.1452).
   *
   * @return {@link ProfessionalRole#TRAJECTORY_DIRECTOR} or {@link
   *     ProfessionalRole#NETWORK_DIRECTOR}; the trajectory director unless set
   * @since 0.2
   */
  @Value.Default
  public ProfessionalRole getPlanPresentedBy() {
    return ProfessionalRole.TRAJECTORY_DIRECTOR;
  }

  /**
   * Whether the network director drafts a concept plan of approach for the network meeting: "In
   * Rotterdam stelt de netwerkregisseur alvast een concept plan van aanpak op als dat mogelijk is"
   * (l.1452; "dat in Rotterdam voorbereid is door de netwerkregisseur", l.1455-1456). Where true,
   * {@link nl.lon.rules.process.CaseCommand.DraftConceptPlan} is recorded and the network
   * director's agenda says to bring a concept; elsewhere a concept is refused ({@code
   * concept-plan.not-in-profile}). Only where the network director presents the plan ({@link
   * #getPlanPresentedBy()}).
   *
   * @return true when the network director drafts a concept plan; false unless set
   * @since 0.3
   */
  @Value.Default
  public boolean isConceptPlanByNetworkDirector() {
    return false;
  }

  /**
   * Who holds the deciding vote in a meeting when the partners do not agree (beslissende stem): "In
   * Enschede heeft de netwerkregisseur / teamleider een beslissende stem als er geen
   * overeenstemming is tussen de partners" (l.926 and l.948). A meeting recorded with a {@link
   * nl.lon.core.process.DecidingVote} is refused where the profile gives none ({@code
   * meeting.deciding-vote-not-in-profile}) or when the vote is not cast and recorded by a holder of
   * this role ({@code meeting.deciding-vote-holder}).
   *
   * @return the role that holds the deciding vote; empty (decisions by agreement only) unless set
   * @since 0.3
   */
  public abstract Optional<ProfessionalRole> getDecidingVote();

  /**
   * Whether the appointed trajectory director accepts the problem ownership before the plan, the
   * working days to present it running from the acceptance: "legt dit binnen tien werkdagen na het
   * aanvaarden van het probleemhouderschap voor aan het zogeheten Multidisciplinair overleg (MDO)"
   * (Enschede, l.1482-1484; the problem owner is first approached, "aangezocht", l.861). Where
   * true, the agenda asks the trajectory director to accept, and a plan before the acceptance is
   * refused ({@code plan.ownership-not-accepted}); a temporary trajectory director is exempt.
   *
   * @return true when the acceptance comes before the plan; false unless set
   * @since 0.3
   */
  @Value.Default
  public boolean isOwnershipAcceptedBeforePlan() {
    return false;
  }

  /**
   * Whether the network director is at the case's first case conference as its technical chair:
   * "Bij het eerste MDO is de teamleider van het LON aanwezig ten behoeve van de
   * kwaliteitsbewaking. En het technisch voorzitterschap zodat de probleemhouder zich op inhoud kan
   * concentreren" (Enschede, l.1484-1486). Where true, the network director's agenda holds "chair
   * the first case conference" until the case has had one, due when the plan is.
   *
   * @return true when the network director chairs the first case conference; false unless set
   * @since 0.3
   */
  @Value.Default
  public boolean isFirstCaseConferenceChairedByNetworkDirector() {
    return false;
  }

  /**
   * Whether the trajectory director acts as problem owner only with a mandate of their own
   * organisation: "Trajectregisseurs (probleemhouders) krijgen (via een ondertekend convenant) een
   * mandaat om een plan van aanpak op te zetten, af te dwingen bij uitvoerende professionals en te
   * evalueren" (Enschede, l.1196-1198; "Zonder mandaat blijft het allemaal vrijblijvend",
   * l.1064-1068). The mandate is the organisation's, {@link
   * nl.lon.core.network.PartnerOrganisation#hasMandate()} in the directory. Where true, a
   * trajectory director whose organisation has not given it may not accept the problem ownership,
   * adopt or adjust the plan, or evaluate it ({@code ownership.mandate-required}); a network
   * director acting temporarily is exempt. The source names the mandate among the differences
   * between the three networks (l.1827-1830).
   *
   * @return true when the problem owner needs their organisation's mandate; false unless set
   * @since 0.3
   */
  @Value.Default
  public boolean isProblemOwnerMandateRequired() {
    return false;
  }

  /**
   * Whether a progress report that finds progress stalled brings the case back to the team: the
   * problem owner "brengt de casus opnieuw in het sociaal team als de voortgang stagneert"
   * (Leeuwarden, l.1606). Where true, the agenda asks the trajectory director to bring the case to
   * the next network meeting, until a network meeting on or after the report has discussed it.
   *
   * @return true when a stalled case goes back to the team; false unless set
   * @since 0.3
   */
  @Value.Default
  public boolean isStalledProgressBackToTeam() {
    return false;
  }

  /**
   * Whether the network director consults the signaller about the follow-up when taking the
   * coordination decision (terugkoppeling): "In Enschede is nog overleg met de signaalinbrenger
   * over het vervolg" (l.1434-1435). Where true, a coordination decision without the feedback is
   * refused; elsewhere the feedback is recorded when given.
   *
   * @return true when the feedback is required; false unless set
   * @since 0.2
   */
  @Value.Default
  public boolean isSignallerConsultedOnFollowUp() {
    return false;
  }

  /**
   * Whether the client must be informed before the report is made (l.1400-1402).
   *
   * @return the policy; {@link ClientInformedPolicy#RECORDED} unless set
   * @since 0.2
   */
  @Value.Default
  public ClientInformedPolicy getClientInformedBeforeReport() {
    return ClientInformedPolicy.RECORDED;
  }

  /**
   * How information is gathered after the report is judged (l.1419-1424).
   *
   * @return the policy; {@link InquiryRoundPolicy#asNeeded()} unless set
   * @since 0.2
   */
  @Value.Default
  public InquiryRoundPolicy getInquiryRound() {
    return InquiryRoundPolicy.asNeeded();
  }

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
   * crisis service first: "In Rotterdam gaat de LON-coördinator ook na in hoeverre het een
   * crisissituatie is" (l.1414-1416).
   *
   * <p>Where true, a signal reporting an acute crisis puts a crisis triage on the agenda, due the
   * day it was received. The source does not say the other networks lack it: under every profile a
   * report may be judged an acute crisis, and a case handed to the crisis service.
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
    getEvaluationEveryMonths()
        .ifPresent(m -> Checks.range(m, 1, 24, "MethodologyProfile.evaluationEveryMonths"));
    Checks.range(
        getInvolvementInactiveMonths(), 1, 120, "MethodologyProfile.involvementInactiveMonths");
    Checks.require(
        getEvaluatedBy() == ProfessionalRole.TRAJECTORY_DIRECTOR
            || getEvaluatedBy() == ProfessionalRole.NETWORK_DIRECTOR,
        "MethodologyProfile.evaluatedBy",
        "director-role",
        "evaluations are made by the trajectory director or the network director");
    Checks.require(
        isDirector(getClosedBy()),
        "MethodologyProfile.closedBy",
        "director-role",
        "a case is closed by the trajectory director or the network director");
    Checks.require(
        isDirector(getPlanPresentedBy()),
        "MethodologyProfile.planPresentedBy",
        "director-role",
        "the plan is presented by the trajectory director or the network director");
    Checks.require(
        !isConceptPlanByNetworkDirector()
            || getPlanPresentedBy() == ProfessionalRole.NETWORK_DIRECTOR,
        "MethodologyProfile.conceptPlanByNetworkDirector",
        "network-director-presents",
        "the network director drafts a concept only where they present the plan (planPresentedBy)");
  }

  private static boolean isDirector(ProfessionalRole role) {
    return role == ProfessionalRole.TRAJECTORY_DIRECTOR
        || role == ProfessionalRole.NETWORK_DIRECTOR;
  }

  /**
   * Rotterdam's way of working (lokaal zorgnetwerk, coordinated by the GGD).
   *
   * <p>Line numbers are those of the source, seeds/004_ca47ed76719141bc.txt; {@link
   * PresetProvenance} gives every setting's provenance, and marks what the source does not say.
   *
   * <ul>
   *   <li>Homeless people have their own city-wide circuit (l.305-306), youth its own circuit
   *       (l.308-310). The source gives Rotterdam no number of life domains; two ("meerdere
   *       leefgebieden", l.211) is an assumption, as is ex-prisoners in scope.
   *   <li>No working-day deadlines (only Enschede has them, l.1413-1414): the agenda shows the
   *       steps with an assumed due date, the next network meeting.
   *   <li>The coordinator also checks whether a report is an acute crisis and sends the crisis
   *       service first (l.1414-1416).
   *   <li>Every report gets an inquiry round with the partners chosen for it (l.1423-1424), before
   *       the coordination decision.
   *   <li>The network director drafts a concept plan for the network meeting (l.1452, l.1455),
   *       which appoints the trajectory director (dossierhouder); when none is available the
   *       network director acts as problem owner temporarily (l.1470-1473).
   *   <li>Cadence: contact within 1 month, report every 3 months or on deviation, monthly progress
   *       talk (l.1507-1511).
   *   <li>Network meeting every 2 weeks (an assumption within "1 keer per 2, 3 of 4 weken",
   *       l.1453); the network director guards that running cases are evaluated (l.1521-1522), "van
   *       tijd tot tijd" (l.1518), so no interval is set.
   *   <li>Closes when the client is in regular care (l.1528-1529); who closes is not described (the
   *       network director, an assumption).
   *   <li>Follows a closed case for a year, asking the partners after 6 and 12 months
   *       (l.1538-1540); a drop-out puts the client on the next network meeting to discuss again
   *       (the expert advice, l.549-550).
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
        .evaluatedBy(ProfessionalRole.NETWORK_DIRECTOR)
        .closingCriterion(ClosingCriterion.IN_REGULAR_CARE)
        .closedBy(ProfessionalRole.NETWORK_DIRECTOR)
        .planPresentedBy(ProfessionalRole.NETWORK_DIRECTOR)
        .conceptPlanByNetworkDirector(true)
        .followUp(FollowUpPolicy.of(false, 6, 12))
        .crisisTriageAtIntake(true)
        .signallerConsultedOnFollowUp(false)
        .clientInformedBeforeReport(ClientInformedPolicy.RECORDED)
        .inquiryRound(InquiryRoundPolicy.of(true, false, false))
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
   * <p>Line numbers are those of the source, seeds/004_ca47ed76719141bc.txt; {@link
   * PresetProvenance} gives every setting's provenance, and marks what the source does not say.
   *
   * <ul>
   *   <li>Eligibility: problems on three or more of housing, care, education, safety, work, welfare
   *       (l.290-297); youth multi-problem cases go to the network (l.308). The source says nothing
   *       on homeless people and ex-prisoners in Enschede; in scope is an assumption.
   *   <li>The signaller must inform the client before the report (l.1400-1401).
   *   <li>Deadlines: judge a report within 5 working days (l.1413-1414); appoint a problem owner
   *       within 5 working days of the coordination decision (l.1440-1441); present the plan to the
   *       MDO within 10 working days of accepting ownership (l.1482-1484).
   *   <li>Some other networks are asked for information too (l.1422); the network director consults
   *       the signaller about the follow-up (l.1434-1435).
   *   <li>The network director (teamleider) appoints the problem owner directly (l.861-862), who
   *       accepts the ownership (l.1483), maps the situation with the Scan Leefgebieden
   *       (l.1443-1444), presents the plan, evaluates (l.1521-1522) and closes (l.1503, l.1586); at
   *       the first MDO the team leader is technical chair (l.1484-1486).
   *   <li>The team leader has the deciding vote when the partners do not agree (l.926, l.948); the
   *       team supporter keeps the signal list (l.1411).
   *   <li>Cadence as everywhere (l.1507-1511); the WZT meeting's frequency is not given (every 2
   *       weeks is an assumption).
   *   <li>Closes when the client stands on their own feet again (l.1530-1531).
   *   <li>Follow-up after 6 months per the expert advice (l.546-548): the source describes no
   *       follow-up for Enschede; a drop-out is discussed again at the next network meeting
   *       (l.549-550).
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
        .evaluatedBy(ProfessionalRole.TRAJECTORY_DIRECTOR)
        .closingCriterion(ClosingCriterion.SELF_RELIANT)
        .closedBy(ProfessionalRole.TRAJECTORY_DIRECTOR)
        .planPresentedBy(ProfessionalRole.TRAJECTORY_DIRECTOR)
        .decidingVote(ProfessionalRole.NETWORK_DIRECTOR)
        .ownershipAcceptedBeforePlan(true)
        .firstCaseConferenceChairedByNetworkDirector(true)
        .problemOwnerMandateRequired(true)
        .followUp(FollowUpPolicy.of(false, 6))
        .crisisTriageAtIntake(false)
        .signallerConsultedOnFollowUp(true)
        .clientInformedBeforeReport(ClientInformedPolicy.REQUIRED)
        .inquiryRound(InquiryRoundPolicy.of(false, false, true))
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
   * <p>Line numbers are those of the source, seeds/004_ca47ed76719141bc.txt; {@link
   * PresetProvenance} gives every setting's provenance, and marks what the source does not say.
   *
   * <ul>
   *   <li>Homeless people and ex-prisoners belong to the group (l.303); youth has a separate
   *       circuit (l.308-310). The source gives no number of life domains (the broader scope of
   *       l.295-301 is said of rural teams, not of the city); two is an assumption.
   *   <li>The client is informed and motivated to cooperate (l.1401-1402): advised on the agenda.
   *   <li>No working-day deadlines: the agenda shows the steps with an assumed due date, the next
   *       network meeting.
   *   <li>The reporting form goes to all network partners (l.1420-1421).
   *   <li>The network meeting appoints the contact person; the team leader acts as problem owner
   *       temporarily when none is available (l.1470-1473). Who prepares the plan is not described:
   *       the network meeting discusses it (l.1453-1455) and appoints the contact person during it,
   *       so the preset gives the plan to the network director (an assumption).
   *   <li>Cadence as everywhere (l.1507-1511); a stalled case goes back to the social team
   *       (l.1606).
   *   <li>Network meeting every 4 weeks (an assumption within "1 keer per 2, 3 of 4 weken",
   *       l.1453), where all cases are discussed (l.1522-1523).
   *   <li>Closes when the client is in regular care (l.1528-1529); the problem owner closes and
   *       tells the team leader (l.1603).
   *   <li>Follow-up after 6 months per the expert advice (l.546-548); a drop-out is discussed again
   *       at the next network meeting (l.549-550).
   *   <li>The client is always invited to the case conference (l.1615-1616).
   *   <li>No cooperation in an eviction involving children (l.1637-1638); Leeuwarden's own rule,
   *       off in the other presets.
   *   <li>Escalation options with the begeleidingscommissie as the administrative body (l.836-841);
   *       the measures of pressure and coercion are used directly (l.1702-1716).
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
        .evaluatedBy(ProfessionalRole.NETWORK_DIRECTOR)
        .closingCriterion(ClosingCriterion.IN_REGULAR_CARE)
        .stalledProgressBackToTeam(true)
        .closedBy(ProfessionalRole.TRAJECTORY_DIRECTOR)
        .planPresentedBy(ProfessionalRole.NETWORK_DIRECTOR)
        .followUp(FollowUpPolicy.of(false, 6))
        .crisisTriageAtIntake(false)
        .signallerConsultedOnFollowUp(false)
        .clientInformedBeforeReport(ClientInformedPolicy.ADVISED)
        .inquiryRound(InquiryRoundPolicy.of(false, true, false))
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
