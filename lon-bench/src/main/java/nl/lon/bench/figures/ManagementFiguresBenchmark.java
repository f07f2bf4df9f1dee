package nl.lon.bench.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.IntegralPictureFormed;
import nl.lon.core.event.LifeDomainScanRecorded;
import nl.lon.core.event.MeetingHeld;
import nl.lon.core.event.PlanAdopted;
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
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.Goal;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.rules.figures.FiguresAccumulator;
import nl.lon.rules.figures.FiguresScope;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.profile.MethodologyProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures management figures (stuurinformatie) over 100,000 and 1,000,000 case events: the time
 * per operation is one full pass of that many events through a {@link FiguresAccumulator} plus its
 * result with suppression.
 *
 * <p>{@link #setUp()} generates a pool of {@value #POOL_CASES} case lifecycles of about 10 to 15
 * events each, deterministically from a seeded {@link Random}; the benchmarks cycle through the
 * pool until they have streamed the requested number of events, so the events in memory stay
 * bounded by the pool (about 40,000) whatever the parameter, and the accumulator's own memory can
 * be judged. Case ids repeat between cycles, which is fine because every case is finished before it
 * comes round again. The benchmarks:
 *
 * <ul>
 *   <li>{@link #caseByCase()}: each history through {@link FiguresAccumulator#acceptHistory};
 *   <li>{@link #interleaved()}: the events of 64 cases at a time round-robin through {@link
 *       FiguresAccumulator#accept}, each case {@linkplain FiguresAccumulator#complete completed}
 *       after its last event;
 *   <li>{@link #splitAndMerged()}: the pool split over four accumulators that are merged;
 *   <li>{@link #generatedOnTheFly()}: each case generated from its own seed inside the measurement,
 *       nothing pooled; includes the cost of building the events.
 * </ul>
 *
 * <p>Reading heap use: run with the GC profiler, {@code java -jar lon-bench.jar
 * ManagementFiguresBenchmark -prof gc}, and compare {@code gc.alloc.rate.norm} (bytes allocated per
 * operation) between 100,000 and 1,000,000 events: it grows with the number of events (garbage from
 * reading them) while the live set does not; to see the live set, add {@code -jvmArgsAppend
 * -Xmx64m}: the 1,000,000-event runs must still complete without an {@code OutOfMemoryError}, which
 * they would not if the accumulator kept per-event state. From an IDE, run {@code
 * org.openjdk.jmh.Main} with the same arguments.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ManagementFiguresBenchmark {

  /** The number of case lifecycles in the pool. */
  static final int POOL_CASES = 4096;

  private static final long SEED = 20_260_301L;
  private static final int WINDOW = 64;
  private static final MethodologyProfile PROFILE = MethodologyProfile.enschede();
  private static final ReportingPeriod PERIOD = ReportingPeriod.ofYear(2026);
  private static final FiguresScope SCOPE = FiguresScope.region("Twente");

  /** The number of events streamed per operation. */
  @Param({"100000", "1000000"})
  public int events;

  private List<List<CaseEvent>> pool;

  /** Generates the pool of case lifecycles from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(SEED);
    pool = new ArrayList<>(POOL_CASES);
    for (int i = 0; i < POOL_CASES; i++) {
      pool.add(Lifecycles.generate(random, i));
    }
  }

  /**
   * Streams the events case by case.
   *
   * @return the figures, consumed by JMH
   */
  @Benchmark
  public ManagementFigures caseByCase() {
    FiguresAccumulator acc = FiguresAccumulator.create(PROFILE, PERIOD, SCOPE);
    int read = 0;
    for (int i = 0; read < events; i = (i + 1) % POOL_CASES) {
      List<CaseEvent> history = pool.get(i);
      acc.acceptHistory(history);
      read += history.size();
    }
    return acc.result();
  }

  /**
   * Streams the events of {@value #WINDOW} cases at a time interleaved, completing each case after
   * its last event.
   *
   * @return the figures, consumed by JMH
   */
  @Benchmark
  public ManagementFigures interleaved() {
    FiguresAccumulator acc = FiguresAccumulator.create(PROFILE, PERIOD, SCOPE);
    int[] slotCase = new int[WINDOW];
    int[] slotNext = new int[WINDOW];
    int nextCase = 0;
    for (int s = 0; s < WINDOW; s++) {
      slotCase[s] = nextCase++;
    }
    int read = 0;
    while (read < events) {
      for (int s = 0; s < WINDOW && read < events; s++) {
        List<CaseEvent> history = pool.get(slotCase[s] % POOL_CASES);
        acc.accept(history.get(slotNext[s]++));
        read++;
        if (slotNext[s] == history.size()) {
          acc.complete(history.get(0).getCaseId());
          slotCase[s] = nextCase++;
          slotNext[s] = 0;
        }
      }
    }
    return acc.result();
  }

  /**
   * Streams the events case by case into four accumulators, one per quarter of the pool, and merges
   * them.
   *
   * @return the figures, consumed by JMH
   */
  @Benchmark
  public ManagementFigures splitAndMerged() {
    FiguresAccumulator[] parts = new FiguresAccumulator[4];
    for (int p = 0; p < parts.length; p++) {
      parts[p] = FiguresAccumulator.create(PROFILE, PERIOD, SCOPE);
    }
    int read = 0;
    for (int i = 0; read < events; i = (i + 1) % POOL_CASES) {
      List<CaseEvent> history = pool.get(i);
      parts[i * parts.length / POOL_CASES].acceptHistory(history);
      read += history.size();
    }
    for (int p = 1; p < parts.length; p++) {
      parts[0].merge(parts[p]);
    }
    return parts[0].result();
  }

  /**
   * Generates every case from its own seed while streaming, holding one case's events at a time.
   *
   * @return the figures, consumed by JMH
   */
  @Benchmark
  public ManagementFigures generatedOnTheFly() {
    FiguresAccumulator acc = FiguresAccumulator.create(PROFILE, PERIOD, SCOPE);
    int read = 0;
    for (int i = 0; read < events; i++) {
      List<CaseEvent> history = Lifecycles.generate(new Random(SEED + i), i);
      acc.acceptHistory(history);
      read += history.size();
    }
    return acc.result();
  }

  /** Legal case lifecycles of about 10 to 15 events, with every branch the figures count. */
  static final class Lifecycles {

    private static final String[] ORGANISATIONS = {
      "politie", "ggz", "amw", "woonstad", "stadsbank", "ggd", "mee"
    };
    private static final String[] BLOCKERS = {
      "Stadsbank wachtlijst", "Leges ID-kaart", "Woonstad beleid", "Wmo-indicatie"
    };
    private static final ProfessionalId ACTOR = ProfessionalId.of("p-netwerkregisseur");
    private static final NetworkId NETWORK = NetworkId.of("lon-noord");
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    private final CaseId id;
    private final List<CaseEvent> events = new ArrayList<>(16);
    private final Random random;
    private LocalDate day;

    private Lifecycles(Random random, int number) {
      this.random = random;
      this.id = CaseId.of("c-" + number);
      this.day = FIRST.plusDays(random.nextInt(360));
    }

    /**
     * One lifecycle.
     *
     * @param random the source of randomness
     * @param number the case number, for its id
     * @return the events, in sequence order
     */
    static List<CaseEvent> generate(Random random, int number) {
      return new Lifecycles(random, number).build();
    }

    private EventMetadata next(int maxDays) {
      day = day.plusDays(random.nextInt(maxDays + 1));
      Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant();
      return EventMetadata.of(id, events.size() + 1L, day, at, ACTOR);
    }

    private OrganisationId organisation() {
      return OrganisationId.of(ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]);
    }

    private TargetGroupAssignment group() {
      TargetGroup g = TargetGroup.values()[random.nextInt(TargetGroup.values().length)];
      return TargetGroupAssignment.of(g, "assessed");
    }

    private List<CaseEvent> build() {
      boolean partner = random.nextInt(3) > 0;
      Signal.Builder s =
          Signal.builder()
              .id(SignalId.of("s-" + id.getValue()))
              .sourceKind(
                  partner ? SignalSourceKind.PARTNER_ORGANISATION : SignalSourceKind.RESIDENT)
              .channel(SignalChannel.VIA_NETWORK_MEMBER)
              .receivedOn(day)
              .addConcerns(Concern.NUISANCE, Concern.DEBTS)
              .clientInformed(true);
      if (partner) {
        s.signallerOrganisation(organisation())
            .signallerKind(PartnerKind.values()[random.nextInt(8)]);
      }
      events.add(
          SignalReceived.builder()
              .metadata(next(0))
              .network(NETWORK)
              .clientNumber(ClientNumber.of("C-" + id.getValue()))
              .signal(s.build())
              .household(Household.single())
              .build());
      boolean outOfScope = random.nextInt(12) == 0;
      events.add(
          ReportJudged.builder()
              .metadata(next(8))
              .judgement(outOfScope ? ReportJudgement.OUT_OF_SCOPE : ReportJudgement.IN_SCOPE)
              .reason("judged")
              .addTargetGroups(group())
              .build());
      if (outOfScope) {
        return events;
      }
      events.add(
          InformationAdded.builder()
              .metadata(next(5))
              .organisation(organisation())
              .summary("known")
              .build());
      boolean refer = random.nextInt(10) == 0;
      events.add(
          CoordinationDecided.builder()
              .metadata(next(10))
              .decision(
                  refer
                      ? CoordinationDecision.builder()
                          .outcome(CoordinationOutcome.REFER_TO_ORGANISATION)
                          .referredTo(organisation())
                          .reason("regular care suffices")
                          .feedback(SignallerFeedback.of(day, "informed"))
                          .build()
                      : CoordinationDecision.builder()
                          .outcome(CoordinationOutcome.COORDINATE)
                          .reason("multi-problem")
                          .feedback(SignallerFeedback.of(day, "informed"))
                          .build())
              .build());
      if (refer) {
        return events;
      }
      events.add(
          TrajectoryDirectorAppointed.builder()
              .metadata(next(9))
              .director(ProfessionalId.of("p-" + random.nextInt(40)))
              .organisation(organisation())
              .appointedBy(AppointmentAuthority.NETWORK_DIRECTOR)
              .temporary(false)
              .build());
      LifeDomainScan.Builder sc =
          LifeDomainScan.builder().instrument(ScanInstrument.ZRM_2017).scoredOn(day);
      for (ScanDomain d : ScanInstrument.ZRM_2017.getDomains()) {
        sc.putScores(d, SelfRelianceLevel.values()[random.nextInt(5)]);
      }
      events.add(LifeDomainScanRecorded.builder().metadata(next(4)).scan(sc.build()).build());
      events.add(
          IntegralPictureFormed.builder()
              .metadata(next(6))
              .summary("picture")
              .addTargetGroups(group())
              .build());
      events.add(
          PlanAdopted.builder()
              .metadata(next(14))
              .plan(
                  PlanOfApproach.builder()
                      .version(1)
                      .context("context")
                      .addGoals(Goal.of("G1", LifeDomain.HOUSING, "keep the home"))
                      .addActivities(
                          Activity.builder()
                              .description("arrangement")
                              .responsible(Responsible.of(organisation()))
                              .dueOn(day.plusWeeks(3))
                              .goalCode("G1")
                              .build())
                      .build())
              .build());
      events.add(
          MeetingHeld.builder()
              .metadata(next(14))
              .meeting(
                  Meeting.builder()
                      .id(MeetingId.of("m-" + id.getValue()))
                      .kind(MeetingKind.NETWORK_MEETING)
                      .heldOn(day)
                      .addParticipants(ACTOR)
                      .addOrganisations(organisation(), organisation())
                      .technicalChair(ACTOR)
                      .contentCoordinator(ACTOR)
                      .clientInvited(false)
                      .clientPresent(false)
                      .build())
              .build());
      if (random.nextInt(4) == 0) {
        events.add(
            EscalationRaised.builder()
                .metadata(next(20))
                .escalation(
                    Escalation.builder()
                        .id(EscalationId.of("e1"))
                        .kind(
                            EscalationKind.values()[random.nextInt(EscalationKind.values().length)])
                        .rung(1 + random.nextInt(4))
                        .body("steering group")
                        .bottleneck("waiting list")
                        .build())
                .build());
        if (random.nextInt(3) > 0) {
          events.add(
              EscalationResolved.builder()
                  .metadata(next(30))
                  .escalationId(EscalationId.of("e1"))
                  .resolution(
                      EscalationResolution.of(
                          ResolutionKind.values()[random.nextInt(ResolutionKind.values().length)],
                          "solved",
                          BLOCKERS[random.nextInt(BLOCKERS.length)]))
                  .build());
        }
      }
      if (random.nextInt(5) == 0) {
        return events;
      }
      events.add(
          CaseClosed.builder()
              .metadata(next(120))
              .closure(
                  Closure.of(
                      random.nextBoolean()
                          ? ClosureReason.GUIDED_TO_REGULAR_CARE
                          : ClosureReason.SELF_RELIANT_AGAIN))
              .build());
      boolean dropped = random.nextInt(5) == 0;
      events.add(
          FollowUpRecorded.builder()
              .metadata(next(180))
              .check(
                  FollowUpCheck.of(
                      dropped ? FollowUpOutcome.DROPPED_OUT : FollowUpOutcome.STILL_IN_CARE,
                      "checked"))
              .build());
      if (dropped) {
        events.add(CaseReopened.builder().metadata(next(20)).reason("dropped out").build());
      }
      return events;
    }
  }
}
