package nl.lon.core.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationOption;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.escalation.StatutoryClock;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.ConsentWithdrawn;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationRequested;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.EvaluationRecorded;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.InformationRequested;
import nl.lon.core.event.InstrumentUsed;
import nl.lon.core.event.IntegralPictureFormed;
import nl.lon.core.event.LifeDomainScanRecorded;
import nl.lon.core.event.MeetingHeld;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.ProgressReported;
import nl.lon.core.event.ProgressTalkHeld;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.event.TrajectoryDirectorAppointed;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.Activity;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.Goal;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.Instrument;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.process.WorkAgreement;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;

/**
 * Valid sample values and an event factory for tests of the LON core.
 *
 * <p>All samples are valid and deterministic: calling a factory twice gives equal values. The
 * {@link EventFactory} stamps every event with the case id, the next sequence number, a business
 * date, a recorded instant and an actor, so a test can write a case history in a few lines.
 */
public final class CaseFixtures {

  /** The default case. */
  public static final CaseId CASE_ID = CaseId.of("case-2026-0001");

  /** Another case, for events that belong elsewhere. */
  public static final CaseId OTHER_CASE_ID = CaseId.of("case-2026-0002");

  /** The network handling the case: {@link Cast#NETWORK}. */
  public static final NetworkId NETWORK = Cast.NETWORK;

  /** The network the case is transferred to: {@link Cast#OTHER_NETWORK}. */
  public static final NetworkId RECEIVING_NETWORK = Cast.OTHER_NETWORK;

  /** The client. */
  public static final ClientNumber CLIENT = ClientNumber.of("C-000417");

  // the cast's organisations and professionals under the names the events below use

  /** Housing corporation, the signaller: {@link Cast#HOUSING}. */
  public static final OrganisationId HOUSING = Cast.HOUSING;

  /** Mental health care: {@link Cast#MENTAL_HEALTH}. */
  public static final OrganisationId GGZ = Cast.MENTAL_HEALTH;

  /** General social work, the trajectory director's organisation: {@link Cast#AMW}. */
  public static final OrganisationId SOCIAL_WORK = Cast.AMW;

  /** Police: {@link Cast#POLICE}. */
  public static final OrganisationId POLICE = Cast.POLICE;

  /** The municipality: {@link Cast#MUNICIPALITY}. */
  public static final OrganisationId MUNICIPALITY = Cast.MUNICIPALITY;

  /** The GGD: {@link Cast#GGD}. */
  public static final OrganisationId GGD = Cast.GGD;

  /** A shell partner, the debt bank: {@link Cast#DEBT_BANK}. */
  public static final OrganisationId DEBT_BANK = Cast.DEBT_BANK;

  /** The network director, default actor: {@link Cast#NETWORK_DIRECTOR}. */
  public static final ProfessionalId NETWORK_DIRECTOR = Cast.NETWORK_DIRECTOR.getId();

  /** The trajectory director: {@link Cast#TRAJECTORY_DIRECTOR}. */
  public static final ProfessionalId TRAJECTORY_DIRECTOR = Cast.TRAJECTORY_DIRECTOR.getId();

  /** A core-team member of the housing corporation: {@link Cast#HOUSING_MEMBER}. */
  public static final ProfessionalId HOUSING_MEMBER = Cast.HOUSING_MEMBER.getId();

  /** A core-team member of mental health care: {@link Cast#PSYCHIATRIST}. */
  public static final ProfessionalId GGZ_MEMBER = Cast.PSYCHIATRIST.getId();

  /** The day the signal comes in (a Monday). */
  public static final LocalDate START = LocalDate.of(2026, 3, 2);

  /** Escalation id used in the lifecycle. */
  public static final EscalationId ESCALATION = EscalationId.of("esc-1");

  /** Care-purchase amount spent in the lifecycle. */
  public static final BigDecimal CARE_PURCHASE_AMOUNT = new BigDecimal("250.00");

  private CaseFixtures() {}

  // ---------------------------------------------------------------- values

  /**
   * A signal from the housing corporation about squalor and rent arrears, client informed.
   *
   * @param receivedOn the day received
   * @return the signal
   */
  public static Signal signal(LocalDate receivedOn) {
    return Signal.builder()
        .id(SignalId.of("s-17"))
        .sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
        .signallerOrganisation(HOUSING)
        .signallerKind(PartnerKind.HOUSING_CORPORATION)
        .channel(SignalChannel.VIA_NETWORK_MEMBER)
        .receivedOn(receivedOn)
        .addConcerns(Concern.DOMESTIC_SQUALOR, Concern.RENT_ARREARS, Concern.ISOLATION)
        .description("Neighbours report smell; rent three months behind")
        .clientInformed(true)
        .build();
  }

