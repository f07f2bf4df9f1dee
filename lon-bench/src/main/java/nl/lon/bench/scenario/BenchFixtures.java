package nl.lon.bench.scenario;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Activity;
import nl.lon.core.process.AppointmentAuthority;
import nl.lon.core.process.Closure;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.Concern;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.CoordinationOutcome;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.Goal;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProgressReport;
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
import nl.lon.persistence.memory.InMemoryDirectory;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.Purpose;

/**
 * The network, actors and command values every benchmark scenario uses: one Enschede-style network
 * (the profile where the network director appoints the trajectory director, who scans before the
 * integral picture and closes when the client is self-reliant again), all on one fixed business
 * day.
 *
 * <p>Every value is immutable and shared between threads; only the signal (which names the case) is
 * built per case.
 *
 * @since 0.1
 */
public final class BenchFixtures {

  private BenchFixtures() {}

  /**
   * The profile of every benchmarked network: Enschede's, without the acceptance of the problem
   * ownership as an act of its own, so that the lifecycle stays the ten commands of the recorded
   * runs (and of the BPMN contender) and the figures remain comparable over time.
   */
  public static final MethodologyProfile PROFILE =
      MethodologyProfile.builder()
          .from(MethodologyProfile.enschede())
          .ownershipAcceptedBeforePlan(false)
          .build();

  /** The benchmarked network. */
  public static final NetworkId NETWORK_ID = NetworkId.of("bench-noord");

  /** The coordinating organisation (the municipality's GGD). */
  public static final OrganisationId GGD = OrganisationId.of("ggd");

  /** General social work, the trajectory director's organisation. */
  public static final OrganisationId AMW = OrganisationId.of("amw");

  /** The housing corporation that signals. */
  public static final OrganisationId HOUSING = OrganisationId.of("woonstad");

  /** The debt bank, responsible for one plan activity. */
  public static final OrganisationId DEBT_BANK = OrganisationId.of("stadsbank");

  /** The network, with its core team. */
  public static final Network NETWORK =
      Network.builder()
          .id(NETWORK_ID)
          .name("Bench Noord")
          .area("Noord")
          .inhabitants(25_000)
          .principal(OrganisationId.of("gemeente"))
          .contractor(GGD)
          .addCoreTeam(GGD, AMW, HOUSING)
          .addShellPartners(DEBT_BANK)
          .build();

  /** The network director (procesmanager), employed by the GGD. */
  public static final Professional NETWORK_DIRECTOR =
      Professional.builder()
          .id(ProfessionalId.of("nd-1"))
          .displayName("Procesmanager")
          .organisation(GGD)
          .network(NETWORK_ID)
          .addRoles(ProfessionalRole.NETWORK_DIRECTOR)
          .build();

  /** The trajectory director (probleemhouder), employed by general social work. */
  public static final Professional TRAJECTORY_DIRECTOR =
      Professional.builder()
          .id(ProfessionalId.of("td-1"))
          .displayName("Trajectregisseur")
          .organisation(AMW)
          .network(NETWORK_ID)
          .addRoles(ProfessionalRole.TRAJECTORY_DIRECTOR, ProfessionalRole.CORE_MEMBER)
          .build();

  /** The business day of every command: a Monday. */
  public static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /** Nine in the morning of {@link #DAY}, UTC. */
  public static final Instant NOW = DAY.atTime(9, 0).toInstant(ZoneOffset.UTC);

  /** A clock fixed at {@link #NOW}. */
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Why the network director registers a signal. */
  public static final Purpose REGISTER = Purpose.of("register signal");

  /** Why the network director handles the case. */
  public static final Purpose DIRECT = Purpose.of("network direction");

  /** Why the trajectory director handles the case. */
  public static final Purpose TRAJECTORY =
      Purpose.of("trajectory direction").onBehalfOf("network director");

  /** The target group the report is judged to belong to. */
  public static final Set<TargetGroupAssignment> CARE_MISSER =
      Set.of(TargetGroupAssignment.of(TargetGroup.CARE_MISSER, "problems on five life domains"));

