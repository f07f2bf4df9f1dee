package nl.lon.testkit.sample;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Fixed sample case events for storage tests: one of every {@link EventType}, and small events that
 * carry a marker (voorbeeldgebeurtenissen).
 *
 * <p>An event store does not fold events, so the samples only need to be valid values with
 * contiguous sequences; they are not a realistic history (use {@link
 * nl.lon.testkit.arbitraries.CaseHistories} for that). Texts include quotes, a backslash, a line
 * feed and non-ASCII characters so that an adapter's encoding is exercised.
 *
 * <pre>{@code
 * List<CaseEvent> all = SampleEvents.all(CaseId.of("c-1"), NetworkId.of("n-1")); // 25 events
 * store.append(caseId, network, 0, all, Optional.empty());
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Every method returns new immutable values; thread-safe. No method accepts or returns null.
 *
 * @since 0.1
 */
public final class SampleEvents {

  /** The professional who acts in the samples unless stated otherwise. */
  public static final ProfessionalId DIRECTOR = ProfessionalId.of("p-netwerkregisseur");

  private static final ProfessionalId JANSEN = ProfessionalId.of("p-jansen");
  private static final ProfessionalId DE_VRIES = ProfessionalId.of("p-de-vries");
  private static final OrganisationId GGD = OrganisationId.of("ggd");
  private static final OrganisationId WOONSTAD = OrganisationId.of("woonstad");
  private static final OrganisationId POLICE = OrganisationId.of("politie");
  private static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 2);
  private static final Instant FIRST_INSTANT = Instant.parse("2026-03-02T09:15:00Z");

  private SampleEvents() {}

  /**
   * The metadata of a sample event: one business day and one day plus a second per sequence.
   *
   * @param stream the case
   * @param sequence the sequence, 1 or more
   * @param actor who acted
   * @return the metadata
   * @since 0.1
   */
  public static EventMetadata metadata(CaseId stream, long sequence, ProfessionalId actor) {
    return EventMetadata.of(
        stream,
        sequence,
        DAY_ONE.plusDays(sequence - 1),
        FIRST_INSTANT.plusSeconds(86_400 * (sequence - 1) + sequence),
        actor);
  }

  /**
   * A small event at a sequence that carries a marker text, so that a test can tell who wrote it.
   *
   * @param stream the case
   * @param sequence the sequence, 1 or more
   * @param marker a non-blank text stored in the event
   * @return a {@link CaseReopened} event whose reason is the marker
   * @since 0.1
   */
  public static CaseEvent marked(CaseId stream, long sequence, String marker) {
    return CaseReopened.builder()
        .metadata(metadata(stream, sequence, DIRECTOR))
        .reason(marker)
        .build();
  }

  /**
   * The marker of an event made by {@link #marked}.
   *
   * @param event an event made by {@link #marked}
   * @return its marker
   * @throws IllegalArgumentException when the event was not made by {@link #marked}
   * @since 0.1
   */
  public static String markerOf(CaseEvent event) {
    if (!(event instanceof CaseReopened)) {
      throw new IllegalArgumentException("not a marked sample event: " + event.getType());
    }
    return ((CaseReopened) event).getReason();
  }

  /**
   * A small event at a sequence.
   *
   * @param stream the case
   * @param sequence the sequence, 1 or more
   * @return an event with marker {@code "e<sequence>"}
   * @since 0.1
   */
  public static CaseEvent event(CaseId stream, long sequence) {
    return marked(stream, sequence, "e" + sequence);
  }

  /**
   * Small events with contiguous sequences.
   *
   * @param stream the case
   * @param fromSequence the first sequence, 1 or more
   * @param count how many events
   * @return an immutable list of {@code count} events
   * @since 0.1
   */
  public static List<CaseEvent> batch(CaseId stream, long fromSequence, int count) {
    ImmutableList.Builder<CaseEvent> events = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      events.add(event(stream, fromSequence + i));
    }
    return events.build();
  }

  /**
   * An opening signal of a case in a network, at sequence 1.
   *
   * @param stream the case
   * @param network the receiving network
   * @return a {@link SignalReceived} event
   * @since 0.1
   */
  public static SignalReceived signal(CaseId stream, NetworkId network) {
    return SignalReceived.builder()
        .metadata(metadata(stream, 1, DIRECTOR))
        .network(network)
        .clientNumber(ClientNumber.of("C-1"))
        .signal(
            Signal.builder()
                .id(SignalId.of("s-1"))
                .sourceKind(SignalSourceKind.RESIDENT)
                .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
                .receivedOn(DAY_ONE)
                .addConcerns(Concern.NUISANCE)
                .clientInformed(true)
                .build())
        .household(Household.single())
        .build();
  }

  /**
   * One event of every {@link EventType}, in {@link EventType} order, with sequences 1 to 29 (the
   * last two correct the home visit and withdraw the information added).
   *
   * @param stream the case every event belongs to
   * @param network the network named by the opening signal
   * @return an immutable list with one event per type
   * @since 0.1
   */
  public static List<CaseEvent> all(CaseId stream, NetworkId network) {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(network, "network");
    List<CaseEvent> e = new ArrayList<>();
    e.add(
        SignalReceived.builder()
            .metadata(
                EventMetadata.of(
                    stream, 1, DAY_ONE, Instant.parse("2026-03-02T09:15:00.123456789Z"), DIRECTOR))
            .network(network)
            .clientNumber(ClientNumber.of("C-100234"))
            .signal(
                Signal.builder()
                    .id(SignalId.of("s-2026-17"))
                    .sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
                    .signallerOrganisation(WOONSTAD)
                    .signallerKind(PartnerKind.HOUSING_CORPORATION)
                    .channel(SignalChannel.VIA_NETWORK_MEMBER)
                    .receivedOn(DAY_ONE.minusDays(1))
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
            .metadata(metadata(stream, 2, DIRECTOR))
            .judgement(ReportJudgement.IN_SCOPE)
            .reason("Multiproblematiek, geen passende hulp")
            .addTargetGroups(
                TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "weigert hulp"),
                TargetGroupAssignment.of(TargetGroup.NUISANCE_CAUSER, "overlast voor buren"))
            .advisedInScope(true)
            .build());
    e.add(
        InformationRequested.builder()
            .metadata(metadata(stream, 3, DIRECTOR))
            .addOrganisations(GGD, POLICE)
            .question("Is de cliënt bij u bekend?")
            .build());
    e.add(
        InformationAdded.builder()
            .metadata(metadata(stream, 4, JANSEN))
            .organisation(GGD)
            .summary("Bekend bij de bemoeizorg sinds 2024")
            .build());
    e.add(
        HomeVisitRecorded.builder()
            .metadata(metadata(stream, 5, JANSEN))
            .addVisitors(JANSEN, DE_VRIES)
            .findings("Woning vervuild, cliënt aanspreekbaar")
            .clientReached(true)
            .build());
    e.add(
        CoordinationDecided.builder()
            .metadata(metadata(stream, 6, DIRECTOR))
            .decision(
                CoordinationDecision.builder()
                    .outcome(CoordinationOutcome.REFER_TO_ORGANISATION)
                    .referredTo(GGD)
                    .reason("Enkelvoudige zorgvraag")
                    .feedback(SignallerFeedback.of(DAY_ONE.plusDays(5), "Melder geïnformeerd"))
                    .build())
            .build());
    e.add(
        TrajectoryDirectorAppointed.builder()
            .metadata(metadata(stream, 7, DIRECTOR))
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
    e.add(
        LifeDomainScanRecorded.builder()
            .metadata(metadata(stream, 8, JANSEN))
            .scan(
                LifeDomainScan.builder()
                    .instrument(ScanInstrument.ZRM_2017)
                    .scoredOn(DAY_ONE.plusDays(7))
                    .scores(scores)
                    .addNotDiscussed(ScanDomain.JUSTICE)
                    .build())
            .build());
    e.add(
        IntegralPictureFormed.builder()
            .metadata(metadata(stream, 9, JANSEN))
            .summary("Schulden en vervuiling hangen samen met psychische klachten")
            .addTargetGroups(TargetGroupAssignment.of(TargetGroup.CARE_MISSER, "mist zorg"))
            .build());
    e.add(
        PlanAdopted.builder()
            .metadata(metadata(stream, 10, JANSEN))
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
                            .dueOn(DAY_ONE.plusDays(30))
                            .goalCode("G1")
                            .build(),
                        Activity.builder()
                            .description("Aanmelding schuldhulp")
                            .responsible(Responsible.of(GGD, JANSEN))
                            .dueOn(DAY_ONE.plusDays(44))
                            .build())
                    .evaluateBy(DAY_ONE.plusDays(91))
                    .build())
            .build());
    e.add(
        ProgressReported.builder()
            .metadata(metadata(stream, 11, JANSEN))
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
            .metadata(metadata(stream, 12, DIRECTOR))
            .trajectoryDirector(JANSEN)
            .summary("Voortgang besproken")
            .build());
    e.add(
        MeetingHeld.builder()
            .metadata(metadata(stream, 13, DIRECTOR))
            .meeting(
                Meeting.builder()
                    .id(MeetingId.of("m-2026-03-12"))
                    .kind(MeetingKind.CASE_CONFERENCE)
                    .heldOn(DAY_ONE.plusDays(10))
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
                            DAY_ONE.plusDays(18)),
                        WorkAgreement.of(
                            Responsible.of(JANSEN), "Huisbezoek plannen", DAY_ONE.plusDays(17)))
                    .build())
            .build());
    e.add(
        EvaluationRecorded.builder()
            .metadata(metadata(stream, 14, JANSEN))
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
            .metadata(metadata(stream, 15, JANSEN))
            .kind(EscalationKind.ORGANISATIONAL)
            .bottleneck("Geen plek in beschermd wonen")
            .build());
    e.add(
        EscalationRaised.builder()
            .metadata(metadata(stream, 16, DIRECTOR))
            .escalation(
                Escalation.builder()
                    .id(EscalationId.of("esc-1"))
                    .kind(EscalationKind.ORGANISATIONAL)
                    .rung(2)
                    .body("Stuurgroep")
                    .bottleneck("Acuut gevaar voor de gezondheid")
                    .emergencyReason("Cliënt dreigt te vervuilen tot levensgevaar")
                    .build())
            .build());
    e.add(
        EscalationResolved.builder()
            .metadata(metadata(stream, 17, DIRECTOR))
            .escalationId(EscalationId.of("esc-1"))
            .resolution(
                EscalationResolution.of(
                    ResolutionKind.STRUCTURAL, "Afspraak over voorrang", "Capaciteit"))
            .build());
    e.add(
        CoercionMeasureRecorded.builder()
            .metadata(metadata(stream, 18, DIRECTOR))
            .measureCode("wvggz-crisis-measure")
            .level(5)
            .executedBy(GGD)
            .reason("Ernstig nadeel")
            .build());
    e.add(
        InstrumentUsed.builder()
            .metadata(metadata(stream, 19, JANSEN))
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
            .metadata(metadata(stream, 20, DIRECTOR))
            .closure(
                Closure.builder()
                    .reason(ClosureReason.GUIDED_TO_REGULAR_CARE)
                    .regularCare(GGD)
                    .remarks("Overgedragen aan wijkteam")
                    .build())
            .build());
    e.add(
        FollowUpRecorded.builder()
            .metadata(metadata(stream, 21, DIRECTOR))
            .check(FollowUpCheck.of(FollowUpOutcome.STILL_IN_CARE, "Nog in zorg bij GGD"))
            .build());
    e.add(
        CaseReopened.builder()
            .metadata(metadata(stream, 22, DIRECTOR))
            .reason("Nieuwe melding van de woningcorporatie")
            .build());
    e.add(
        CaseTransferred.builder()
            .metadata(metadata(stream, 23, DIRECTOR))
            .handover(
                WarmHandover.of(
                    NetworkId.of(network.getValue().equals("elders") ? "ergens" : "elders"),
                    "Netwerkregisseur elders",
                    "Cliënt verhuist"))
            .build());
    e.add(
        ConsentRecorded.builder()
            .metadata(metadata(stream, 24, JANSEN))
            .consent(
                Consent.builder()
                    .scope(ConsentScope.NAMED_ORGANISATIONS)
                    .addOrganisations(GGD, WOONSTAD)
                    .signedOn(DAY_ONE.plusDays(1))
                    .withdrawnOn(DAY_ONE.plusDays(18))
                    .build())
            .build());
    e.add(ConsentWithdrawn.builder().metadata(metadata(stream, 25, JANSEN)).build());
    e.add(
        EntryCorrected.builder()
            .metadata(metadata(stream, 26, JANSEN))
            .correctedSequence(5)
            .replacement(
                HomeVisitRecorded.builder()
                    .metadata(metadata(stream, 5, JANSEN))
                    .addVisitors(JANSEN, DE_VRIES)
                    .findings("Woning vervuild, cliënt niet aanspreekbaar")
                    .clientReached(false)
                    .build())
            .reason("Verkeerde bevinding ingevoerd")
            .build());
    e.add(
        EntryWithdrawn.builder()
            .metadata(metadata(stream, 27, DIRECTOR))
            .withdrawnSequence(4)
            .reason("Bij de verkeerde casus ingevoerd")
            .build());
    e.add(
        nl.lon.core.event.ProblemOwnershipAccepted.builder()
            .metadata(metadata(stream, 28, JANSEN))
            .trajectoryDirector(JANSEN)
            .build());
    e.add(
        nl.lon.core.event.PaperFileRecorded.builder()
            .metadata(metadata(stream, 29, DIRECTOR))
            .location("archief GGD, kast 3")
            .build());
    e.add(
        nl.lon.core.event.ConceptPlanDrafted.builder()
            .metadata(metadata(stream, 30, DIRECTOR))
            .concept(
                PlanOfApproach.builder()
                    .version(1)
                    .context("Dreigende huisuitzetting, concept voor het netwerkoverleg")
                    .addGoals(Goal.of("G1", LifeDomain.HOUSING, "Huisvesting behouden"))
                    .addActivities(
                        Activity.builder()
                            .description("Betalingsregeling huur")
                            .responsible(Responsible.of(WOONSTAD))
                            .dueOn(DAY_ONE.plusDays(30))
                            .goalCode("G1")
                            .build())
                    .build())
            .build());
    return ImmutableList.copyOf(e);
  }
}