  /**
   * {@link #signal(LocalDate)} on {@link #START}.
   *
   * @return the signal
   */
  public static Signal signal() {
    return signal(START);
  }

  /**
   * A builder pre-filled with a valid signal from a resident, client informed; tests change one
   * attribute to break it.
   *
   * @return the builder
   */
  public static nl.lon.core.process.Signal.Builder residentSignalBuilder() {
    return Signal.builder()
        .id(SignalId.of("s-18"))
        .sourceKind(SignalSourceKind.RESIDENT)
        .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
        .receivedOn(START)
        .addConcerns(Concern.NUISANCE)
        .clientInformed(true);
  }

  /**
   * Two adults, two children.
   *
   * @return the household
   */
  public static Household household() {
    return Household.of(2, 2);
  }

  /**
   * A complete ZRM 2017 scan: finances 1, housing 2, mental health 2, domestic relations 3, social
   * network 3, justice not discussed, all other domains 4 or 5.
   *
   * @param scoredOn the day scored
   * @return the scan
   */
  public static LifeDomainScan zrm2017Scan(LocalDate scoredOn) {
    return LifeDomainScan.builder()
        .instrument(ScanInstrument.ZRM_2017)
        .scoredOn(scoredOn)
        .putScores(ScanDomain.FINANCES, SelfRelianceLevel.ACUTE_PROBLEMS)
        .putScores(ScanDomain.WORK_AND_EDUCATION, SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT)
        .putScores(ScanDomain.TIME_USE, SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT)
        .putScores(ScanDomain.HOUSING, SelfRelianceLevel.NOT_SELF_RELIANT)
        .putScores(ScanDomain.DOMESTIC_RELATIONS, SelfRelianceLevel.LIMITED)
        .putScores(ScanDomain.MENTAL_HEALTH, SelfRelianceLevel.NOT_SELF_RELIANT)
        .putScores(ScanDomain.PHYSICAL_HEALTH, SelfRelianceLevel.FULLY_SELF_RELIANT)
        .putScores(ScanDomain.SUBSTANCE_USE, SelfRelianceLevel.FULLY_SELF_RELIANT)
        .putScores(ScanDomain.BASIC_ADL, SelfRelianceLevel.FULLY_SELF_RELIANT)
        .putScores(ScanDomain.INSTRUMENTAL_ADL, SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT)
        .putScores(ScanDomain.SOCIAL_NETWORK, SelfRelianceLevel.LIMITED)
        .putScores(ScanDomain.COMMUNITY_PARTICIPATION, SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT)
        .addNotDiscussed(ScanDomain.JUSTICE)
        .build();
  }

  /**
   * {@link #zrm2017Scan(LocalDate)} on {@link #START}.
   *
   * @return the scan
   */
  public static LifeDomainScan zrm2017Scan() {
    return zrm2017Scan(START);
  }

  /**
   * A complete ZRM 2013 scan: addiction 1, ADL 2, daytime activities 3, all others 4.
   *
   * @param scoredOn the day scored
   * @return the scan
   */
  public static LifeDomainScan zrm2013Scan(LocalDate scoredOn) {
    nl.lon.core.scan.LifeDomainScan.Builder b =
        LifeDomainScan.builder().instrument(ScanInstrument.ZRM_2013).scoredOn(scoredOn);
    for (ScanDomain d : ScanInstrument.ZRM_2013.getDomains()) {
      switch (d) {
        case ADDICTION:
          b.putScores(d, SelfRelianceLevel.ACUTE_PROBLEMS);
          break;
        case ADL:
          b.putScores(d, SelfRelianceLevel.NOT_SELF_RELIANT);
          break;
        case DAYTIME_ACTIVITIES:
          b.putScores(d, SelfRelianceLevel.LIMITED);
          break;
        default:
          b.putScores(d, SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT);
      }
    }
    return b.build();
  }

  /**
   * A goal.
   *
   * @param code the goal code
   * @param domain the life domain
   * @return the goal
   */
  public static Goal goal(String code, LifeDomain domain) {
    return Goal.of(code, domain, "Goal " + code + " on " + domain);
  }