  /** Step 2: the report is in scope. */
  public static final CaseCommand.JudgeReport JUDGE =
      new CaseCommand.JudgeReport(
          ReportJudgement.IN_SCOPE, "multi-problem household, five life domains", CARE_MISSER);

  /** Step 3: the network coordinates, with feedback to the signaller. */
  public static final CaseCommand.DecideCoordination COORDINATE =
      new CaseCommand.DecideCoordination(
          CoordinationDecision.builder()
              .outcome(CoordinationOutcome.COORDINATE)
              .reason("several partners involved; nobody has the lead")
              .feedback(SignallerFeedback.of(DAY, "the network takes the case on"))
              .build());

  /** Step 4: the network director appoints the trajectory director. */
  public static final CaseCommand.AppointTrajectoryDirector APPOINT =
      new CaseCommand.AppointTrajectoryDirector(
          TRAJECTORY_DIRECTOR.getId(), AMW, AppointmentAuthority.NETWORK_DIRECTOR, false);

  /** Step 4: the life-domain scan (ZRM 2017). */
  public static final CaseCommand.RecordScan SCAN = new CaseCommand.RecordScan(scan());

  /** Step 4: the integral picture. */
  public static final CaseCommand.FormIntegralPicture PICTURE =
      new CaseCommand.FormIntegralPicture(
          "integral picture: debts, rent arrears and a neglected home; no care in place", Set.of());

  /** Step 5: plan version 1, two goals and two activities. */
  public static final CaseCommand.AdoptPlan PLAN =
      new CaseCommand.AdoptPlan(
          PlanOfApproach.builder()
              .version(1)
              .context("multi-problem household: nuisance, debts, psychological problems")
              .addGoals(
                  Goal.of("g-housing", LifeDomain.HOUSING, "keep the home: no eviction"),
                  Goal.of("g-income", LifeDomain.INCOME, "debts under administration"))
              .addActivities(
                  Activity.builder()
                      .description("talk to the housing corporation about a payment plan")
                      .responsible(Responsible.of(AMW, TRAJECTORY_DIRECTOR.getId()))
                      .dueOn(DAY.plusDays(14))
                      .goalCode("g-housing")
                      .build(),
                  Activity.builder()
                      .description("apply for debt counselling")
                      .responsible(Responsible.of(DEBT_BANK))
                      .dueOn(DAY.plusDays(42))
                      .goalCode("g-income")
                      .build())
              .build());

  /** Step 6: a progress report without deviation. */
  public static final CaseCommand.ReportProgress PROGRESS =
      new CaseCommand.ReportProgress(
          ProgressReport.of("payment plan agreed; debt counselling applied for", false));

  /** Step 7: every goal reached; the evaluation decides to close. */
  public static final CaseCommand.Evaluate EVALUATE =
      new CaseCommand.Evaluate(
          Evaluation.builder()
              .putGoalResults("g-housing", GoalResult.REACHED)
              .putGoalResults("g-income", GoalResult.REACHED)
              .agreementsKept(true)
              .decision(EvaluationDecision.CLOSE)
              .remarks("evaluated with the client")
              .build());

  /** Step 8: closed, the client self-reliant again (the Enschede criterion). */
  public static final CaseCommand.Close CLOSE =
      new CaseCommand.Close(Closure.of(ClosureReason.SELF_RELIANT_AGAIN));

  /** A partner's information, the filler of long streams. */
  public static final CaseCommand.AddInformation ADD_INFORMATION =
      new CaseCommand.AddInformation(
          HOUSING, "rent paid this month; neighbours report less nuisance");

  /** The client's contact data, kept in the vault apart from the events. */
  public static final PersonalData PERSONAL_DATA =
      PersonalData.builder()
          .name("J. Jansen")
          .address("Lindelaan 12")
          .residence("Enschede")
          .build();

  /** The household of every client. */
  public static final Household HOUSEHOLD = Household.single();

