package nl.lon.persistence.codec;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.CaseTransferred;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.ConsentWithdrawn;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EntryCorrected;
import nl.lon.core.event.EntryWithdrawn;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationRequested;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.EvaluationRecorded;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.EventType;
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
import nl.lon.core.network.Circuit;
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
 * One sample event of every type, and variants that leave optional fields out.
 *
 * <p>FROZEN: {@link #all()} is the expected content of {@code codec/v1-events.jsonl}. Never change
 * these samples; add new ones to {@link #variants()} instead. If lon-core ever adds a required
 * attribute, the decoder must give old events a value for it, and only the expected value here may
 * change, never the fixture file.
 */
final class SampleEvents {

  static final CaseId CASE = CaseId.of("case-2026-0042");
  static final NetworkId NETWORK = NetworkId.of("rotterdam-noord");
  static final OrganisationId GGD = OrganisationId.of("ggd-rotterdam");
  static final OrganisationId WOONSTAD = OrganisationId.of("woonstad");
  static final OrganisationId POLICE = OrganisationId.of("politie-rijnmond");
  static final ProfessionalId DIRECTOR = ProfessionalId.of("p-netwerkregisseur");
  static final ProfessionalId JANSEN = ProfessionalId.of("p-jansen");
  static final ProfessionalId DE_VRIES = ProfessionalId.of("p-de-vries");

  private SampleEvents() {}

  static EventMetadata meta(long sequence, ProfessionalId actor) {
    return EventMetadata.of(
        CASE,
        sequence,
        LocalDate.of(2026, 3, 2).plusDays(sequence - 1),
        Instant.parse("2026-03-02T09:15:00Z").plusSeconds(86_400 * (sequence - 1) + sequence),
        actor);
  }

  /** One event of every type, in {@link EventType} order, with sequences 1 to 25. */
  static List<CaseEvent> all() {
    List<CaseEvent> e = new ArrayList<>();
    e.add(
        SignalReceived.builder()
            .metadata(
                EventMetadata.of(
                    CASE,
                    1,
                    LocalDate.of(2026, 3, 2),
                    Instant.parse("2026-03-02T09:15:00.123456789Z"),
                    DIRECTOR))
            .network(NETWORK)
            .clientNumber(ClientNumber.of("C-100234"))
            .signal(
                Signal.builder()
                    .id(SignalId.of("s-2026-17"))
                    .sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
                    .signallerOrganisation(WOONSTAD)
                    .signallerKind(PartnerKind.HOUSING_CORPORATION)
                    .channel(SignalChannel.VIA_NETWORK_MEMBER)
                    .receivedOn(LocalDate.of(2026, 3, 1))
                    .addConcerns(Concern.DOMESTIC_SQUALOR, Concern.RENT_ARREARS)
                    .description(
                        "Buren melden stankoverlast; huur drie maanden achter (€ 2.150,-).\n"
                            + "Cliënt zegt: \"alles is in orde\" \\ geen hulp nodig")
                    .acuteCrisis(false)
                    .clientInformed(false)
                    .notInformedReason("vertrouwensrelatie met de melder")
                    .build())
            .household(Household.of(2, 3))
            .build());
    e.add(
        ReportJudged.builder()
            .metadata(meta(2, DIRECTOR))
            .judgement(ReportJudgement.IN_SCOPE)
            .reason("Multiproblematiek, geen passende hulp")
            .addTargetGroups(
                TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "weigert hulp"),
                TargetGroupAssignment.of(TargetGroup.NUISANCE_CAUSER, "overlast voor buren"))
            .advisedInScope(true)
            .build());
    e.add(
        InformationRequested.builder()
            .metadata(meta(3, DIRECTOR))
            .addOrganisations(GGD, POLICE)
            .question("Is de cliënt bij u bekend?")
            .build());
    e.add(
        InformationAdded.builder()
            .metadata(meta(4, JANSEN))
            .organisation(GGD)
            .summary("Bekend bij de bemoeizorg sinds 2024")
            .build());
    e.add(
        HomeVisitRecorded.builder()
            .metadata(meta(5, JANSEN))
            .addVisitors(JANSEN, DE_VRIES)
            .findings("Woning vervuild, cliënt aanspreekbaar")
            .clientReached(true)
            .build());
    e.add(
        CoordinationDecided.builder()
            .metadata(meta(6, DIRECTOR))
            .decision(
                CoordinationDecision.builder()
                    .outcome(CoordinationOutcome.REFER_TO_ORGANISATION)
                    .referredTo(GGD)
                    .reason("Enkelvoudige zorgvraag")
                    .feedback(SignallerFeedback.of(LocalDate.of(2026, 3, 7), "Melder geïnformeerd"))
                    .build())
            .build());
    e.add(
        TrajectoryDirectorAppointed.builder()
            .metadata(meta(7, DIRECTOR))
            .director(JANSEN)
            .organisation(GGD)
            .appointedBy(AppointmentAuthority.NETWORK_MEETING)
            .temporary(true)
            .build());
    Map<ScanDomain, SelfRelianceLevel> scores = new EnumMap<>(ScanDomain.class);
    for (ScanDomain d : ScanInstrument.ZRM_2017.getDomains()) {
      scores.put(d, SelfRelianceLevel.values()[d.ordinal() % 5]);
    }
    scores.remove(ScanDomain.JUSTICE);
    scores.remove(ScanDomain.TIME_USE);
    e.add(
        LifeDomainScanRecorded.builder()
            .metadata(meta(8, JANSEN))
            .scan(
                LifeDomainScan.builder()
                    .instrument(ScanInstrument.ZRM_2017)
                    .scoredOn(LocalDate.of(2026, 3, 9))
                    .scores(scores)
                    .addNotDiscussed(ScanDomain.JUSTICE, ScanDomain.TIME_USE)
                    .build())
            .build());
    e.add(
        IntegralPictureFormed.builder()
            .metadata(meta(9, JANSEN))
            .summary("Schulden en vervuiling hangen samen met psychische klachten")
            .addTargetGroups(TargetGroupAssignment.of(TargetGroup.CARE_MISSER, "mist zorg"))
            .build());
    e.add(
        PlanAdopted.builder()
            .metadata(meta(10, JANSEN))
            .plan(
                PlanOfApproach.builder()
                    .version(1)
                    .context("Dreigende huisuitzetting")
                    .addGoals(
                        Goal.of("G1", LifeDomain.HOUSING, "Huisvesting behouden"),
                        Goal.of("G2", LifeDomain.INCOME, "Schulden in beeld"))
                    .addActivities(
                        Activity.builder()
                            .description("Betalingsregeling huur")
                            .responsible(Responsible.of(WOONSTAD))
                            .dueOn(LocalDate.of(2026, 4, 1))
                            .goalCode("G1")
                            .build(),
                        Activity.builder()
                            .description("Aanmelding schuldhulp")
                            .responsible(Responsible.of(GGD, JANSEN))
                            .dueOn(LocalDate.of(2026, 4, 15))
                            .build())
                    .evaluateBy(LocalDate.of(2026, 6, 1))
                    .build())
            .build());
    e.add(
        ProgressReported.builder()
            .metadata(meta(11, JANSEN))
            .report(
                ProgressReport.builder()
                    .summary("Regeling getroffen")
                    .deviatesFromPlan(true)
                    .stalled(true)
                    .clientUnreachable(false)
                    .build())
            .build());
    e.add(
        ProgressTalkHeld.builder()
            .metadata(meta(12, DIRECTOR))
            .trajectoryDirector(JANSEN)
            .summary("Voortgang besproken")
            .build());
    e.add(
        MeetingHeld.builder()
            .metadata(meta(13, DIRECTOR))
            .meeting(
                Meeting.builder()
                    .id(MeetingId.of("m-2026-03-12"))
                    .kind(MeetingKind.CASE_CONFERENCE)
                    .heldOn(LocalDate.of(2026, 3, 12))
                    .addParticipants(DIRECTOR, JANSEN, DE_VRIES)
                    .addOrganisations(GGD, WOONSTAD)
                    .technicalChair(DIRECTOR)
                    .contentCoordinator(JANSEN)
                    .clientInvited(true)
                    .clientPresent(false)
                    .addMinutes(
                        WorkAgreement.of(
                            Responsible.of(WOONSTAD),
                            "Uitzetting opschorten",
                            LocalDate.of(2026, 3, 20)),
                        WorkAgreement.of(
                            Responsible.of(JANSEN),
                            "Huisbezoek plannen",
                            LocalDate.of(2026, 3, 19)))
                    .build())
            .build());
    e.add(
        EvaluationRecorded.builder()
            .metadata(meta(14, JANSEN))
            .evaluation(
                Evaluation.builder()
                    .putGoalResults("G1", GoalResult.REACHED)
                    .putGoalResults("G2", GoalResult.PARTLY_REACHED)
                    .agreementsKept(false)
                    .decision(EvaluationDecision.ADJUST)
                    .remarks("Schuldhulp loopt vertraging op")
                    .build())
            .build());
    e.add(
        EscalationRequested.builder()
            .metadata(meta(15, JANSEN))
            .kind(EscalationKind.ORGANISATIONAL)
            .bottleneck("Geen plek in beschermd wonen")
            .build());
    e.add(
        EscalationRaised.builder()
            .metadata(meta(16, DIRECTOR))
            .escalation(
                Escalation.builder()
                    .id(EscalationId.of("esc-1"))
                    .kind(EscalationKind.PRESSURE_AND_COERCION)
                    .rung(2)
                    .body("Stuurgroep")
                    .bottleneck("Acuut gevaar voor de gezondheid")
                    .emergencyReason("Cliënt dreigt te vervuilen tot levensgevaar")
                    .build())
            .build());
    e.add(
        EscalationResolved.builder()
            .metadata(meta(17, DIRECTOR))
            .escalationId(EscalationId.of("esc-1"))
            .resolution(
                EscalationResolution.of(
                    ResolutionKind.STRUCTURAL, "Afspraak over voorrang", "Capaciteit"))
            .build());
    e.add(
        CoercionMeasureRecorded.builder()
            .metadata(meta(18, DIRECTOR))
            .measureCode("wvggz-crisismaatregel")
            .level(5)
            .executedBy(GGD)
            .reason("Ernstig nadeel")
            .build());
    e.add(
        InstrumentUsed.builder()
            .metadata(meta(19, JANSEN))
            .use(
                InstrumentUse.builder()
                    .instrument(Instrument.CARE_PURCHASE_BUDGET)
                    .description("Schoonmaak woning")
                    .addAgreedBy(GGD, WOONSTAD)
                    .amount(new BigDecimal("1250.50"))
                    .eviction(true)
                    .build())
            .build());
    e.add(
        CaseClosed.builder()
            .metadata(meta(20, DIRECTOR))
            .closure(
                Closure.builder()
                    .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
                    .regularCare(GGD)
                    .remarks("Overgedragen aan wijkteam")
                    .build())
            .build());
    e.add(
        FollowUpRecorded.builder()
            .metadata(meta(21, DIRECTOR))
            .check(FollowUpCheck.of(FollowUpOutcome.STILL_IN_CARE, "Nog in zorg bij GGD"))
            .build());
    e.add(
        CaseReopened.builder()
            .metadata(meta(22, DIRECTOR))
            .reason("Nieuwe melding van de woningcorporatie")
            .build());
    e.add(
        CaseTransferred.builder()
            .metadata(meta(23, DIRECTOR))
            .handover(
                WarmHandover.of(
                    NetworkId.of("enschede"), "Netwerkregisseur Enschede", "Cliënt verhuist"))
            .build());
    e.add(
        ConsentRecorded.builder()
            .metadata(meta(24, JANSEN))
            .consent(
                Consent.builder()
                    .scope(ConsentScope.NAMED_ORGANISATIONS)
                    .addOrganisations(GGD, WOONSTAD)
                    .signedOn(LocalDate.of(2026, 3, 3))
                    .withdrawnOn(LocalDate.of(2026, 3, 20))
                    .build())
            .build());
    e.add(ConsentWithdrawn.builder().metadata(meta(25, JANSEN)).build());
    return ImmutableList.copyOf(e);
  }

  /** Events that leave optional fields out or take other branches than {@link #all()}. */
  /**
   * One event of each correction type, sequences 26 and 27 after {@link #all()}: a correction of
   * the home visit (#5) and a withdrawal of the information added (#4). FROZEN like {@link #all()}:
   * the expected content of {@code codec/v1-corrections.jsonl}.
   */
  static List<CaseEvent> corrections() {
    HomeVisitRecorded visit = (HomeVisitRecorded) all().get(4);
    HomeVisitRecorded replacement =
        HomeVisitRecorded.builder()
            .from(visit)
            .metadata(
                EventMetadata.of(
                    CASE,
                    5,
                    visit.getBusinessDate(),
                    Instant.parse("2026-03-27T10:00:00Z"),
                    JANSEN))
            .findings("Cliënt deed open; woning vervuild")
            .clientReached(true)
            .build();
    return List.of(
        EntryCorrected.builder()
            .metadata(meta(26, JANSEN))
            .correctedSequence(5)
            .replacement(replacement)
            .reason("Verkeerde bevinding ingevoerd")
            .build(),
        EntryWithdrawn.builder()
            .metadata(meta(27, DIRECTOR))
            .withdrawnSequence(4)
            .reason("Bij de verkeerde casus ingevoerd")
            .build());
  }

  /** {@link #all()} and {@link #corrections()}: one event of every type. */
  static List<CaseEvent> everyType() {
    List<CaseEvent> e = new ArrayList<>(all());
    e.addAll(corrections());
    e.addAll(since03());
    return e;
  }

  /**
   * The event types added in 0.3: the acceptance of the problem ownership, the paper file and the
   * concept plan.
   */
  static List<CaseEvent> since03() {
    return List.of(
        nl.lon.core.event.ProblemOwnershipAccepted.builder()
            .metadata(meta(8, JANSEN))
            .trajectoryDirector(JANSEN)
            .build(),
        nl.lon.core.event.PaperFileRecorded.builder()
            .metadata(meta(9, DIRECTOR))
            .location("archief GGD, kast 3")
            .build(),
        nl.lon.core.event.ConceptPlanDrafted.builder()
            .metadata(meta(10, DIRECTOR))
            .concept(
                PlanOfApproach.builder()
                    .version(1)
                    .context("Dreigende huisuitzetting, concept voor het netwerkoverleg")
                    .addGoals(Goal.of("G1", LifeDomain.HOUSING, "Huisvesting behouden"))
                    .addActivities(
                        Activity.builder()
                            .description("Betalingsregeling huur")
                            .responsible(Responsible.of(WOONSTAD))
                            .dueOn(LocalDate.of(2026, 4, 1))
                            .goalCode("G1")
                            .build())
                    .build())
            .build());
  }

  static List<CaseEvent> variants() {
    List<CaseEvent> e = new ArrayList<>();
    e.add(
        SignalReceived.builder()
            .metadata(meta(1, DIRECTOR))
            .network(NETWORK)
            .clientNumber(ClientNumber.of("C-2"))
            .signal(
                Signal.builder()
                    .id(SignalId.of("s-2"))
                    .sourceKind(SignalSourceKind.RESIDENT)
                    .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
                    .receivedOn(LocalDate.of(2026, 3, 1))
                    .addConcerns(Concern.ISOLATION)
                    .clientInformed(true)
                    .build())
            .household(Household.single())
            .build());
    e.add(
        ReportJudged.builder()
            .metadata(meta(2, DIRECTOR))
            .judgement(ReportJudgement.OUT_OF_SCOPE)
            .reason("Geen OGGZ")
            .build());
    e.add(
        CoordinationDecided.builder()
            .metadata(meta(3, DIRECTOR))
            .decision(
                CoordinationDecision.builder()
                    .outcome(CoordinationOutcome.REFER_TO_CIRCUIT)
                    .circuit(Circuit.DOMESTIC_VIOLENCE)
                    .reason("Huiselijk geweld")
                    .feedback(SignallerFeedback.of(LocalDate.of(2026, 3, 4), "Teruggekoppeld"))
                    .build())
            .build());
    e.add(
        PlanAdopted.builder()
            .metadata(meta(4, JANSEN))
            .plan(
                PlanOfApproach.builder()
                    .version(2)
                    .context("Bijgesteld")
                    .addGoals(Goal.of("G1", LifeDomain.HEALTH, "Gezondheid"))
                    .addActivities(
                        Activity.builder()
                            .description("Huisarts bezoeken")
                            .responsible(Responsible.of(JANSEN))
                            .dueOn(LocalDate.of(2026, 5, 1))
                            .build())
                    .build())
            .build());
    e.add(
        ProgressReported.builder()
            .metadata(meta(5, JANSEN))
            .report(ProgressReport.of("Loopt", false))
            .build());
    e.add(
        EscalationRaised.builder()
            .metadata(meta(6, DIRECTOR))
            .escalation(
                Escalation.builder()
                    .id(EscalationId.of("esc-2"))
                    .kind(EscalationKind.CONTENT)
                    .rung(1)
                    .body("Casusoverleg")
                    .bottleneck("Geen overeenstemming")
                    .build())
            .build());
    e.add(
        InstrumentUsed.builder()
            .metadata(meta(7, JANSEN))
            .use(
                InstrumentUse.builder()
                    .instrument(Instrument.HOME_VISIT)
                    .description("Bezoek")
                    .amount(new BigDecimal("1E+3"))
                    .build())
            .build());
    e.add(
        CaseClosed.builder()
            .metadata(meta(8, DIRECTOR))
            .closure(
                Closure.builder()
                    .reason(ClosureReason.MOVED_WITH_HANDOVER)
                    .handoverTo(NetworkId.of("leeuwarden"))
                    .build())
            .build());
    e.add(
        ConsentRecorded.builder()
            .metadata(meta(9, JANSEN))
            .consent(
                Consent.builder()
                    .scope(ConsentScope.NETWORK_PARTNERS)
                    .signedOn(LocalDate.of(2026, 3, 3))
                    .build())
            .build());
    e.add(
        EvaluationRecorded.builder()
            .metadata(meta(10, JANSEN))
            .evaluation(
                Evaluation.builder()
                    .putGoalResults("G1", GoalResult.NOT_REACHED)
                    .agreementsKept(true)
                    .decision(EvaluationDecision.CONTINUE)
                    .build())
            .build());
    e.add(
        MeetingHeld.builder()
            .metadata(meta(11, DIRECTOR))
            .meeting(
                Meeting.builder()
                    .id(MeetingId.of("m-2"))
                    .kind(MeetingKind.NETWORK_MEETING)
                    .heldOn(LocalDate.of(2026, 3, 12))
                    .addParticipants(DIRECTOR)
                    .technicalChair(DIRECTOR)
                    .contentCoordinator(DIRECTOR)
                    .clientInvited(false)
                    .clientPresent(false)
                    .build())
            .build());
    // a network meeting decided by the deciding vote of the team leader (Enschede, seeds/004 l.926)
    e.add(
        MeetingHeld.builder()
            .metadata(meta(13, DIRECTOR))
            .meeting(
                Meeting.builder()
                    .id(MeetingId.of("m-2026-03-19"))
                    .kind(MeetingKind.NETWORK_MEETING)
                    .heldOn(LocalDate.of(2026, 3, 19))
                    .addParticipants(DIRECTOR, JANSEN)
                    .technicalChair(DIRECTOR)
                    .contentCoordinator(JANSEN)
                    .clientInvited(false)
                    .clientPresent(false)
                    .decidingVote(
                        nl.lon.core.process.DecidingVote.of(
                            DIRECTOR, "geen overeenstemming over wie probleemhouder wordt"))
                    .build())
            .build());
    return ImmutableList.copyOf(e);
  }
}