  /**
   * A plan of approach with two goals (housing, income) and three activities, one without a goal.
   *
   * @param version the plan version
   * @param adoptedOn the day adopted; activities are due after it
   * @return the plan
   */
  public static PlanOfApproach plan(int version, LocalDate adoptedOn) {
    return PlanOfApproach.builder()
        .version(version)
        .context("Rent arrears threaten eviction; the home is neglected; the client avoids care")
        .addGoals(goal("G1", LifeDomain.HOUSING), goal("G2", LifeDomain.INCOME))
        .addActivities(
            Activity.builder()
                .description("Payment arrangement with the housing corporation")
                .responsible(Responsible.of(HOUSING, HOUSING_MEMBER))
                .dueOn(adoptedOn.plusWeeks(2))
                .goalCode("G1")
                .build(),
            Activity.builder()
                .description("Register with the debt bank")
                .responsible(Responsible.of(DEBT_BANK))
                .dueOn(adoptedOn.plusWeeks(4))
                .goalCode("G2")
                .build(),
            Activity.builder()
                .description("Weekly home visit")
                .responsible(Responsible.of(TRAJECTORY_DIRECTOR))
                .dueOn(adoptedOn.plusWeeks(8))
                .build())
        .evaluateBy(adoptedOn.plusMonths(3))
        .build();
  }

  /**
   * A meeting with the network director as technical chair and the trajectory director as content
   * coordinator; the client invited but absent; one work agreement.
   *
   * @param kind the kind
   * @param heldOn the day held
   * @return the meeting
   */
  public static Meeting meeting(MeetingKind kind, LocalDate heldOn) {
    return Meeting.builder()
        .id(MeetingId.of("m-" + heldOn))
        .kind(kind)
        .heldOn(heldOn)
        .addParticipants(NETWORK_DIRECTOR, TRAJECTORY_DIRECTOR, GGZ_MEMBER)
        .addOrganisations(SOCIAL_WORK, GGZ, POLICE)
        .technicalChair(NETWORK_DIRECTOR)
        .contentCoordinator(TRAJECTORY_DIRECTOR)
        .clientInvited(true)
        .clientPresent(false)
        .addMinutes(
            WorkAgreement.of(Responsible.of(MUNICIPALITY), "Check benefit", heldOn.plusWeeks(1)))
        .build();
  }

  /**
   * An evaluation of the plan's two goals.
   *
   * @param decision the decision
   * @return the evaluation
   */
  public static Evaluation evaluation(EvaluationDecision decision) {
    boolean close = decision == EvaluationDecision.CLOSE;
    return Evaluation.builder()
        .putGoalResults("G1", close ? GoalResult.REACHED : GoalResult.PARTLY_REACHED)
        .putGoalResults("G2", close ? GoalResult.REACHED : GoalResult.NOT_REACHED)
        .agreementsKept(true)
        .decision(decision)
        .remarks(close ? "Goals reached" : "Debt registration stalled")
        .build();
  }

  /**
   * A closure: guided to regular care with social work.
   *
   * @return the closure
   */
  public static Closure closure() {
    return Closure.builder()
        .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
        .regularCare(SOCIAL_WORK)
        .build();
  }

  /**
   * Consent for all network partners.
   *
   * @param signedOn the day signed
   * @return the consent
   */
  public static Consent consent(LocalDate signedOn) {
    return Consent.builder().scope(ConsentScope.NETWORK_PARTNERS).signedOn(signedOn).build();
  }

  /**
   * Consent for the named organisations only.
   *
   * @param signedOn the day signed
   * @param organisations the organisations named
   * @return the consent
   */
  public static Consent namedConsent(LocalDate signedOn, OrganisationId... organisations) {
    return Consent.builder()
        .scope(ConsentScope.NAMED_ORGANISATIONS)
        .addOrganisations(organisations)
        .signedOn(signedOn)
        .build();
  }

  /**
   * A coordination decision with the given outcome and, where needed, circuit or organisation.
   *
   * @param outcome the outcome
   * @param on the day (used for the feedback)
   * @return the decision
   */
  public static CoordinationDecision coordinationDecision(
      CoordinationOutcome outcome, LocalDate on) {
    nl.lon.core.process.CoordinationDecision.Builder b =
        CoordinationDecision.builder()
            .outcome(outcome)
            .reason("Problems on several life domains; no regular care involved")
            .feedback(SignallerFeedback.of(on, "The network takes up the case"));
    if (outcome == CoordinationOutcome.REFER_TO_CIRCUIT) {
      b.circuit(nl.lon.core.network.Circuit.YOUTH);
    }
    if (outcome == CoordinationOutcome.REFER_TO_ORGANISATION) {
      b.referredTo(GGZ);
    }
    return b.build();
  }

  /**
   * A content escalation at rung 2.
   *
   * @param id the escalation id
   * @return the escalation
   */
  public static Escalation escalation(EscalationId id) {
    return Escalation.builder()
        .id(id)
        .kind(EscalationKind.ORGANISATIONAL)
        .rung(2)
        .body("steering group")
        .bottleneck("The debt bank's waiting list blocks the plan")
        .build();
  }