  /**
   * The id of the {@code n}-th benchmarked case.
   *
   * @param prefix tells scenarios apart
   * @param n the case number
   * @return the id
   */
  public static CaseId caseId(String prefix, long n) {
    return CaseId.of(prefix + "-" + n);
  }

  /**
   * Step 1: the signal from the housing corporation that opens a case.
   *
   * @param caseId the case to open
   * @param n the case number, for the client number and signal id
   * @return the command
   */
  public static CaseCommand.ReportSignal signal(CaseId caseId, long n) {
    Signal signal =
        Signal.builder()
            .id(SignalId.of("sig-" + n))
            .sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
            .signallerOrganisation(HOUSING)
            .signallerKind(PartnerKind.HOUSING_CORPORATION)
            .channel(SignalChannel.VIA_NETWORK_MEMBER)
            .receivedOn(DAY)
            .addConcerns(
                Concern.NUISANCE,
                Concern.DEBTS,
                Concern.PSYCHOLOGICAL_PROBLEMS,
                Concern.DOMESTIC_SQUALOR)
            .description("neighbours complain; rent arrears; house neglected")
            .clientInformed(true)
            .build();
    return new CaseCommand.ReportSignal(
        caseId, NETWORK_ID, ClientNumber.of("C-" + n), signal, HOUSEHOLD);
  }

  /**
   * A directory with the network, its organisations and both actors.
   *
   * @return a new in-memory directory
   */
  public static InMemoryDirectory directory() {
    InMemoryDirectory d = new InMemoryDirectory();
    fill(d::put, d::put, d::put);
    return d;
  }

  /**
   * Hands the network, its organisations and both actors to a directory's writers.
   *
   * @param networks takes the network
   * @param organisations takes each organisation
   * @param professionals takes each professional
   */
  public static void fill(
      java.util.function.Consumer<Network> networks,
      java.util.function.Consumer<PartnerOrganisation> organisations,
      java.util.function.Consumer<Professional> professionals) {
    networks.accept(NETWORK);
    organisations.accept(
        PartnerOrganisation.builder().id(GGD).name("GGD").kind(PartnerKind.GGD).build());
    organisations.accept(
        PartnerOrganisation.builder()
            .id(AMW)
            .name("Algemeen maatschappelijk werk")
            .kind(PartnerKind.SOCIAL_WORK)
            // the trajectory director's employer, with Enschede's covenant mandate (l.1196-1198)
            .hasMandate(true)
            .build());
    organisations.accept(
        PartnerOrganisation.builder()
            .id(HOUSING)
            .name("Woonstad")
            .kind(PartnerKind.HOUSING_CORPORATION)
            .build());
    organisations.accept(
        PartnerOrganisation.builder()
            .id(DEBT_BANK)
            .name("Stadsbank")
            .kind(PartnerKind.DEBT_BANK)
            .build());
    professionals.accept(NETWORK_DIRECTOR);
    professionals.accept(TRAJECTORY_DIRECTOR);
  }

  private static LifeDomainScan scan() {
    Map<ScanDomain, SelfRelianceLevel> scores = new EnumMap<>(ScanDomain.class);
    for (ScanDomain d : ScanInstrument.ZRM_2017.getDomains()) {
      scores.put(d, SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT);
    }
    scores.put(ScanDomain.HOUSING, SelfRelianceLevel.ACUTE_PROBLEMS);
    scores.put(ScanDomain.FINANCES, SelfRelianceLevel.ACUTE_PROBLEMS);
    scores.put(ScanDomain.MENTAL_HEALTH, SelfRelianceLevel.NOT_SELF_RELIANT);
    scores.put(ScanDomain.JUSTICE, SelfRelianceLevel.NOT_SELF_RELIANT);
    scores.put(ScanDomain.SOCIAL_NETWORK, SelfRelianceLevel.LIMITED);
    return LifeDomainScan.builder()
        .instrument(ScanInstrument.ZRM_2017)
        .scoredOn(DAY)
        .scores(scores)
        .build();
  }
}
