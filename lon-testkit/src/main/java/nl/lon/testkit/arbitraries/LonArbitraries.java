package nl.lon.testkit.arbitraries;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.network.Ring;
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
import nl.lon.core.scan.LifeDomainMapping;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;

/**
 * jqwik arbitraries for every public value type of lon-core, valid by construction (willekeurige
 * waarden voor eigenschapstests).
 *
 * <p>The entry point for property tests, as {@code Dates.dates()} is for jqwik-time: each method
 * returns an {@link Arbitrary} whose values pass the type's own validation, so a property never has
 * to filter. Texts include quotes, a backslash, a line feed and non-ASCII letters so that encoders
 * are exercised; dates lie between 2015 and 2035.
 *
 * <pre>{@code
 * @Property
 * void roundTrip(@ForAll("events") CaseEvent event) {
 *   assertEquals(event, codec.decode(codec.encode(event)));
 * }
 *
 * @Provide
 * Arbitrary<CaseEvent> events() {
 *   return LonArbitraries.events();
 * }
 * }</pre>
 *
 * <p>Compiled in {@code
 * examples/src/test/java/nl/lon/examples/snippets/KitSnippetsProperties.java}.
 *
 * <p>For a whole case history that the process rules accept, use {@link CaseHistories}; to let
 * jqwik resolve {@code @ForAll} parameters by type, use the {@link LonDomain} context. The
 * arbitraries are immutable and thread-safe; no method accepts or returns null.
 *
 * @since 0.1
 */
public final class LonArbitraries {

  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 21 * 365;
  private static final long FIRST_SECOND = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
  private static final long SECONDS = DAYS * 86_400L;

  private LonArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // basics