  /**
   * An ad-hoc resolution.
   *
   * @return the resolution
   */
  public static EscalationResolution resolution() {
    return EscalationResolution.of(
        ResolutionKind.AD_HOC, "Waiting list bypassed for this family", "waiting list");
  }

  /**
   * An instrument use: spending from the care-purchase budget.
   *
   * @param amount the amount
   * @return the use
   */
  public static InstrumentUse carePurchase(BigDecimal amount) {
    return InstrumentUse.builder()
        .instrument(Instrument.CARE_PURCHASE_BUDGET)
        .description("Start of home care before the indication")
        .addAgreedBy(MUNICIPALITY)
        .amount(amount)
        .build();
  }

  /**
   * A warm handover to {@link #RECEIVING_NETWORK}.
   *
   * @return the handover
   */
  public static WarmHandover handover() {
    return WarmHandover.of(
        RECEIVING_NETWORK, "team leader social team east", "Client moved; plan v2 runs");
  }

  /**
   * A coercion measure of the catalogue: compulsory cleaning by the GGD.
   *
   * @return the measure
   */
  public static CoercionMeasure compulsoryCleaning() {
    return CoercionMeasure.builder()
        .code("compulsory-cleaning")
        .name("Compulsory cleaning")
        .nameNl("Verplichte reiniging")
        .level(40)
        .legalBasis("Bouw- en woningverordening")
        .addExecutedBy(PartnerKind.GGD)
        .clock(statutoryClock())
        .build();
  }

  /**
   * A statutory clock of 14 days, met by recording compulsory cleaning.
   *
   * @return the clock
   */
  public static StatutoryClock statutoryClock() {
    return StatutoryClock.builder()
        .obligation("Announce before executing")
        .obligationNl("Aankondigen voor uitvoering")
        .days(14)
        .legalSource("Awb 5:24")
        .addMetBy("compulsory-cleaning")
        .build();
  }

  /**
   * The steering group as an option of organisational escalation.
   *
   * @return the option
   */
  public static EscalationOption steeringGroupOption() {
    return EscalationOption.builder()
        .body("Steering group")
        .bodyNl("Stuurgroep")
        .chair("alderman")
        .powers("revise rules, grant exceptions")
        .build();
  }

  // ---------------------------------------------------------------- events

  /**
   * An event factory for {@link #CASE_ID}, starting on {@link #START} at sequence 1.
   *
   * @return the factory
   */
  public static EventFactory events() {
    return new EventFactory(CASE_ID, START);
  }

  /**
   * The full lifecycle of {@link #CASE_ID} from {@link #START}, one day between events.
   *
   * @return the events, in order
   */
  public static List<CaseEvent> fullLifecycle() {
    return fullLifecycle(CASE_ID, START, 1);
  }

  /**
   * The full lifecycle of a case, touching every event type:
   *
   * <ol>
   *   <li>signal received, consent recorded, report judged IN_SCOPE,
   *   <li>information requested and added, home visit (client not reached), coordination decided
   *       COORDINATE,
   *   <li>trajectory director appointed, ZRM 2017 scan recorded, integral picture formed,
   *   <li>plan v1 adopted, progress reported (deviation), progress talk, network meeting, care
   *       purchase, escalation requested, raised and resolved, coercion measure,
   *   <li>evaluation ADJUST, plan v2, evaluation CLOSE, case closed, follow-up DROPPED_OUT, case
   *       reopened, consent withdrawn, case transferred.
   * </ol>
   *
   * @param caseId the case
   * @param start the day the signal comes in
   * @param stepDays days between two events, 0 or more
   * @return the 30 events, in order
   */
  public static List<CaseEvent> fullLifecycle(CaseId caseId, LocalDate start, int stepDays) {
    EventFactory f = new EventFactory(caseId, start).stepDays(stepDays);
    List<CaseEvent> events = new ArrayList<>();
    events.add(f.signalReceived());
    events.add(f.consentRecorded());
    events.add(f.reportJudged(ReportJudgement.IN_SCOPE));
    events.add(f.informationRequested());
    events.add(f.as(GGZ_MEMBER).informationAdded(GGZ));
    events.add(f.homeVisitRecorded(false));
    events.add(f.as(NETWORK_DIRECTOR).coordinationDecided(CoordinationOutcome.COORDINATE));
    events.add(f.trajectoryDirectorAppointed(false));
    events.add(f.as(TRAJECTORY_DIRECTOR).lifeDomainScanRecorded());
    events.add(f.integralPictureFormed());
    events.add(f.as(TRAJECTORY_DIRECTOR).problemOwnershipAccepted());
    events.add(f.as(NETWORK_DIRECTOR).conceptPlanDrafted(1));
    events.add(f.as(TRAJECTORY_DIRECTOR).planAdopted(1));
    events.add(f.progressReported(ProgressReport.of("Debt registration is late", true)));
    events.add(f.as(NETWORK_DIRECTOR).progressTalkHeld());
    events.add(f.meetingHeld(MeetingKind.NETWORK_MEETING));
    events.add(f.paperFileRecorded("archief GGD, kast 3"));
    events.add(f.instrumentUsed(carePurchase(CARE_PURCHASE_AMOUNT)));
    events.add(f.escalationRequested());
    events.add(f.escalationRaised(ESCALATION));
    events.add(f.escalationResolved(ESCALATION));
    events.add(f.coercionMeasureRecorded());
    events.add(f.evaluationRecorded(EvaluationDecision.ADJUST));
    events.add(f.planAdopted(2));
    events.add(f.evaluationRecorded(EvaluationDecision.CLOSE));
    events.add(f.caseClosed(closure()));
    events.add(f.followUpRecorded(FollowUpOutcome.DROPPED_OUT));
    events.add(f.caseReopened());
    events.add(f.consentWithdrawn());
    events.add(f.caseTransferred());
    return List.copyOf(events);
  }