  /**
   * Non-blank texts of 1 to 60 characters that start with a letter and may contain spaces,
   * punctuation, quotes, a backslash, line feeds and non-ASCII letters.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<String> texts() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z').with('é', 'Ö');
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .numeric()
            .withChars(" .,;:!?'\"\\\n-()€éëïüöçñ")
            .ofMaxLength(59);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  /**
   * Texts that are empty or as {@link #texts()}, for attributes whose default is empty.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<String> optionalTexts() {
    return Arbitraries.oneOf(Arbitraries.just(""), texts());
  }

  /**
   * Identifier texts: 1 to 40 letters, digits or {@code . _ : -}, starting with a letter or digit.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<String> identifiers() {
    Arbitrary<Character> first =
        Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .numeric()
            .withChars("._:-")
            .ofMaxLength(39);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  /**
   * Dates from 2015-01-01 to the end of 2035.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, DAYS).map(FIRST_DAY::plusDays);
  }

  /**
   * Instants from 2015 to the end of 2035, with nanoseconds.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(0, SECONDS), Arbitraries.integers().between(0, 999_999_999))
        .as((s, n) -> Instant.ofEpochSecond(FIRST_SECOND + s, n));
  }

  // ---------------------------------------------------------------------------------------------
  // identifiers

  /**
   * Case ids.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<CaseId> caseIds() {
    return identifiers().map(CaseId::of);
  }

  /**
   * Client numbers.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<ClientNumber> clientNumbers() {
    return identifiers().map(ClientNumber::of);
  }

  /**
   * Escalation ids.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<EscalationId> escalationIds() {
    return identifiers().map(EscalationId::of);
  }

  /**
   * Meeting ids.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<MeetingId> meetingIds() {
    return identifiers().map(MeetingId::of);
  }

  /**
   * Network ids.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<NetworkId> networkIds() {
    return identifiers().map(NetworkId::of);
  }

  /**
   * Organisation ids.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<OrganisationId> organisationIds() {
    return identifiers().map(OrganisationId::of);
  }

  /**
   * Professional ids.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<ProfessionalId> professionalIds() {
    return identifiers().map(ProfessionalId::of);
  }

  /**
   * Signal ids.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<SignalId> signalIds() {
    return identifiers().map(SignalId::of);
  }

  // ---------------------------------------------------------------------------------------------
  // client

  /**
   * Households of 1 to 8 adults and 0 to 8 children.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Household> households() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0, 8))
        .as(Household::of);
  }

  /**
   * Target-group assignments with a reason.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<TargetGroupAssignment> targetGroupAssignments() {
    return Combinators.combine(Arbitraries.of(TargetGroup.class), texts())
        .as(TargetGroupAssignment::of);
  }

  /**
   * Consents of every scope, some withdrawn on or after the day they were signed.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Consent> consents() {
    return Combinators.combine(
            Arbitraries.of(ConsentScope.class),
            organisationIds().set().ofMinSize(1).ofMaxSize(3),
            dates(),
            Arbitraries.integers().between(0, 400).optional())
        .as(
            (scope, organisations, signed, withdrawnAfter) ->
                Consent.builder()
                    .scope(scope)
                    .organisations(
                        scope == ConsentScope.NAMED_ORGANISATIONS ? organisations : Set.of())
                    .signedOn(signed)
                    .withdrawnOn(withdrawnAfter.map(signed::plusDays))
                    .build());
  }

  // ---------------------------------------------------------------------------------------------
  // scan

  /**
   * Life-domain scans of either instrument.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<LifeDomainScan> lifeDomainScans() {
    return Arbitraries.of(ScanInstrument.class).flatMap(LonArbitraries::lifeDomainScans);
  }

  /**
   * Life-domain scans of one instrument: every domain of it scored or marked not discussed.
   *
   * @param instrument the instrument
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<LifeDomainScan> lifeDomainScans(ScanInstrument instrument) {
    List<ScanDomain> domains = new ArrayList<>(instrument.getDomains());
    return Combinators.combine(
            dates(),
            Arbitraries.of(SelfRelianceLevel.class).optional(0.85).list().ofSize(domains.size()))
        .as(
            (scoredOn, levels) -> {
              Map<ScanDomain, SelfRelianceLevel> scores = new EnumMap<>(ScanDomain.class);
              Set<ScanDomain> notDiscussed = EnumSet.noneOf(ScanDomain.class);
              for (int i = 0; i < domains.size(); i++) {
                if (levels.get(i).isPresent()) {
                  scores.put(domains.get(i), levels.get(i).get());
                } else {
                  notDiscussed.add(domains.get(i));
                }
              }
              return LifeDomainScan.builder()
                  .instrument(instrument)
                  .scoredOn(scoredOn)
                  .scores(scores)
                  .notDiscussed(notDiscussed)
                  .build();
            });
  }

  /**
   * Mappings of every scan domain to one to three life domains.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<LifeDomainMapping> lifeDomainMappings() {
    ScanDomain[] domains = ScanDomain.values();
    return Arbitraries.of(LifeDomain.class)
        .set()
        .ofMinSize(1)
        .ofMaxSize(3)
        .list()
        .ofSize(domains.length)
        .map(
            sets -> {
              var b = LifeDomainMapping.builder();
              for (int i = 0; i < domains.length; i++) {
                b.putAllMapping(domains[i], sets.get(i));
              }
              return b.build();
            });
  }

  // ---------------------------------------------------------------------------------------------
  // process

  /**
   * Signals from every kind of source, informed or not.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Signal> signals() {
    Arbitrary<Tuple.Tuple4<SignalSourceKind, OrganisationId, Optional<PartnerKind>, SignalChannel>>
        source =
            Combinators.combine(
                    Arbitraries.of(SignalSourceKind.class),
                    organisationIds(),
                    Arbitraries.of(PartnerKind.class).optional(),
                    Arbitraries.of(SignalChannel.class))
                .as(Tuple::of);
    Arbitrary<Tuple.Tuple3<Boolean, Boolean, Boolean>> flags =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as(Tuple::of);
    return Combinators.combine(
            signalIds(),
            source,
            dates(),
            Arbitraries.of(Concern.class).set().ofMinSize(1).ofMaxSize(4),
            optionalTexts(),
            flags,
            texts())
        .as(
            (id, src, receivedOn, concerns, description, f, notInformedReason) -> {
              boolean organisation =
                  src.get1() == SignalSourceKind.PARTNER_ORGANISATION
                      || src.get1() == SignalSourceKind.OTHER_ORGANISATION;
              boolean informed = f.get3();
              return Signal.builder()
                  .id(id)
                  .sourceKind(src.get1())
                  .signallerOrganisation(organisation ? Optional.of(src.get2()) : Optional.empty())
                  .signallerKind(organisation ? src.get3() : Optional.empty())
                  .channel(src.get4())
                  .receivedOn(receivedOn)
                  .concerns(concerns)
                  .description(description)
                  .acuteCrisis(f.get1())
                  .clientMinor(f.get2())
                  .clientInformed(informed)
                  .notInformedReason(informed ? Optional.empty() : Optional.of(notInformedReason))
                  .build();
            });
  }

  /**
   * Feedback to a signaller.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<SignallerFeedback> signallerFeedback() {
    return Combinators.combine(dates(), texts()).as(SignallerFeedback::of);
  }

  /**
   * Coordination decisions of every outcome, naming a circuit or organisation exactly when the
   * outcome refers to one.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<CoordinationDecision> coordinationDecisions() {
    return Combinators.combine(
            Arbitraries.of(CoordinationOutcome.class),
            Arbitraries.of(Circuit.class),
            organisationIds(),
            texts(),
            signallerFeedback().optional())
        .as(
            (outcome, circuit, organisation, reason, feedback) ->
                CoordinationDecision.builder()
                    .outcome(outcome)
                    .circuit(
                        outcome == CoordinationOutcome.REFER_TO_CIRCUIT
                            ? Optional.of(circuit)
                            : Optional.empty())
                    .referredTo(
                        outcome == CoordinationOutcome.REFER_TO_ORGANISATION
                            ? Optional.of(organisation)
                            : Optional.empty())
                    .reason(reason)
                    .feedback(feedback)
                    .build());
  }

  /**
   * Responsibles: an organisation, a professional, or both.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Responsible> responsibles() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2), organisationIds(), professionalIds())
        .as(
            (which, organisation, professional) -> {
              switch (which) {
                case 0:
                  return Responsible.of(organisation);
                case 1:
                  return Responsible.of(professional);
                default:
                  return Responsible.of(organisation, professional);
              }
            });
  }

  /**
   * Goals.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Goal> goals() {
    return Combinators.combine(identifiers(), Arbitraries.of(LifeDomain.class), texts())
        .as(Goal::of);
  }

  /**
   * Activities, some linked to a goal code.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Activity> activities() {
    return Combinators.combine(texts(), responsibles(), dates(), identifiers().optional())
        .as(
            (description, responsible, due, goal) ->
                Activity.builder()
                    .description(description)
                    .responsible(responsible)
                    .dueOn(due)
                    .goalCode(goal)
                    .build());
  }

  /**
   * Plans of approach with 1 to 4 goals of distinct codes and 1 to 4 activities, each linked to one
   * of the plan's goals or to none.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<PlanOfApproach> plans() {
    Arbitrary<Tuple.Tuple4<String, Responsible, LocalDate, Optional<Integer>>> rawActivity =
        Combinators.combine(
                texts(), responsibles(), dates(), Arbitraries.integers().between(0, 3).optional())
            .as(Tuple::of);
    return Combinators.combine(
            Arbitraries.integers().between(1, 20),
            texts(),
            goals().list().ofMinSize(1).ofMaxSize(4),
            rawActivity.list().ofMinSize(1).ofMaxSize(4),
            dates().optional())
        .as(
            (version, context, goalList, activityList, evaluateBy) -> {
              Map<String, Goal> unique = new LinkedHashMap<>();
              goalList.forEach(g -> unique.putIfAbsent(g.getCode(), g));
              List<Goal> goals = new ArrayList<>(unique.values());
              List<Activity> activities = new ArrayList<>();
              for (var a : activityList) {
                activities.add(
                    Activity.builder()
                        .description(a.get1())
                        .responsible(a.get2())
                        .dueOn(a.get3())
                        .goalCode(a.get4().map(i -> goals.get(i % goals.size()).getCode()))
                        .build());
              }
              return PlanOfApproach.builder()
                  .version(version)
                  .context(context)
                  .goals(goals)
                  .activities(activities)
                  .evaluateBy(evaluateBy)
                  .build();
            });
  }

  /**
   * Progress reports.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<ProgressReport> progressReports() {
    return Combinators.combine(
            texts(),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(
            (summary, deviates, stalled, unreachable) ->
                ProgressReport.builder()
                    .summary(summary)
                    .deviatesFromPlan(deviates)
                    .stalled(stalled)
                    .clientUnreachable(unreachable)
                    .build());
  }

  /**
   * Work agreements from the minutes of a meeting.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<WorkAgreement> workAgreements() {
    return Combinators.combine(responsibles(), texts(), dates()).as(WorkAgreement::of);
  }

  /**
   * Meetings of every kind whose chair and content coordinator take part.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Meeting> meetings() {
    return Combinators.combine(
            meetingIds(),
            Arbitraries.of(MeetingKind.class),
            dates(),
            professionalIds().set().ofMinSize(1).ofMaxSize(5),
            organisationIds().set().ofMaxSize(3),
            Arbitraries.integers().between(0, 1000).list().ofSize(2),
            Arbitraries.integers().between(0, 2),
            workAgreements().list().ofMaxSize(3))
        .as(
            (id, kind, heldOn, participants, organisations, picks, client, minutes) -> {
              List<ProfessionalId> people = new ArrayList<>(participants);
              return Meeting.builder()
                  .id(id)
                  .kind(kind)
                  .heldOn(heldOn)
                  .participants(participants)
                  .organisations(organisations)
                  .technicalChair(people.get(picks.get(0) % people.size()))
                  .contentCoordinator(people.get(picks.get(1) % people.size()))
                  .clientInvited(client > 0)
                  .clientPresent(client > 1)
                  .minutes(minutes)
                  .build();
            });
  }

  /**
   * Evaluations of 1 to 4 goals.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Evaluation> evaluations() {
    return Combinators.combine(
            Arbitraries.maps(identifiers(), Arbitraries.of(GoalResult.class))
                .ofMinSize(1)
                .ofMaxSize(4),
            Arbitraries.of(true, false),
            Arbitraries.of(EvaluationDecision.class),
            optionalTexts())
        .as(
            (results, kept, decision, remarks) ->
                Evaluation.builder()
                    .goalResults(results)
                    .agreementsKept(kept)
                    .decision(decision)
                    .remarks(remarks)
                    .build());
  }

  /**
   * Closures for every reason, naming the receiving network exactly for a move with handover and
   * giving remarks for reason other.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Closure> closures() {
    return Combinators.combine(
            Arbitraries.of(ClosureReason.class),
            organisationIds().optional(),
            networkIds(),
            optionalTexts(),
            texts())
        .as(
            (reason, regularCare, handoverTo, remarks, otherRemarks) ->
                Closure.builder()
                    .reason(reason)
                    .regularCare(regularCare)
                    .handoverTo(
                        reason == ClosureReason.MOVED_WITH_HANDOVER
                            ? Optional.of(handoverTo)
                            : Optional.empty())
                    .remarks(reason == ClosureReason.OTHER ? otherRemarks : remarks)
                    .build());
  }

  /**
   * Follow-up checks.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<FollowUpCheck> followUpChecks() {
    return Combinators.combine(Arbitraries.of(FollowUpOutcome.class), optionalTexts())
        .as(FollowUpCheck::of);
  }

  /**
   * Uses of every instrument, some with a positive amount in euros and cents.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<InstrumentUse> instrumentUses() {
    return Combinators.combine(
            Arbitraries.of(Instrument.class),
            texts(),
            organisationIds().set().ofMaxSize(3),
            amounts().optional(),
            Arbitraries.of(true, false))
        .as(
            (instrument, description, agreedBy, amount, eviction) ->
                InstrumentUse.builder()
                    .instrument(instrument)
                    .description(description)
                    .agreedBy(agreedBy)
                    .amount(amount)
                    .eviction(eviction)
                    .build());
  }

  /**
   * Positive amounts from 0.01 to 100,000.00 with two decimals.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.01"), new BigDecimal("100000.00"))
        .ofScale(2);
  }

  /**
   * Warm handovers to another network.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<WarmHandover> warmHandovers() {
    return Combinators.combine(networkIds(), texts(), texts()).as(WarmHandover::of);
  }

  // ---------------------------------------------------------------------------------------------
  // escalation

  /**
   * Escalations on rungs 1 to 6 of every ladder, some with an emergency reason.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Escalation> escalations() {
    return Combinators.combine(
            escalationIds(),
            Arbitraries.of(EscalationKind.class),
            Arbitraries.integers().between(1, 6),
            texts(),
            texts(),
            texts().optional())
        .as(
            (id, kind, rung, body, bottleneck, emergency) ->
                Escalation.builder()
                    .id(id)
                    .kind(kind)
                    .rung(rung)
                    .body(body)
                    .bottleneck(bottleneck)
                    .emergencyReason(emergency)
                    .build());
  }

  /**
   * Resolutions of an escalation.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<EscalationResolution> escalationResolutions() {
    return Combinators.combine(Arbitraries.of(ResolutionKind.class), texts(), texts())
        .as(EscalationResolution::of);
  }

  /**
   * Options of an escalation: bodies a stuck case can be put to.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<EscalationOption> escalationOptions() {
    return Combinators.combine(texts(), texts(), texts(), texts(), Arbitraries.of(true, false))
        .as(
            (body, bodyNl, chair, powers, emergencyOnly) ->
                EscalationOption.builder()
                    .body(body)
                    .bodyNl(bodyNl)
                    .chair(chair)
                    .powers(powers)
                    .emergencyOnly(emergencyOnly)
                    .build());
  }

  /**
   * Statutory clocks of 1 to 3660 days.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<StatutoryClock> statutoryClocks() {
    return Combinators.combine(
            texts(),
            texts(),
            Arbitraries.integers().between(1, 3660),
            texts(),
            identifiers().set().ofMinSize(1).ofMaxSize(3))
        .as(
            (obligation, obligationNl, days, source, metBy) ->
                StatutoryClock.builder()
                    .obligation(obligation)
                    .obligationNl(obligationNl)
                    .days(days)
                    .legalSource(source)
                    .metBy(metBy)
                    .build());
  }

  /**
   * Pressure and coercion measures for a catalogue.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<CoercionMeasure> coercionMeasures() {
    Arbitrary<Tuple.Tuple3<String, String, String>> names =
        Combinators.combine(texts(), texts(), texts()).as(Tuple::of);
    return Combinators.combine(
            identifiers(),
            names,
            Arbitraries.integers().between(1, 100),
            Arbitraries.of(PartnerKind.class).set().ofMinSize(1).ofMaxSize(3),
            statutoryClocks().optional(),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(
            (code, n, level, executedBy, clock, eviction, historical) ->
                CoercionMeasure.builder()
                    .code(code)
                    .name(n.get1())
                    .nameNl(n.get2())
                    .legalBasis(n.get3())
                    .level(level)
                    .executedBy(executedBy)
                    .clock(clock)
                    .involvesEviction(eviction)
                    .historical(historical)
                    .build());
  }

  // ---------------------------------------------------------------------------------------------
  // network

  /**
   * Networks with a core team of 1 to 4 organisations and a disjoint shell of up to 3.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Network> networks() {
    return Combinators.combine(
            networkIds(),
            texts(),
            texts(),
            Arbitraries.integers().between(1, 2_000_000),
            organisationIds().list().ofSize(2),
            organisationIds().set().ofMinSize(1).ofMaxSize(7),
            Arbitraries.integers().between(1, 4))
        .as(
            (id, name, area, inhabitants, principalAndContractor, partners, core) -> {
              List<OrganisationId> all = new ArrayList<>(partners);
              int split = Math.min(core, all.size());
              return Network.builder()
                  .id(id)
                  .name(name)
                  .area(area)
                  .inhabitants(inhabitants)
                  .principal(principalAndContractor.get(0))
                  .contractor(principalAndContractor.get(1))
                  .coreTeam(all.subList(0, split))
                  .shellPartners(all.subList(split, all.size()))
                  .build();
            });
  }

  /**
   * Partner organisations of every kind, in their default or another ring.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<PartnerOrganisation> partnerOrganisations() {
    return Combinators.combine(
            organisationIds(),
            texts(),
            Arbitraries.of(PartnerKind.class),
            Arbitraries.of(Ring.class).optional(),
            Arbitraries.of(true, false))
        .as(
            (id, name, kind, ring, mandate) -> {
              var b =
                  PartnerOrganisation.builder().id(id).name(name).kind(kind).hasMandate(mandate);
              ring.ifPresent(b::ring);
              return b.build();
            });
  }

  /**
   * Professionals with 1 to 3 roles.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<Professional> professionals() {
    return Combinators.combine(
            professionalIds(),
            texts(),
            organisationIds(),
            networkIds(),
            Arbitraries.of(ProfessionalRole.class).set().ofMinSize(1).ofMaxSize(3))
        .as(
            (id, name, organisation, network, roles) ->
                Professional.builder()
                    .id(id)
                    .displayName(name)
                    .organisation(organisation)
                    .network(network)
                    .roles(roles)
                    .build());
  }

  // ---------------------------------------------------------------------------------------------
  // events

  /**
   * Event metadata with a sequence from 1 to 1000.
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<EventMetadata> eventMetadata() {
    return Combinators.combine(
            caseIds(), Arbitraries.longs().between(1, 1000), dates(), instants(), professionalIds())
        .as(EventMetadata::of);
  }

  /**
   * Single case events of every {@link EventType}, each valid on its own (a list of them is not a
   * valid history; use {@link CaseHistories} for that).
   *
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<CaseEvent> events() {
    List<Arbitrary<CaseEvent>> all = new ArrayList<>();
    for (EventType type : EventType.values()) {
      all.add(events(type));
    }
    return Arbitraries.oneOf(all);
  }

  /**
   * Single case events of one type.
   *
   * @param type the event type
   * @return the arbitrary
   * @since 0.1
   */
  public static Arbitrary<CaseEvent> events(EventType type) {
    Arbitrary<EventMetadata> m = eventMetadata();
    switch (type) {
      case SIGNAL_RECEIVED:
        return Combinators.combine(m, networkIds(), clientNumbers(), signals(), households())
            .as(
                (meta, network, client, signal, household) ->
                    SignalReceived.builder()
                        .metadata(meta)
                        .network(network)
                        .clientNumber(client)
                        .signal(signal)
                        .household(household)
                        .build());
      case REPORT_JUDGED:
        return Combinators.combine(
                m,
                Arbitraries.of(ReportJudgement.class),
                texts(),
                targetGroupAssignments().set().ofMaxSize(3),
                Arbitraries.of(true, false).optional())
            .as(
                (meta, judgement, reason, groups, advised) ->
                    ReportJudged.builder()
                        .metadata(meta)
                        .judgement(judgement)
                        .reason(reason)
                        .targetGroups(groups)
                        .advisedInScope(advised)
                        .build());
      case INFORMATION_REQUESTED:
        return Combinators.combine(
                m,
                organisationIds().set().ofMinSize(1).ofMaxSize(4),
                networkIds().set().ofMaxSize(2),
                texts())
            .as(
                (meta, organisations, networks, question) ->
                    InformationRequested.builder()
                        .metadata(meta)
                        .organisations(organisations)
                        .networks(networks)
                        .question(question)
                        .build());
      case INFORMATION_ADDED:
        return Combinators.combine(m, organisationIds(), texts())
            .as(
                (meta, organisation, summary) ->
                    InformationAdded.builder()
                        .metadata(meta)
                        .organisation(organisation)
                        .summary(summary)
                        .build());
      case HOME_VISIT_RECORDED:
        return Combinators.combine(
                m,
                professionalIds().set().ofMinSize(1).ofMaxSize(3),
                texts(),
                Arbitraries.of(true, false))
            .as(
                (meta, visitors, findings, reached) ->
                    HomeVisitRecorded.builder()
                        .metadata(meta)
                        .visitors(visitors)
                        .findings(findings)
                        .clientReached(reached)
                        .build());
      case COORDINATION_DECIDED:
        return Combinators.combine(m, coordinationDecisions())
            .as((meta, d) -> CoordinationDecided.builder().metadata(meta).decision(d).build());
      case TRAJECTORY_DIRECTOR_APPOINTED:
        return Combinators.combine(
                m,
                professionalIds(),
                organisationIds(),
                Arbitraries.of(AppointmentAuthority.class),
                Arbitraries.of(true, false))
            .as(
                (meta, director, organisation, by, temporary) ->
                    TrajectoryDirectorAppointed.builder()
                        .metadata(meta)
                        .director(director)
                        .organisation(organisation)
                        .appointedBy(by)
                        .temporary(temporary)
                        .build());
      case LIFE_DOMAIN_SCAN_RECORDED:
        return Combinators.combine(m, lifeDomainScans())
            .as((meta, scan) -> LifeDomainScanRecorded.builder().metadata(meta).scan(scan).build());
      case INTEGRAL_PICTURE_FORMED:
        return Combinators.combine(m, texts(), targetGroupAssignments().set().ofMaxSize(3))
            .as(
                (meta, summary, groups) ->
                    IntegralPictureFormed.builder()
                        .metadata(meta)
                        .summary(summary)
                        .targetGroups(groups)
                        .build());
      case PLAN_ADOPTED:
        return Combinators.combine(m, plans())
            .as((meta, plan) -> PlanAdopted.builder().metadata(meta).plan(plan).build());
      case PROGRESS_REPORTED:
        return Combinators.combine(m, progressReports())
            .as((meta, r) -> ProgressReported.builder().metadata(meta).report(r).build());
      case PROGRESS_TALK_HELD:
        return Combinators.combine(m, professionalIds(), texts())
            .as(
                (meta, director, summary) ->
                    ProgressTalkHeld.builder()
                        .metadata(meta)
                        .trajectoryDirector(director)
                        .summary(summary)
                        .build());
      case CONCEPT_PLAN_DRAFTED:
        return Combinators.combine(m, plans())
            .as(
                (meta, plan) ->
                    nl.lon.core.event.ConceptPlanDrafted.builder()
                        .metadata(meta)
                        .concept(plan)
                        .build());
      case PAPER_FILE_RECORDED:
        return Combinators.combine(m, texts())
            .as(
                (meta, location) ->
                    nl.lon.core.event.PaperFileRecorded.builder()
                        .metadata(meta)
                        .location(location.length() > 200 ? location.substring(0, 200) : location)
                        .build());
      case PROBLEM_OWNERSHIP_ACCEPTED:
        return Combinators.combine(m, professionalIds())
            .as(
                (meta, director) ->
                    nl.lon.core.event.ProblemOwnershipAccepted.builder()
                        .metadata(meta)
                        .trajectoryDirector(director)
                        .build());
      case MEETING_HELD:
        return Combinators.combine(m, meetings())
            .as((meta, meeting) -> MeetingHeld.builder().metadata(meta).meeting(meeting).build());
      case EVALUATION_RECORDED:
        return Combinators.combine(m, evaluations())
            .as((meta, e) -> EvaluationRecorded.builder().metadata(meta).evaluation(e).build());
      case ESCALATION_REQUESTED:
        return Combinators.combine(m, Arbitraries.of(EscalationKind.class), texts())
            .as(
                (meta, kind, bottleneck) ->
                    EscalationRequested.builder()
                        .metadata(meta)
                        .kind(kind)
                        .bottleneck(bottleneck)
                        .build());
      case ESCALATION_RAISED:
        return Combinators.combine(m, escalations())
            .as((meta, e) -> EscalationRaised.builder().metadata(meta).escalation(e).build());
      case ESCALATION_RESOLVED:
        return Combinators.combine(m, escalationIds(), escalationResolutions())
            .as(
                (meta, id, resolution) ->
                    EscalationResolved.builder()
                        .metadata(meta)
                        .escalationId(id)
                        .resolution(resolution)
                        .build());
      case COERCION_MEASURE_RECORDED:
        return Combinators.combine(
                m,
                identifiers(),
                Arbitraries.integers().between(1, 100),
                organisationIds(),
                texts())
            .as(
                (meta, code, level, by, reason) ->
                    CoercionMeasureRecorded.builder()
                        .metadata(meta)
                        .measureCode(code)
                        .level(level)
                        .executedBy(by)
                        .reason(reason)
                        .build());
      case INSTRUMENT_USED:
        return Combinators.combine(m, instrumentUses())
            .as((meta, use) -> InstrumentUsed.builder().metadata(meta).use(use).build());
      case CASE_CLOSED:
        return Combinators.combine(m, closures())
            .as((meta, c) -> CaseClosed.builder().metadata(meta).closure(c).build());
      case FOLLOW_UP_RECORDED:
        return Combinators.combine(m, followUpChecks())
            .as((meta, c) -> FollowUpRecorded.builder().metadata(meta).check(c).build());
      case CASE_REOPENED:
        return Combinators.combine(m, texts())
            .as((meta, reason) -> CaseReopened.builder().metadata(meta).reason(reason).build());
      case CASE_TRANSFERRED:
        return Combinators.combine(m, warmHandovers())
            .as((meta, h) -> CaseTransferred.builder().metadata(meta).handover(h).build());
      case CONSENT_RECORDED:
        return Combinators.combine(m, consents())
            .as((meta, c) -> ConsentRecorded.builder().metadata(meta).consent(c).build());
      case CONSENT_WITHDRAWN:
        return m.map(meta -> ConsentWithdrawn.builder().metadata(meta).build());
      case ENTRY_CORRECTED:
        return Combinators.combine(
                m.filter(meta -> meta.getSequence() > 1),
                Arbitraries.integers().between(0, 999),
                events(EventType.HOME_VISIT_RECORDED),
                texts())
            .as(
                (meta, back, visit, reason) -> {
                  long corrected = 1 + back % (meta.getSequence() - 1);
                  return EntryCorrected.builder()
                      .metadata(meta)
                      .correctedSequence(corrected)
                      .replacement(
                          HomeVisitRecorded.builder()
                              .from((HomeVisitRecorded) visit)
                              .metadata(
                                  EventMetadata.of(
                                      meta.getCaseId(),
                                      corrected,
                                      visit.getBusinessDate(),
                                      visit.getRecordedAt(),
                                      visit.getActor()))
                              .build())
                      .reason(reason)
                      .build();
                });
      case ENTRY_WITHDRAWN:
        return Combinators.combine(
                m.filter(meta -> meta.getSequence() > 2),
                Arbitraries.integers().between(0, 999),
                texts())
            .as(
                (meta, back, reason) ->
                    EntryWithdrawn.builder()
                        .metadata(meta)
                        .withdrawnSequence(2 + back % (meta.getSequence() - 2))
                        .reason(reason)
                        .build());
      default:
        throw new IllegalArgumentException("no arbitrary for event type " + type);
    }
  }
}