  // ---------------------------------------------------------------- events for store tests

  /**
   * An event of a stream for store tests, which do not fold: a reopening whose reason names the
   * sequence, so that any two events differ. Business date {@link #START}.
   *
   * @param stream the case
   * @param sequence the sequence, 1 or more
   * @return the event
   */
  public static CaseEvent storeEvent(CaseId stream, long sequence) {
    return CaseReopened.builder()
        .metadata(new EventFactory(stream, START).sequence(sequence).metadata())
        .reason("r" + sequence)
        .build();
  }

  /**
   * Store events with sequences {@code from} to {@code from + count - 1}.
   *
   * @param stream the case
   * @param from the first sequence
   * @param count how many
   * @return the events, in order
   */
  public static List<CaseEvent> storeEvents(CaseId stream, long from, int count) {
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(storeEvent(stream, from + i));
    }
    return events;
  }

  /**
   * The first event of a stream, naming a network (which may differ from the one a store files the
   * stream under).
   *
   * @param stream the case
   * @param network the network the signal names
   * @return the event, sequence 1
   */
  public static SignalReceived signalReceived(CaseId stream, NetworkId network) {
    return SignalReceived.builder()
        .from(new EventFactory(stream, START).signalReceived())
        .network(network)
        .build();
  }

  /** Points of the process a test can bring a case to with {@link EventFactory#historyTo}. */
  public enum Stage {
    /** Signal received: step RECEIVE_REPORT. */
    RECEIVED,
    /** Report judged in scope: step GATHER_INFORMATION. */
    GATHERING_INFORMATION,
    /** Coordination decided COORDINATE: step INTEGRAL_PICTURE. */
    COORDINATED,
    /** Director appointed and integral picture formed: step PLAN_OF_APPROACH. */
    PICTURED,
    /** Plan v1 adopted: step EXECUTE. */
    EXECUTING,
    /** Evaluation ADJUST: step EVALUATE. */
    EVALUATING,
    /** Evaluation CLOSE: step CLOSE. */
    CLOSING,
    /** Case closed: status CLOSED, step FOLLOW_UP. */
    CLOSED
  }

  /**
   * Stamps events of one case with metadata: the next sequence number, the current business date
   * (which then moves on by {@link #stepDays(int)} days), a recorded instant on that date and the
   * current actor. Not thread-safe; one factory per test.
   */
  public static final class EventFactory {
    private final CaseId caseId;
    private long sequence = 1;
    private LocalDate date;
    private int stepDays = 1;
    private ProfessionalId actor = NETWORK_DIRECTOR;

    /**
     * A factory starting at sequence 1.
     *
     * @param caseId the case
     * @param start the first business date
     */
    public EventFactory(CaseId caseId, LocalDate start) {
      this.caseId = Objects.requireNonNull(caseId);
      this.date = Objects.requireNonNull(start);
    }

    /**
     * A copy with the same position, for branching histories.
     *
     * @return the copy
     */
    public EventFactory copy() {
      EventFactory c = new EventFactory(caseId, date);
      c.sequence = sequence;
      c.stepDays = stepDays;
      c.actor = actor;
      return c;
    }

    /**
     * A copy for another case at the same position.
     *
     * @param other the other case
     * @return the copy
     */
    public EventFactory forCase(CaseId other) {
      EventFactory c = new EventFactory(other, date);
      c.sequence = sequence;
      c.stepDays = stepDays;
      c.actor = actor;
      return c;
    }

    /**
     * Sets the days between events.
     *
     * @param days 0 or more
     * @return this
     */
    public EventFactory stepDays(int days) {
      this.stepDays = days;
      return this;
    }

    /**
     * Sets the business date of the next event.
     *
     * @param day the date
     * @return this
     */
    public EventFactory on(LocalDate day) {
      this.date = day;
      return this;
    }

    /**
     * Moves the business date of the next event on.
     *
     * @param days the days
     * @return this
     */
    public EventFactory later(int days) {
      this.date = date.plusDays(days);
      return this;
    }

    /**
     * Sets the actor of the next events.
     *
     * @param professional the actor
     * @return this
     */
    public EventFactory as(ProfessionalId professional) {
      this.actor = professional;
      return this;
    }

    /**
     * Sets the sequence number of the next event (to write a corrupt stream).
     *
     * @param next the sequence number
     * @return this
     */
    public EventFactory sequence(long next) {
      this.sequence = next;
      return this;
    }

    /**
     * The sequence number the next event gets.
     *
     * @return the number
     */
    public long nextSequence() {
      return sequence;
    }

    /**
     * The business date the next event gets.
     *
     * @return the date
     */
    public LocalDate date() {
      return date;
    }

    /**
     * The case id stamped.
     *
     * @return the case id
     */
    public CaseId caseId() {
      return caseId;
    }

    /**
     * Metadata for the next event; moves sequence and date on.
     *
     * @return the metadata
     */
    public EventMetadata metadata() {
      Instant recordedAt = date.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(sequence);
      EventMetadata m = EventMetadata.of(caseId, sequence, date, recordedAt, actor);
      sequence++;
      date = date.plusDays(stepDays);
      return m;
    }

    /**
     * The events that bring a new case to a stage; call on a fresh factory.
     *
     * @param stage the stage
     * @return the events, in order
     */
    public List<CaseEvent> historyTo(Stage stage) {
      List<CaseEvent> events = new ArrayList<>();
      events.add(signalReceived());
      if (stage.compareTo(Stage.GATHERING_INFORMATION) >= 0) {
        events.add(reportJudged(ReportJudgement.IN_SCOPE));
      }
      if (stage.compareTo(Stage.COORDINATED) >= 0) {
        events.add(coordinationDecided(CoordinationOutcome.COORDINATE));
      }
      if (stage.compareTo(Stage.PICTURED) >= 0) {
        events.add(trajectoryDirectorAppointed(false));
        events.add(integralPictureFormed());
      }
      if (stage.compareTo(Stage.EXECUTING) >= 0) {
        events.add(planAdopted(1));
      }
      if (stage == Stage.EVALUATING) {
        events.add(evaluationRecorded(EvaluationDecision.ADJUST));
      }
      if (stage.compareTo(Stage.CLOSING) >= 0) {
        events.add(evaluationRecorded(EvaluationDecision.CLOSE));
      }
      if (stage.compareTo(Stage.CLOSED) >= 0) {
        events.add(caseClosed(closure()));
      }
      return events;
    }

    /**
     * @return a signal received with {@link #signal(LocalDate)} on the current date
     */
    public SignalReceived signalReceived() {
      return signalReceived(signal(date), household());
    }

    /**
     * @param signal the signal
     * @param household the household
     * @return the event
     */
    public SignalReceived signalReceived(Signal signal, Household household) {
      return SignalReceived.builder()
          .metadata(metadata())
          .network(NETWORK)
          .clientNumber(CLIENT)
          .signal(signal)
          .household(household)
          .build();
    }

    /**
     * @param judgement the judgement
     * @return the event, assigning CARE_AVOIDER
     */
    public ReportJudged reportJudged(ReportJudgement judgement) {
      return ReportJudged.builder()
          .metadata(metadata())
          .judgement(judgement)
          .reason("Multi-problem situation, no care involved")
          .addTargetGroups(
              TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "refuses contact with GP"))
          .advisedInScope(true)
          .build();
    }

    /**
     * @return an information request to GGZ and police
     */
    public InformationRequested informationRequested() {
      return InformationRequested.builder()
          .metadata(metadata())
          .addOrganisations(GGZ, POLICE)
          .question("Is the resident known?")
          .build();
    }

    /**
     * @param organisation the organisation adding information
     * @return the event
     */
    public InformationAdded informationAdded(OrganisationId organisation) {
      return InformationAdded.builder()
          .metadata(metadata())
          .organisation(organisation)
          .summary("Known since 2024; care refused")
          .build();
    }

    /**
     * @param clientReached whether the client was reached
     * @return a home visit by the network director and the housing member
     */
    public HomeVisitRecorded homeVisitRecorded(boolean clientReached) {
      return HomeVisitRecorded.builder()
          .metadata(metadata())
          .addVisitors(NETWORK_DIRECTOR, HOUSING_MEMBER)
          .findings(clientReached ? "Client opened the door" : "Nobody opened")
          .clientReached(clientReached)
          .build();
    }

    /**
     * @param outcome the outcome
     * @return the event
     */
    public CoordinationDecided coordinationDecided(CoordinationOutcome outcome) {
      return coordinationDecided(coordinationDecision(outcome, date));
    }

    /**
     * @param decision the decision
     * @return the event
     */
    public CoordinationDecided coordinationDecided(CoordinationDecision decision) {
      return CoordinationDecided.builder().metadata(metadata()).decision(decision).build();
    }

    /**
     * @param temporary whether the network director acts temporarily
     * @return {@link #TRAJECTORY_DIRECTOR} of {@link #SOCIAL_WORK}, or the network director of the
     *     GGD when temporary
     */
    public TrajectoryDirectorAppointed trajectoryDirectorAppointed(boolean temporary) {
      return TrajectoryDirectorAppointed.builder()
          .metadata(metadata())
          .director(temporary ? NETWORK_DIRECTOR : TRAJECTORY_DIRECTOR)
          .organisation(temporary ? GGD : SOCIAL_WORK)
          .appointedBy(AppointmentAuthority.NETWORK_MEETING)
          .temporary(temporary)
          .build();
    }

    /**
     * @return a ZRM 2017 scan recorded, scored on the current date
     */
    public LifeDomainScanRecorded lifeDomainScanRecorded() {
      return lifeDomainScanRecorded(zrm2017Scan(date));
    }

    /**
     * @param scan the scan
     * @return the event
     */
    public LifeDomainScanRecorded lifeDomainScanRecorded(LifeDomainScan scan) {
      return LifeDomainScanRecorded.builder().metadata(metadata()).scan(scan).build();
    }

    /**
     * @return an integral picture assigning CARE_AVOIDER and NUISANCE_CAUSER
     */
    public IntegralPictureFormed integralPictureFormed() {
      return IntegralPictureFormed.builder()
          .metadata(metadata())
          .summary("Debts, squalor and isolation; avoids care")
          .addTargetGroups(
              TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "refuses contact with GP"),
              TargetGroupAssignment.of(TargetGroup.NUISANCE_CAUSER, "smell in the stairwell"))
          .build();
    }

    /**
     * @param version the plan version
     * @return the event with {@link #plan(int, LocalDate)}
     */
    public PlanAdopted planAdopted(int version) {
      return planAdopted(plan(version, date));
    }

    /**
     * @param plan the plan
     * @return the event
     */
    public PlanAdopted planAdopted(PlanOfApproach plan) {
      return PlanAdopted.builder().metadata(metadata()).plan(plan).build();
    }

    /**
     * @param report the report
     * @return the event
     */
    public ProgressReported progressReported(ProgressReport report) {
      return ProgressReported.builder().metadata(metadata()).report(report).build();
    }

    /**
     * @return the acceptance of the problem ownership by {@link #TRAJECTORY_DIRECTOR}
     */
    public nl.lon.core.event.ProblemOwnershipAccepted problemOwnershipAccepted() {
      return nl.lon.core.event.ProblemOwnershipAccepted.builder()
          .metadata(metadata())
          .trajectoryDirector(TRAJECTORY_DIRECTOR)
          .build();
    }

    /**
     * @param version the version the plan will have
     * @return the network director's concept of {@link #plan(int)} of that version
     */
    public nl.lon.core.event.ConceptPlanDrafted conceptPlanDrafted(int version) {
      return nl.lon.core.event.ConceptPlanDrafted.builder()
          .metadata(metadata())
          .concept(plan(version, date()))
          .build();
    }

    /**
     * @param location where the paper file is kept
     * @return the marker of a paper file
     */
    public nl.lon.core.event.PaperFileRecorded paperFileRecorded(String location) {
      return nl.lon.core.event.PaperFileRecorded.builder()
          .metadata(metadata())
          .location(location)
          .build();
    }

    /**
     * @return a progress talk with {@link #TRAJECTORY_DIRECTOR}
     */
    public ProgressTalkHeld progressTalkHeld() {
      return ProgressTalkHeld.builder()
          .metadata(metadata())
          .trajectoryDirector(TRAJECTORY_DIRECTOR)
          .summary("On track except the debts")
          .build();
    }

    /**
     * @param kind the kind of meeting
     * @return the event with {@link #meeting(MeetingKind, LocalDate)}
     */
    public MeetingHeld meetingHeld(MeetingKind kind) {
      LocalDate heldOn = date;
      return MeetingHeld.builder().metadata(metadata()).meeting(meeting(kind, heldOn)).build();
    }

    /**
     * @param decision the decision
     * @return the event with {@link #evaluation(EvaluationDecision)}
     */
    public EvaluationRecorded evaluationRecorded(EvaluationDecision decision) {
      return evaluationRecorded(evaluation(decision));
    }

    /**
     * @param evaluation the evaluation
     * @return the event
     */
    public EvaluationRecorded evaluationRecorded(Evaluation evaluation) {
      return EvaluationRecorded.builder().metadata(metadata()).evaluation(evaluation).build();
    }

    /**
     * @return an organisational escalation request
     */
    public EscalationRequested escalationRequested() {
      return EscalationRequested.builder()
          .metadata(metadata())
          .kind(EscalationKind.ORGANISATIONAL)
          .bottleneck("The debt bank's waiting list blocks the plan")
          .build();
    }

    /**
     * @param id the escalation id
     * @return the event with {@link #escalation(EscalationId)}
     */
    public EscalationRaised escalationRaised(EscalationId id) {
      return EscalationRaised.builder().metadata(metadata()).escalation(escalation(id)).build();
    }

    /**
     * @param id the escalation id
     * @return the event with {@link #resolution()}
     */
    public EscalationResolved escalationResolved(EscalationId id) {
      return EscalationResolved.builder()
          .metadata(metadata())
          .escalationId(id)
          .resolution(resolution())
          .build();
    }

    /**
     * @return compulsory cleaning executed by the GGD
     */
    public CoercionMeasureRecorded coercionMeasureRecorded() {
      return CoercionMeasureRecorded.builder()
          .metadata(metadata())
          .measureCode("compulsory-cleaning")
          .level(40)
          .executedBy(GGD)
          .reason("Public-health danger")
          .build();
    }

    /**
     * @param use the use
     * @return the event
     */
    public InstrumentUsed instrumentUsed(InstrumentUse use) {
      return InstrumentUsed.builder().metadata(metadata()).use(use).build();
    }

    /**
     * @param closure the closure
     * @return the event
     */
    public CaseClosed caseClosed(Closure closure) {
      return CaseClosed.builder().metadata(metadata()).closure(closure).build();
    }

    /**
     * @param outcome the outcome
     * @return the event
     */
    public FollowUpRecorded followUpRecorded(FollowUpOutcome outcome) {
      return FollowUpRecorded.builder()
          .metadata(metadata())
          .check(FollowUpCheck.of(outcome, "Six-month check"))
          .build();
    }

    /**
     * @return a reopening because the client dropped out
     */
    public CaseReopened caseReopened() {
      return CaseReopened.builder()
          .metadata(metadata())
          .reason("Client dropped out of care")
          .build();
    }

    /**
     * @return a transfer to {@link #RECEIVING_NETWORK}
     */
    public CaseTransferred caseTransferred() {
      return CaseTransferred.builder().metadata(metadata()).handover(handover()).build();
    }

    /**
     * @return consent for all partners, signed on the current date
     */
    public ConsentRecorded consentRecorded() {
      return consentRecorded(consent(date));
    }

    /**
     * @param consent the consent
     * @return the event
     */
    public ConsentRecorded consentRecorded(Consent consent) {
      return ConsentRecorded.builder().metadata(metadata()).consent(consent).build();
    }

    /**
     * @return a withdrawal on the current date
     */
    public ConsentWithdrawn consentWithdrawn() {
      return ConsentWithdrawn.builder().metadata(metadata()).build();
    }

    /**
     * A correction of an earlier entry, at the next sequence.
     *
     * @param replacement the act as it should have been recorded, with the corrected entry's
     *     sequence
     * @param reason why
     * @return the event
     */
    public nl.lon.core.event.EntryCorrected entryCorrected(CaseEvent replacement, String reason) {
      return nl.lon.core.event.EntryCorrected.builder()
          .metadata(metadata())
          .correctedSequence(replacement.getSequence())
          .replacement(replacement)
          .reason(reason)
          .build();
    }

    /**
     * A withdrawal of an earlier entry, at the next sequence.
     *
     * @param sequence the entry withdrawn
     * @param reason why
     * @return the event
     */
    public nl.lon.core.event.EntryWithdrawn entryWithdrawn(long sequence, String reason) {
      return nl.lon.core.event.EntryWithdrawn.builder()
          .metadata(metadata())
          .withdrawnSequence(sequence)
          .reason(reason)
          .build();
    }
  }
}
